"""Reading the audit log: `qualifier audit list` and `qualifier audit export`."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.arguments import add_out_option, given, iso_date, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.audit_actions import ACTIONS
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import count_of
from qualifier_app.services.admin.audit import AuditFilter, AuditRow

HEADERS = ["when (utc)", "who", "action", "what", "before → after", "why"]


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lead", type=positive, metavar="ID", help="rows about this lead")
    parser.add_argument("--user", type=given, metavar="LOGIN", help="rows written by this user")
    parser.add_argument(
        "--action",
        type=given,
        help="an action, or the start of its dotted name: lead.claimed, lead, campaign",
    )
    parser.add_argument(
        "--since", type=iso_date, metavar="DATE", help="from this day (the center's)"
    )
    parser.add_argument("--until", type=iso_date, metavar="DATE", help="to this day, inclusive")


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit log: who did what, when and why")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the newest rows first")
    _filters(listing)
    listing.add_argument("--limit", type=positive, default=200, help="at most N rows (200)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=audit_list)
    export = actions.add_parser("export", help="every row the filter finds, as a CSV file")
    _filters(export)
    add_out_option(export, required=True, metavar="FILE.csv", help_text="the CSV file to write")
    export.add_argument("--json", action="store_true", help="as JSON")
    export.set_defaults(handler=audit_export)


def _wanted(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(
        user=args.user, lead_id=args.lead, action=args.action, since=args.since, until=args.until
    )


def _record(row: AuditRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "who": row.who,
        "action": row.action,
        "entity_type": row.entity_type,
        "entity_id": row.entity_id,
        "before": row.before,
        "after": row.after,
        "reason": row.reason,
    }


def audit_list(args: argparse.Namespace) -> int:
    wanted = _wanted(args)
    with services(args) as app:
        actor: Actor = acting(args)
        page = app.audit.find(actor, wanted, limit=args.limit)
    if args.json:
        print_json({"rows": [_record(row) for row in page.rows], "more": page.more})
        return 0
    if not page.rows:
        print("no audit rows match")
        if hint := _action_hint((args.action or "").strip().lower().rstrip(".")):
            print(hint)
        return 0
    print(table([row.cells() for row in page.rows], HEADERS))
    if page.more:
        print(f"… only the newest {len(page.rows)}; narrow the filter or raise --limit")
    return 0


def _action_hint(typed: str) -> str | None:
    """An action is matched whole or by its dotted start ("lead" finds lead.claimed, "do_not"
    nothing): for a filter that finds no rows, the actions it is the start of a word of, or
    that none is."""
    if not typed or any(known == typed or known.startswith(typed + ".") for known in ACTIONS):
        return None
    near = sorted(known for known in ACTIONS if known.startswith(typed))
    if near:
        return f"(an action is matched whole or by its dotted start: {', '.join(near[:5])}?)"
    return f"(no action this version writes is named or begins with {typed!r}: a typo?)"


def audit_export(args: argparse.Namespace) -> int:
    wanted = _wanted(args)
    with services(args) as app:
        actor: Actor = acting(args)
        count = app.audit.export_csv(actor, wanted, args.out)
    if args.json:
        print_json({"rows": count, "out": str(args.out)})
        return 0
    print(f"{count_of(count, 'audit row', 'audit rows')} written to {args.out}")
    return 0
