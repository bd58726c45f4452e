"""Undoing the last outcome within 30 seconds, by the database's clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import Conflict, NotFound
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import AuditEntry, CallAttempt, Lead, Qualification
from qualifier_app.services.board.reassign import LeadRef, Target
from tests.integration.test_workspace import GRADE_A, NOT_NOW, count, outcome
from tests.support.factories import Factory
from tests.support.partners import add_partner
from tests.support.teams import two_teams


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


@pytest.mark.as_owner(
    reason="the test's clock is not the database's: on PostgreSQL qualifier_take_back_call "
    "checks the 30 s window against now(), which is weeks after the test clock's outcome "
    "(tests/security covers the window as the person)"
)
def test_undo_within_30_seconds_gives_the_lead_back_as_it_was(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead(segment="enterprise")
    item = services.workspace.next_lead(rita)
    before = factory.get_lead(lead_id)
    receipt = services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="only researching",
            recycle_on=clock.now().date() + timedelta(days=90),
        ),
    )
    assert factory.get_lead(lead_id).status == "nurture"
    clock.advance(timedelta(seconds=30))

    again = services.workspace.undo_outcome(rita, receipt.attempt_id)

    lead = factory.get_lead(lead_id)
    assert again.lead.id == lead_id and again.lead.version == lead.version
    assert (lead.status, lead.status_reason, lead.attempts, lead.recycle_on, lead.grade) == (
        before.status,
        before.status_reason,
        before.attempts,
        None,
        before.grade,
    )
    assert lead.lease_owner_id == rita.user_id
    assert lead.lease_expires_at == clock.now() + timedelta(minutes=15)
    assert count(services, CallAttempt) == 0
    assert count(services, Qualification) == 0
    undone = count(services, AuditEntry, AuditEntry.action == "lead.outcome_undone")
    assert undone == 1
    # Saved again, the outcome counts once.
    services.workspace.submit(rita, outcome(again, OutcomeKind.DISQUALIFY, reason="competitor"))
    assert factory.get_lead(lead_id).status == "disqualified"
    assert count(services, CallAttempt) == 1


def test_undo_after_30_seconds_is_refused_and_changes_nothing(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    )
    clock.advance(timedelta(seconds=31))
    with pytest.raises(Conflict, match="only within 30 s"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.attempts, lead.lease_owner_id) == ("queued", 1, None)
    assert count(services, CallAttempt) == 1


@pytest.mark.as_owner(
    reason="the test's clock is not the database's: on PostgreSQL qualifier_take_back_call "
    "checks the 30 s window against now(), which is weeks after the test clock's outcome "
    "(tests/security covers the window as the person)"
)
def test_a_no_contact_undone_restores_attempts_and_next_call(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
    )
    assert factory.get_lead(lead_id).next_call_at is not None
    services.workspace.undo_outcome(rita, receipt.attempt_id)
    lead = factory.get_lead(lead_id)
    assert (lead.attempts, lead.next_call_at, lead.last_attempt_at) == (0, None, None)


@pytest.mark.as_owner(
    reason="the test's clock is not the database's: on PostgreSQL qualifier_take_back_call "
    "checks the 30 s window against now(), which is weeks after the test clock's outcome "
    "(tests/security covers the window as the person)"
)
def test_only_the_rep_who_saved_it_may_undo_and_not_once_another_rep_took_it(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    otto = factory.user("otto")
    factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.WRONG_NUMBER)
    )
    with pytest.raises(NotFound):
        services.workspace.undo_outcome(otto, receipt.attempt_id)
    # Make the lead eligible again at once, so otto takes it.
    with services.db.unit_of_work() as uow:
        lead = uow.session.execute(select(Lead)).scalar_one()
        lead.next_call_at = None
        uow.commit()
    services.workspace.next_lead(otto)
    with pytest.raises(Conflict, match="has the lead now"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)


@pytest.mark.as_owner(
    reason="the test's clock is not the database's: on PostgreSQL qualifier_take_back_call "
    "checks the 30 s window against now(), which is weeks after the test clock's outcome "
    "(tests/security covers the window as the person)"
)
def test_no_undo_once_the_handoff_was_delivered(
    services: Services, factory: Factory, rita: Actor
) -> None:
    add_partner(services, "East Voice")
    lead_id = factory.lead(segment="enterprise")
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.SALES_READY, answers=GRADE_A)
    )
    services.routing.route(rita, lead_id)
    with pytest.raises(Conflict, match="handed to a partner"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)
    assert count(services, CallAttempt) == 1


def test_do_not_call_is_not_undone_here(services: Services, factory: Factory, rita: Actor) -> None:
    factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.DO_NOT_CALL, reason="asked not to be called")
    )
    with pytest.raises(Conflict, match="do-not-call list"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)


@pytest.mark.parametrize("moved_to", ["another rep", "another queue"])
def test_an_outcome_is_not_undone_over_a_team_leads_move_made_since(
    services: Services, factory: Factory, moved_to: str
) -> None:
    """Undo puts back how the lead was before the outcome: after a team lead moved it, that
    undid the move on SQLite (the lead back with the rep, in a queue they may not work) and
    failed with the database's own errors on PostgreSQL."""
    teams = two_teams(factory)
    overflow = factory.queue("North overflow", team="North")
    lead_id = factory.lead(queue="North queue")
    item = services.workspace.next_lead(teams.rita)
    receipt = services.workspace.submit(
        teams.rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
    )
    target = (
        Target(rep_id=teams.marco.user_id)
        if moved_to == "another rep"
        else Target(queue_id=overflow)
    )
    seen = LeadRef(lead_id, factory.get_lead(lead_id).version)
    assert services.reassign.move(teams.tina, [seen], target).moved == (lead_id,)

    with pytest.raises(Conflict, match="cannot be undone") as refused:
        services.workspace.undo_outcome(teams.rita, receipt.attempt_id)
    assert "Tina changed the lead since (Lead reassigned)" in str(refused.value) or (
        "moved to a queue you do not work" in str(refused.value)
        and services.db.dialect == "postgresql"
    )
    lead = factory.get_lead(lead_id)
    assert lead.lease_owner_id is None and lead.attempts == 1
    if moved_to == "another rep":
        assert lead.assigned_rep_id == teams.marco.user_id
    else:
        assert lead.queue_id == overflow
