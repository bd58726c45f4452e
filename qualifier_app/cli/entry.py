"""The command's first code: Ctrl-C while the command line's modules still load (a second
or more) ends it like Ctrl-C anywhere else, with one line and exit code 130."""

from __future__ import annotations

import sys


def run() -> int:
    try:
        from qualifier_app.cli.main import main  # noqa: PLC0415 - the interruptible part
    except KeyboardInterrupt:
        sys.stderr.write("qualifier: error: interrupted\n")
        return 130
    return main()
