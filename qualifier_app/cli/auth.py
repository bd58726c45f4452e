"""Who runs a command: every command that reads or changes the center's data needs a user.

The acting user comes, in this order, from
1. `--as LOGIN --password-stdin`: the password on the first line of standard input;
2. the session `qualifier login` saved in the OS keyring for this database (its login, or
   the one `--as` names);
3. `--as LOGIN` on a terminal: the password is asked for;
4. on PostgreSQL, the person whose own login the database URL names (its password from
   libpq: PGPASSWORD, ~/.pgpass or the URL).

On PostgreSQL every command then runs on the acting person's own connection (their login
role's grants and row-level security), not the owner's: `authenticate` signs in to the
database as them, and `context.services` connects as them. A saved session there keeps the
password in the keyring sealed with a key only the database holds while the session lives
(services/accounts/cli_sessions.py).

Only the commands in `OPEN_COMMANDS` run without a user; see `open_reason` for why each may.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from qualifier_app.app import Services, sign_in_person
from qualifier_app.cli.arguments import given
from qualifier_app.cli.context import services
from qualifier_app.cli.prompts import ask_secret
from qualifier_app.domain.errors import (
    AuthenticationFailed,
    DatabaseUnavailable,
    InvalidInput,
    LoginThrottled,
    OneTimePassword,
)
from qualifier_app.domain.roles import Actor
from qualifier_app.os_keyring import os_keyring
from qualifier_app.persistence.engine import describe, parse_database_url
from qualifier_app.persistence.person_login import sealing_key, uses_database_logins
from qualifier_app.services.accounts.cli_sessions import EXPIRED, token_hash, unseal
from qualifier_app.services.accounts.database_sign_in import DatabaseSignIn
from qualifier_app.settings import Settings, load_settings

KEYRING_SERVICE = "qualifier-cli"
WORKSTATION = "command line"

# The commands that run without a signed-in user, and why each may (the README repeats it).
OPEN_COMMANDS: dict[str, str] = {
    "gui": "opens the desktop app, which asks for the sign-in itself",
    "db current": "shows only the schema version",
    "db upgrade": "changes only the schema; needs the database owner's credentials",
    "demo": "fills only a database without users (refused otherwise)",
    "setup": "creates the first administrator only on a database without one",
    "login": "is the sign-in itself",
    "password": "signs in itself, to replace the password it proves",
    "logout": "only ends the saved sign-in",
    "keyring mail": "keeps a password in this machine's keyring; reaches no database",
    "keyring database": "keeps the password of the URL's login, which it signs in with",
}


def command_name(args: argparse.Namespace) -> str:
    """`queue claim` for `qualifier queue claim …`: the command and its action, if any."""
    command = getattr(args, "command", None) or "gui"
    action = getattr(args, f"{command}_command", None)
    return f"{command} {action}" if action else command


def is_open(args: argparse.Namespace) -> bool:
    return command_name(args) in OPEN_COMMANDS


def leaf_parsers(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every command's own parser, named like `command_name`."""
    for action in parser._actions:  # argparse keeps its sub-parsers only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaf_parsers(sub, f"{prefix} {name}".strip())
            return
    if prefix:
        yield prefix, parser


def add_user_options(parser: argparse.ArgumentParser) -> None:
    """`--as` and `--password-stdin` on every command that needs a user."""
    for name, command in leaf_parsers(parser):
        if name in OPEN_COMMANDS:
            continue
        options = command._option_string_actions
        if "--as" not in options:
            command.add_argument(
                "--as",
                dest="as_login",
                metavar="LOGIN",
                type=given,
                help="act as this user (default: the user of `qualifier login`)",
            )
        if "--password-stdin" not in options:
            command.add_argument(
                "--password-stdin",
                action="store_true",
                help="read the acting user's password from the first line of standard input",
            )


# --- the saved session -----------------------------------------------------------------


def _account(args: argparse.Namespace) -> str:
    """The keyring entry: one saved sign-in per database, named without any password."""
    return describe(parse_database_url(load_settings(args.db).database_url))


def _keyring() -> Any:
    return os_keyring()


class SavedSession(NamedTuple):
    login: str
    token: str
    sealed: str | None  # PostgreSQL: the password, sealed (see cli_sessions.seal)


def saved_session(args: argparse.Namespace) -> SavedSession | None:
    """The sign-in saved by `qualifier login` for this database, if any."""
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        stored = _keyring().get_password(KEYRING_SERVICE, _account(args))
    except (KeyringError, RuntimeError):
        return None
    if not stored or " " not in stored:
        return None
    login, token, *sealed = stored.split(" ", 2)
    return SavedSession(login, token, sealed[0] if sealed else None)


def check_keyring(args: argparse.Namespace) -> None:
    """Refuse before signing in when there is no keyring to keep the sign-in in: a session
    opened first would be left alive on the database, its key with it."""
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        _keyring().get_password(KEYRING_SERVICE, _account(args))
    except (KeyringError, RuntimeError):
        raise _no_keyring() from None


def save_session(
    args: argparse.Namespace, login: str, token: str, sealed: str | None = None
) -> None:
    from keyring.errors import KeyringError  # noqa: PLC0415

    entry = f"{login} {token}" + (f" {sealed}" if sealed else "")
    try:
        _keyring().set_password(KEYRING_SERVICE, _account(args), entry)
    except (KeyringError, RuntimeError):
        raise _no_keyring() from None


def _no_keyring() -> InvalidInput:
    # The keyring library's own words tell a developer which package to install; a person
    # needs the way that works without one.
    return InvalidInput(
        "no OS keyring to keep the sign-in in on this machine: give each command "
        "--as LOGIN instead (with --password-stdin in a script)"
    )


def forget_session(args: argparse.Namespace) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError  # noqa: PLC0415

    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        _keyring().delete_password(KEYRING_SERVICE, _account(args))


# --- the acting user -------------------------------------------------------------------


def stdin_line() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def sign_in_password(
    args: argparse.Namespace,
    login: str,
    ask: Callable[[str], str] = ask_secret,
    *,
    other_ways: str = ", with --password-stdin, or sign in first with `qualifier login`",
) -> str:
    """The password `login` signs in with: from standard input, else asked on a terminal."""
    if args.password_stdin:
        password = stdin_line()
    elif sys.stdin.isatty():
        password = ask(f"Password for {login}: ")
    else:
        raise AuthenticationFailed(f"no password for {login}: give it on a terminal{other_ways}")
    if not password:
        raise AuthenticationFailed(f"no password for {login}: the password is empty")
    return password


def _from_connection(app: Services) -> Actor | None:
    """The person whose own login role the connection signed in as (PostgreSQL only)."""
    if not uses_database_logins(app.settings.database_url):
        return None
    return DatabaseSignIn(app.db, app.clock).connected_actor()


def _first_admin(args: argparse.Namespace, app: Services) -> bool:
    """`user add LOGIN --role admin` with no user given, on a database with no administrator:
    the first-run exception (the service checks again in the transaction that adds it)."""
    return (
        command_name(args) == "user add"
        and getattr(args, "role", None) == "admin"
        and saved_session(args) is None
        and app.cli_sessions.needs_first_admin()
    )


def own_password_chosen(app: Services, actor: Actor) -> Actor:
    """A one-time password (a new person's, an administrator's reset) proves only that the
    administrator handed it on: it opens nothing until its holder has chosen their own."""
    if app.staff.must_change_password(actor):
        raise OneTimePassword(actor.login)
    return actor


def acting_user(
    args: argparse.Namespace, app: Services, ask: Callable[[str], str] = ask_secret
) -> Actor | None:
    """The authenticated user a command acts as, or AuthenticationFailed (exit 2); None only
    for adding the first administrator."""
    actor = _acting_user(args, app, ask)
    return None if actor is None else own_password_chosen(app, actor)


def _acting_user(
    args: argparse.Namespace, app: Services, ask: Callable[[str], str] = ask_secret
) -> Actor | None:
    login: str | None = getattr(args, "as_login", None)
    if login is None and _first_admin(args, app):
        return None
    if login and getattr(args, "password_stdin", False):
        return app.cli_sessions.authenticate(
            login, sign_in_password(args, login, ask), workstation()
        )
    saved = saved_session(args)
    if saved is not None and (login is None or saved.login == login.strip().lower()):
        return app.cli_sessions.resume(saved.login, saved.token)
    connected = _from_connection(app)
    if connected is not None and (login is None or connected.login == login):
        return connected
    if login is None:
        raise AuthenticationFailed(
            f"`qualifier {command_name(args)}` needs a user: --as LOGIN (with its password), "
            "or sign in first with `qualifier login`"
        )
    return app.cli_sessions.authenticate(login, sign_in_password(args, login, ask), workstation())


def authenticate(args: argparse.Namespace, ask: Callable[[str], str] = ask_secret) -> Actor | None:
    """`acting_user`, on PostgreSQL by signing in to the database as the person: afterwards
    `args.person` makes every connection of the command theirs."""
    settings = load_settings(args.db)
    if not uses_database_logins(settings.database_url):
        with services(args) as app:
            return acting_user(args, app, ask)
    login = (getattr(args, "as_login", None) or "").strip().lower() or None
    if login and getattr(args, "password_stdin", False):
        return _sign_in_as(args, settings, login, sign_in_password(args, login, ask))
    saved = saved_session(args)
    if saved is not None and saved.sealed and (login is None or saved.login == login):
        return resume_saved(args, settings, saved)
    if login is not None:
        return _sign_in_as(args, settings, login, sign_in_password(args, login, ask))
    connection: Services | None
    try:
        connection = services(args)
    except DatabaseUnavailable:
        connection = None  # the URL names no login the server accepts: nobody signed in
    if connection is not None:
        with connection:
            if connected := _from_connection(connection):
                return own_password_chosen(connection, connected)
            if _first_admin(args, connection):
                return None
    raise AuthenticationFailed(
        f"`qualifier {command_name(args)}` needs a user: --as LOGIN (with its password), "
        "or sign in first with `qualifier login`"
    )


def _sign_in_as(args: argparse.Namespace, settings: Settings, login: str, password: str) -> Actor:
    signed = sign_in_person(settings, login, password, workstation())
    assert signed is not None  # PostgreSQL's
    app, signed_in = signed
    with app:
        app.accounts.sign_out(signed_in)
        own_password_chosen(app, signed_in.actor)
    args.person = (login, password)
    return signed_in.actor


def resume_saved(args: argparse.Namespace, settings: Settings, saved: SavedSession) -> Actor:
    """A saved PostgreSQL session: the database hands out the key to the sealed password
    only while the session lives; the sign-in that follows is checked like any other."""
    key = sealing_key(settings.database_url, settings.sign_in_password, token_hash(saved.token))
    if key is None or saved.sealed is None:
        forget_session(args)
        raise AuthenticationFailed(EXPIRED)
    try:
        return _sign_in_as(args, settings, saved.login, unseal(key, saved.sealed))
    except LoginThrottled:
        raise
    except AuthenticationFailed:  # the password was changed since, or the person left
        forget_session(args)
        raise AuthenticationFailed(EXPIRED) from None


def workstation() -> str:
    return f"{WORKSTATION} on {socket.gethostname()}"[:120]


def acting(args: argparse.Namespace) -> Actor:  # the handlers' view of `acting_user`
    """The user `main` authenticated for this command."""
    actor: Actor | None = getattr(args, "actor", None)
    if actor is None:  # pragma: no cover - main authenticates before every such handler
        raise AuthenticationFailed(f"`qualifier {command_name(args)}` needs a user")
    return actor
