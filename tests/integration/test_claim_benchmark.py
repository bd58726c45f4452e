"""benchmarks/claim.py's "the app's claim call" row and benchmarks/claim_parts.py measure real
claims: the call that `claim_next` sends, made as the rep's own login, takes the best queued
lead, leases it to the rep and audits it, and the next call takes the next one; each part of
the claim statement that claim_parts.py measures still claims the best lead. Figures are the
benchmarks' business, not this test's."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.support.benchmark_runs import BENCHMARKS, run_benchmark
from tests.support.databases import libpq, server_url


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import claim

    return claim


@pytest.fixture
def scratch_with(bench: ModuleType) -> Iterator[Callable[[int], str]]:
    """Databases of their own on the test server, each with 30 queued leads, one bench rep
    and as many earlier call attempts as asked."""
    server = server_url()
    made: list[str] = []

    def scratch(history: int) -> str:
        made.append(bench.fresh_postgres(server))
        bench.prepare(made[-1], 30, 1, history)
        return made[-1]

    try:
        yield scratch
    finally:
        with psycopg.connect(libpq(server), autocommit=True) as admin:
            for url in made:
                name = make_url(url).database
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def scratch(scratch_with: Callable[[int], str]) -> str:
    return scratch_with(0)


def _best_queued(url: str) -> int:
    with psycopg.connect(libpq(url), autocommit=True) as c:
        row = c.execute(
            "SELECT id FROM leads WHERE status = 'queued' AND lease_owner_id IS NULL "
            "ORDER BY score DESC, created_at, id LIMIT 1"
        ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.postgres
@pytest.mark.direct_only  # databases of its own on the server, as the benchmark makes them
def test_the_app_claim_call_claims_the_best_lead_as_the_rep(
    bench: ModuleType, scratch: str
) -> None:
    claimer = bench.Claimer("claim_call", scratch, 0)
    try:
        assert claimer.rep_plain.info.user == "bench0"  # the rep's login, not the owner's
        taken = []
        for n in (1, 2):
            best = _best_queued(scratch)
            lead = claimer.operation(n)
            assert lead == best
            with psycopg.connect(libpq(scratch), autocommit=True) as c:
                held = c.execute(
                    "SELECT lease_owner_id FROM leads WHERE id = %s", (lead,)
                ).fetchone()
                audited = c.execute(
                    "SELECT count(*) FROM audit_log WHERE action = 'lead.claimed' "
                    "AND entity_id = %s AND actor_id = %s",
                    (str(lead), claimer.user_id),
                ).fetchone()
            assert held == (claimer.user_id,)
            assert audited == (1,)
            claimer.outcome(lead)
            taken.append(lead)
        assert taken[0] != taken[1]
    finally:
        claimer.close()


@pytest.mark.postgres
@pytest.mark.direct_only  # databases of its own on the server, as the benchmark makes them
@pytest.mark.parametrize("kind", ["skip_locked_rep", "naive"])
def test_the_baselines_as_the_rep_claim_and_finish_with_their_audit_rows(
    bench: ModuleType, scratch: str, kind: str
) -> None:
    """The baselines that write leads as the rep's own login pay what the database asks of
    every rep's change of a lead, its audit row (migration 0067): each claim and outcome is
    saved, not refused at commit, and takes the lead out of the queue."""
    claimer = bench.Claimer(kind, scratch, 0)
    try:
        best = _best_queued(scratch)
        lead = claimer.operation(1)
        assert lead == best
        claimer.outcome(lead)
    finally:
        claimer.close()
    with psycopg.connect(libpq(scratch), autocommit=True) as c:
        row = c.execute(
            "SELECT status, lease_owner_id FROM leads WHERE id = %s", (lead,)
        ).fetchone()
        audited = c.execute(
            "SELECT action FROM audit_log WHERE entity_type = 'lead' AND entity_id = %s "
            "AND actor_id = %s ORDER BY id",
            (str(lead), claimer.user_id),
        ).fetchall()
    assert row == ("nurture", None)
    assert audited == [("lead.claimed",), ("lead.released",)]


@pytest.fixture
def parts(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import claim_parts

    return claim_parts


@pytest.mark.postgres
@pytest.mark.direct_only  # databases of its own on the server, as the benchmark makes them
def test_each_part_of_the_claim_statement_still_claims_the_best_lead(
    parts: ModuleType, scratch: str
) -> None:
    """benchmarks/claim_parts.py cuts the function's own statement apart: every variant it
    measures is a working claim of the best queued lead, so its figures compare like with
    like."""
    statements = parts.variants(scratch)
    assert set(statements) == {
        "hand-written SKIP LOCKED",
        "the app's claim",
        "without the three picks",
        "without the audit row",
        "without both",
        "the function call",
    }
    full = statements["the app's claim"]
    assert "audited AS" in full and "audited AS" not in statements["without the audit row"]
    assert full.count("FOR UPDATE") == 5
    assert statements["without the three picks"].count("FOR UPDATE") == 2
    values = parts.params(scratch)
    with psycopg.connect(libpq(scratch), autocommit=True) as c:
        for name, sql in statements.items():
            best = _best_queued(scratch)
            lead = parts._lead(c.execute(sql, values).fetchone())
            assert lead == best, name
            c.execute(
                "UPDATE leads SET status = 'nurture', lease_owner_id = NULL WHERE id = %s", (lead,)
            )
        audited = c.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'lead.claimed'"
        ).fetchone()
    # The app's claim, without the three picks and the function call audit their claim.
    assert audited == (3,)


def test_claim_parts_bad_options_are_one_line_with_exit_code_2(tmp_path: Path) -> None:
    for options, said in (
        (["--rounds", "0"], "--rounds must be at least 1"),
        (["--seconds", "0"], "--seconds must be positive"),
        (["--leads", "5"], "--leads must be at least 10"),
    ):
        done = run_benchmark("claim_parts.py", "--pg", "postgresql://x/y", *options, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.splitlines() == [f"claim_parts: {said}"], done.stderr


def _settled_seq_scans(url: str) -> int:
    """Sequential scans of `call_attempts` so far, once the connections that ended have
    reported theirs (a backend reports its counts as it exits)."""
    last = -1
    with psycopg.connect(libpq(url), autocommit=True) as c:
        for _ in range(50):
            row = c.execute(
                "SELECT seq_scan FROM pg_stat_user_tables WHERE relname = 'call_attempts'"
            ).fetchone()
            assert row is not None
            if row[0] == last:
                return last
            last = row[0]
            time.sleep(0.2)
    raise AssertionError("the statistics of call_attempts did not settle")


@pytest.mark.postgres
@pytest.mark.direct_only  # databases of its own on the server, as the benchmark makes them
def test_the_outcomes_meet_earlier_calls_and_find_their_request_id_by_index(
    bench: ModuleType, scratch_with: Callable[[int], str]
) -> None:
    """benchmarks/claim.py measures outcomes against a `call_attempts` with a center's history
    (kept by each reset), not an empty one: the outcome's statement, planned once per
    connection, then checks its request id on the unique index instead of reading the table
    it fills."""
    url = scratch_with(3000)
    bench.reset(url)
    before = _settled_seq_scans(url)
    claimer = bench.Claimer("claim", url, 0)
    try:
        for n in range(3):
            lead = claimer.operation(n)
            assert lead is not None
            claimer.outcome(lead)
    finally:
        claimer.close()
    assert _settled_seq_scans(url) == before
    with psycopg.connect(libpq(url), autocommit=True) as c:
        made = c.execute(
            "SELECT count(*) FILTER (WHERE request_id LIKE 'history-%'), "
            "count(*) FILTER (WHERE request_id NOT LIKE 'history-%') FROM call_attempts"
        ).fetchone()
    assert made == (3000, 3)
    bench.reset(url)
    with psycopg.connect(libpq(url), autocommit=True) as c:
        kept = c.execute("SELECT count(*) FROM call_attempts").fetchone()
    assert kept == (3000,)


def test_claim_benchmark_refuses_a_negative_history_in_one_line(tmp_path: Path) -> None:
    done = run_benchmark("claim.py", "--history", "-1", "--no-sqlite", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == ["claim: --history must be 0 or more"], done.stderr


@pytest.mark.postgres
@pytest.mark.direct_only  # databases of its own on the server, as the benchmark makes them
def test_claim_benchmark_names_an_unknown_index_or_trigger_in_one_line(
    bench: ModuleType, scratch_with: Callable[[int], str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = scratch_with(0)
    for undo, names, said in (
        (
            bench.drop_indexes,
            ["ix_leads_report", "ix_leads_no_such"],
            "leads has no index 'ix_leads_no_such'",
        ),
        (bench.disable_triggers, ["no_such"], "leads has no trigger 'no_such'"),
    ):
        with pytest.raises(SystemExit) as stopped:
            undo(url, names)
        assert stopped.value.code == 2
        assert capsys.readouterr().err.splitlines() == [f"claim: {said}"]
    with psycopg.connect(libpq(url), autocommit=True) as c:
        kept = c.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_leads_report'").fetchone()
    assert kept == (1,)  # none dropped when one of the names is wrong


def test_claim_benchmark_measures_sqlite_too(tmp_path: Path) -> None:
    """`make benchmarks` runs claim.py on SQLite after PostgreSQL: its round-trip count must
    read SQLite's own connection, which has no `autocommit` of psycopg's kind."""
    done = run_benchmark(
        "claim.py",
        *("--levels", "1", "--duration", "0.5", "--kinds", "claim"),
        *("--leads", "60", "--history", "10"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    [row] = [line for line in done.stdout.splitlines() if line.startswith("| SQLite |")]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[2] == "claim_next + outcome"
    assert int(cells[3].replace(",", "")) > 0  # claims a second
    assert cells[-1] == "0"  # double claims
