"""A workstation's pooled connection that the server has closed (a restart, a DBA, an idle
timeout on the way) is found dead by the next claim, outcome or heartbeat, which is sent
again on a fresh connection: the person sees nothing of it."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.services.workspace.dto import Outcome
from tests.support.factories import Factory


def _close_server_side(services: Services, user_id: int) -> int:
    """Terminate every server connection of the person's database login; how many."""
    with services.db.unit_of_work() as uow:
        closed = uow.session.execute(
            text(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) FROM "
                "pg_stat_activity a JOIN users u ON a.usename = u.db_role WHERE u.id = :id"
            ),
            {"id": user_id},
        ).scalar_one()
        uow.commit()
    return int(closed)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_outcome_and_heartbeat_on_a_closed_connection_go_through_a_fresh_one(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    first_lead, second_lead = factory.lead(score=90), factory.lead(score=10)
    first = services.queue.claim_next(rep)
    assert first.id == first_lead
    assert _close_server_side(services, rep.user_id) >= 1
    services.queue.heartbeat(rep, first.id)
    assert _close_server_side(services, rep.user_id) >= 1
    receipt = services.workspace.submit(
        rep,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=first.id,
            version=first.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=clock.now(),
            disposition=Disposition.NO_ANSWER,
        ),
    )
    assert receipt.lead_id == first.id and receipt.attempt_id is not None
    assert _close_server_side(services, rep.user_id) >= 1
    second = services.queue.claim_next(rep)
    assert second.id == second_lead
    held = factory.get_lead(second_lead)
    assert held.lease_owner_id == rep.user_id
    assert factory.get_lead(first_lead).lease_owner_id is None
