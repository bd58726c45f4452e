"""Every command's and sub-command's --help prints its help and exits 0."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from qualifier_app.cli.auth import command_name
from qualifier_app.cli.main import build_parser, main


def _command_paths(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    paths = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths += _command_paths(sub, (*prefix, name))
    return paths


PATHS = _command_paths(build_parser())


def test_the_walk_finds_the_report_commands() -> None:
    assert ("report", "status") in PATHS and ("report", "conversion") in PATHS
    assert len(PATHS) > 20


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "qualifier")
def test_help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*path, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: qualifier"), out
    assert "Traceback" not in out


def test_report_help_in_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "qualifier_app", "report", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "% pending, % active, % unqualified" in done.stdout


def test_a_command_by_the_start_of_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("usage: qualifier check-calls")
    # The full names are what runs, and what decides whether a user is needed.
    args = build_parser().parse_args(["db", "up"])
    assert (args.command, args.db_command) == ("db", "upgrade")
    assert command_name(build_parser().parse_args(["check", "due"])) == "check-calls due"


def test_a_start_that_fits_several_commands_names_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["re", "--help"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'re' could be any of: rescore, report, retry" in err
