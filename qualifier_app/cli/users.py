"""Commands for users: user add, user list."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.context import read_password, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.roles import OPERATOR


def register(commands: Any) -> None:
    user = commands.add_parser("user", help="users").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add a user (asks for the password)")
    add.add_argument("login")
    add.add_argument("--role", required=True, help="rep, team_lead, supervisor or admin")
    add.add_argument("--team")
    add.add_argument("--name", default="", help="display name")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=user_add)
    listing = user.add_parser("list", help="list users")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=user_list)


def user_add(args: argparse.Namespace) -> int:
    password = read_password(args)
    with services(args) as app:
        added = app.accounts.add_user(
            OPERATOR, args.login, password, args.role, args.name, args.team
        )
    if args.json:
        print_json(added)
    else:
        print(f"added {added.login} ({added.role}{', ' + added.team if added.team else ''})")
    return 0


def user_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        users = app.accounts.list_users(OPERATOR)
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
