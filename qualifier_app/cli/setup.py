"""`qualifier setup`: first run on an empty database, from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qualifier_app.cli.context import read_password, services
from qualifier_app.cli.output import print_json
from qualifier_app.cli.prompts import ask
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.accounts.first_run import CenterSetup, parse_window


def register(commands: Any) -> None:
    setup = commands.add_parser(
        "setup",
        help="set up a new center: first administrator, team, queue",
    )
    setup.add_argument("--center", help="the center's name")
    setup.add_argument("--admin", metavar="LOGIN", help="the first administrator's login")
    setup.add_argument("--admin-name", default="", help="the administrator's display name")
    setup.add_argument("--time-zone", help="default time zone, e.g. Europe/Berlin")
    setup.add_argument("--window", help="default calling window, e.g. 09:00-18:00")
    setup.add_argument("--team", help="the first team (default: Team 1)")
    setup.add_argument("--queue", help="the team's first queue (default: Main)")
    setup.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password from the first line of standard input",
    )
    setup.add_argument("--json", action="store_true")
    setup.set_defaults(handler=setup_center)


def _ask(value: str | None, option: str, prompt: str, default: str | None = None) -> str:
    if value:
        return value
    if sys.stdin.isatty():
        suffix = f" [{default}]" if default else ""
        answer = ask(f"{prompt}{suffix}: ").strip()
        if answer or default is None:
            return answer
        return default
    if default is not None:
        return default
    raise InvalidInput(f"{option} is required (no terminal to ask)", option)


def setup_center(args: argparse.Namespace) -> int:
    center = _ask(args.center, "--center", "Center name")
    admin = _ask(args.admin, "--admin", "Administrator login")
    zone = _ask(args.time_zone, "--time-zone", "Default time zone", "UTC")
    window = _ask(args.window, "--window", "Default calling window", "09:00-18:00")
    team = _ask(args.team, "--team", "First team", "Team 1")
    queue = _ask(args.queue, "--queue", "First queue", "Main")
    start, end = parse_window(window)
    password = read_password(args, f"Password for {admin}: ")
    with services(args) as app:
        done = app.first_run.set_up(
            CenterSetup(
                center=center,
                time_zone=zone,
                window_start=start,
                window_end=end,
                admin_login=admin,
                admin_password=password,
                admin_name=args.admin_name,
                team=team,
                queue=queue,
            )
        )
    if args.json:
        print_json(done)
    else:
        print(
            f"set up {done.name} ({done.time_zone}, calls {done.window}): administrator "
            f"{done.admin}, team {done.team} with queues {', '.join(done.queues)}"
        )
        own = done.queues[0]
        unnamed = (
            ""
            if own in done.filled_by_rules
            else f"; {own} gets them only once the rules name it (qualifier scoring apply)"
        )
        print(
            "imported leads go to the queues the scoring rules name: "
            f"{', '.join(done.filled_by_rules)}{unnamed}"
        )
    return 0
