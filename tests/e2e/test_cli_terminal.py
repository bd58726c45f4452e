"""The command line on a terminal: Ctrl-D at any prompt stops the command with one line."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from qualifier_app.cli.main import main
from tests.support.terminal import CTRL_D, on_terminal


@pytest.fixture
def sqlite_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    assert main(["--db", url, "db", "upgrade"]) == 0
    return url


def _stopped_with_one_line(argv: list[str], keys: list[tuple[str, bytes]], question: str) -> None:
    done = on_terminal(argv, keys)
    assert done.exit_code == 2, done.screen
    assert "Traceback" not in done.screen
    assert f"qualifier: error: no answer to '{question}': the input ended" in done.screen
    after_last_prompt = done.screen.rsplit(keys[-1][0], 1)[1]
    assert len(after_last_prompt.strip().splitlines()) == 1, done.screen


def test_ctrl_d_at_each_setup_prompt(sqlite_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", sqlite_db]
    _stopped_with_one_line([*db, "setup"], [("Center name: ", CTRL_D)], "Center name")
    complete = [*db, "setup", "--center", "Lisbon", "--admin", "ada", "--time-zone", "UTC",
                "--window", "09:00-18:00", "--team", "T", "--queue", "Q",
                "--currency", "EUR"]  # fmt: skip
    _stopped_with_one_line(complete, [("Password for ada: ", CTRL_D)], "Password for ada")
    _stopped_with_one_line(
        complete,
        [("Password for ada: ", b"Purple-Otter-42\n"), ("Repeat the password: ", CTRL_D)],
        "Repeat the password",
    )
    # Nothing was set up half: setup still runs, to the end.
    monkeypatch.setattr(sys, "stdin", io.StringIO("Purple-Otter-42\n"))
    assert main([*complete, "--password-stdin"]) == 0


def test_ctrl_d_at_the_sign_in_prompts(sqlite_db: str) -> None:
    db = ["--db", sqlite_db]
    _stopped_with_one_line([*db, "login"], [("Login: ", CTRL_D)], "Login")
    password = [("Password for ada: ", CTRL_D)]
    _stopped_with_one_line([*db, "login", "--as", "ada"], password, "Password for ada")
    _stopped_with_one_line([*db, "team", "list", "--as", "ada"], password, "Password for ada")


def test_setup_on_a_terminal_asks_again_until_each_answer_is_taken(sqlite_db: str) -> None:
    """A misspelt time zone was refused only after the password was typed twice, and
    everything had to be typed again; a second setup, only after all of it."""
    setup = ["--db", sqlite_db, "setup"]
    done = on_terminal(
        setup,
        [
            ("Center name: ", b"  \n"),
            ("the center needs a name", b""),
            ("Center name: ", b"Lisbon\n"),
            ("Administrator login: ", b"Ada Lovelace\n"),
            ("must start with a letter", b""),
            ("Administrator login: ", b"ada\n"),
            ("Default time zone [UTC]: ", b"Europe/Lisabon\n"),
            ("time zone 'Europe/Lisabon' is unknown", b""),
            ("Default time zone [UTC]: ", b"Europe/Lisbon\n"),
            ("Default calling window [09:00-18:00]: ", b"18:00-09:00\n"),
            ("the calling window must start before it ends", b""),
            ("Default calling window [09:00-18:00]: ", b"09:00-18:00\n"),
            ("First team [Team 1]: ", b"T" * 81 + b"\n"),
            ("at most 80 characters", b""),
            ("First team [Team 1]: ", b"\n"),
            ("First queue [Main]: ", b"\n"),
            ("Currency [USD]: ", b"euro\n"),
            ("'euro' is not a currency code", b""),
            ("Currency [USD]: ", b"eur\n"),
            ("Password for ada: ", b"short\n"),
            ("Repeat the password: ", b"short\n"),
            ("the password must have at least 10 characters", b""),
            ("Password for ada: ", b"Purple-Otter-42\n"),
            ("Repeat the password: ", b"Purple-Otter-41\n"),
            ("the two passwords differ", b""),
            ("Password for ada: ", b"Purple-Otter-42\n"),
            ("Repeat the password: ", b"Purple-Otter-42\n"),
        ],
    )
    assert done.exit_code == 0, done.screen
    assert (
        "set up Lisbon (Europe/Lisbon, calls 09:00-18:00, amounts in EUR): administrator ada, "
        "team Team 1" in done.screen
    )
    assert "Traceback" not in done.screen and "error" not in done.screen

    again = on_terminal(setup, [])
    assert again.exit_code == 2
    assert again.screen.strip() == (
        "qualifier: error: this database is set up already; sign in as an administrator"
    )
