"""The workspace gets a workstation's first claim and outcome ready when it opens: the first
Next is then one call, as the later ones are, and getting ready changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import AgentState, AuditEntry, CallAttempt, Lead, User
from qualifier_app.services.workspace.dto import Outcome
from tests.integration.test_workspace import count, outcome
from tests.support.factories import Factory
from tests.support.statements import statements_sent

CLAIM_CALL = ("SELECT * FROM qualifier_claim_next", True)
OUTCOME_CALL = ("SELECT * FROM qualifier_record_outcome", True)


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


def _everything(services: Services) -> dict[str, Any]:
    """What a claim or an outcome would change: every lead as it stands, and how many audit
    rows, call attempts and agent states there are."""
    with services.db.unit_of_work(write=False) as uow:
        leads = uow.session.execute(
            select(
                Lead.id,
                Lead.version,
                Lead.status,
                Lead.attempts,
                Lead.lease_owner_id,
                Lead.lease_expires_at,
                Lead.leased_at,
                Lead.updated_at,
                Lead.last_caller_id,
            ).order_by(Lead.id)
        ).all()
    counts = {
        model.__tablename__: count(services, model)
        for model in (AuditEntry, CallAttempt, AgentState)
    }
    return {"leads": [tuple(row) for row in leads], **counts}


def test_getting_ready_changes_nothing_and_the_day_goes_on_as_before(
    services: Services, factory: Factory, rita: Actor
) -> None:
    leads = {factory.lead(score=score) for score in (40, 90, 60)}
    before = _everything(services)

    services.workspace.prepare(rita)

    assert _everything(services) == before
    item = services.workspace.next_lead(rita)
    assert item.lead.id in leads
    assert factory.get_lead(item.lead.id).score == 90
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    )
    after = factory.get_lead(item.lead.id)
    assert (after.lease_owner_id, after.attempts, after.status) == (None, 1, receipt.status)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_once_ready_the_first_claim_and_outcome_are_one_call_each(
    services: Services, factory: Factory, rita: Actor
) -> None:
    factory.lead()
    with statements_sent(services, rita) as getting_ready:
        services.workspace.prepare(rita)
    with statements_sent(services, rita) as claiming:
        claimed = services.queue.claim_next(rita)
    assert factory.get_lead(claimed.id).lease_owner_id == rita.user_id
    request = Outcome(
        "first-outcome-1",
        claimed.id,
        claimed.version,
        OutcomeKind.NURTURE,
        services.clock.now(),
        reason="budget next year",
        recycle_on=date(2027, 6, 1),
    )
    with statements_sent(services, rita) as saving:
        services.workspace.submit(rita, request)

    # The claim and the outcome were each called once, on their own, as at work.
    calls = [sent for sent in getting_ready if sent in (CLAIM_CALL, OUTCOME_CALL)]
    assert calls == [CLAIM_CALL, OUTCOME_CALL]
    # What the first claim would have read first (the calling profiles, the registries)
    # was read while getting ready; so was the center's time zone the outcome's dates
    # count by.
    assert claiming == [CLAIM_CALL]
    assert saving == [OUTCOME_CALL]


def test_a_paused_rep_gets_ready_all_the_same_and_still_gets_no_lead(
    services: Services, factory: Factory, rita: Actor
) -> None:
    factory.lead()
    with services.db.unit_of_work() as uow:
        user = uow.session.get(User, rita.user_id)
        assert user is not None
        user.paused = True
        uow.commit()
    before = _everything(services)

    services.workspace.prepare(rita)

    assert _everything(services) == before
