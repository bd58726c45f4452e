"""Running the command line in tests: as an authenticated user, with a keyring in a file."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from qualifier_app.cli.auth import leaf_parsers
from qualifier_app.cli.main import build_parser, main
from qualifier_app.domain.clock import DatabaseClock
from qualifier_app.persistence.database import Database
from qualifier_app.services import frame
from tests.support.factories import PASSWORD

KEYRING_FILE_ENV = "QUALIFIER_TEST_KEYRING_FILE"
BACKEND = "tests.support.cli.FileKeyring"


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file named by $QUALIFIER_TEST_KEYRING_FILE: the OS keyring's
    behaviour, for tests and their subprocesses, without touching the machine's keyring."""

    priority = 1  # type: ignore[assignment] - keyring declares it as a class property

    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._path().write_text(json.dumps(data))


def dummy_argv(
    name: str,
    parser: argparse.ArgumentParser,
    given: argparse.Action | None = None,
    value: str = "",
) -> list[str]:
    """The command with a value for every required argument: enough to get past argparse;
    `given`, if any, takes `value`."""
    argv = name.split()
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        typed = (
            value if action is given else str(next(iter(action.choices))) if action.choices else "1"
        )
        if not action.option_strings:
            argv.append(typed)
        elif action.required or action is given:
            argv += [action.option_strings[0], typed]
    for group in parser._mutually_exclusive_groups:
        if group.required and given not in group._group_actions:
            argv += [group._group_actions[0].option_strings[0], "1"]
    return argv


def every_argument_refuses(
    run: Runner,
    db: Sequence[str],
    kinds: Sequence[Callable[[str], object]],
    refusals: Sequence[tuple[str, str]],
) -> set[str]:
    """Every argument of every command whose type is one of `kinds` given each value of
    `refusals` is refused as `refused` says (one line, exit 2, saying what the pair says);
    the "command dest" of each argument tried."""
    tried: set[str] = set()
    for name, parser in leaf_parsers(build_parser()):
        for action in parser._actions:
            if action.type not in kinds:
                continue
            for value, says in refusals:
                done = run(*db, *dummy_argv(name, parser, action, value))
                assert done.returncode == 2, (name, action.dest, done)
                assert len(done.stderr.strip().splitlines()) == 1, done.stderr
                assert says in done.stderr, (name, action.dest, done.stderr)
            tried.add(f"{name} {action.dest}")
    return tried


def main_as(
    login: str, argv: Sequence[str], *, password: str = PASSWORD, more_stdin: str = ""
) -> int:
    """`qualifier ARGV --as LOGIN --password-stdin`, the password on the first line."""
    saved = sys.stdin
    sys.stdin = io.StringIO(f"{password}\n{more_stdin}")
    try:
        return main([*argv, "--as", login, "--password-stdin"])
    finally:
        sys.stdin = saved


@dataclass(frozen=True)
class Ran:
    """What a command did: its exit code and what it wrote, as a process would show them."""

    returncode: int
    stdout: str
    stderr: str


Runner = Callable[..., Ran]


def in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`qualifier ARGS` run by `main` in this process, `stdin` its standard input: what a
    process would do, without starting Python and importing the app again for each command
    (tests/e2e runs the real process)."""

    def run(*args: str, stdin: str = "") -> Ran:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exited:  # argparse refuses bad arguments this way
            code = int(exited.code or 0)
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


ADMIN = "cli.admin"


def ensure_admin(database_url: str) -> None:
    from sqlalchemy import select

    from qualifier_app.domain.clock import SystemClock
    from qualifier_app.domain.roles import OPERATOR
    from qualifier_app.persistence.database import Database
    from qualifier_app.persistence.models import User
    from qualifier_app.services.accounts.users import AccountService

    db = Database.from_url(database_url)
    try:
        with db.unit_of_work(write=False) as uow:
            found = uow.session.execute(select(User.id).where(User.login == ADMIN)).first()
        if found is None:
            AccountService(db, SystemClock()).add_user(OPERATOR, ADMIN, PASSWORD, "admin")
    finally:
        db.dispose()


def admin_main(argv: Sequence[str], *, more_stdin: str = "") -> int:
    """`qualifier ARGV` as the user its `--as` names (with their password), else as an
    administrator the test database is given for it: what the operator used to run as."""
    argv = list(argv)
    if "--as" in argv:
        at = argv.index("--as")
        login = argv[at + 1]
        del argv[at : at + 2]
        return main_as(login, argv, more_stdin=more_stdin)
    ensure_admin(argv[argv.index("--db") + 1])
    return main_as(ADMIN, argv, more_stdin=more_stdin)


def fake_database_clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    """Make the database's clock read `moment` for commands run in this process: the
    frame's and the Database's reads, the workstation's estimate of it and what it makes of
    a time a statement read. A statement that reads PostgreSQL's own now() (the one-call
    claim) then keeps finding the clock elsewhere and falls back to its transaction, which
    reads the faked time."""
    monkeypatch.setattr(frame, "server_time", lambda session: moment)
    monkeypatch.setattr(Database, "server_now", lambda self: moment)
    monkeypatch.setattr(DatabaseClock, "now", lambda self: moment)
    monkeypatch.setattr(DatabaseClock, "observe", lambda self, server_now: moment)


def refused(done: Ran, says: str) -> None:
    """Bad input: exit 2, one line on stderr that says `says`, no traceback."""
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert says in done.stderr, done.stderr
