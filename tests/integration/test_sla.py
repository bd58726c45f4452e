"""Acceptance SLAs with a controlled clock: reminder at 75 %, expiry and re-routing at 100 %."""

from __future__ import annotations

from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.domain.text import restored
from qualifier_app.persistence.models import AuditEntry, Handoff
from qualifier_app.settings import Settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_events, handoff_row, sales_ready_lead
from tests.support.smtp import OK, REFUSE, SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and their SLAs start."""
    return with_mail_server(settings, smtp_server)


def handoffs_of(services: Services, lead_id: int) -> list[tuple[int, int, str]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            (row.id, row.partner_id, row.status)
            for row in uow.session.execute(
                select(Handoff).where(Handoff.lead_id == lead_id).order_by(Handoff.id)
            ).scalars()
        ]


def test_reminder_at_75_percent_once(
    services: Services, factory: Factory, clock: ManualClock, smtp_server: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))

    clock.advance(timedelta(hours=17, minutes=59))
    assert services.sla.sweep(rep).reminded == 0
    clock.advance(timedelta(minutes=1))
    assert services.sla.sweep(rep).reminded == 1
    assert services.sla.sweep(rep).reminded == 0
    row = handoff_row(services, handoff.id)
    assert row.reminded_at == clock.now()
    assert row.status == "sent"
    [original, reminder] = smtp_server.inbox.messages
    assert reminder["In-Reply-To"] == original["Message-ID"]
    assert "by 2026-11-25 15:00 UTC" in str(reminder.get_payload(decode=True), "utf-8")
    # Dated when it was sent (a message without a Date looks like spam) and addressed as the
    # handoff was.
    assert parsedate_to_datetime(str(reminder["Date"])) == clock.now().replace(microsecond=0)
    assert reminder["To"] == original["To"] == "Rep 0 of Alpha Voice <rep0@alphavoice.example>"


def test_a_reminder_the_mail_server_refused_is_sent_by_a_later_sweep_and_counted_then(
    services: Services, factory: Factory, clock: ManualClock, smtp_server: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    smtp_server.inbox.mode = REFUSE  # 451 just when the reminder is due

    clock.advance(timedelta(hours=18))
    failing = services.sla.sweep(rep)
    assert (failing.reminded, failing.reminders_failed) == (0, 1)
    assert handoff_row(services, handoff.id).reminded_at is None
    assert len(smtp_server.inbox.messages) == 1  # the handoff only
    assert "answered 451" in handoff_events(services, handoff.id)[-1].note
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            select(AuditEntry.action).where(AuditEntry.action.like("handoff.remind%"))
        ).scalars()
        assert list(audited) == ["handoff.reminder_failed"]

    smtp_server.inbox.mode = OK
    clock.advance(timedelta(minutes=30))
    assert services.sla.sweep(rep).reminded == 1
    clock.advance(timedelta(minutes=30))
    assert services.sla.sweep(rep) == services.sla.sweep(rep)  # nothing more to do
    [_, reminder] = smtp_server.inbox.messages
    assert str(reminder["Subject"]).startswith("Reminder:")
    tried = [
        e.data["message_id"] for e in handoff_events(services, handoff.id) if "reminder" in e.data
    ]
    assert set(tried) == {"".join(str(reminder["Message-ID"]).split())}  # one, every try
    assert handoff_row(services, handoff.id).reminded_at == clock.now() - timedelta(minutes=30)


def test_a_reminder_the_mail_server_refuses_for_good_is_given_up_and_the_sla_runs_out(
    services: Services, factory: Factory, clock: ManualClock, smtp_server: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    smtp_server.inbox.refusal = "554 5.7.1 rejected as spam"
    smtp_server.inbox.mode = REFUSE

    clock.advance(timedelta(hours=18))
    refused = services.sla.sweep(rep)
    assert (refused.reminded, refused.reminders_failed) == (0, 1)
    assert len(smtp_server.inbox.refused) == 1
    assert restored(handoff_events(services, handoff.id)[-1].note) == (
        "reminder refused for good by the mail server, not sent again: the SMTP server "
        "refused the message for good (554 5.7.1 rejected as spam)"
    )
    # Every later sweep would be refused the same: none asks again.
    for _ in range(3):
        clock.advance(timedelta(minutes=30))
        assert services.sla.sweep(rep).reminders_failed == 0
    assert len(smtp_server.inbox.refused) == 1
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            select(AuditEntry.action).where(AuditEntry.action.like("handoff.remind%"))
        ).scalars()
        assert list(audited) == ["handoff.reminder_given_up"]
    assert handoff_row(services, handoff.id).reminded_at is None

    clock.advance(timedelta(hours=6))
    assert services.sla.sweep(rep).expired == 1


def test_expiry_reroutes_to_the_next_partner_once(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    alpha = add_partner(services, "Alpha Voice", sla_hours=24)
    beta = add_partner(services, "Beta Voice", sla_hours=48)
    lead_id = sales_ready_lead(factory, rep)
    first = services.routing.route(rep, lead_id)
    assert first.partner_id == alpha

    clock.advance(timedelta(hours=23, minutes=59))
    assert services.sla.sweep(rep).expired == 0
    clock.advance(timedelta(minutes=1))
    result = services.sla.sweep(rep)

    assert (result.expired, result.rerouted, result.waiting) == (1, 1, 0)
    expired = handoff_row(services, first.id)
    assert (expired.status, expired.sla_breached) == ("expired", True)
    [(_, _, _), (second_id, partner_id, status)] = handoffs_of(services, lead_id)
    assert (partner_id, status) == (beta, "sent")
    second = handoff_row(services, second_id)
    assert restored(second.why).startswith(
        "Re-routed after Alpha Voice let its 24 h acceptance SLA run out."
    )
    assert second.deadline_at == clock.now() + timedelta(hours=48)
    assert factory.get_lead(lead_id).status == "handed_off"
    with services.db.unit_of_work(write=False) as uow:
        breach = uow.session.execute(
            select(AuditEntry.reason).where(AuditEntry.action == "handoff.expired")
        ).scalar_one()
    assert breach == "Alpha Voice did not answer within its acceptance SLA"

    # Sweeping again changes nothing.
    again = services.sla.sweep(rep)
    assert (again.expired, again.rerouted) == (0, 0)
    assert len(handoffs_of(services, lead_id)) == 2


def test_the_expired_partner_counts_as_declined(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    alpha = add_partner(services, "Alpha Voice", sla_hours=24)
    beta = add_partner(services, "Beta Voice", sla_hours=24)
    lead_id = sales_ready_lead(factory, rep)
    services.routing.route(rep, lead_id)
    clock.advance(timedelta(hours=24))
    services.sla.sweep(rep)
    clock.advance(timedelta(hours=24))
    result = services.sla.sweep(rep)

    # Both let it expire: nobody is left, and the lead waits for routing.
    assert (result.expired, result.rerouted, result.waiting) == (1, 0, 1)
    assert [(p, s) for _, p, s in handoffs_of(services, lead_id)] == [
        (alpha, "expired"),
        (beta, "expired"),
    ]
    assert factory.get_lead(lead_id).status == "sales_ready"
    proposal = services.routing.propose(rep, lead_id)
    assert proposal.proposed is None
    reasons = {e.name: e.reasons for e in proposal.excluded}
    assert reasons["Alpha Voice"][0].startswith("let its acceptance SLA run out on this lead")

    # A new partner joins: the next sweep routes the waiting lead to it.
    gamma = add_partner(services, "Gamma Voice")
    result = services.sla.sweep(rep)
    assert result.rerouted == 1
    assert handoffs_of(services, lead_id)[-1][1:] == (gamma, "sent")
    assert services.sla.sweep(rep).rerouted == 0


def test_accepted_handoffs_do_not_expire(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice", sla_hours=24)
    add_partner(services, "Beta Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    clock.advance(timedelta(hours=3))
    services.handoffs.record_feedback(sam, handoff.id, "accepted")
    clock.advance(timedelta(days=3))
    assert services.sla.sweep(rep).expired == 0
    assert handoff_row(services, handoff.id).status == "accepted"
