"""The `qualifier-desktop` executable of the installed bundle: the desktop app only, built
without a console window on Windows and macOS. It takes the global options and those of
`qualifier gui`: `qualifier-desktop [--db URL] [--smoke]`."""

import sys

from qualifier_app.cli.main import main


def gui_arguments(argv: list[str]) -> list[str]:
    """`--db URL` stays in front of the `gui` command; everything else follows it."""
    front: list[str] = []
    rest = list(argv)
    while rest and (rest[0] == "--db" or rest[0].startswith("--db=")):
        front.append(rest.pop(0))
        if front[-1] == "--db" and rest:
            front.append(rest.pop(0))
    return [*front, "gui", *rest]


raise SystemExit(main(gui_arguments(sys.argv[1:])))
