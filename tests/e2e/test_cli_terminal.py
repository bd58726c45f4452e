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
                "--window", "09:00-18:00", "--team", "T", "--queue", "Q"]  # fmt: skip
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
