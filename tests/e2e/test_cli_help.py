"""Every command's and sub-command's --help prints its help and exits 0."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator

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


LISTED = re.compile(r"^    (\S+)")


def groups(
    parser: argparse.ArgumentParser, path: str = "qualifier"
) -> Iterator[tuple[str, argparse.ArgumentParser, set[str]]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield path, parser, set(action.choices)
            for name, sub in action.choices.items():
                yield from groups(sub, f"{path} {name}")


@pytest.mark.parametrize("columns", ["80", "60"])
def test_every_line_of_a_command_list_names_a_command(
    monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    """A help text that wrapped put "before any other command)" on a line of its own in
    `qualifier --help`, where it read as a command: `qualifier before --help` failed."""
    monkeypatch.setenv("COLUMNS", columns)
    for path, parser, names in groups(build_parser()):
        listing = parser.format_help().split("positional arguments:")[1].split("\n\n")[0]
        lines = listing.strip("\n").splitlines()[1:]  # after the COMMAND/ACTION heading
        assert len(lines) == len(names), (path, lines)
        for line in lines:
            found = LISTED.match(line)
            assert found is not None and found[1] in names, (path, line)
