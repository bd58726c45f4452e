"""Finding a lead and reading its record: `qualifier lead find TEXT`, `qualifier lead show ID`;
placing the leads again in their time zones after an upgrade: `qualifier lead place-again`."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.arguments import country, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.text import count_of
from qualifier_app.services.workspace.lead_record_dto import LeadRecord, LookupResult


def register(commands: Any) -> None:
    lead = command_group(commands, "lead", "find a lead and read its record")
    find = lead.add_parser(
        "find",
        help="find leads by phone (any format), e-mail, or name or company prefix",
    )
    find.add_argument(
        "text", help="a phone number, an e-mail address, a name or company prefix, or #ID"
    )
    find.add_argument(
        "--country",
        type=country,
        help="ISO country code a national phone number is read in "
        "(default: [workspace] default_country, US)",
    )
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=lead_find)

    show = lead.add_parser(
        "show",
        help="a lead's record: card, touches, attempts, BANT answers, outcomes, handoffs, "
        "partner feedback and audit rows on one timeline",
    )
    show.add_argument("lead_id", type=positive, metavar="ID", help="the lead id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=lead_show)

    place = lead.add_parser(
        "place-again",
        help="work out every open lead's time zones and calling rules anew from its phone and "
        "address (once, after an upgrade that changes how leads are placed)",
    )
    place.add_argument("--json", action="store_true")
    place.set_defaults(handler=lead_place_again)


def lead_find(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        if args.country:
            app.lookup.default_country = args.country
        result = app.lookup.find(actor, args.text)
    if args.json:
        print_json(result)
        return 0
    print(_found(result))
    return 0


def _found(result: LookupResult) -> str:
    if not result.hits:
        return f"no lead found ({result.understood_as})"
    rows = [
        [
            str(hit.id),
            hit.company,
            hit.contact_name,
            hit.phone,
            hit.email,
            hit.status,
            hit.held_by or "",
        ]
        for hit in result.hits
    ]
    text = table(rows, ["ID", "Company", "Contact", "Phone", "E-mail", "Status", "Held by"])
    more = "; more match: type more to narrow it down" if result.more else ""
    return f"{text}\n{count_of(len(result.hits), 'lead', 'leads')} ({result.understood_as}){more}"


def lead_show(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        record = app.lookup.record(actor, args.lead_id)
    if args.json:
        print_json(record)
        return 0
    print(render_record(record))
    return 0


def render_record(record: LeadRecord) -> str:
    lines = [
        f"Lead {record.id}: {record.company} — {record.contact_name}"
        + (f", {record.title}" if record.title else ""),
        f"  Phone {record.phone or '-'}   E-mail {record.email or '-'}",
        f"  Status {record.status}"
        + (f" ({record.status_reason})" if record.status_reason else "")
        + f"   Score {record.score}   Grade {record.grade or '-'}   Attempts {record.attempts}",
    ]
    if record.held_by:
        lines.append(f"  Held by {record.held_by}")
    for name, value in record.facts.items():
        lines.append(f"  {name}: {value}")
    if record.consent:
        lines.append("Consent on the call:")
        lines.extend(f"  {line}" for line in record.consent)
    if record.past is not None:
        past = record.past
        lines.append("Came back:")
        for label, value in (
            ("Last outcome", past.last_outcome),
            ("Nurture reason", past.nurture_reason),
            ("Partner", past.partner_loss_reason),
        ):
            if value:
                lines.append(f"  {label}: {value}")
    lines.append("Timeline:")
    for event in record.timeline:
        who = f" [{event.who}]" if event.who else ""
        detail = f" — {event.detail}" if event.detail else ""
        title = event.code or event.title  # an audit row by its code, as `qualifier audit`
        lines.append(f"  {event.at:%Y-%m-%d %H:%M} {event.kind:<13} {title}{who}{detail}")
    return "\n".join(lines)


def lead_place_again(args: argparse.Namespace) -> int:
    with services(args) as app:
        placed = app.placing.place_again(acting(args))
    if args.json:
        print_json(placed)
        return 0
    print(
        f"{placed.examined:,} open leads: {placed.moved:,} placed again, "
        f"{placed.held:,} to place again but held by a rep now (run it again later for them)"
    )
    return 0
