"""Building services for a command from the global options."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from typing import Any

from qualifier_app.app import Services, build, open_database, refuse_a_missing_file
from qualifier_app.cli.prompts import ask_secret
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.paths import data_folder
from qualifier_app.persistence import schema
from qualifier_app.persistence.person_login import person_url
from qualifier_app.settings import ENV_CONFIG, config_file, default_database_url, load_settings


def services(
    args: argparse.Namespace,
    *,
    check_schema: bool = True,
    creates_center: bool = False,
    makes_database: bool = False,
) -> Services:
    """On PostgreSQL, once `main` has authenticated the acting user, their own connection.
    `creates_center`: an empty SQLite database gets this version's schema (`setup`).
    `makes_database`: a SQLite file that is not there yet is made (`db upgrade`)."""
    settings = load_settings(args.db)
    person: tuple[str, str] | None = getattr(args, "person", None)
    if person is not None:
        settings = replace(settings, database_url=person_url(settings.database_url, *person))
    own = settings.database_url == default_database_url()
    if own:
        data_folder(settings.data_dir)
    if not (creates_center or makes_database):
        refuse_a_missing_file(settings)
    db = open_database(settings)
    if creates_center and db.is_sqlite:
        schema.create_if_empty(db.engine)
    return build(settings, db=db, check_schema=check_schema)


def command_group(commands: Any, name: str, help_text: str) -> Any:
    """The sub-commands of `qualifier NAME …`, shared by every module adding to the group
    (`import`, `report`, …): the first caller creates it, later callers extend it."""
    existing = commands.choices.get(name)
    if existing is None:
        existing = commands.add_parser(name, help=help_text)
        existing.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    for action in existing._actions:  # argparse keeps its sub-parsers only here
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError(f"{name} has no sub-commands")


def read_password(args: argparse.Namespace, prompt: str, whose: str) -> str:
    """A new password, typed twice on a terminal or the next line of standard input; `whose`
    names it in a refusal ("bob's password"), since standard input may carry two."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput(f"standard input ended before {whose}", "password")
        password = line.rstrip("\r\n")
    elif sys.stdin.isatty():
        password = ask_secret(prompt)
        if ask_secret("Repeat the password: ") != password:
            raise InvalidInput("the two passwords differ", "password")
    else:
        raise InvalidInput("no terminal to ask for the password; use --password-stdin", "password")
    if not password:
        raise InvalidInput(f"{whose} is empty", "password")
    return password


def warn_of_settings(args: argparse.Namespace) -> None:
    """A key nothing reads is most likely a typo: say so once, and go on without it. A
    password others may read is said once too."""
    settings = load_settings(args.db)
    named = os.environ.get(ENV_CONFIG)
    if named and not config_file().exists() and settings.database_url == default_database_url():
        # A typo in the path would otherwise put the command on an empty center of its own.
        sys.stderr.write(
            f"qualifier: warning: {ENV_CONFIG} names {named}, which does not exist: this "
            f"workstation's own database is used ({settings.data_dir})\n"
        )
    if settings.unknown_keys:
        sys.stderr.write(
            f"qualifier: warning: {config_file()} has settings nothing reads (ignored): "
            f"{', '.join(settings.unknown_keys)}\n"
        )
    if settings.secret_readable_by_others:
        sys.stderr.write(
            f"qualifier: warning: {config_file()} holds [database] sign_in_password and others "
            f"may read it: chmod 600 {config_file()}\n"
        )
