"""Undoing a check call's outcome within the undo window, on both databases: the check call is
due again in the rep's hands as it was, what the customer said is forgotten everywhere it
showed (the answers, the handoff's history, the reopening), and the undo is audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import Conflict
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence.models import AuditEntry, CallAttempt, HandoffEvent
from qualifier_app.services.workspace.dto import Outcome, WorkItem
from qualifier_app.settings import Settings
from tests.support.check_calls import (
    ANSWERS_CONTACTED,
    ANSWERS_NOT_CONTACTED,
    answer,
    check_call_due,
    check_of,
)
from tests.support.factories import Factory
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def _due_check_call(
    services: Services, factory: Factory, clock: ManualClock
) -> tuple[Actor, WorkItem, int]:
    rita = factory.user("rita.rep")
    _, handoff_id = check_call_due(services, factory, clock, rita, accepted=True)
    return rita, services.workspace.next_lead(rita), handoff_id


def _events(services: Services, handoff_id: int) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(
                select(HandoffEvent.origin)
                .where(HandoffEvent.handoff_id == handoff_id)
                .order_by(HandoffEvent.id)
            ).scalars()
        )


def _audited(services: Services, action: str) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(
            uow.session.execute(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)
            ).scalar_one()
        )


@pytest.mark.as_owner(
    reason="the test's clock is not the database's: on PostgreSQL qualifier_take_back_call "
    "checks the 30 s window against now(), which is weeks after the test clock's outcome "
    "(tests/security covers the window as the person)"
)
def test_an_answered_check_call_undone_is_due_again_in_the_reps_hands(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, item, handoff_id = _due_check_call(services, factory, clock)
    events_before = _events(services, handoff_id)
    receipt = answer(services, rita, item, ANSWERS_NOT_CONTACTED)
    assert services.check_calls.reopened(OPERATOR) != ()
    assert _events(services, handoff_id) == [*events_before, "check_call"]
    clock.advance(timedelta(seconds=30))

    again = services.workspace.undo_outcome(rita, receipt.attempt_id)

    assert again.lead.id == item.lead.id and again.script.name == "check-call"
    lead = factory.get_lead(item.lead.id)
    assert (lead.status, lead.lease_owner_id, lead.assigned_rep_id, lead.attempts) == (
        "check_call",
        rita.user_id,
        rita.user_id,
        0,
    )
    check = check_of(services, handoff_id)
    assert check is not None
    assert (check.status, check.follow_up, check.contacted, check.still_needs) == (
        "due",
        None,
        None,
        None,
    )
    assert (check.answered_at, check.call_attempt_id, check.contradiction) == (None, None, False)
    assert services.check_calls.reopened(OPERATOR) == ()
    assert _events(services, handoff_id) == events_before
    assert _audited(services, "check_call.outcome_undone") == 1
    assert _audited(services, "lead.outcome_undone") == 1

    # Answered again, it counts once.
    services.workspace.submit(
        rita,
        Outcome(
            request_id="check-answer-0002",
            lead_id=again.lead.id,
            version=again.lead.version,
            kind=OutcomeKind.SALES_READY,
            started_at=clock.now(),
            script_id=again.script.id,
            answers=ANSWERS_CONTACTED,
        ),
    )
    check = check_of(services, handoff_id)
    assert check is not None and (check.status, check.contacted) == ("answered", True)
    with services.db.unit_of_work(write=False) as uow:
        attempts = uow.session.execute(
            select(func.count()).select_from(CallAttempt).where(CallAttempt.lead_id == lead.id)
        ).scalar_one()
    assert attempts == 2  # the qualifying call and the check call


@pytest.mark.as_owner(
    reason="the test's clock is not the database's: on PostgreSQL qualifier_take_back_call "
    "checks the 30 s window against now(), which is weeks after the test clock's outcome "
    "(tests/security covers the window as the person)"
)
def test_a_no_answer_undone_gives_back_the_attempts_and_the_time(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, item, handoff_id = _due_check_call(services, factory, clock)
    before = factory.get_lead(item.lead.id)
    receipt = services.workspace.submit(
        rita,
        Outcome(
            request_id="check-no-answer-9",
            lead_id=item.lead.id,
            version=item.lead.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=clock.now(),
            disposition=Disposition.NO_ANSWER,
        ),
    )
    check = check_of(services, handoff_id)
    assert check is not None and check.attempts == 1

    services.workspace.undo_outcome(rita, receipt.attempt_id)

    lead = factory.get_lead(item.lead.id)
    assert (lead.status, lead.attempts, lead.next_call_at) == (
        "check_call",
        before.attempts,
        before.next_call_at,
    )
    check = check_of(services, handoff_id)
    assert check is not None and (check.status, check.attempts) == ("due", 0)


def test_no_undo_once_the_channel_manager_decided_or_the_time_ran_out(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, item, handoff_id = _due_check_call(services, factory, clock)
    receipt = answer(services, rita, item, ANSWERS_NOT_CONTACTED)
    [reopened] = services.check_calls.reopened(OPERATOR)
    services.check_calls.keep(OPERATOR, reopened.check_call_id, "the partner calls tomorrow")

    with pytest.raises(Conflict, match="the channel manager already decided"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)
    clock.advance(timedelta(seconds=31))
    with pytest.raises(Conflict, match="only within 30 s"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)
    check = check_of(services, handoff_id)
    assert check is not None and (check.status, check.follow_up) == ("answered", "kept")
    assert factory.get_lead(item.lead.id).status == "handed_off"
