"""The command line acts only as an authenticated user, and audits every change with them."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from qualifier_app.app import Services
from qualifier_app.cli.auth import OPEN_COMMANDS, leaf_parsers
from qualifier_app.cli.main import build_parser, main
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry, CliSession, Lead, Team, User
from tests.support.cli import Ran, Runner, dummy_argv, in_process, main_as
from tests.support.databases import on_the_server
from tests.support.factories import PASSWORD, Factory


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cli-data"
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(folder))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    return folder


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def _one_line_error(done: Ran) -> str:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def _snapshot(services: Services) -> tuple[int, ...]:
    with services.db.unit_of_work(write=False) as uow:
        session = uow.session
        counts = [
            int(session.execute(select(func.count()).select_from(model)).scalar_one())
            for model in (AuditEntry, User, Team, Lead, CliSession)
        ]
        queued = select(func.count()).select_from(Lead).where(Lead.status == "queued")
        counts.append(int(session.execute(queued).scalar_one()))
        return tuple(counts)


def test_no_command_reads_or_changes_anything_without_a_user(
    database_url: str,
    factory: Factory,
    services: Services,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("rita")
    factory.lead(company="Acme")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # any file a command might write lands here
    before = _snapshot(services)
    commands = dict(leaf_parsers(build_parser()))
    assert {"queue claim", "user add", "team add", "export leads", "audit list"} <= set(commands)
    assert set(OPEN_COMMANDS) <= set(commands)
    for name, parser in commands.items():
        if name in OPEN_COMMANDS:
            continue
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORD}\n{PASSWORD}\n"))
        code = main(["--db", database_url, *dummy_argv(name, parser)])
        captured = capsys.readouterr()
        assert code == 2, (name, captured.err)
        assert "needs a user" in captured.err, (name, captured.err)
        assert captured.out == "", name
        # Naming a user is not enough either: without the password nothing happens.
        code = main(["--db", database_url, *dummy_argv(name, parser), "--as", "ada"])
        assert code == 2, name
        assert "no password for ada" in capsys.readouterr().err, name
    assert _snapshot(services) == before
    assert list(work.iterdir()) == []


def test_a_wrong_password_is_one_line_exit_2_and_counts_towards_the_lock(
    database_url: str, factory: Factory, services: Services, run: Runner
) -> None:
    factory.user("rita")
    for _ in range(3):
        line = _one_line_error(
            run(
                "--db",
                database_url,
                "queue",
                "claim",
                "--as",
                "rita",
                "--password-stdin",
                stdin="not her password\n",
            )
        )
        assert line == "qualifier: error: unknown login or wrong password"
    with services.db.unit_of_work() as uow:
        failures, locked = uow.session.execute(
            select(User.failed_logins, User.locked_until).where(User.login == "rita")
        ).one()
        assert failures == 3 and locked is not None
        # The lock is the sign-in's own; held longer here so no test depends on its length.
        uow.session.execute(
            update(User)
            .where(User.login == "rita")
            .values(locked_until=datetime.now(UTC) + timedelta(hours=1))
        )
        uow.commit()
    line = _one_line_error(
        run(
            "--db",
            database_url,
            "queue",
            "claim",
            "--as",
            "rita",
            "--password-stdin",
            stdin=f"{PASSWORD}\n",
        )
    )
    assert "too many wrong passwords for rita" in line


def test_an_empty_login_is_refused_as_empty_before_any_sign_in(
    database_url: str, factory: Factory, run: Runner
) -> None:
    """`--as "$USER"` with the variable unset tried to sign in as nobody."""
    factory.user("rita")
    for command in (("queue", "claim"), ("login",)):
        done = run("--db", database_url, *command, "--as", "", "--password-stdin",
                   stdin="not her password\n")  # fmt: skip
        assert done.returncode == 2
        assert "argument --as: it is empty (leave the option out instead)" in done.stderr
        assert done.stderr.count("\n") == 1


def test_login_keeps_a_session_that_works_until_it_expires_or_logout(
    database_url: str, factory: Factory, services: Services, file_keyring: Path, run: Runner
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("rita")
    done = run(
        "--db", database_url, "login", "--as", "ada", "--password-stdin", stdin=f"{PASSWORD}\n"
    )
    assert done.returncode == 0, done.stderr
    assert "signed in as ada until" in done.stdout
    # The keyring holds the token, never the password; the database only its hash.
    stored = file_keyring.read_text()
    assert PASSWORD not in stored and "ada" in stored
    token = stored.split("ada ")[1].split('"')[0]
    with services.db.unit_of_work(write=False) as uow:
        hashes = uow.session.execute(select(CliSession.token_hash)).scalars().all()
    assert len(hashes) == 1 and token not in hashes[0]

    done = run("--db", database_url, "team", "add", "Team North")
    assert done.returncode == 0, done.stderr
    # --as another user is not covered by ada's session.
    assert "no password for rita" in _one_line_error(
        run("--db", database_url, "queue", "stats", "--as", "rita")
    )

    with services.db.unit_of_work() as uow:
        uow.session.execute(
            update(CliSession).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
        uow.commit()
    assert "has expired" in _one_line_error(run("--db", database_url, "team", "list"))

    done = run(
        "--db", database_url, "login", "--as", "ada", "--password-stdin", stdin=f"{PASSWORD}\n"
    )
    assert done.returncode == 0, done.stderr
    assert run("--db", database_url, "team", "list").returncode == 0
    done = run("--db", database_url, "logout")
    assert done.returncode == 0 and "signed out ada" in done.stdout
    assert "needs a user" in _one_line_error(run("--db", database_url, "team", "list"))
    with services.db.unit_of_work(write=False) as uow:
        live = uow.session.execute(
            select(func.count())
            .select_from(CliSession)
            .where(CliSession.ended_at.is_(None), CliSession.expires_at > datetime.now(UTC))
        ).scalar_one()
    assert live == 0


def test_login_without_a_keyring_leaves_no_session_behind(
    database_url: str,
    factory: Factory,
    services: Services,
    run: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    factory.user("ada", Role.ADMIN, team=None, queues=())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(NoKeyring())
    done = run(
        "--db", database_url, "login", "--as", "ada", "--password-stdin", stdin=f"{PASSWORD}\n"
    )
    assert _one_line_error(done) == (
        "qualifier: error: no OS keyring to keep the sign-in in on this machine: give each "
        "command --as LOGIN instead (with --password-stdin in a script)"
    )
    with services.db.unit_of_work(write=False) as uow:
        sessions = uow.session.execute(select(func.count()).select_from(CliSession)).scalar_one()
    assert sessions == 0


def test_a_stolen_or_other_users_token_is_refused(
    database_url: str, factory: Factory, services: Services, file_keyring: Path
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    opened = services.cli_sessions.open("ada", PASSWORD, "test")
    assert services.cli_sessions.resume("ada", opened.token).login == "ada"
    with pytest.raises(Exception, match="expired"):
        services.cli_sessions.resume("rita", opened.token)
    with pytest.raises(Exception, match="expired"):
        services.cli_sessions.resume("ada", opened.token + "x")
    assert services.cli_sessions.close(opened.token) is True
    assert services.cli_sessions.close(opened.token) is False
    with pytest.raises(Exception, match="expired"):
        services.cli_sessions.resume("ada", opened.token)


def test_changes_are_audited_with_the_command_line_user(
    database_url: str,
    factory: Factory,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    with services.db.unit_of_work(write=False) as uow:
        last = uow.session.execute(select(func.max(AuditEntry.id))).scalar_one()
    assert main_as("ada", ["--db", database_url, "team", "add", "Team East"]) == 0
    # user add: ada's password on the first line of stdin, the new user's on the second.
    code = main_as(
        "ada",
        ["--db", database_url, "user", "add", "bob", "--role", "rep", "--team", "Team East"],
        more_stdin="a long secret of his own\n",
    )
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert services.accounts.sign_in("bob", "a long secret of his own").actor.login == "bob"
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.action, AuditEntry.actor_id).where(
                AuditEntry.action.in_(["team.added", "user.added"]), AuditEntry.id > last
            )
        ).all()
    assert sorted(rows) == [("team.added", ada.user_id), ("user.added", ada.user_id)]
    # A rep's password does not make the command line an admin.
    assert (
        main_as(
            "bob",
            ["--db", database_url, "user", "add", "eve", "--role", "admin"],
            password="a long secret of his own",
            more_stdin="eve's long secret\n",
        )
        == 2
    )
    assert "may not manage users" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "refusal"),
    [
        (["user", "list"], "rita (rep) may not list users"),
        (["team", "list"], "rita (rep) may not list teams"),
        (["queue", "list"], "rita (rep) may not list queues"),
    ],
)
def test_a_rep_is_refused_a_listing_in_its_own_words(
    database_url: str,
    factory: Factory,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    refusal: str,
) -> None:
    factory.user("rita")
    assert main_as("rita", ["--db", database_url, *command]) == 2
    assert capsys.readouterr().err == f"qualifier: error: {refusal}\n"


def test_open_commands_need_no_user_but_stay_first_run_only(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", on_the_server(empty_database_url), "db", "upgrade"]) == 0
    assert main(["--db", empty_database_url, "db", "current"]) == 0
    assert main(["--db", empty_database_url, "demo", "--inquiries", "5", "--seed", "1"]) == 0
    capsys.readouterr()
    # With users in it, demo no longer runs for anyone who can reach the database.
    assert main(["--db", empty_database_url, "demo", "--inquiries", "5"]) == 2
    assert "has users already" in capsys.readouterr().err


def test_a_one_time_password_opens_nothing_but_choosing_ones_own(
    database_url: str, factory: Factory, run: Runner
) -> None:
    """Only the desktop sign-in asked for a new password: with the one-time password an
    administrator handed on, the command line (and on PostgreSQL psql) worked as the person."""
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("rita")
    reset = run("--db", database_url, "user", "reset-password", "rita", "--json", "--as", "ada",
                "--password-stdin", stdin=f"{PASSWORD}\n")  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    one_time = json.loads(reset.stdout)["one_time_password"]

    for argv in (["queue", "stats"], ["login"]):
        refused = run("--db", database_url, *argv, "--as", "rita", "--password-stdin",
                      stdin=f"{one_time}\n")  # fmt: skip
        assert "is a one-time password: choose your own first" in _one_line_error(refused)

    mine = "Tagus-river-2027-own"
    changed = run("--db", database_url, "password", "--as", "rita", "--password-stdin",
                  stdin=f"{one_time}\n{mine}\n")  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "the password of rita is changed"
    works = run("--db", database_url, "queue", "stats", "--as", "rita", "--password-stdin",
                stdin=f"{mine}\n")  # fmt: skip
    assert works.returncode == 0, works.stderr
    old = run("--db", database_url, "queue", "stats", "--as", "rita", "--password-stdin",
              stdin=f"{one_time}\n")  # fmt: skip
    assert old.returncode == 2


def test_user_add_can_give_a_one_time_password(
    database_url: str, factory: Factory, run: Runner
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("Team A")
    added = run("--db", database_url, "user", "add", "nina", "--role", "rep", "--team",
                "Team A", "--one-time", "--json", "--as", "ada", "--password-stdin",
                stdin=f"{PASSWORD}\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    one_time = json.loads(added.stdout)["one_time_password"]
    refused = run("--db", database_url, "queue", "stats", "--as", "nina", "--password-stdin",
                  stdin=f"{one_time}\n")  # fmt: skip
    assert "is a one-time password" in _one_line_error(refused)
