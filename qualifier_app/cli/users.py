"""Commands for users: user add, import, list, set, reset-password, unlock."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import read_password, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Role
from qualifier_app.domain.text import count_of
from qualifier_app.services.accounts.dto import works_no_queue

ROLES = [role.value for role in Role]
NOT_ALL_ADDED = 1  # `user import`: some rows were refused (the others are added)


def register(commands: Any) -> None:
    user = commands.add_parser("user", help="users").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add a user (asks for the password)")
    add.add_argument("login")
    # Checked before anything is asked: a password typed twice for a role that does not exist
    # was typed for nothing.
    add.add_argument(
        "--role", required=True, choices=ROLES, help="rep, team_lead, supervisor or admin"
    )
    add.add_argument("--team")
    add.add_argument("--name", default="", help="display name")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the acting user's password from the first line of standard input and "
        "the new user's from the second",
    )
    add.add_argument(
        "--one-time",
        action="store_true",
        help="give a one-time password (printed once) that the person must replace before "
        "anything else, instead of asking for one",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=user_add)
    people = user.add_parser(
        "import",
        help="add everyone a CSV/XLSX list names (login, name, role, team), each with a "
        f"one-time password (printed once); exit code {NOT_ALL_ADDED} when a row was refused",
    )
    people.add_argument(
        "file", type=Path, metavar="FILE", help="CSV or XLSX, a row each: login, name, role, team"
    )
    people.add_argument("--json", action="store_true", help="as JSON")
    people.set_defaults(handler=user_import)
    listing = user.add_parser("list", help="list users")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=user_list)
    change = user.add_parser("set", help="change a user's role, team or whether they are active")
    change.add_argument("login")
    change.add_argument("--role", choices=ROLES, help="rep, team_lead, supervisor or admin")
    change.add_argument("--team", help='the team ("" for none)')
    change.add_argument("--name", help="display name")
    change.add_argument("--active", type=yes_no, metavar="yes|no")
    change.add_argument("--json", action="store_true")
    change.set_defaults(handler=user_set)
    reset = user.add_parser(
        "reset-password", help="a one-time password the user must change at the next sign-in"
    )
    reset.add_argument("login")
    reset.add_argument("--json", action="store_true", help="as JSON")
    reset.set_defaults(handler=user_reset_password)
    unlock = user.add_parser("unlock", help="lift the wait after too many wrong passwords")
    unlock.add_argument("login")
    unlock.add_argument("--json", action="store_true", help="as JSON")
    unlock.set_defaults(handler=user_unlock)


def yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true"):
        return True
    if value in ("no", "n", "false"):
        return False
    raise argparse.ArgumentTypeError(f"{text!r} is not yes or no")


def user_set(args: argparse.Namespace) -> int:
    with services(args) as app:
        done = app.staff.set_user(
            acting(args),
            args.login,
            role=args.role,
            team=args.team,
            active=args.active,
            display_name=args.name,
        )
    _warn_of_no_team(done.login, done.role, done.team, done.active)
    if args.json:
        print_json(done)
        return 0
    state = "active" if done.active else "deactivated"
    print(f"{done.login}: {done.role}, {done.team or 'no team'}, {state}")
    if done.leads_returned or done.callbacks_returned:
        print(
            f"returned {count_of(done.leads_returned, 'held lead', 'held leads')} to the queue "
            f"and {count_of(done.callbacks_returned, 'callback', 'callbacks')} to the team"
        )
    if done.partners_managed:
        print(
            f"{done.login} is still the channel manager of {', '.join(done.partners_managed)}: "
            "give those partners another one"
        )
    return 0


def user_reset_password(args: argparse.Namespace) -> int:
    with services(args) as app:
        password = app.staff.reset_password(acting(args), args.login)
    if args.json:
        print_json({"login": args.login, "one_time_password": password, "must_change": True})
        return 0
    print(f"one-time password for {args.login}: {password}")
    print("it must be changed at the next sign-in")
    return 0


def user_unlock(args: argparse.Namespace) -> int:
    with services(args) as app:
        app.staff.unlock(acting(args), args.login)
    print_json({"unlocked": args.login}) if args.json else print(f"unlocked {args.login}")
    return 0


def user_add(args: argparse.Namespace) -> int:
    first_admin = getattr(args, "actor", None) is None  # see cli/auth
    if args.team is not None and not args.team.strip():
        # An empty variable in a script: no team by accident is a rep who gets no leads.
        raise InvalidInput("--team is empty: name the team, or leave the option out", "team")
    if first_admin and args.team:
        # Silently left out, the team was missing later with nothing saying why.
        raise InvalidInput(
            "the first administrator belongs to no team: leave out --team and add teams "
            "afterwards, or set the center up with its first team in one step: "
            "`qualifier setup`",
            "team",
        )
    if first_admin and args.one_time:
        raise InvalidInput("the first administrator chooses their own password", "one_time")
    one_time = args.one_time
    password = (
        ""
        if one_time
        else read_password(args, f"New password for {args.login}: ", f"{args.login}'s password")
    )
    with services(args) as app:
        if first_admin:
            first = app.cli_sessions.add_first_admin(args.login, password, args.name)
            added = app.accounts.list_users(first)[0]
        elif one_time:
            added, password = app.people_list.add_one(
                acting(args), args.login, args.role, args.name, args.team
            )
        else:
            added = app.accounts.add_user(
                acting(args), args.login, password, args.role, args.name, args.team
            )
    _warn_of_no_team(added.login, added.role, added.team, active=True)
    if args.json:
        print_json({**asdict(added), **({"one_time_password": password} if one_time else {})})
    else:
        print(f"added {added.login} ({added.role}{', ' + added.team if added.team else ''})")
        if one_time:
            print(f"one-time password (shown once; replaced at the first sign-in): {password}")
    return 0


def user_import(args: argparse.Namespace) -> int:
    with services(args) as app:
        done = app.people_list.add_all(acting(args), args.file)
    for person in done.added:
        _warn_of_no_team(person.login, person.role, person.team, active=True)
    if args.json:
        print_json(done)
        return NOT_ALL_ADDED if done.refused else 0
    print(
        f"{args.file.name}: {count_of(done.rows, 'row', 'rows')} read = {len(done.added)} added "
        f"+ {len(done.refused)} refused"
        + done.blank_note()
        + (f", {done.hidden} hidden in the workbook (not read)" if done.hidden else "")
    )
    if done.added:
        print("one-time passwords (shown once; each is replaced at the first sign-in):")
        print(
            table(
                [[p.login, p.name, p.role, p.team or "", p.one_time_password] for p in done.added],
                ["login", "name", "role", "team", "one-time password"],
            )
        )
    for row in done.refused:
        sys.stderr.write(f"qualifier: row {row.line} ({row.login or 'no login'}): {row.reason}\n")
    # A script must know: each refused row is someone who cannot sign in.
    return NOT_ALL_ADDED if done.refused else 0


def _warn_of_no_team(login: str, role: str, team: str | None, active: bool) -> None:
    if active and works_no_queue(role, team):
        sys.stderr.write(
            f"qualifier: warning: {login} is in no team and gets no leads from a queue until "
            f"added to one: qualifier user set {login} --team TEAM\n"
        )


def user_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        users = app.accounts.list_users(acting(args))
    if args.json:
        print_json(users)
    else:
        print(
            table(
                [
                    [
                        u.login,
                        u.display_name,
                        u.role,
                        u.team or "",
                        ", ".join(u.queues),
                        "yes" if u.active else "no",
                    ]
                    for u in users
                ],
                ["login", "name", "role", "team", "queues", "active"],
            )
        )
    return 0
