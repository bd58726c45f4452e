"""Bad input the command line met with a traceback or took without a word: each is now one
line on stderr, exit code 2, and leaves what was saved as it was."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qualifier_app.cli.arguments import file_name, given
from qualifier_app.cli.auth import leaf_parsers
from qualifier_app.cli.main import build_parser
from tests.support.cli import Ran, Runner, admin_main, dummy_argv, in_process, refused

# One name longer than any file system takes (255 bytes a name on Linux, macOS, Windows).
TOO_LONG = "x" * 300


def arguments_of(kind: Any) -> Iterator[tuple[str, argparse.ArgumentParser, argparse.Action]]:
    """(command, its parser, the argument) of every argument of every command of type `kind`."""
    for name, parser in leaf_parsers(build_parser()):
        for action in parser._actions:
            if action.type is kind:
                yield name, parser, action


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def _as_admin(
    capsys: pytest.CaptureFixture[str], database_url: str, *argv: str, stdin: str = ""
) -> Ran:
    capsys.readouterr()
    try:
        code = admin_main(["--db", database_url, *argv], more_stdin=stdin)
    except SystemExit as exited:  # argparse refuses bad arguments this way
        code = int(exited.code or 0)
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)


def test_every_file_argument_refuses_a_name_the_system_refuses(
    tmp_path: Path, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file a command reads or writes: the system's 'File name too long' (an OSError
    from the first look at it) was a traceback; it is refused with the name cut short."""
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    db = ["--db", f"sqlite:///{tmp_path / 'none' / 'q.sqlite3'}"]
    checked = set()
    for name, parser, action in arguments_of(file_name):
        for value, says in (
            (str(tmp_path / f"{TOO_LONG}.csv"), "is too long for this system"),
            ("", "the file name is empty"),
            ("   ", "the file name is empty"),
        ):
            done = run(*db, *dummy_argv(name, parser, action, value))
            refused(done, says)
            assert TOO_LONG not in done.stderr, "the name is cut short in the message"
        checked.add(f"{name} {action.dest}")
    assert {
        "import inquiries file",
        "import inquiries rejects",
        "import inquiries mapping",
        "import inquiries rules",
        "import firmographics file",
        "import partner-feedback file",
        "partner import file",
        "dnc import-registry file",
        "scoring preview file",
        "script import file",
        "export leads out",
        "person export out",
    } <= checked
    assert not (tmp_path / "none").exists()


def test_a_database_file_name_the_system_refuses_is_one_line(
    tmp_path: Path, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    done = run("--db", f"sqlite:///{tmp_path / TOO_LONG}.db", "db", "current")
    refused(done, "cannot use the SQLite database")
    assert "File name too long" in done.stderr
    assert list(tmp_path.glob("x*")) == []


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "screen.json"), ("{}".encode("utf-16"), "u.json")],
)
def test_a_script_file_that_is_not_utf8_text_isrefused(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    name: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = _as_admin(capsys, database_url, "script", "list", "--json").stdout
    done = _as_admin(capsys, database_url, "script", "import", str(path))
    refused(done, f"{name} is not a JSON text file (UTF-8)")
    assert _as_admin(capsys, database_url, "script", "list", "--json").stdout == before


def test_stale_partners_refuses_days_past_the_calendar(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    done = _as_admin(capsys, database_url, "report", "stale-partners", "--days", "100000000")
    refused(done, "the number of days must be at most 3,650, not 100,000,000")
    done = _as_admin(capsys, database_url, "report", "stale-partners", "--days", "3650")
    assert done.returncode == 0, done


def test_retry_set_with_nothing_to_change_saves_no_version(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _as_admin(capsys, database_url, "retry", "show", "--json").stdout
    audit = _as_admin(capsys, database_url, "audit", "list", "--json").stdout
    done = _as_admin(capsys, database_url, "retry", "set", "--reason", "nothing")
    refused(done, "give --max-attempts, --delay or --recycle-days")
    assert _as_admin(capsys, database_url, "retry", "show", "--json").stdout == before
    after = json.loads(_as_admin(capsys, database_url, "audit", "list", "--json").stdout)
    assert not [row for row in after if "retry" in json.dumps(row)], after
    assert len(after) >= len(json.loads(audit))


def test_removing_a_check_call_policy_with_settings_keeps_it(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = ["check-calls", "policy"]
    set_up = _as_admin(capsys, database_url, *policy, "--segment", "smb", "--days", "5")
    assert set_up.returncode == 0, set_up
    before = _as_admin(capsys, database_url, *policy, "--json").stdout
    assert json.loads(before), "the policy was set"
    done = _as_admin(capsys, database_url, *policy, "--segment", "smb", "--remove", "--days", "10")
    refused(done, "--remove takes the policy away: it cannot go with --days")
    assert _as_admin(capsys, database_url, *policy, "--json").stdout == before
    removed = _as_admin(capsys, database_url, *policy, "--segment", "smb", "--remove")
    assert removed.stdout.strip() == "check-call policy for smb removed"


@pytest.mark.parametrize(
    "argv",
    [
        ["dnc", "list", "--country", "Narnia"],
        ["dnc", "add", "--phone", "555 0100", "--country", "Narnia"],
        ["dnc", "remove", "--phone", "555 0100", "--country", "Narnia", "--reason", "x"],
    ],
)
def test_do_not_call_refuses_an_unknown_country(
    database_url: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """`dnc list --country Narnia` listed everything; `dnc add` blamed the phone number."""
    done = _as_admin(capsys, database_url, *argv)
    refused(done, "'Narnia' is not a country (an ISO code like US, DE)")
    listed = _as_admin(capsys, database_url, "dnc", "list", "--json")
    assert json.loads(listed.stdout)["entries"] == []


def test_a_queue_is_closed_once_and_move_to_is_checked_even_when_it_is_empty(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Removing a closed queue said 'closed queue' again (and audited it); a --move-to
    naming no queue passed unseen when the queue held no leads."""
    assert _as_admin(capsys, database_url, "team", "add", "East").returncode == 0
    assert (
        _as_admin(capsys, database_url, "queue", "add", "Spare", "--team", "East").returncode == 0
    )
    wrong = _as_admin(capsys, database_url, "queue", "remove", "Spare", "--move-to", "Nowhere")
    refused(wrong, "there is no queue 'Nowhere'")
    listed = json.loads(_as_admin(capsys, database_url, "queue", "list", "--json").stdout)
    assert [q["active"] for q in listed if q["name"] == "Spare"] == [True]
    assert _as_admin(capsys, database_url, "queue", "remove", "Spare").returncode == 0
    closings = _as_admin(capsys, database_url, "audit", "list", "--action", "queue.closed")
    again = _as_admin(capsys, database_url, "queue", "remove", "Spare")
    refused(again, "the queue Spare is closed already")
    assert _as_admin(capsys, database_url, "audit", "list", "--action", "queue.closed") == closings


def test_every_name_or_filter_refuses_an_empty_value(
    tmp_path: Path, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`report publish --week "$WEEK"` with $WEEK unset published last week's scorecards;
    `--team ""`, `--user ""`, `--queue ""` reported or exported everything."""
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    db = ["--db", f"sqlite:///{tmp_path / 'none' / 'q.sqlite3'}"]
    checked = set()
    for name, parser, action in arguments_of(given):
        for value in ("", "  "):
            done = run(*db, *dummy_argv(name, parser, action, value))
            refused(done, f"argument {action.option_strings[0]}: it is empty")
        checked.add(f"{name} {action.option_strings[0]}")
    assert {
        "report publish --week",
        "report conversion --team",
        "report status --campaign",
        "audit list --user",
        "audit export --action",
        "export leads --queue",
        "import inquiries --campaign",
        "import partner-feedback --partner",
        "check-calls policy --partner",
    } <= checked
    assert not (tmp_path / "none").exists()


def test_publish_with_an_empty_week_publishes_nothing(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    audit = _as_admin(capsys, database_url, "audit", "list", "--json").stdout
    done = _as_admin(capsys, database_url, "report", "publish", "--week", "")
    refused(done, "argument --week: it is empty (leave the option out instead)")
    after = json.loads(_as_admin(capsys, database_url, "audit", "list", "--json").stdout)
    assert not [row for row in after if "report.publi" in json.dumps(row)], after
    assert len(after) >= len(json.loads(audit))
    # What the empty --week was taken for: last week's publication, which leaves its row.
    assert _as_admin(capsys, database_url, "report", "publish").returncode == 0
    published = _as_admin(capsys, database_url, "audit", "list", "--action", "report.published")
    assert "report.published" in published.stdout, published


def test_signing_in_to_a_database_nobody_set_up_says_so(
    database_url: str, run: Runner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Upgraded but not set up: 'unknown login or wrong password' sent the administrator
    looking for a typo. On PostgreSQL the server refuses the login role before any table
    is read; the sign-in role says the center has nobody yet."""
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    done = run("--db", database_url, "team", "list", "--as", "ada", "--password-stdin", stdin="x\n")
    refused(done, "this database has no users yet; set up the center first (qualifier setup)")
    done = run("--db", database_url, "user", "list", "--json", "--as", "ada", "--password-stdin")
    assert done.returncode == 2, done


@pytest.mark.parametrize("command", ["inquiries", "firmographics"])
def test_a_rejects_file_there_already_is_replaced_only_with_force(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """--rejects FILE wrote over whatever FILE was (last night's rejects), without a word."""
    source = tmp_path / "inquiries.csv"
    source.write_text("first_name,email,company\nAnn,not-an-address,\n", "utf-8")
    kept = tmp_path / "last-night.csv"
    kept.write_text("last night's rejects\n", "utf-8")
    argv = ["import", command, str(source), "--rejects", str(kept)]
    done = _as_admin(capsys, database_url, *argv)
    refused(done, f"the rejects file {kept} exists already; add --force to replace it")
    assert kept.read_text("utf-8") == "last night's rejects\n"
    rows = json.loads(_as_admin(capsys, database_url, "audit", "list", "--json").stdout)
    assert not [row for row in rows if "import" in json.dumps(row)], rows
    replaced = _as_admin(capsys, database_url, *argv, "--force")
    assert replaced.returncode == 0, replaced
    assert "last night" not in kept.read_text("utf-8-sig")


@pytest.mark.parametrize("command", ["add", "set"])
def test_an_unknown_role_is_refused_before_a_password_is_asked_for(
    database_url: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`user add bob --role king` read bob's password twice, then refused the role; with the
    password lines missing it said "standard input ended before bob's password"."""
    done = _as_admin(capsys, database_url, "user", command, "bob", "--role", "king")
    refused(done, "argument --role: invalid choice: 'king' (choose from 'rep', 'team_lead',")
    listed = _as_admin(capsys, database_url, "user", "list", "--json")
    assert "bob" not in listed.stdout
