"""A client process killed with SIGKILL inside a transaction: mid-claim, mid-outcome, and
mid-import (the real CLI importing a generated CSV). The child stops just before its COMMIT
(everything written, nothing committed; see tests/support/killpoint.py) and is killed there.
No lead gets two holders, no outcome is half written, the import batch is accounted for and
marked unfinished, running the import again stores the rest and doubles nothing, and SQLite's
`PRAGMA integrity_check` is ok. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.persistence.models import (
    AgentState,
    AuditEntry,
    CallAttempt,
    ImportBatch,
    Lead,
    Touch,
)
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import ENV_DATA_DIR
from tests.conftest import START
from tests.support.cli import ADMIN, ensure_admin
from tests.support.factories import PASSWORD, Factory
from tests.support.killpoint import ONE_CALL_REQUEST, PAUSED

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ROWS = 3000
CHUNK = 500


def run_until_paused(args: list[str], data_dir: Path) -> None:
    """Start the child, wait until it stops inside its transaction, and SIGKILL it there."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.support.killpoint", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, ENV_DATA_DIR: str(data_dir)},
        stdin=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        child.stdin.write(f"{PASSWORD}\n")  # for a command run --as a user, --password-stdin
        child.stdin.close()
        line = child.stdout.readline().strip()
        if line != PAUSED:
            child.kill()
            _, err = child.communicate(timeout=60)
            pytest.fail(f"the child did not pause inside its transaction: {line!r} {err}")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


def integrity_ok(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return
    with sqlite3.connect(str(parsed.database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def count(services: Services, model: object, *where: object) -> int:
    with services.db.unit_of_work(write=False) as uow:
        statement = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
        return int(uow.session.execute(statement).scalar_one())


# On PostgreSQL a claim is one statement in autocommit: no moment inside it to kill (below).
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_client_killed_mid_claim_holds_nothing(
    services: Services, factory: Factory, database_url: str, tmp_path: Path
) -> None:
    factory.user("rita")
    sam = factory.user("sam")
    only = factory.lead()
    run_until_paused(["claim", database_url, "rita", str(tmp_path / "child")], tmp_path)

    integrity_ok(database_url)
    lead = factory.get_lead(only)
    assert (lead.status, lead.lease_owner_id, lead.lease_expires_at) == ("queued", None, None)
    assert count(services, AuditEntry, AuditEntry.action == "lead.claimed") == 0
    # The lead is free at once (the killed claim's lock went with its connection): one
    # holder, and Rita asking again gets no second lead.
    assert services.queue.claim_next(sam).id == only
    assert factory.get_lead(only).lease_owner_id == sam.user_id
    assert count(services, Lead, Lead.lease_owner_id.is_not(None)) == 1
    assert count(services, AuditEntry, AuditEntry.action == "lead.claimed") == 1


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_client_killed_right_after_its_one_statement_claim_loses_nothing(
    services: Services, factory: Factory, database_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    rita, sam = factory.user("rita"), factory.user("sam")
    only = factory.lead()
    run_until_paused(["claim", database_url, "rita", str(tmp_path / "child")], tmp_path)

    # The claim was saved, with its audit row, by the one statement: the lead is Rita's
    # until her lease runs out, Sam gets nothing meanwhile, and Rita's restarted
    # workstation gets the same lead back without a second claim.
    lead = factory.get_lead(only)
    assert lead.lease_owner_id == rita.user_id
    assert count(services, AuditEntry, AuditEntry.action == "lead.claimed") == 1
    with pytest.raises(NothingEligible):
        services.queue.claim_next(sam)
    clock.advance(timedelta(minutes=1))
    assert services.queue.claim_next(rita).id == only
    assert count(services, Lead, Lead.lease_owner_id.is_not(None)) == 1
    assert count(services, AuditEntry, AuditEntry.action == "lead.claimed") == 1


def test_a_client_killed_mid_outcome_leaves_no_half_written_outcome(
    services: Services, factory: Factory, database_url: str, tmp_path: Path
) -> None:
    rita = factory.user("rita")
    lead_id = factory.lead()
    with services.db.unit_of_work() as uow:
        install_scripts(uow.session, START)
        uow.commit()
    run_until_paused(["outcome", database_url, "rita", str(tmp_path / "child")], tmp_path)

    integrity_ok(database_url)
    # The claim was committed before the kill, the outcome not at all.
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.attempts, lead.lease_owner_id) == ("queued", 0, rita.user_id)
    assert count(services, CallAttempt) == 0
    assert count(services, AuditEntry, AuditEntry.action == "lead.retry") == 0
    # Rita, on her restarted workstation, gets the same lead back and records it once.
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    outcome = Outcome(
        request_id=str(uuid.uuid4()),
        lead_id=lead_id,
        version=item.lead.version,
        kind=OutcomeKind.NO_CONTACT,
        disposition=Disposition.NO_ANSWER,
        started_at=START - timedelta(minutes=5),
        script_id=item.script.id,
        notes="rang 8 times",
    )
    services.workspace.submit(rita, outcome)
    assert count(services, CallAttempt) == 1
    assert count(services, AuditEntry, AuditEntry.action == "lead.retry") == 1
    lead = factory.get_lead(lead_id)
    assert (lead.attempts, lead.status, lead.lease_owner_id) == (1, "queued", None)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_client_killed_after_its_outcome_in_one_call_left_it_whole(
    services: Services, factory: Factory, database_url: str, tmp_path: Path
) -> None:
    rita = factory.user("rita")
    lead_id = factory.lead()
    with services.db.unit_of_work() as uow:
        install_scripts(uow.session, START)
        uow.commit()
    run_until_paused(
        ["outcome_in_one_call", database_url, "rita", str(tmp_path / "child")], tmp_path
    )

    integrity_ok(database_url)
    # The one call is its own transaction: all of the outcome is there, the lead let go.
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.attempts, lead.lease_owner_id) == ("queued", 1, None)
    assert count(services, CallAttempt, CallAttempt.request_id == ONE_CALL_REQUEST) == 1
    assert count(services, AuditEntry, AuditEntry.action == "lead.retry") == 1
    assert count(services, AgentState, AgentState.state == "after_call_work") == 1
    # The restarted workstation sends its draft again: the first receipt, nothing doubled.
    receipt = services.workspace.submit(
        rita,
        Outcome(
            request_id=ONE_CALL_REQUEST,
            lead_id=lead_id,
            version=lead.version - 1,
            kind=OutcomeKind.NO_CONTACT,
            disposition=Disposition.NO_ANSWER,
            started_at=START - timedelta(minutes=5),
        ),
    )
    assert receipt.replayed
    assert count(services, CallAttempt) == 1


def big_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Company", "Email", "Comments"])
        for n in range(ROWS):
            writer.writerow(
                [f"Alex{n}", f"Smith{n}", f"Firm {n} Ltd", f"alex{n}@firm{n}.example", "demo"]
            )
    return path


def batches(services: Services) -> list[tuple[str, int, int, int, int]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            (b.status, b.rows, b.imported, b.merged, b.rejected)
            for b in uow.session.execute(select(ImportBatch).order_by(ImportBatch.id)).scalars()
        ]


def test_an_import_killed_mid_chunk_is_accounted_for_and_runs_again(
    services: Services, factory: Factory, database_url: str, tmp_path: Path
) -> None:
    factory.queue("Main")
    source = big_csv(tmp_path / "inquiries.csv")
    ensure_admin(database_url)
    cli = ["import", "inquiries", str(source), "--chunk-rows", str(CHUNK)]
    cli += ["--as", ADMIN, "--password-stdin"]
    # Killed inside the second chunk's transaction: the first chunk is committed. A chunk
    # records the batch's progress; the start and the lease's renewals update the batch too.
    run_until_paused(["progressed_at=", "2", "--", "--db", database_url, *cli], tmp_path / "child")

    integrity_ok(database_url)
    [killed] = batches(services)
    # Unfinished, and its counts are exactly what was committed with the first chunk.
    assert killed == ("running", CHUNK, CHUNK, 0, 0)
    assert count(services, Lead) == CHUNK
    assert count(services, Touch) == CHUNK

    again = subprocess.run(
        [sys.executable, "-m", "qualifier_app", "--db", database_url, *cli, "--json"],
        cwd=ROOT,
        capture_output=True,
        input=f"{PASSWORD}\n",
        text=True,
        env={**os.environ, ENV_DATA_DIR: str(tmp_path / "again")},
        timeout=300,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["rows"], summary["imported"], summary["already_imported"]) == (
        ROWS,
        ROWS - CHUNK,
        CHUNK,
    )
    assert batches(services)[1] == ("finished", ROWS, ROWS - CHUNK, 0, 0)
    # Nothing doubled: one lead and one touch per row of the file.
    assert count(services, Lead) == ROWS
    assert count(services, Touch) == ROWS
    with services.db.unit_of_work(write=False) as uow:
        emails = uow.session.execute(
            select(func.count(func.distinct(Lead.email_normalized)))
        ).scalar_one()
    assert emails == ROWS
    integrity_ok(database_url)
