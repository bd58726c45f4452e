"""Every command takes --json (the README's promise), and says what it did in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualifier_app.cli.auth import leaf_parsers
from qualifier_app.cli.main import build_parser
from tests.support.cli import admin_main
from tests.support.factories import Factory

# The desktop app prints nothing to read.
WITHOUT_OUTPUT = {"gui"}


def test_every_command_takes_json() -> None:
    without = [
        name
        for name, parser in leaf_parsers(build_parser())
        if "--json"
        not in {option for action in parser._actions for option in action.option_strings}
    ]
    assert sorted(without) == sorted(WITHOUT_OUTPUT)


def test_commands_that_change_something_say_it_in_json(
    database_url: str, factory: Factory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.user("rita")
    factory.queue("Old queue")

    def run(*argv: str) -> object:
        capsys.readouterr()
        assert admin_main(["--db", database_url, *argv, "--json"]) == 0, capsys.readouterr().err
        return json.loads(capsys.readouterr().out)

    assert run("user", "unlock", "rita") == {"unlocked": "rita"}
    reset = run("user", "reset-password", "rita")
    assert isinstance(reset, dict) and reset["login"] == "rita" and reset["must_change"]
    assert run("partner", "channel-manager", "rita") == {
        "login": "rita",
        "channel_manager": True,
    }
    assert run("queue", "remove", "Old queue") == {
        "closed": "Old queue",
        "moved": 0,
        "moved_to": None,
    }
    rules = run("retry", "set", "--max-attempts", "4", "--reason", "fewer calls")
    assert isinstance(rules, dict) and rules["shared"]["max_attempts"] == 4
    audit = run("audit", "export", "--out", str(tmp_path / "audit.csv"))
    assert isinstance(audit, dict) and audit["rows"] > 0
    assert (tmp_path / "audit.csv").exists()
    scoring = run("scoring", "export", "--out", str(tmp_path / "rules.json"))
    assert scoring == {"version": 1, "out": str(tmp_path / "rules.json")}
    script = run("script", "export", "--out", str(tmp_path / "bant.json"))
    assert isinstance(script, dict) and script["name"] == "bant-default"
