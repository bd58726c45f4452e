"""Start the desktop app: check that Qt can open a window, then show the login."""

from __future__ import annotations

import sys


def run(database_url: str | None) -> int:
    from qualifier_app.ui.shell.platform_check import (  # noqa: PLC0415
        display_problem,
        missing_system_libraries,
    )

    problem = display_problem()
    if problem:
        sys.stderr.write(f"qualifier: error: {problem}\n")
        return 2
    missing = missing_system_libraries()
    if missing:
        sys.stderr.write(
            "qualifier: error: Qt cannot open a window: the system libraries "
            + ", ".join(missing)
            + " are missing (on Debian/Ubuntu: sudo apt-get install "
            + " ".join(missing)
            + ")\n"
        )
        return 2
    # Imported only now: the areas pull in Qt, which must not load before the checks.
    from qualifier_app.ui.areas import areas_for  # noqa: PLC0415
    from qualifier_app.ui.shell.application import main  # noqa: PLC0415

    return main(database_url, areas_for)
