"""Do-not-call commands: `qualifier dnc add | list | remove | import-registry | registries`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qualifier_app.cli.arguments import country, file_name, iso_date, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import count_of
from qualifier_app.services.compliance.do_not_call import DNC_HEADERS
from qualifier_app.services.compliance.registries import SnapshotShrinks


def register(commands: Any) -> None:
    dnc = command_group(commands, "dnc", "the internal do-not-call list")
    add = dnc.add_parser(
        "add",
        help="put a phone and/or e-mail on the list; every lead using them leaves every queue",
    )
    add.add_argument("--phone", help="phone number, national or +international")
    add.add_argument(
        "--country", type=country, help="ISO country code for a national phone number (US, GB …)"
    )
    add.add_argument("--email")
    add.add_argument("--reason", default="", help="why (kept with the entry)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=dnc_add)

    listing = dnc.add_parser("list", help="the entries, newest first (values are kept as hashes)")
    listing.add_argument(
        "--search", default="", help="a phone or e-mail (finds its entry), or words of the reason"
    )
    listing.add_argument(
        "--country", type=country, help="ISO country code for a national phone number"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=dnc_list)

    remove = dnc.add_parser(
        "remove",
        help="take an entry off the list (administrators); blocked leads stay do-not-call",
    )
    which = remove.add_mutually_exclusive_group(required=True)
    which.add_argument("--phone", help="the listed phone number")
    which.add_argument("--email", help="the listed e-mail address")
    which.add_argument("--id", dest="entry_id", type=positive, help="the entry's id (dnc list)")
    remove.add_argument(
        "--country", type=country, help="ISO country code for a national phone number"
    )
    remove.add_argument("--reason", required=True, help="why it comes off (kept in the audit)")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(handler=dnc_remove)

    registry = dnc.add_parser(
        "import-registry",
        help="replace a national registry's numbers with a snapshot file "
        "(supervisors, administrators)",
    )
    registry.add_argument(
        "file",
        type=file_name,
        help="one number a line (area-code files: 2015550123 or 201,5550123), or CSV with a "
        "number column",
    )
    registry.add_argument("--registry", required=True, help="which registry: US")
    registry.add_argument(
        "--as-of", type=iso_date, help="the snapshot's date, YYYY-MM-DD (default: today)"
    )
    registry.add_argument(
        "--allow-shrink",
        action="store_true",
        help="load a snapshot with far fewer numbers than the last one (refused without it: "
        "a file cut short would make listed numbers claimable)",
    )
    registry.add_argument("--json", action="store_true")
    registry.set_defaults(handler=dnc_import_registry)

    states = dnc.add_parser("registries", help="the national registries loaded, and their age")
    states.add_argument("--json", action="store_true")
    states.set_defaults(handler=dnc_registries)


def dnc_add(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        result = app.do_not_call.add(
            actor, phone=args.phone, country=args.country, email=args.email, reason=args.reason
        )
    if args.json:
        print_json(result)
        return 0
    added = (
        f"{count_of(result.entries_added, 'entry', 'entries')} added"
        if result.entries_added
        else "already listed"
    )
    blocked = count_of(len(result.leads_blocked), "lead", "leads")
    print(f"do-not-call: {added}; {blocked} taken out of every queue")
    return 0


def dnc_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        found = app.do_not_call.search(actor, args.search, args.country)
    if args.json:
        print_json({"entries": found.entries, "more": found.more, "read_as": found.read_as})
        return 0
    if not found.entries:
        print(f"no do-not-call entries match ({found.read_as})")
        return 0
    rows = [[str(entry.id), *entry.cells()] for entry in found.entries]
    print(table(rows, ["id", *(title.lower() for title in DNC_HEADERS)]))
    return 0


def dnc_remove(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        raise InvalidInput("say why the entry comes off the list (--reason)", "reason")
    with services(args) as app:
        actor = acting(args)
        entry_id = args.entry_id or app.do_not_call.find(
            actor, phone=args.phone, country=args.country, email=args.email
        )
        removed = app.do_not_call.remove(actor, entry_id, reason=args.reason)
    if args.json:
        print_json(removed)
        return 0
    print(
        f"do-not-call entry {removed.id} ({removed.kind}) removed; "
        "leads it blocked stay do-not-call"
    )
    return 0


def dnc_import_registry(args: argparse.Namespace) -> int:
    def progress(done: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done:,} numbers read", end="", file=sys.stderr, flush=True)

    with services(args) as app:
        actor = acting(args)
        try:
            loaded = app.registries.import_snapshot(
                actor,
                args.file,
                args.registry,
                args.as_of,
                progress,
                allow_shrink=args.allow_shrink,
            )
        except SnapshotShrinks as exc:
            raise InvalidInput(f"{exc.message} (--allow-shrink)", exc.field) from None
    if args.json:
        print_json(loaded)
        return 0
    print(
        f"{loaded.registry} registry snapshot of {loaded.taken_on:%Y-%m-%d}: "
        f"{count_of(loaded.entries, 'number', 'numbers')} loaded "
        f"({count_of(loaded.lines, 'line', 'lines')} read)"
    )
    return 0


def dnc_registries(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        states = app.registries.states(actor)
    if args.json:
        print_json(states)
        return 0
    if not states:
        print("no national registry has been imported")
        return 0
    rows = [
        [
            state.name,
            " ".join(state.countries),
            f"{state.taken_on:%Y-%m-%d}" if state.taken_on else "never imported",
            f"{state.age_days} / {state.max_age_days}" if state.taken_on else "–",
            f"{state.entries:,}",
            "STALE: leads not claimable" if state.stale else "fresh",
        ]
        for state in states
    ]
    print(table(rows, ["registry", "countries", "snapshot", "age (days)", "numbers", "state"]))
    return 0
