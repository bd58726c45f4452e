"""Start the desktop app: check that Qt can open a window, then show the login."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from qualifier_app.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from qualifier_app.ui.shell.login import LoginWindow

SMOKE_DEADLINE_MS = 120_000  # a smoke run that is not signed-in-ready by then has failed


def run(database_url: str | None, *, smoke: bool = False) -> int:
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
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from qualifier_app.ui.areas import areas_for  # noqa: PLC0415
    from qualifier_app.ui.shell.application import main  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    icon = resources_dir() / "icons" / "qualifier.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    check = SmokeCheck(app) if smoke else None
    code = main(database_url, areas_for, smoke=smoke)
    return check.code if check is not None else code


def show_problem(text: str, *, smoke: bool = False) -> int:
    """A problem that stops the app before its first window (a broken settings file): on
    stderr, and in a message box too, since the desktop executable has no console."""
    sys.stderr.write(f"qualifier: error: {text}\n")
    from qualifier_app.ui.shell.platform_check import display_problem  # noqa: PLC0415

    if smoke or display_problem() is not None:
        return 2
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QMessageBox.critical(None, "Qualifier", text)
    return 2


class SmokeCheck:
    """`qualifier gui --smoke`: quit with 0 once the sign-in window (or, on a database with
    no users yet, the first-run setup) is shown and connected to the database (so Qt, its
    platform plugin, the stylesheet, the database driver and the schema check all worked),
    with 1 when the window reports a problem instead.

    On PostgreSQL a workstation connects before a sign-in only for this check: the window
    is ready once the sign-in role (with the settings' sign_in_password, through PgBouncer
    when they say so) got in and found the schema this version expects (Controller's
    `check_before_sign_in`); a server or pooler that does not answer, a refused sign-in
    password or another schema version is the window's problem, and so the reason here."""

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self.code = 1
        self._app = app
        self._poll = QTimer()
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._look)
        self._poll.start()
        self._deadline = QTimer()
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._give_up)
        self._deadline.start(SMOKE_DEADLINE_MS)

    def _login(self) -> LoginWindow | None:
        from qualifier_app.ui.shell.login import LoginWindow  # noqa: PLC0415

        for widget in self._app.topLevelWidgets():
            if isinstance(widget, LoginWindow) and widget.isVisible():
                return widget
        return None

    def _first_run_shown(self) -> bool:
        from qualifier_app.ui.shell.first_run import FirstRunWindow  # noqa: PLC0415

        return any(
            isinstance(widget, FirstRunWindow) and widget.isVisible()
            for widget in self._app.topLevelWidgets()
        )

    def _look(self) -> None:
        if self._first_run_shown():
            # A database without users opens the center's setup first: the app is up.
            sys.stdout.write("smoke: the first-run setup window is shown\n")
            sys.stdout.flush()
            self._finish(0)
            return
        login = self._login()
        if login is None:
            return
        if login.button.isEnabled():
            from qualifier_app.ui.shell import i18n  # noqa: PLC0415

            loaded = ", ".join(i18n.catalogues()) or "none (English)"
            sys.stdout.write(
                f"smoke: the sign-in window is shown; {login.database.text()}; "
                f"catalogues: {loaded}\n"
            )
            sys.stdout.flush()
            self._finish(0)
        elif not login.error.isHidden():
            self._fail(f"the sign-in window shows a problem: {login.error.text()}")

    def _give_up(self) -> None:
        self._fail(f"the sign-in window was not ready within {SMOKE_DEADLINE_MS // 1000} s")

    def _fail(self, message: str) -> None:
        sys.stderr.write(f"qualifier: smoke test failed: {message}\n")
        self._finish(1)

    def _finish(self, code: int) -> None:
        self._poll.stop()
        self._deadline.stop()
        self.code = code
        self._app.exit(code)
