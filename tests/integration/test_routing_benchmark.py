"""benchmarks/routing.py runs to its end (it is part of `make benchmarks`): on a small
directory, on SQLite, it measures the policy alone, a proposal and the routing of every
pending lead. Figures are the benchmark's business, not this test's."""

from __future__ import annotations

from pathlib import Path

from tests.support.benchmark_runs import run_on_sqlite


def test_routing_benchmark_runs_to_its_end(tmp_path: Path) -> None:
    done = run_on_sqlite(
        "routing.py",
        "--sqlite-only",
        *("--partners", "40", "--history", "100", "--leads", "30", "--runs", "5"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("policy only, 40 partners in memory" in line for line in lines), done.stdout
    [routed] = [line for line in lines if line.strip().startswith("route pending:")]
    assert "routed and delivered to the outbox" in routed
