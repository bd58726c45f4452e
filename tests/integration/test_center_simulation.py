"""The center simulation (benchmarks/center.py) runs a small center for a few seconds and
its invariants report holds: every claim ended in an outcome the database has, no lead was
held by two reps, none is left leased. Figures are the benchmark's business, not this test's."""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.support.databases import postgres_url

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def center(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # On the path rather than loaded from the file: the workstation processes it spawns
    # import it by name.
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import center

    return center


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_three_workstations_claim_and_record_every_outcome_once(
    center: ModuleType,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = postgres_url()
    assert server is not None
    center.populate(database_url, workstations=3, leads=200)
    database = make_url(database_url).database
    args = argparse.Namespace(
        duration=3.0,
        speed=100.0,
        processes=1,
        import_rows=0,
        seed=17,
        probes=1,
        probe_speed=200.0,
        load_nice=5,
        heartbeat_seconds=None,
    )

    result = center.simulate(server, "direct", server, database, 3, args, tmp_path / "none.csv")

    assert result["errors"] == {}
    assert result["claims"] > 3  # each rep worked more than one call
    assert result["receipts"] == result["claims"]
    assert (result["double_claims"], result["overlapping_holds"]) == (0, 0)
    assert (result["lost_outcomes"], result["still_leased"]) == (0, 0)
    assert result["board"], "the team lead's board was never refreshed"
    # Each rep's queue panel is read after every outcome, as the workspace reads it.
    assert len(result["panel"]) >= result["receipts"]
    assert result["report"], "the supervisor ran no report"
    # Three reps, a team lead (and the lead's change feed), the supervisor, each signed in
    # with their own login.
    assert result["peak_connections"] >= 5
    # Each rep's first claim (its backend compiles and plans the claim) is also told apart.
    assert len(result["first_claims"]) == 3
    assert set(result["first_claims"]) <= set(result["claim"])
    # One rep and the team lead worked as probes, each in a process of its own at normal
    # priority; the other workstations' process ran niced.
    assert result["niceness"] == {"load": [5], "probe": [0, 0]}
    probes = result["probes"]
    assert (probes["reps"], probes["team_leads"]) == (1, 1)
    # The probe's first claim is told apart from its later ones, as for all workstations.
    assert len(probes["first_claim"]) == 1 and probes["claim"]
    assert set(probes["claim"] + probes["first_claim"]) <= set(result["claim"])
    assert len(probes["outcome"]) == len(probes["claim"]) + 1
    assert probes["board"] == result["board"]  # the only team lead is the probe
    center.print_details(result)
    said = capsys.readouterr().out
    assert "the others " in said and f"({result['claims'] - 3})" in said, said
    panels = result["panel"]
    assert f"panel – / – (0) while importing, {center.ms(panels, 0.5)} / " in said, said
    assert f"claim p50 / p99 ms {center.ms(probes['claim'], 0.5)} / " in said, said
    longest, at = probes["longest_claims"][0]
    # Seconds into the run: a claim begun as the run was told to stop ends before the run does.
    assert longest == max(probes["claim"] + probes["first_claim"]) and 0 <= at <= result["seconds"]
    assert f"the probes' longest claims: {longest:,.0f} ms at {at:.0f} s" in said, said
    assert "the server's own work (seen twice a second): " in said, said


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_server_watch_notes_when_a_checkpoint_ends(
    center: ModuleType, database_url: str
) -> None:
    server = postgres_url()  # the server itself, as the simulation watches it
    database = make_url(database_url).database
    assert server is not None and database is not None
    owner_url = center.with_database(server, database)
    sample, stop = center.Sample(), threading.Event()
    watcher = threading.Thread(
        target=center.watch_connections, args=(owner_url, database, stop, sample)
    )
    watcher.start()
    try:
        time.sleep(0.7)  # the watch has read the checkpoint counts it starts from
        began = time.monotonic()
        with psycopg.connect(center.libpq(owner_url), autocommit=True) as connection:
            connection.execute("CHECKPOINT")
        deadline = time.monotonic() + 10
        while not ours(sample, began) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        watcher.join(5)
    # The one asked for here, once (the database's own creation may have asked for one
    # just before).
    assert len(ours(sample, began)) == 1, sample.checkpoints


def ours(sample: Any, began: float) -> list[tuple[str, float]]:
    return [
        (trigger, at)
        for trigger, at in sample.checkpoints
        if trigger == "requested" and at >= began
    ]
