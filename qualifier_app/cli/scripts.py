"""BANT script commands: `qualifier script list | import FILE | export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from qualifier_app.cli.arguments import add_out_option, file_name, given, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import count_of
from qualifier_app.integrations.files import read_json, write_text_atomically
from qualifier_app.services.admin.scripts import SCRIPT_HEADERS


def register(commands: Any) -> None:
    script = command_group(commands, "script", "BANT scripts: every save is a new version")
    listing = script.add_parser("list", help="every stored version, newest first")
    listing.add_argument("--name", type=given, help="only this script")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=script_list)

    load = script.add_parser(
        "import",
        help=(
            "check a script JSON file and store it as the next version of its name; a file "
            "exported from a version older than the newest is refused"
        ),
    )
    load.add_argument("file", type=file_name, metavar="FILE")
    load.add_argument("--reason", default="", help="why it changes (kept in the audit)")
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=script_import)

    export = script.add_parser("export", help="write a stored version as JSON")
    export.add_argument(
        "--name", type=given, default="bant-default", help="the script (default: %(default)s)"
    )
    export.add_argument("--version", type=positive, help="the version (default: the newest)")
    add_out_option(export, help_text="the file (default: stdout)")
    export.add_argument("--json", action="store_true", help="with --out: what was written, as JSON")
    export.set_defaults(handler=script_export)


def _read(path: Path) -> dict[str, Any]:
    definition = read_json(path)
    if not isinstance(definition, dict):
        raise InvalidInput(f"{path}: a script is a JSON object with name and screens", "file")
    return definition


def _based_on(definition: dict[str, Any]) -> int | None:
    """The version an exported file was written from (`script export` names it): a newer one
    saved since is never overwritten unseen. A file without one replaces the newest."""
    version = definition.get("version")
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def script_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        versions = app.scripts.versions(actor, args.name)
    if args.json:
        print_json(versions)
        return 0
    if not versions:
        print("no scripts")
        return 0
    print(table([list(v.cells()) for v in versions], [h.lower() for h in SCRIPT_HEADERS]))
    return 0


def script_import(args: argparse.Namespace) -> int:
    definition = _read(args.file)
    with services(args) as app:
        actor = acting(args)
        saved = app.scripts.save(actor, definition, args.reason, based_on=_based_on(definition))
    if args.json:
        print_json(saved)
        return 0
    info = saved.script
    name = f"script {info.name} v{info.version}"
    if saved.created:
        print(f"{name} saved ({count_of(info.screens, 'screen', 'screens')}); new leads get it")
    else:
        print(f"{name} already says this; nothing saved")
    return 0


def script_export(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        definition = app.scripts.definition(actor, args.name, args.version)
    text = json.dumps(definition, indent=2, ensure_ascii=False) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return 0
    write_text_atomically(args.out, lambda handle: handle.write(text))
    if args.json:
        written = {"name": definition["name"], "version": definition["version"]}
        print_json({**written, "out": str(args.out)})
        return 0
    print(f"script {definition['name']} v{definition['version']} written to {args.out}")
    return 0
