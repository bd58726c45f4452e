"""Center commands: `qualifier center show` and `qualifier center set` (administrators)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json
from qualifier_app.domain.calling_window import DEFAULT_WINDOW
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.admin.center import CenterView


def register(commands: Any) -> None:
    center = commands.add_parser(
        "center", help="the center: name, time zone, calling window, registries"
    )
    actions = center.add_subparsers(dest="center_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the center's name, time zone and calling window")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=center_show)
    change = actions.add_parser(
        "set", help="change the center's name, time zone, window, registries or currency"
    )
    change.add_argument("--name", help="the center's name")
    change.add_argument("--time-zone", help="default time zone, e.g. Europe/Berlin")
    change.add_argument(
        "--calling-window", metavar="HH:MM-HH:MM", help="default calling window, e.g. 09:00-18:00"
    )
    change.add_argument(
        "--registries",
        metavar="NAMES",
        help='the national do-not-call registries the center honours, e.g. "US" ("" for none)',
    )
    change.add_argument(
        "--currency",
        help="what every amount is counted in, e.g. EUR (campaigns' costs are not converted)",
    )
    change.add_argument("--json", action="store_true")
    change.set_defaults(handler=center_set)


def _print(view: CenterView) -> None:
    if not view.set_up:
        print(
            "the center has no name or time zone yet: "
            "`qualifier center set --name NAME --time-zone ZONE`"
        )
        return
    print(
        f"{view.name}: time zone {view.time_zone}, calls {view.calling_window}, amounts in "
        f"{view.currency}"
    )
    if view.rule_places:
        print(rule_places_line(view.rule_places))
    honoured = ", ".join(view.registries) or "none"
    print(f"national do-not-call registries honoured: {honoured}")
    if view.window_overridden:
        print(
            "the default calling rule (Calling rules area) sets the calling window in use; "
            "this one applies without it"
        )


def rule_places_line(places: tuple[str, ...]) -> str:
    """The center's window applies only where no place's own calling rule does: the shipped
    rules give the US its legal hours, whatever window a center in Lisbon set up with."""
    return (
        f"that calling window applies where no place has a calling rule of its own; "
        f"{', '.join(places)} keep their own (Calling rules area)"
    )


def center_show(args: argparse.Namespace) -> int:
    with services(args) as app:
        view = app.center.show(acting(args))
        machine = app.settings.queue.calling_rules.default
    # A workstation's settings file may narrow the window its claims use (never widen it).
    narrowed = None if machine == DEFAULT_WINDOW else machine.text()
    if args.json:
        print_json({**asdict(view), "workstation_window": narrowed})
        return 0
    _print(view)
    if narrowed is not None:
        print(
            f"this workstation's settings file narrows the calling window its claims use to "
            f"{narrowed} ([queue] calling_window)"
        )
    return 0


def center_set(args: argparse.Namespace) -> int:
    given = (args.name, args.time_zone, args.calling_window, args.registries, args.currency)
    if all(value is None for value in given):
        raise InvalidInput(
            "give --name, --time-zone, --calling-window, --registries or --currency", "center"
        )
    with services(args) as app:
        actor = acting(args)
        was = app.center.show(actor) if args.currency is not None else None
        view = app.center.change(
            actor,
            name=args.name,
            time_zone=args.time_zone,
            calling_window=args.calling_window,
            registries=None
            if args.registries is None
            else args.registries.replace(",", " ").split(),
            currency=args.currency,
        )
    if args.json:
        print_json(view)
        return 0
    _print(view)
    if was is not None and was.set_up and was.currency != view.currency:
        print(
            f"amounts are never converted: every campaign's cost, partner's pipeline and "
            f"revenue kept so far now reads in {view.currency} (was {was.currency})"
        )
    return 0
