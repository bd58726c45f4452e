"""Do-not-call commands: `qualifier dnc add`."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json
from qualifier_app.domain.roles import OPERATOR


def register(commands: Any) -> None:
    dnc = command_group(commands, "dnc", "the internal do-not-call list")
    add = dnc.add_parser(
        "add",
        help="put a phone and/or e-mail on the list; every lead using them leaves every queue",
    )
    add.add_argument("--phone", help="phone number, national or +international")
    add.add_argument("--country", help="ISO country code for a national phone number (US, GB …)")
    add.add_argument("--email")
    add.add_argument("--reason", default="", help="why (kept with the entry)")
    add.add_argument("--as", dest="as_login", metavar="LOGIN", help="act as this user")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=dnc_add)


def dnc_add(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = app.accounts.actor_for(args.as_login) if args.as_login else OPERATOR
        result = app.do_not_call.add(
            actor, phone=args.phone, country=args.country, email=args.email, reason=args.reason
        )
    if args.json:
        print_json(result)
        return 0
    added = (
        "already listed" if not result.entries_added else f"{result.entries_added} entry(ies) added"
    )
    print(f"do-not-call: {added}; {len(result.leads_blocked)} lead(s) taken out of every queue")
    return 0
