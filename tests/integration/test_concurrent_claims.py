"""Two reps must never hold the same lead: eight processes claiming at once, on both
databases, with fewer leads than claimers so they really compete."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.persistence.models import AuditEntry
from tests.conftest import START
from tests.support.claimers import claim_loop, create_probe
from tests.support.factories import Factory

PROCESSES = 8
ROUNDS = 25


@pytest.mark.slow
def test_eight_processes_never_share_a_lead(
    services: Services, factory: Factory, database_url: str
) -> None:
    logins = [f"rep{n}" for n in range(PROCESSES)]
    for login in logins:
        factory.user(login)
    for score in range(6):  # six leads for eight claimers: most rounds compete
        factory.lead(score=score * 10)
    create_probe(database_url)

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(PROCESSES, mp_context=context) as pool:
        futures = [
            pool.submit(claim_loop, database_url, login, ROUNDS, 0.01, START) for login in logins
        ]
        results = [future.result(timeout=300) for future in futures]

    assert [r["doubles"] for r in results] == [[]] * PROCESSES
    total = sum(len(r["claimed"]) for r in results)  # type: ignore[arg-type]
    assert total >= PROCESSES * ROUNDS // 2, "the claimers hardly ever got a lead"
    # Every claim and every release is in the audit log, exactly once.
    with services.db.unit_of_work(write=False) as uow:
        claims = uow.session.execute(
            select(func.count()).where(AuditEntry.action == "lead.claimed")
        ).scalar_one()
        releases = uow.session.execute(
            select(func.count()).where(AuditEntry.action == "lead.released")
        ).scalar_one()
    assert claims == releases == total
