"""`qualifier login` and `qualifier logout`: a short-lived sign-in kept in the OS keyring."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qualifier_app.app import choose_own_password, sign_in_person
from qualifier_app.cli.arguments import given
from qualifier_app.cli.auth import (
    check_keyring,
    forget_session,
    own_password_chosen,
    resume_saved,
    save_session,
    saved_session,
    sign_in_password,
    workstation,
)
from qualifier_app.cli.context import read_password, services
from qualifier_app.cli.output import print_json
from qualifier_app.cli.prompts import ask
from qualifier_app.domain.errors import AuthenticationFailed, InvalidInput, OneTimePassword
from qualifier_app.persistence.person_login import uses_database_logins
from qualifier_app.services.accounts.cli_sessions import CliToken, seal
from qualifier_app.settings import load_settings


def register(commands: Any) -> None:
    login = commands.add_parser(
        "login",
        help="sign in once; later commands act as this user until the sign-in expires",
    )
    login.add_argument(
        "--as", dest="as_login", metavar="LOGIN", type=given, help="the user to sign in as"
    )
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    login.add_argument("--json", action="store_true")
    login.set_defaults(handler=sign_in)
    password = commands.add_parser(
        "password",
        help="choose your own password (a one-time one must be replaced first)",
    )
    password.add_argument("--as", dest="as_login", metavar="LOGIN", help="whose password")
    password.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the current password from the first line of standard input and the new "
        "one from the second",
    )
    password.add_argument("--json", action="store_true")
    password.set_defaults(handler=change_password)
    logout = commands.add_parser("logout", help="end the saved sign-in")
    logout.add_argument("--json", action="store_true")
    logout.set_defaults(handler=sign_out)


def _login(args: argparse.Namespace) -> str:
    if args.as_login:
        return str(args.as_login).strip().lower()
    if sys.stdin.isatty() and not args.password_stdin:
        return ask("Login: ").strip().lower()
    raise InvalidInput("--as LOGIN is required (no terminal to ask)", "login")


def sign_in(args: argparse.Namespace) -> int:
    check_keyring(args)
    login = _login(args)
    password = sign_in_password(args, login, other_ways=" or with --password-stdin")
    settings = load_settings(args.db)
    if uses_database_logins(settings.database_url):
        opened, sealed, clock_notice = _open_on_the_database(args, login, password)
        save_session(args, opened.login, opened.token, sealed)
    else:
        with services(args) as app:
            actor = app.cli_sessions.authenticate(login, password, workstation())
            opened = app.cli_sessions.issue(own_password_chosen(app, actor), workstation())
            clock_notice = app.clock_notice()
        save_session(args, opened.login, opened.token)
    if clock_notice:
        # As the desktop app says it at sign-in: times are the database's all the same.
        print(f"qualifier: warning: {clock_notice}", file=sys.stderr)
    if args.json:
        print_json({"login": opened.login, "expires_at": opened.expires_at})
    else:
        print(f"signed in as {opened.login} until {opened.expires_at:%Y-%m-%d %H:%M} UTC")
    return 0


def _open_on_the_database(
    args: argparse.Namespace, login: str, password: str
) -> tuple[CliToken, str, str | None]:
    """PostgreSQL: sign in as the person; the token's session keeps the key to the password
    sealed in the keyring."""
    signed = sign_in_person(load_settings(args.db), login, password, workstation())
    assert signed is not None
    app, signed_in = signed
    key, sealed = seal(password)
    with app:
        app.accounts.sign_out(signed_in)
        own_password_chosen(app, signed_in.actor)
        opened = app.cli_sessions.issue(signed_in.actor, workstation(), key)
        return opened, sealed, app.clock_notice()


def change_password(args: argparse.Namespace) -> int:
    """Signs in with the current password and replaces it, on the person's own connection
    on PostgreSQL (the database checks the current one there)."""
    login = _login(args)
    current = sign_in_password(args, login, other_ways=" or with --password-stdin")
    new = read_password(args, "New password: ", f"{login}'s new password")
    settings = load_settings(args.db)
    try:
        signed = sign_in_person(settings, login, current, workstation())
    except OneTimePassword:
        # PostgreSQL: a one-time password opens nothing; the sign-in role replaces it.
        choose_own_password(settings, login, current, new)
        _changed(args, login)
        return 0
    app, signed_in = signed if signed is not None else (services(args), None)
    with app:
        if signed_in is None:
            signed_in = app.accounts.sign_in(login, current, workstation())
        try:
            app.staff.change_own_password(signed_in.actor, current, new)
        finally:
            app.accounts.sign_out(signed_in)
    _changed(args, login)
    return 0


def _changed(args: argparse.Namespace, login: str) -> None:
    if args.json:
        print_json({"login": login, "password_changed": True})
    else:
        print(f"the password of {login} is changed")


def sign_out(args: argparse.Namespace) -> int:
    saved = saved_session(args)
    ended = False
    if saved is not None and saved.sealed is not None:
        # PostgreSQL: the session's row is the person's to end, on their own connection.
        try:
            resume_saved(args, load_settings(args.db), saved)
        except AuthenticationFailed:
            pass  # it had ended already
        else:
            with services(args) as app:
                ended = app.cli_sessions.close(saved.token)
        forget_session(args)
    elif saved is not None:
        forget_session(args)
        with services(args) as app:
            ended = app.cli_sessions.close(saved.token)
    if args.json:
        print_json({"signed_out": saved[0] if saved else None})
    elif saved is None:
        print("not signed in")
    else:
        print(f"signed out {saved[0]}" + ("" if ended else " (the sign-in had ended already)"))
    return 0
