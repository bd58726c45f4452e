"""Handoffs that reach their check day, for the check-call tests."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence.models import CheckCall
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt, WorkItem
from tests.support.factories import Factory
from tests.support.partners import add_partner, sales_ready_lead

# START is a Tuesday 15:00 UTC; five business days on is the next Tuesday, 10:00 in New York.
CHECK_DAY = timedelta(days=7)


def handed_off(services: Services, factory: Factory, rep: Actor, **fields: Any) -> tuple[int, int]:
    """(lead id, handoff id) of a lead the rep qualified, in New York, delivered now."""
    values: dict[str, Any] = {"region": "NY", "postal_code": "10001"}
    values.update(fields)
    lead_id = sales_ready_lead(factory, rep, **values)
    handoff = services.routing.route(rep, lead_id)
    assert handoff.status == "sent", handoff.status
    return lead_id, handoff.id


def check_every_handoff(services: Services, days: int = 5) -> None:
    for segment in ("smb", "enterprise"):
        services.check_calls.policies.set(OPERATOR, segment, days, 100)


def check_of(services: Services, handoff_id: int) -> CheckCall | None:
    with services.db.unit_of_work(write=False) as uow:
        found = uow.session.execute(
            select(CheckCall).where(CheckCall.handoff_id == handoff_id)
        ).scalar_one_or_none()
        if found is not None:
            uow.session.expunge(found)
        return found


def to_check_day(clock: ManualClock) -> None:
    clock.advance(CHECK_DAY)


def check_call_due(
    services: Services, factory: Factory, clock: ManualClock, rep: Actor, *, accepted: bool = False
) -> tuple[int, int]:
    """(lead id, handoff id) of a lead in New York the rep qualified whose check call is due
    now in the rep's queue: every handoff is checked, Alpha Voice (SLA 24 h) got it (and
    accepted it), and the check day came."""
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rep)
    if accepted:
        services.handoffs.record_feedback(OPERATOR, handoff_id, "accepted")
    to_check_day(clock)
    assert services.check_calls.make_due(rep).due == 1
    return lead_id, handoff_id


ANSWERS_CONTACTED = {
    "reached_contact": "yes",
    "permission": "yes",
    "partner_contacted": "yes",
    "contacted_on": "2026-11-26",
    "contacted_by": "Dana from the partner",
    "experience": "4",
    "still_needs": "yes",
    "may_share": "yes",
    "comments": "Quick and friendly",
}
ANSWERS_NOT_CONTACTED = {
    "reached_contact": "yes",
    "permission": "yes",
    "partner_contacted": "no",
    "still_needs": "yes",
    "may_share": "yes",
}


def answer(
    services: Services,
    rep: Actor,
    item: WorkItem,
    answers: dict[str, str],
    request_id: str = "check-answer-0001",
) -> OutcomeReceipt:
    return services.workspace.submit(
        rep,
        Outcome(
            request_id=request_id,
            lead_id=item.lead.id,
            version=item.lead.version,
            kind=OutcomeKind.SALES_READY,
            started_at=services.clock.now(),
            script_id=item.script.id,
            answers=answers,
        ),
    )
