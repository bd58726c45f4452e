"""`qualifier keyring mail|database`: a password kept in this machine's OS keyring, where the
app looks for it (an installed workstation has no Python to call the keyring library with).

Each password is tried first: the SMTP server's sign-in, or the database's; one the server
refuses is not kept, so a typo is found now rather than as mail that waits or a command that
cannot connect.
"""

from __future__ import annotations

import argparse
from typing import Any

import psycopg

from qualifier_app.cli.context import command_group, read_password
from qualifier_app.cli.output import print_json
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.integrations import mail
from qualifier_app.os_keyring import os_keyring
from qualifier_app.persistence import engine
from qualifier_app.persistence.db_logins import conninfo_as, password_refused
from qualifier_app.settings import load_settings

UNCHECKED = "--no-check keeps it unchecked"
PGPASS = "; libpq's ~/.pgpass takes it instead (see the README)"


def register(commands: Any) -> None:
    keyring = command_group(
        commands, "keyring", "keep a password in this machine's OS keyring, where the app reads it"
    )
    smtp = keyring.add_parser(
        "mail", help="the SMTP password of [mail] user and host of the settings"
    )
    database = keyring.add_parser(
        "database", help="the password of the database URL's login (--db or the settings)"
    )
    for parser in (smtp, database):
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from the first line of standard input",
        )
        parser.add_argument(
            "--no-check",
            action="store_true",
            help="keep it without signing in with it first (the server is out of reach)",
        )
        parser.add_argument("--json", action="store_true")
    smtp.set_defaults(handler=keep_mail_password)
    database.set_defaults(handler=keep_database_password)


def keep_mail_password(args: argparse.Namespace) -> int:
    settings = load_settings(args.db).mail
    if not settings.configured:
        raise InvalidInput("the settings have no [mail] host: add the [mail] section first", "mail")
    if not settings.user:
        raise InvalidInput(
            f"[mail] names no user: {settings.host} is signed in to without a password", "mail"
        )
    account = mail.keyring_account(settings)
    password = read_password(args, f"SMTP password of {account}: ", f"the password of {account}")
    if not args.no_check:
        try:
            mail.SmtpMailer(settings, password=lambda _settings: password).check_sign_in()
        except mail.MailUnavailable as exc:
            refused = exc.lasting
            raise InvalidInput(
                f"{exc}: the password of {account} was not kept"
                + ("" if refused else f" ({UNCHECKED})"),
                "password",
            ) from None
    _keep(mail.KEYRING_SERVICE, account, password, "")
    return _kept(args, "SMTP", mail.KEYRING_SERVICE, account)


def keep_database_password(args: argparse.Namespace) -> int:
    url = engine.parse_database_url(load_settings(args.db).database_url)
    if not url.drivername.startswith("postgresql"):
        raise InvalidInput("the embedded database has no password", "db")
    if not url.username:
        raise InvalidInput(
            "the URL names no login: give the login whose password it is "
            "(--db postgresql://LOGIN@HOST/DATABASE)",
            "db",
        )
    account = engine.keyring_account(url)
    password = read_password(
        args, f"Database password of {account}: ", f"the password of {url.username}"
    )
    if not args.no_check:
        try:
            with psycopg.connect(conninfo_as(url, url.username, password)):
                pass
        except psycopg.OperationalError as exc:
            refused = password_refused(exc)
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            reason = f"the server refused the password of {url.username}" if refused else detail
            raise InvalidInput(
                f"{reason}: it was not kept" + ("" if refused else f" ({UNCHECKED})"),
                "password",
            ) from None
    _keep(engine.KEYRING_SERVICE, account, password, PGPASS)
    return _kept(args, "database", engine.KEYRING_SERVICE, account)


def _kept(args: argparse.Namespace, what: str, service: str, account: str) -> int:
    if args.json:
        print_json({"service": service, "account": account, "checked": not args.no_check})
    else:
        print(f"kept the {what} password of {account} in the OS keyring ({service})")
    return 0


def _keep(service: str, account: str, password: str, instead: str) -> None:
    from keyring.errors import KeyringError  # noqa: PLC0415 - slow to import

    try:
        os_keyring().set_password(service, account, password)
    except (KeyringError, RuntimeError):
        # The keyring library's own words tell a developer which package to install.
        raise InvalidInput(
            f"this machine has no OS keyring to keep the password in{instead}", "keyring"
        ) from None
