"""Scoring rules commands: `qualifier scoring list | export | preview FILE | apply FILE`.

The rules live in the database, versioned like BANT scripts; `apply` saves a new version
and rescores the queued leads nobody has worked yet.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from qualifier_app.cli.arguments import add_out_option, file_name, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.integrations.files import write_text_atomically
from qualifier_app.services.intake.scoring import read_rules_file


def register(commands: Any) -> None:
    scoring = command_group(commands, "scoring", "scoring rules: every save is a new version")
    listing = scoring.add_parser("list", help="every saved version, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=scoring_list)

    export = scoring.add_parser("export", help="write the rules in force (or a version) as JSON")
    export.add_argument("--version", type=positive, help="a saved version (default: in force)")
    add_out_option(export, help_text="the file (default: stdout)")
    export.add_argument("--json", action="store_true", help="with --out: what was written, as JSON")
    export.set_defaults(handler=scoring_export)

    preview = scoring.add_parser(
        "preview", help="how many queued leads would change score, segment or queue"
    )
    preview.add_argument("file", type=file_name, metavar="RULES.json")
    preview.add_argument("--json", action="store_true")
    preview.set_defaults(handler=scoring_preview)

    apply = scoring.add_parser(
        "apply",
        help=(
            "save the rules as a new version and rescore the leads not yet worked; rules "
            "exported from a version older than the one in force are refused"
        ),
    )
    apply.add_argument("file", type=file_name, metavar="RULES.json")
    apply.add_argument("--reason", default="", help="why they change (kept in the audit)")
    apply.add_argument("--json", action="store_true")
    apply.set_defaults(handler=scoring_apply)


def _based_on(rules: dict[str, Any]) -> int | None:
    """The version an exported file was written from (`scoring export` names it): a newer one
    saved since is never overwritten unseen. A file without one replaces the rules in force."""
    version = rules.get("version")
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def scoring_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        versions = app.scoring_rules.versions(actor)
    if args.json:
        print_json(versions)
        return 0
    print(table([list(v.cells()) for v in versions], ["version", "saved (utc)", "by", "reason"]))
    return 0


def scoring_export(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        rules = (
            app.scoring_rules.definition(actor, args.version)
            if args.version
            else app.scoring_rules.current(actor)
        )
    text = json.dumps(rules, indent=2, ensure_ascii=False) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return 0
    write_text_atomically(args.out, lambda handle: handle.write(text))
    if args.json:
        print_json({"version": rules.get("version"), "out": str(args.out)})
        return 0
    print(f"scoring rules v{rules.get('version')} written to {args.out}")
    return 0


def scoring_preview(args: argparse.Namespace) -> int:
    rules = read_rules_file(args.file)
    with services(args) as app:
        actor = acting(args)
        preview = app.scoring_rules.preview(actor, rules)
    if args.json:
        print_json(preview)
    else:
        print(preview.sentence())
    return 0


def scoring_apply(args: argparse.Namespace) -> int:
    rules = read_rules_file(args.file)
    with services(args) as app:
        actor = acting(args)
        applied = app.scoring_rules.apply(actor, rules, args.reason, based_on=_based_on(rules))
    if args.json:
        print_json(applied)
        return 0
    done = applied.rescored
    saved = (
        f"scoring rules v{applied.version} saved"
        if applied.created
        else f"scoring rules v{applied.version} already say this; nothing saved"
    )
    print(
        f"{saved}; {done.examined:,} leads examined, {done.changed:,} changed, "
        f"{done.moved:,} moved to another queue"
    )
    return 0
