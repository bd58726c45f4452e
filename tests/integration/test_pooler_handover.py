"""benchmarks/pooler_handover.py runs against the test server and its PgBouncer: with more
logins than the pooler has server connections, people are served on connections handed over
from other logins, and nothing fails. Figures are the benchmark's business, not this test's."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from types import ModuleType

import psycopg
import pytest

from tests.support.databases import PGBOUNCER_URL_ENV, libpq, postgres_url, required

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "pooler_handover.py"


@pytest.fixture
def handover(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    import pooler_handover

    return pooler_handover


@pytest.mark.postgres
def test_more_logins_than_server_connections_take_turns_through_the_pooler(
    handover: ModuleType,
) -> None:
    server, bouncer = postgres_url(), os.environ.get(PGBOUNCER_URL_ENV)
    if not server or not bouncer:
        required(
            f"PostgreSQL and {PGBOUNCER_URL_ENV}", "run with `throwaway_postgres.py --pgbouncer`"
        )
    limit = handover.pooler_limit(bouncer)
    people, tag = limit + 8, uuid.uuid4().hex[:8]

    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--people", str(people), "--seconds", "2", "--tag", tag],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    rows = {
        line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]]
        for line in done.stdout.splitlines()
        if line.startswith("| directly") or line.startswith("| PgBouncer")
    }
    assert set(rows) == {"directly (baseline)", "PgBouncer"}, done.stdout
    assert f"max_db_connections = {limit}" in done.stdout
    direct, pooled = rows["directly (baseline)"], rows["PgBouncer"]
    # Every login worked on its own connection directly, and took turns through the pooler.
    assert int(direct[0].replace(",", "")) > people and direct[3] == "0"
    assert int(pooled[0].replace(",", "")) > 0 and int(pooled[3].replace(",", "")) > 0
    assert int(direct[4]) == people
    assert "errors" not in done.stdout, done.stdout

    # The script leaves no login behind.
    with psycopg.connect(libpq(server), autocommit=True) as c:
        left = c.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"handover_{tag}_%",)
        )
        assert left.fetchone() == (0,)


def test_bad_options_are_one_line_with_exit_code_2() -> None:
    servers = {"QUALIFIER_TEST_PG_URL": "postgresql://x/y", PGBOUNCER_URL_ENV: "postgresql://x/z"}
    for options, said in (
        (["--people", "0"], "--people must be at least 1"),
        (["--seconds", "0"], "--seconds must be positive and --pause 0 or more"),
        (["--tag", "x;y"], "--tag: letters and digits only"),
    ):
        done = subprocess.run(
            [sys.executable, str(SCRIPT), *options],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, **servers},
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.splitlines() == [f"pooler_handover: {said}"], done.stderr
