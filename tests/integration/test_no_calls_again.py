"""Who may not be called again stays out of every queue: a contact correction that reveals
a phone or e-mail on the do-not-call list makes the lead do-not-call whatever the rep chose,
and a prospect's "no" to being called again refuses a callback and keeps a nurture lead from
ever being recycled; recycling holds back both."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import Conflict, InvalidInput, NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import AuditEntry, CallAttempt, DoNotCallEntry
from qualifier_app.services.workspace.dto import ContactChange
from qualifier_app.settings import Settings
from tests.integration.test_workspace import GRADE_A, NOT_NOW, OPENING, outcome
from tests.support.factories import Factory
from tests.support.partners import add_partner
from tests.support.smtp import SmtpServer, with_mail_server

LISTED = "+13125550143"
LATER = timedelta(days=30)


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and partners can answer."""
    return with_mail_server(settings, smtp_server)


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


@pytest.fixture
def adam(factory: Factory) -> Actor:
    return factory.user("adam", role=Role.ADMIN)


def nothing_for(services: Services, rep: Actor) -> bool:
    try:
        lead = services.queue.claim_next(rep)
    except NothingEligible:
        return True
    services.queue.release(rep, lead.id)
    return False


CHOICES: dict[OutcomeKind, dict[str, Any]] = {
    OutcomeKind.SALES_READY: {"answers": GRADE_A},
    OutcomeKind.DISQUALIFY: {"reason": "junk or fake data"},
    OutcomeKind.NURTURE: {"answers": NOT_NOW, "reason": "not now"},
    OutcomeKind.CALLBACK: {"answers": OPENING},
    OutcomeKind.NO_CONTACT: {"disposition": Disposition.NO_ANSWER},
}


@pytest.mark.parametrize("kind", list(CHOICES))
def test_a_correction_to_a_listed_phone_makes_the_lead_do_not_call(
    services: Services,
    factory: Factory,
    rita: Actor,
    adam: Actor,
    clock: ManualClock,
    kind: OutcomeKind,
) -> None:
    services.do_not_call.add(adam, phone=LISTED, reason="complaint")
    add_partner(services, "Acme Partner")
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    fields = dict(CHOICES[kind])
    if kind is OutcomeKind.CALLBACK:
        fields["callback_at"] = clock.now() + timedelta(hours=2)
    if kind is OutcomeKind.NURTURE:
        fields["recycle_on"] = clock.now().date() + LATER
    receipt = services.workspace.submit(
        rita,
        outcome(item, kind, corrections=(ContactChange("phone", "+1 312 555 0143"),), **fields),
    )

    assert receipt.status == "do_not_call"
    assert receipt.message == (
        f"Not saved as {kind.phrase}: the corrected phone is on the do-not-call list, so the "
        "lead is do-not-call: it is not called again nor handed to a partner"
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.phone_e164, lead.recycle_on, lead.next_call_at, lead.grade) == (
        "do_not_call",
        LISTED,
        None,
        None,
        None,
    )
    assert lead.status_reason == "the corrected phone is on the do-not-call list"
    with services.db.unit_of_work(write=False) as uow:
        attempt = uow.session.execute(select(CallAttempt)).scalar_one()
        assert attempt.outcome == "do_not_call"
        assert uow.session.execute(
            select(AuditEntry.id).where(AuditEntry.action == "lead.do_not_call")
        ).first()
    # Never routed, never undone into the rep's hands, never claimable, even much later.
    with pytest.raises(Conflict, match="only sales-ready leads are routed"):
        services.routing.route(adam, lead_id)
    with pytest.raises(Conflict, match="do-not-call"):
        services.workspace.undo_outcome(rita, receipt.attempt_id)
    clock.advance(LATER + timedelta(days=1))
    services.nurture.recycle_due(adam)
    assert nothing_for(services, rita)


def test_a_correction_to_a_listed_e_mail_makes_the_lead_do_not_call(
    services: Services, factory: Factory, rita: Actor, adam: Actor
) -> None:
    services.do_not_call.add(adam, email="kim@listed.example", reason="legal request")
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.SALES_READY,
            answers=GRADE_A,
            corrections=(ContactChange("email", "Kim@Listed.example"),),
        ),
    )
    assert receipt.status == "do_not_call"
    assert "corrected email is on the do-not-call list" in receipt.message
    assert factory.get_lead(lead_id).status == "do_not_call"


def test_a_no_to_being_called_again_refuses_a_callback(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput, match="said no to being called again") as refused:
        services.workspace.submit(
            rita,
            outcome(
                item,
                OutcomeKind.CALLBACK,
                answers={**OPENING, "consent_phone": "no"},
                callback_at=clock.now() + timedelta(hours=2),
            ),
        )
    assert refused.value.field == "kind"
    assert factory.get_lead(lead_id).lease_owner_id == rita.user_id  # still the rep's to save
    # Asked again and the prospect agreed: the callback stands.
    receipt = services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.CALLBACK,
            answers={**OPENING, "consent_phone": "yes"},
            callback_at=clock.now() + timedelta(hours=2),
        ),
    )
    assert receipt.status == "callback"


def test_a_no_to_being_called_again_keeps_a_nurture_lead_out_of_the_queue(
    services: Services, factory: Factory, rita: Actor, adam: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers={**NOT_NOW, "consent_phone": "no"},
            reason="not now",
            recycle_on=clock.now().date() + LATER,
        ),
    )
    assert (receipt.status, receipt.recycle_on) == ("nurture", None)
    assert "said no to being called again" in receipt.message
    clock.advance(LATER + timedelta(days=1))
    assert services.nurture.recycle_due(adam) == 0
    assert factory.get_lead(lead_id).status == "nurture"
    assert nothing_for(services, rita)


def test_recycling_holds_back_leads_that_may_not_be_called(
    services: Services, factory: Factory, rita: Actor, adam: Actor, clock: ManualClock
) -> None:
    # A prospect who said no to calls but yes to a partner: handed off, rejected, back to
    # nurture with the partner rejection's recycle date.
    add_partner(services, "Acme Partner")
    said_no = factory.lead()
    item = services.workspace.next_lead(rita)
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.SALES_READY,
            answers={**GRADE_A, "consent_phone": "no", "consent_partner": "yes"},
        ),
    )
    handoff = services.routing.route(adam, said_no)
    services.handoffs.record_feedback(adam, handoff.id, "rejected", reason="not our territory")
    services.handoffs.back_to_nurture(adam, handoff.id, reason="partner rejected")
    assert factory.get_lead(said_no).recycle_on is not None
    # A nurture lead whose phone is on the list without the lead having been taken out (an
    # entry written before this rule, say).
    today = clock.now().date()
    listed = factory.lead(status="nurture", recycle_on=today, phone_e164=LISTED)
    with services.db.unit_of_work() as uow:
        uow.session.add(
            DoNotCallEntry(
                kind="phone",
                value_hash=dnc_hash(DncKind.PHONE, LISTED),
                source="internal",
                reason="complaint",
                added_at=clock.now(),
            )
        )
        uow.commit()
    free = factory.lead(status="nurture", recycle_on=today)

    clock.advance(timedelta(days=400))
    assert services.nurture.recycle_due(rita) == 1  # a rep's workstation sweeps too
    assert factory.get_lead(free).status == "queued"
    said_no_lead = factory.get_lead(said_no)
    assert (said_no_lead.status, said_no_lead.recycle_on) == ("nurture", None)
    assert factory.get_lead(listed).status == "do_not_call"
    assert services.queue.claim_next(rita).id == free
    with services.db.unit_of_work(write=False) as uow:
        actions = dict(
            uow.session.execute(
                select(AuditEntry.entity_id, AuditEntry.action).where(
                    AuditEntry.entity_id.in_([str(said_no), str(listed)]),
                    AuditEntry.action.in_(["lead.not_recycled", "lead.do_not_call"]),
                )
            ).all()
        )
    assert actions == {str(said_no): "lead.not_recycled", str(listed): "lead.do_not_call"}
