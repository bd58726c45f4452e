"""Running a script of benchmarks/ as `make benchmarks` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def run_benchmark(
    script: str, *options: str, cwd: Path, server: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`benchmarks/<script>` with `options`, in `cwd`: on the PostgreSQL `server` when given,
    otherwise with no PostgreSQL to find (SQLite only)."""
    environment = {k: v for k, v in os.environ.items() if k != "QUALIFIER_TEST_PG_URL"}
    if server:
        environment["QUALIFIER_TEST_PG_URL"] = server
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *options],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
        cwd=cwd,
    )
