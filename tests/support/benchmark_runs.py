"""Running a script of benchmarks/ as `make benchmarks` does, on SQLite only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def run_on_sqlite(script: str, *options: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`benchmarks/<script>` with `options`, with no PostgreSQL to find, in `cwd`."""
    environment = {k: v for k, v in os.environ.items() if k != "QUALIFIER_TEST_PG_URL"}
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *options],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
        cwd=cwd,
    )
