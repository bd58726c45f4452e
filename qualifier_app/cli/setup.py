"""`qualifier setup`: first run on an empty database, from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from qualifier_app.cli.center import rule_places_line
from qualifier_app.cli.context import read_password, services
from qualifier_app.cli.output import print_json
from qualifier_app.cli.prompts import ask
from qualifier_app.domain.currency import check_currency
from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.persistence.engine import remove_sqlite_file, sqlite_file_to_be_made
from qualifier_app.services.accounts.first_run import (
    CenterSetup,
    CenterSummary,
    center_name,
    check_time_zone,
    parse_window,
)
from qualifier_app.services.accounts.passwords import check_new_password
from qualifier_app.services.accounts.users import check_login, display_name_of
from qualifier_app.services.admin.teams import clean_name
from qualifier_app.settings import load_settings

T = TypeVar("T")


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
        "--currency", help="what every amount is counted in, e.g. EUR (default: USD)"
    )
    setup.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password from the first line of standard input",
    )
    setup.add_argument("--json", action="store_true")
    setup.set_defaults(handler=setup_center)


def _ask(
    value: str | None,
    option: str,
    prompt: str,
    check: Callable[[str], T],
    default: str | None = None,
) -> T:
    """The option's value, else the answer typed on a terminal: asked again until it is one
    the setup takes, so a misspelt time zone is not found only after the password."""
    if value is not None:  # given, if empty: refused by `check`, not read as left out
        return check(value)
    if not sys.stdin.isatty():
        if default is not None:
            return check(default)
        raise InvalidInput(f"{option} is required (no terminal to ask)", option)
    suffix = f" [{default}]" if default else ""
    while True:
        answer = ask(f"{prompt}{suffix}: ").strip() or default or ""
        try:
            return check(answer)
        except InvalidInput as problem:
            print(problem, file=sys.stderr)


def _password(args: argparse.Namespace, login: str) -> str:
    """On a terminal, asked again until the two typed agree and make a good password."""
    while True:
        try:
            password = read_password(args, f"Password for {login}: ", f"{login}'s password")
            check_new_password(login, password)
        except InvalidInput as problem:
            # Ctrl-D (no field) stops, as does a refused password from standard input.
            if args.password_stdin or problem.field != "password":
                raise
            print(problem, file=sys.stderr)
        else:
            return password


def setup_center(args: argparse.Namespace) -> int:
    made = sqlite_file_to_be_made(load_settings(args.db).database_url)
    try:
        done, database = _set_up(args)
    except BaseException:
        # A refusal (or Ctrl+C at a question) leaves no empty database behind.
        if made is not None:
            remove_sqlite_file(made)
        raise
    if args.json:
        print_json(done)
    else:
        # Which database: without --db it is this machine's embedded one, not the center's.
        print(
            f"{database}: set up {done.name} ({done.time_zone}, calls {done.window}, amounts "
            f"in {done.currency}): "
            f"administrator {done.admin}, team {done.team} with queues {', '.join(done.queues)}"
        )
        if done.rule_places:
            print(rule_places_line(done.rule_places))
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


def _set_up(args: argparse.Namespace) -> tuple[CenterSummary, str]:
    with services(args, creates_center=True) as app:
        # Refused before anything is asked: the answers could not be used.
        if not app.first_run.needs_setup():
            raise Conflict(message("this database is set up already; sign in as an administrator"))
        center = _ask(args.center, "--center", "Center name", center_name)
        admin = _ask(args.admin, "--admin", "Administrator login", check_login)
        display_name_of(args.admin_name, admin)
        # Asked for, never assumed unasked: every day the center counts is in its zone.
        zone = _ask(
            args.time_zone,
            "--time-zone",
            "Default time zone",
            check_time_zone,
            "UTC" if sys.stdin.isatty() else None,
        )
        start, end = _ask(
            args.window, "--window", "Default calling window", parse_window, "09:00-18:00"
        )
        team = _ask(
            args.team, "--team", "First team", lambda name: clean_name(name, "team"), "Team 1"
        )
        queue = _ask(
            args.queue, "--queue", "First queue", lambda name: clean_name(name, "queue"), "Main"
        )
        currency = _ask(args.currency, "--currency", "Currency", check_currency, "USD")
        password = _password(args, admin)
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
                currency=currency,
            )
        )
        return done, app.db.description
