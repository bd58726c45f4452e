"""benchmarks/first_claim.py runs to its end (it is part of `make benchmarks`): two reps on
workstations of their own, one made ready and one not, each take two leads and log an
outcome for each. Figures are the benchmark's business, not this test's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.benchmark_runs import run_benchmark
from tests.support.databases import server_url


@pytest.mark.postgres
@pytest.mark.direct_only  # the benchmark makes databases of its own on the server
def test_first_claim_benchmark_runs_to_its_end(tmp_path: Path) -> None:
    server = server_url()
    done = run_benchmark(
        "first_claim.py", "--reps", "2", "--leads", "4", cwd=tmp_path, server=server
    )
    assert done.returncode == 0, done.stderr
    measured = {line[:34].strip() for line in done.stdout.splitlines()[2:]}
    for way in ("as signed in", "made ready"):
        for which in ("first", "second"):
            assert {f"{way}: {which} Next", f"{way}: {which} outcome"} <= measured, done.stdout
    assert "making ready" in measured
