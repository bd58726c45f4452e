"""Mail under faults, with a real SMTP server on loopback: no partner e-mail twice blindly,
every handoff delivered or in a person's hands, one sweeper at a time, true counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.integrations.mail import MailUnavailable, SmtpMailer, compose_handoff
from qualifier_app.persistence.database import Database
from qualifier_app.services.partners.dto import SweepResult
from qualifier_app.services.partners.sweep_lease import SweepLease
from qualifier_app.settings import MailSettings, Settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_events, handoff_row, sales_ready_lead
from tests.support.smtp import (
    OK,
    REFUSE,
    STORE_THEN_STALL,
    SilentServer,
    SlowServer,
    SmtpServer,
)

pytestmark = pytest.mark.slow


# Long enough that a busy machine still gets through the greeting, EHLO and the message
# itself, so the only wait that runs out is the stalled reply to DATA (1.5 s was not, once,
# in a full run at load 10); a stalling server waits longer than that.
REPLY_WAIT_SECONDS = 4.0
STALL_SECONDS = REPLY_WAIT_SECONDS + 1.0


def mail_services(settings: Settings, clock: ManualClock, port: int, attempts: int = 2) -> Services:
    configured = replace(
        settings,
        mail=MailSettings(
            host="127.0.0.1",
            port=port,
            security="none",
            sender="Qualifying Center <qc@center.example>",
            attempts=attempts,
            retry_seconds=0,
            timeout_seconds=REPLY_WAIT_SECONDS,
            unknown_retry_hours=12,
            unknown_retries=1,
        ),
    )
    return build(configured, clock, db=Database.from_url(settings.database_url))


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.inbox.stall_seconds = STALL_SECONDS
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mailing(settings: Settings, clock: ManualClock, smtp: SmtpServer) -> Iterator[Services]:
    services = mail_services(settings, clock, smtp.port)
    yield services
    services.close()


def test_a_server_that_stores_then_times_out_gets_the_message_at_most_twice_then_a_person_decides(
    mailing: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    smtp.inbox.mode = STORE_THEN_STALL

    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))

    assert handoff.status == "pending"
    assert len(smtp.inbox.messages) == 1
    assert handoff_events(mailing, handoff.id)[-1].data == {"delivery": "unknown"}
    # Sweeps within the back-off never resend, however many workstations run them.
    for _ in range(3):
        clock.advance(timedelta(minutes=5))
        assert mailing.sla.sweep(rep).delivered == 0
    assert len(smtp.inbox.messages) == 1

    clock.advance(timedelta(hours=12))
    result = mailing.sla.sweep(rep)
    assert (result.delivered, result.delivery_failed) == (0, 1)
    for _ in range(3):
        clock.advance(timedelta(hours=13))
        mailing.sla.sweep(rep)

    ids = smtp.inbox.message_ids()
    assert len(ids) == 2 and len(set(ids)) == 1  # one resend, with the same Message-ID
    row = handoff_row(mailing, handoff.id)
    assert ids[0] == row.message_id
    assert row.delivery_flagged_at is not None and row.delivered_at is None
    [flagged] = mailing.delivery.flagged()
    assert (flagged.handoff_id, flagged.message_id, flagged.attempts) == (handoff.id, ids[0], 2)
    assert "waiting for a person" in handoff_events(mailing, handoff.id)[-1].note


def test_a_send_whose_record_was_lost_is_not_resent_before_the_back_off(
    mailing: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    smtp.stop()
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    smtp.start()
    # A workstation claims and sends, then dies before recording the outcome.
    claimed = mailing.delivery._claim(handoff.id)
    assert isinstance(claimed, tuple)
    msg_id, _, package = claimed
    mailing.delivery._mailer.send(compose_handoff(package, "qc@center.example", msg_id))
    assert len(smtp.inbox.messages) == 1

    clock.advance(timedelta(minutes=30))
    assert mailing.sla.sweep(rep).delivered == 0
    assert len(smtp.inbox.messages) == 1

    clock.advance(timedelta(hours=12))
    assert mailing.sla.sweep(rep).delivered == 1
    assert mailing.sla.sweep(rep).delivered == 0
    assert smtp.inbox.message_ids() == [msg_id, msg_id]
    assert handoff_row(mailing, handoff.id).status == "sent"


def test_a_refusal_is_retried_by_the_next_sweep_and_delivered_once(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    smtp.inbox.mode = REFUSE
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    assert handoff.status == "pending"
    assert "answered 451" in handoff_events(mailing, handoff.id)[-1].note

    smtp.inbox.mode = OK
    assert mailing.sla.sweep(rep).delivered == 1
    assert mailing.sla.sweep(rep).delivered == 0
    assert smtp.inbox.message_ids() == [handoff_row(mailing, handoff.id).message_id]


def test_a_5xx_at_data_or_mail_from_is_the_servers_last_word_and_a_4xx_is_tried_again(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    smtp.stop()
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    smtp.start()
    package = mailing.delivery.package(handoff.id)
    message = compose_handoff(package, "qc@center.example", "<one@center.example>")
    mailer = SmtpMailer(replace(mailing.settings.mail, attempts=3))
    smtp.inbox.mode = REFUSE

    # Was: asked again within the send, and again by every sweep, "answered 554" each time.
    smtp.inbox.refusal = "554 5.7.1 rejected as spam"
    with pytest.raises(MailUnavailable) as data:
        mailer.send(message)
    assert len(smtp.inbox.refused) == 1
    assert type(data.value).__name__ == "MessageRefused"
    assert data.value.lasting and not data.value.timed_out
    assert str(data.value) == (
        "the SMTP server refused the message for good (554 5.7.1 rejected as spam)"
    )

    smtp.inbox.sender_refusal = "553 5.7.1 <qc@center.example>: sender not allowed"
    with pytest.raises(MailUnavailable) as sender:
        mailer.send(message)
    assert smtp.inbox.senders_refused == 1
    assert type(sender.value).__name__ == "MessageRefused"
    # What the server said, without the address it quoted.
    assert str(sender.value) == (
        "the SMTP server refused the center's sender address for good "
        "(553 5.7.1 <address>: sender not allowed)"
    )

    smtp.inbox.sender_refusal = ""
    smtp.inbox.refusal = "451 4.3.0 try again later"
    with pytest.raises(MailUnavailable) as busy:
        mailer.send(message)
    assert type(busy.value) is MailUnavailable and not busy.value.lasting
    assert str(busy.value) == "the SMTP server answered 451 after 3 tries"
    assert len(smtp.inbox.refused) == 1 + 3
    assert smtp.inbox.messages == []


def test_route_pending_never_waits_for_a_hung_server_and_the_sweep_asks_it_once(
    settings: Settings, clock: ManualClock, factory: Factory
) -> None:
    silent = SilentServer()
    services = mail_services(settings, clock, silent.port)
    try:
        rep = factory.user("rita.rep")
        add_partner(services, "West Coast Voice", capacity_open=None)
        leads = [sales_ready_lead(factory, rep) for _ in range(4)]

        result = services.routing.route_pending(rep)

        # Routing committed every handoff without opening a single connection to SMTP.
        assert silent.connections == 0
        assert len(result.routed) == 4
        assert (result.delivered, result.delivery_failed, result.queued) == (0, 0, 4)
        handoffs = [r.handoff_id or 0 for r in result.routed]
        for handoff_id in handoffs:
            row = handoff_row(services, handoff_id)
            assert row.status == "pending" and row.lead_id in leads
            assert row.delivery_attempts == 0

        # The outbox sweep delivers later: it waits for the hung server once, not once
        # per lead, and keeps every package in the outbox for the next sweep.
        swept = services.sla.sweep(rep)
        assert (swept.delivered, swept.delivery_failed) == (0, 4)
        assert silent.connections == 1
        for handoff_id in handoffs:
            assert handoff_row(services, handoff_id).status == "pending"
            assert (services.settings.outbox_dir / f"handoff-{handoff_id:08d}.eml").exists()
    finally:
        services.close()
        silent.stop()


def test_a_slow_server_holds_the_rep_up_for_one_attempt_and_the_sweep_asks_it_once(
    settings: Settings, clock: ManualClock, factory: Factory
) -> None:
    # Every reply in time for the per-step timeout, but the whole conversation is not:
    # the attempt's deadline (the timeout, by default) ends it before DATA.
    slow = SlowServer(delay=REPLY_WAIT_SECONDS * 0.4)
    services = mail_services(settings, clock, slow.port, attempts=3)
    try:
        rep = factory.user("rita.rep")
        add_partner(services, "West Coast Voice", capacity_open=None)

        handoff = services.routing.route(rep, sales_ready_lead(factory, rep))

        # One conversation cut short, not three tries at the slow server's pace.
        assert slow.conversations == 1 and slow.message_ids == []
        assert handoff.status == "pending"
        assert handoff_events(services, handoff.id)[-1].data == {"delivery": "failed"}
        others = [services.routing.route(rep, sales_ready_lead(factory, rep)) for _ in range(2)]
        swept = services.sla.sweep(rep)
        # The server was slow a moment ago: neither routing nor the sweep pays for it again.
        assert slow.conversations == 1
        assert (swept.delivered, swept.delivery_failed) == (0, 3)

        slow.delay, slow.final = 0, "250 OK"
        clock.advance(timedelta(minutes=5))
        assert services.sla.sweep(rep).delivered == 3
        assert services.sla.sweep(rep).delivered == 0
        sent = {h.id: handoff_row(services, h.id).message_id for h in [handoff, *others]}
        assert sorted(slow.message_ids) == sorted(sent.values())  # each once, its own ID
    finally:
        services.close()
        slow.stop()


def test_one_sweeper_at_a_time_and_its_counts_are_the_truth(
    settings: Settings, clock: ManualClock, factory: Factory, smtp: SmtpServer
) -> None:
    first = mail_services(settings, clock, smtp.port)
    second = mail_services(settings, clock, smtp.port)
    try:
        rep = factory.user("rita.rep")
        add_partner(first, "West Coast Voice")
        smtp.stop()
        for _ in range(3):
            first.routing.route(rep, sales_ready_lead(factory, rep))
        smtp.start()

        lease = SweepLease(second.db, "sla-sweep", 15)
        with lease.held() as mine:
            assert mine
            # Another workstation is sweeping: this one does nothing at all.
            assert first.sla.sweep(rep) == SweepResult(0, 0, 0, 0, 0, 0)
            assert smtp.inbox.messages == []
        results: list[Any] = [first.sla.sweep(rep), second.sla.sweep(rep), first.sla.sweep(rep)]
        assert sum(r.delivered for r in results) == 3 == len(smtp.inbox.messages)
        assert len(set(smtp.inbox.message_ids())) == 3
    finally:
        first.close()
        second.close()
