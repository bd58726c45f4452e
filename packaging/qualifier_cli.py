"""The `qualifier` executable of the installed bundle: the command line, and without a
command the desktop app (the same as `python -m qualifier_app`)."""

from qualifier_app.cli.entry import run

raise SystemExit(run())
