"""benchmarks/routing.py runs to its end (it is part of `make benchmarks`): on a small
directory, on SQLite, it measures the policy alone, a proposal and the routing of every
pending lead. Figures are the benchmark's business, not this test's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_routing_benchmark_runs_to_its_end(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "QUALIFIER_TEST_PG_URL"}
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "routing.py"),
            "--sqlite-only",
            *("--partners", "40", "--history", "100", "--leads", "30", "--runs", "5"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("policy only, 40 partners in memory" in line for line in lines), done.stdout
    [routed] = [line for line in lines if line.strip().startswith("route pending:")]
    assert "routed and delivered to the outbox" in routed
