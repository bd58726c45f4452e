"""A center set up from an empty database through the command line only: setup, a team and
a queue, a rep, an import, and the rep's first claim."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qualifier_app.cli.main import main
from tests.support.cli import fake_database_clock

INQUIRIES = """First Name,Last Name,Company,E-mail Address,Phone,Country,State,Job Title,Date
John,Smith,Acme Systems,john.smith@acme.example,(212) 555-0147,USA,NY,CIO,2026-11-01
Mary,Jones,Globex,mary.jones@globex.example,(617) 555-0199,USA,MA,CTO,2026-11-02
"""


def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_center_from_an_empty_database(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # The database's clock says 10:00 in Boston and New York, a Tuesday (time that decides
    # anything is the database's, not the workstation's). A future day: on PostgreSQL the
    # server itself refuses a saved sign-in whose end has passed by its own clock.
    moment = datetime(2027, 11, 23, 15, tzinfo=UTC)
    fake_database_clock(monkeypatch, moment)
    db = ("--db", cli_db)
    code, out, err = cli(
        capsys, monkeypatch, *db, "setup", "--center", "Boston Center", "--admin", "ada",
        "--time-zone", "America/New_York", "--window", "08:30-19:00", "--team", "East",
        "--queue", "East inbound", "--currency", "usd", "--password-stdin",
        stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 0, err
    assert "calls 08:30-19:00, amounts in USD): administrator ada" in out
    # Set up with 08:30-19:00, a US lead is still called in the US's legal hours: said so.
    assert (
        "that calling window applies where no place has a calling rule of its own; US, US-FL, "
        "US-LA, US-MD, US-MS, US-OK keep their own (Calling rules area)" in out
    )
    assert "administrator ada, team East with queues East inbound" in out
    assert (
        "imported leads go to the queues the scoring rules name: Enterprise, SMB Americas, "
        "SMB International; East inbound gets them only once the rules name it" in out
    )
    # A second setup is refused; nothing is lost.
    code, _, err = cli(
        capsys, monkeypatch, *db, "setup", "--center", "Again", "--admin", "bob",
        "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 2 and "set up already" in err and len(err.strip().splitlines()) == 1

    # Nothing else runs without a user; ada signs in once for the commands that follow.
    code, _, err = cli(capsys, monkeypatch, *db, "team", "add", "West")
    assert code == 2 and "needs a user" in err
    code, out, err = cli(
        capsys, monkeypatch, *db, "login", "--as", "ada", "--password-stdin",
        stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 0 and "signed in as ada" in out, err

    code, _, err = cli(capsys, monkeypatch, *db, "team", "add", "West")
    assert code == 0, err
    code, _, err = cli(capsys, monkeypatch, *db, "team", "add", "west")
    assert code == 2 and err.strip() == "qualifier: error: a team 'west' exists already"
    code, out, err = cli(
        capsys, monkeypatch, *db, "queue", "add", "West SMB", "--team", "West", "--segment", "smb"
    )
    assert code == 0 and "West SMB (West, smb" in out
    # No scoring rule names it: said in one line, how to route leads to it included.
    assert err == (
        "qualifier: warning: no scoring rule routes leads to queue West SMB: to route leads to "
        "it, add a queue rule (qualifier scoring export > rules.json, edit, qualifier scoring "
        "apply rules.json)\n"
    )
    code, _, err = cli(capsys, monkeypatch, *db, "queue", "add", "X", "--team", "North")
    assert code == 2 and "there is no team 'North'" in err

    code, out, err = cli(
        capsys, monkeypatch, *db, "user", "add", "rita", "--role", "rep", "--team", "East",
        "--password-stdin", stdin="Quiet-Harbor-77\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = cli(capsys, monkeypatch, *db, "user", "list", "--json")
    rita = next(u for u in json.loads(out) if u["login"] == "rita")
    assert "East inbound" in rita["queues"] and "SMB Americas" in rita["queues"]

    source = tmp_path / "inquiries.csv"
    source.write_text(INQUIRIES, encoding="utf-8")
    code, out, err = cli(capsys, monkeypatch, *db, "import", "inquiries", str(source), "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 2

    code, out, err = cli(
        capsys, monkeypatch, *db, "queue", "claim", "--as", "rita", "--json", "--password-stdin",
        stdin="Quiet-Harbor-77\n",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["company"] in ("Acme Systems", "Globex")

    # Membership by queue: West's rep is added by hand, then taken out again.
    code, out, _ = cli(capsys, monkeypatch, *db, "queue", "members", "West SMB", "--add", "rita")
    assert code == 0 and out.strip().endswith("rita")
    code, out, _ = cli(capsys, monkeypatch, *db, "queue", "members", "West SMB", "--remove", "rita")
    assert code == 0 and out.strip().endswith("nobody")

    # A leaver: the held lead goes back to the queue.
    code, out, err = cli(capsys, monkeypatch, *db, "user", "set", "rita", "--active", "no")
    assert code == 0, err
    assert "returned 1 held lead to the queue" in out
    code, _, err = cli(capsys, monkeypatch, *db, "user", "set", "ada", "--active", "no")
    assert code == 2 and "cannot deactivate yourself" in err
    with pytest.raises(SystemExit) as usage:
        cli(capsys, monkeypatch, *db, "user", "set", "rita", "--active", "maybe")
    assert usage.value.code == 2
    assert "'maybe' is not yes or no" in capsys.readouterr().err

    code, out, _ = cli(capsys, monkeypatch, *db, "user", "reset-password", "rita")
    assert code == 0 and "one-time password for rita: " in out


def test_the_first_admin_by_user_add(
    cli_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli(
        capsys, monkeypatch, "--db", cli_db, "user", "add", "ada", "--role", "admin",
        "--name", "N" * 121, "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 2 and err.endswith("the name must have at most 120 characters\n"), err
    code, out, err = cli(
        capsys, monkeypatch, "--db", cli_db, "user", "add", "ada", "--role", "admin",
        "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 0, err
    assert "added ada (admin)" in out
    # Only the first: a second administrator needs an administrator to add them.
    code, out, err = cli(
        capsys, monkeypatch, "--db", cli_db, "user", "add", "eve", "--role", "admin",
        "--password-stdin", stdin="Purple-Otter-43\n",
    )  # fmt: skip
    assert code == 2 and "needs a user" in err


@pytest.fixture
def cli_db(empty_database_url: str) -> str:
    assert main(["--db", empty_database_url, "db", "upgrade"]) == 0
    return empty_database_url


def test_names_longer_than_the_database_keeps_are_refused_in_one_line(
    cli_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # PostgreSQL stopped the save mid-way with a traceback (SQLite kept the whole name).
    db = ("--db", cli_db)
    setup = ("setup", "--admin", "ada", "--time-zone", "Europe/Lisbon", "--window", "09:00-18:00")
    for names in (("--center", "C" * 121), ("--center", "Porto", "--admin-name", "N" * 121)):
        code, out, err = cli(
            capsys, monkeypatch, *db, *setup, *names, "--password-stdin",
            stdin="Purple-Otter-42\n",
        )  # fmt: skip
        assert code == 2 and out == ""
        assert err.endswith("must have at most 120 characters\n") and err.count("\n") == 1, err
    # Nothing was saved: the setup runs, with names at the limit.
    code, out, err = cli(
        capsys, monkeypatch, *db, *setup, "--center", "C" * 120, "--admin-name", "N" * 120,
        "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 0, err

    as_ada = ("--as", "ada", "--password-stdin")
    for command in (
        ("center", "set", "--name", "C" * 121),
        ("user", "add", "tom", "--role", "rep", "--team", "Team 1", "--name", "T" * 121),
        ("user", "set", "ada", "--name", "N" * 121),
    ):
        code, out, err = cli(
            capsys, monkeypatch, *db, *command, *as_ada, stdin="Purple-Otter-42\nQuiet-Harbor-77\n"
        )
        assert code == 2 and out == "", command
        assert err.endswith("must have at most 120 characters\n") and err.count("\n") == 1, err
    code, out, err = cli(
        capsys, monkeypatch, *db, "user", "list", "--json", *as_ada, stdin="Purple-Otter-42\n"
    )
    assert code == 0, err
    users = [(user["login"], user["display_name"]) for user in json.loads(out)]
    assert users == [("ada", "N" * 120)]


def test_setup_makes_a_new_embedded_database_and_a_refusal_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "lisbon.db"
    db = ("--db", f"sqlite:///{database}")
    # A mistyped path for any other command: named, and no empty file made there.
    for command in (("user", "list"), ("db", "current")):
        code, _, err = cli(capsys, monkeypatch, *db, *command)
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert f"there is no database at {database}; `qualifier setup`" in err
        assert list(tmp_path.iterdir()) == []

    # A refused answer: the file setup made is gone with the refusal.
    code, _, err = cli(
        capsys, monkeypatch, *db, "setup", "--center", "Lisbon", "--admin", "ada",
        "--time-zone", "Mars/Base", "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 2 and "time zone 'Mars/Base' is unknown" in err
    assert list(tmp_path.iterdir()) == []

    code, out, err = cli(
        capsys, monkeypatch, *db, "setup", "--center", "Lisbon", "--admin", "ada",
        "--time-zone", "Europe/Lisbon", "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    # Which database was set up comes first: without --db it would be this machine's own.
    assert code == 0 and out.startswith(f"SQLite {database}: set up Lisbon (Europe/Lisbon"), err
    # The center is there for the next command: a second setup is refused and keeps it.
    code, _, err = cli(
        capsys, monkeypatch, *db, "setup", "--center", "Again", "--admin", "bob",
        "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 2 and "set up already" in err
    assert database.exists()
    code, out, err = cli(
        capsys, monkeypatch, *db, "login", "--as", "ada", "--password-stdin",
        stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 0 and "signed in as ada" in out, err


@pytest.mark.parametrize(
    ("option", "says"),
    [
        ("--time-zone", "time zone '' is unknown"),
        ("--window", "calling window '' must read like 09:00-18:00"),
        ("--team", "the team needs a name"),
        ("--queue", "the queue needs a name"),
        ("--center", "the center needs a name"),
        ("--currency", "'' is not a currency code"),
    ],
)
def test_an_option_given_empty_is_refused_not_read_as_left_out(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    option: str,
    says: str,
) -> None:
    """`--time-zone "$TZ"` with TZ unset set a Lisbon center up in UTC, without a word."""
    database = tmp_path / "center.db"
    given = {"--center": "Lisbon", "--time-zone": "Europe/Lisbon", "--window": "09:00-18:00",
             "--team": "Team 1", "--queue": "Main", option: ""}  # fmt: skip
    code, _, err = cli(
        capsys, monkeypatch, "--db", f"sqlite:///{database}", "setup", "--admin", "ada",
        *(part for pair in given.items() for part in pair), "--password-stdin",
        stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 2 and says in err and len(err.strip().splitlines()) == 1
    assert not database.exists()


def test_without_a_terminal_the_time_zone_is_asked_for_not_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "center.db"
    code, _, err = cli(
        capsys, monkeypatch, "--db", f"sqlite:///{database}", "setup", "--center", "Lisbon",
        "--admin", "ada", "--password-stdin", stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert (code, err) == (2, "qualifier: error: --time-zone is required (no terminal to ask)\n")
    assert not database.exists()
    code, _, err = cli(
        capsys, monkeypatch, "--db", f"sqlite:///{database}", "setup", "--center", "Lisbon",
        "--admin", "ada", "--time-zone", "Europe/Lisbon", "--password-stdin",
        stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = cli(
        capsys, monkeypatch, "--db", f"sqlite:///{database}", "user", "add", "zed", "--role",
        "rep", "--team", "", "--one-time", "--as", "ada", "--password-stdin",
        stdin="Purple-Otter-42\n",
    )  # fmt: skip
    assert (code, err) == (
        2,
        "qualifier: error: --team is empty: name the team, or leave the option out\n",
    )
