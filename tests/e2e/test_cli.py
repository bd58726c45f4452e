"""The command line as a user meets it: output, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qualifier_app.cli.main import main
from qualifier_app.settings import ENV_DATABASE_URL as ENV
from tests.support.cli import fake_database_clock, in_process, main_as

ADA = "the admin's secret"


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qualifier_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def cli_db(empty_database_url: str) -> str:
    assert main(["--db", empty_database_url, "db", "upgrade"]) == 0
    return empty_database_url


def test_python_m_and_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("qualifier ")


def test_errors_are_one_line_with_exit_code_2_and_no_traceback(tmp_path: Path) -> None:
    cases = [
        ("--db", "not a url", "queue", "stats"),
        ("--db", f"sqlite:///{tmp_path}/missing/q.sqlite3", "db", "current"),
        ("--db", "postgresql://nobody@127.0.0.1:1/none", "db", "current"),
        ("queue", "release", "abc", "--as", "rita"),
        ("no-such-command",),
    ]
    for args in cases:
        done = run(*args, env={"QUALIFIER_DATA_DIR": str(tmp_path / "data")})
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith("qualifier")


def test_what_the_libraries_log_stays_off_the_command_lines_stderr() -> None:
    """psycopg's "error ignored exiting <Pipeline>" after a Ctrl-C was a second line on
    stderr, where the person gets one."""
    said = subprocess.run(
        [
            sys.executable,
            "-c",
            "import logging, sys; from qualifier_app.cli.main import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "logging.getLogger('psycopg').warning('error ignored exiting <psycopg.Pipeline>')",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert said.returncode == 0, said.stderr
    assert said.stdout.startswith("qualifier ")
    assert said.stderr == ""


def test_commands_refuse_an_unprepared_database(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", empty_database_url, "queue", "stats"]) == 2
    if empty_database_url.startswith("sqlite"):
        # Nothing at that path yet: named as such, and no empty file made there.
        assert "there is no database at" in capsys.readouterr().err
        assert not Path(empty_database_url.removeprefix("sqlite:///")).exists()
        sqlite3.connect(empty_database_url.removeprefix("sqlite:///")).close()
        assert main(["--db", empty_database_url, "queue", "stats"]) == 2
    assert "run `qualifier db upgrade`" in capsys.readouterr().err


def test_db_upgrade_and_current(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", empty_database_url, "db", "upgrade"]) == 0
    assert "upgraded from empty to" in capsys.readouterr().out
    assert main(["--db", empty_database_url, "db", "current", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["up_to_date"] is True and state["current"] == state["head"]
    assert main(["--db", empty_database_url, "db", "upgrade"]) == 0
    assert "is up to date" in capsys.readouterr().out


def test_db_current_makes_no_database_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It only reads the version: on a workstation without its database yet it made an empty
    one to read it from."""
    monkeypatch.delenv(ENV, raising=False)
    (tmp_path / "settings.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "settings.toml"))
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    own = tmp_path / "data" / "qualifier.sqlite3"
    named = tmp_path / "elsewhere.sqlite3"
    for args in (["db", "current"], ["--db", f"sqlite:///{named}", "db", "current", "--json"]):
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert err.startswith("qualifier: error: there is no database at "), err
        assert len(err.splitlines()) == 1, err
    assert not own.exists() and not named.exists()
    assert not list(tmp_path.rglob("*.sqlite3*"))


def test_demo_then_claim_release_and_stats(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", cli_db, "demo", "--inquiries", "120", "--seed", "7", "--json"]) == 0
    demo = json.loads(capsys.readouterr().out)
    logins = {account["login"]: account for account in demo["accounts"]}
    assert len(logins) == 12
    assert sum(a["role"] == "rep" for a in demo["accounts"]) == 8
    assert sum(a["role"] == "team_lead" for a in demo["accounts"]) == 2
    assert all(len(a["password"]) >= 10 for a in demo["accounts"])
    assert demo["leads"] + demo["duplicate_touches"] == 120

    # A second demo load is refused, clearly, and changes nothing.
    assert main(["--db", cli_db, "demo"]) == 2
    assert "has users already" in capsys.readouterr().err
    assert main(["--db", cli_db, "demo", "--if-empty"]) == 0
    assert "has data already" in capsys.readouterr().out

    # A supervisor sees every queue (on PostgreSQL a rep's own connection sees only theirs).
    sam = logins["sam.supervisor"]["password"]
    assert (
        main_as("sam.supervisor", ["--db", cli_db, "queue", "stats", "--json"], password=sam) == 0
    )
    stats = json.loads(capsys.readouterr().out)
    assert stats["total"] == demo["leads"]
    assert stats["leased_now"] == 0

    # The demo center is set up: an administrator changes its currency without naming it anew.
    ada = logins["admin"]["password"]
    change = ["--db", cli_db, "center", "set", "--currency", "EUR", "--json"]
    assert main_as("admin", change, password=ada) == 0
    center = json.loads(capsys.readouterr().out)
    assert (center["name"], center["time_zone"], center["currency"]) == (
        "Demo Qualifying Center",
        "UTC",
        "EUR",
    )


def test_claim_prints_the_lead_and_exit_3_when_nothing_is_eligible(
    cli_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    command = in_process(capsys, monkeypatch)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", cli_db, "user", "add", "ada", "--role", "admin", "--password-stdin"]) == 2
    assert "standard input ended before ada's password" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    assert main(["--db", cli_db, "user", "add", "ada", "--role", "admin", "--password-stdin"]) == 2
    assert "ada's password is empty" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["--db", cli_db, "user", "add", "ada", "--role", "admin", "--password-stdin"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    # The first administrator has no team: said so, not left out silently.
    monkeypatch.setattr(sys, "stdin", io.StringIO("the admin's secret\n"))
    first = ["--db", cli_db, "user", "add", "ada", "--role", "admin", "--password-stdin"]
    assert main([*first, "--team", "Nowhere"]) == 2
    assert "the first administrator belongs to no team" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("the admin's secret\n"))
    assert main(first) == 0
    # Ada's own password on the first line, the new user's on the second.
    done = command(
        "--db", cli_db, "user", "add", "rita.rep", "--role", "rep", "--name", "Rita Chen",
        "--as", "ada", "--password-stdin", stdin="the admin's secret\na long enough secret\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "added rita.rep (rep)" in done.stdout
    assert done.stderr == (
        "qualifier: warning: rita.rep is in no team and gets no leads from a queue until added "
        "to one: qualifier user set rita.rep --team TEAM\n"
    )
    done = command(
        "--db", cli_db, "queue", "claim", "--as", "rita.rep", "--password-stdin",
        stdin="a long enough secret\n",
    )  # fmt: skip
    assert done.returncode == 3
    assert done.stderr.strip() == (
        "qualifier: error: no lead is eligible now: you work no queue yet; an administrator "
        "adds you to a team, whose queues you then work"
    )


def test_claim_and_release_by_cli(
    cli_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    # The database's clock says business hours in New York and Berlin for every lead the
    # demo makes (time that decides anything is the database's, not the workstation's).
    moment = datetime(2026, 11, 24, 15, tzinfo=UTC)
    fake_database_clock(monkeypatch, moment)
    assert main(["--db", cli_db, "demo", "--inquiries", "60", "--seed", "3", "--json"]) == 0
    passwords = {a["login"]: a["password"] for a in json.loads(capsys.readouterr().out)["accounts"]}

    def cli(argv: list[str]) -> int:  # as the user --as names, with their password
        at = argv.index("--as")
        login = argv[at + 1]
        rest = argv[:at] + argv[at + 2 :]
        return main_as(login, rest, password=passwords.get(login, "not a password"))

    assert cli(["--db", cli_db, "queue", "claim", "--as", "rita.rep", "--json"]) == 0
    lead = json.loads(capsys.readouterr().out)
    assert lead["lease_expires_at"] == "2026-11-24T15:15:00+00:00"
    assert lead["local_times"]
    # The calling rule the lead keeps to, its window's times as text (a time had no JSON).
    assert len(lead["calling_rule"]["window"]["start"]) == len("08:00:00")
    assert cli(["--db", cli_db, "queue", "release", str(lead["id"]), "--as", "marco.rep"]) == 2
    assert "Rita Chen holds it now" in capsys.readouterr().err
    assert cli(["--db", cli_db, "queue", "release", str(lead["id"]), "--as", "rita.rep"]) == 0
    assert "back in the queue" in capsys.readouterr().out
    assert cli(["--db", cli_db, "queue", "release", "999999", "--as", "rita.rep"]) == 2
    assert "there is no lead 999999" in capsys.readouterr().err
    assert cli(["--db", cli_db, "queue", "claim", "--as", "nobody"]) == 2
    assert "unknown login or wrong password" in capsys.readouterr().err


def test_user_list(
    cli_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ADA}\n"))
    assert main(["--db", cli_db, "user", "add", "ada", "--role", "admin", "--password-stdin"]) == 0
    done = in_process(capsys, monkeypatch)(
        "--db",
        cli_db,
        "user",
        "add",
        "tina.lead",
        "--role",
        "team_lead",
        "--as",
        "ada",
        "--password-stdin",
        stdin="the admin's secret\nanother long secret\n",
    )
    assert done.returncode == 0, done.stderr
    assert main_as("ada", ["--db", cli_db, "user", "list", "--json"], password=ADA) == 0
    users = json.loads(capsys.readouterr().out)
    assert [(u["login"], u["role"]) for u in users] == [
        ("ada", "admin"),
        ("tina.lead", "team_lead"),
    ]


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://ada@host:abc/q", "is not a database URL"),
        ("postgresql://ada@[::1/q", "is not a database URL"),
        ("sqlite://scratch/x.db", "write sqlite:/// and then the file's path"),
        ("sqlite://", "an in-memory SQLite database ends with the command"),
        ("sqlite:///:memory:", "an in-memory SQLite database ends with the command"),
        ("", "the database URL is empty"),
    ],
)
def test_a_bad_database_url_is_one_line_and_touches_no_database(
    url: str,
    says: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embedded = tmp_path / "data"
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(embedded))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    run = in_process(capsys, monkeypatch)
    outcomes = [run("--db", url, "db", "upgrade")]
    if url:  # the same URL in the variable
        monkeypatch.setenv(ENV, url)
        outcomes.append(run("db", "upgrade"))
    for done in outcomes:
        assert done.returncode == 2, done
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert says in done.stderr
    assert not embedded.exists()  # the embedded database was not upgraded instead
