"""The benchmark scripts run to their end on SQLite, on small data: routing.py
(the policy alone, a proposal, the routing of every pending lead), publication.py (a
week's publication to the outbox, and not a second time), registry.py (a snapshot loaded and
claimed with), lookup.py (each kind of lookup) and intake.py (every generated row accounted
for). Figures are the benchmarks' business, not these tests'."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.benchmark_runs import run_benchmark


def _routed(lines: list[str]) -> None:
    assert any("policy only, 40 partners in memory" in line for line in lines), lines
    [routed] = [line for line in lines if line.startswith("route pending:")]
    assert "routed and delivered to the outbox" in routed


def _published_once(lines: list[str]) -> None:
    [published] = [line for line in lines if line.startswith("publish to the outbox:")]
    [again] = [line for line in lines if line.startswith("publish again:")]
    sent = int(published.split(" left in the outbox")[0].rsplit(" ", 1)[1])
    assert sent > 0
    assert again.startswith(f"publish again: {sent} already published")


RUNS: dict[str, tuple[tuple[str, ...], Callable[[list[str]], None]]] = {
    "routing.py": (
        ("--partners", "40", "--history", "100", "--leads", "30", "--runs", "5"),
        _routed,
    ),
    "publication.py": (
        ("--partners", "10", "--history", "200", "--managers", "2"),
        _published_once,
    ),
}


@pytest.mark.parametrize("script", sorted(RUNS))
def test_benchmark_script_runs_to_its_end_on_sqlite(script: str, tmp_path: Path) -> None:
    options, check = RUNS[script]
    done = run_benchmark(script, "--sqlite-only", *options, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    check([line.strip() for line in done.stdout.splitlines()])


def test_the_registry_benchmark_runs_to_its_end_on_sqlite(tmp_path: Path) -> None:
    """registry.py signs its rep up with a password the center's rules accept, loads a
    snapshot and claims with it and with next month's."""
    done = run_benchmark(
        "registry.py",
        *("--only", "sqlite", "--numbers", "2000", "--leads", "100", "--claims", "5"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    lines = [" ".join(line.split()) for line in done.stdout.splitlines()]
    assert any(line.startswith("sqlite import 2,000 numbers:") for line in lines), lines
    assert any(line.startswith("sqlite claim with the registry loaded") for line in lines)
    assert any(line.startswith("sqlite next month's snapshot") for line in lines), lines


def _looked_up(lines: list[str]) -> None:
    kinds = [line.split("|")[2].strip() for line in lines if line.startswith("| SQLite |")]
    assert kinds == [
        "primary-key select (floor)",
        "phone, national form",
        "e-mail",
        "name prefix (3 letters)",
        "company prefix (5 letters)",
    ], lines


def _imported(lines: list[str]) -> None:
    [counts] = [line for line in lines if "imported" in line and "the file has" in line]
    # Every row of the generated file is accounted for, as the file was made.
    made = (
        "imported 150, merged 40, rejected 10 (the file has 150 people, 40 duplicates, 10 invalid)"
    )
    assert made in counts, counts


# Without a server to find, these measure SQLite alone.
ON_SQLITE_WITHOUT_A_SERVER: dict[str, tuple[tuple[str, ...], Callable[[list[str]], None]]] = {
    "lookup.py": (("--leads", "500", "--lookups", "5"), _looked_up),
    "intake.py": (("--rows", "200", "--repeat", "1"), _imported),
}


@pytest.mark.parametrize("script", sorted(ON_SQLITE_WITHOUT_A_SERVER))
def test_benchmark_script_runs_to_its_end_without_a_server(script: str, tmp_path: Path) -> None:
    options, check = ON_SQLITE_WITHOUT_A_SERVER[script]
    done = run_benchmark(script, *options, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    check([line.strip() for line in done.stdout.splitlines()])
