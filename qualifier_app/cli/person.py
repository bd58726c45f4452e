"""A person's data on request: `qualifier person export | erase`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qualifier_app.cli.arguments import add_out_option, country, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import count_of
from qualifier_app.services.compliance.person_lookup import PersonQuery


def _who(parser: Any) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--email", help="the person's e-mail address")
    which.add_argument("--phone", help="the person's phone number, national or +international")
    which.add_argument("--lead", dest="lead_id", type=positive, metavar="ID", help="a lead id")
    parser.add_argument(
        "--country", type=country, help="ISO country code for a national phone number"
    )
    parser.add_argument("--json", action="store_true")


def register(commands: Any) -> None:
    person = command_group(commands, "person", "a person's data on request (GDPR, LGPD …)")
    export = person.add_parser(
        "export",
        help="every row about a person as JSON in a zip only you can read "
        "(supervisors, administrators)",
    )
    _who(export)
    add_out_option(export, required=True, metavar="FILE.zip", help_text="the zip to write")
    export.set_defaults(handler=person_export)

    erase = person.add_parser(
        "erase",
        help="replace a person's data everywhere, keep their phone and e-mail on the "
        "do-not-call list as hashes (administrators; cannot be undone)",
    )
    _who(erase)
    erase.add_argument("--reason", required=True, help="why (the request; kept in the audit)")
    erase.set_defaults(handler=person_erase)


def _query(args: argparse.Namespace) -> PersonQuery:
    return PersonQuery(
        email=args.email, phone=args.phone, country=args.country, lead_id=args.lead_id
    )


def person_export(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".zip":
        raise InvalidInput(f"{out.name}: a person's data is exported as a .zip file", "out")
    with services(args) as app:
        actor = acting(args)
        result = app.person.export(actor, _query(args), out)
    if args.json:
        print_json(result)
        return 0
    rows, leads = count_of(result.rows, "row", "rows"), count_of(result.leads, "lead", "leads")
    print(f"{rows} about {leads} written to {result.path}")
    return 0


def person_erase(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        raise InvalidInput("say why the person is erased (--reason)", "reason")
    with services(args) as app:
        actor = acting(args)
        result = app.person.erase(actor, _query(args), args.reason)
    if args.json:
        print_json(result)
        return 0
    print(
        f"erased: {count_of(len(result.lead_ids), 'lead', 'leads')}, "
        f"{count_of(result.rows_changed, 'row', 'rows')} replaced, "
        f"{count_of(result.files_shredded, 'file', 'files')} shredded; "
        "phone and e-mail stay on the do-not-call list as hashes"
    )
    return 0
