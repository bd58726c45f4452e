"""Handoff packages by e-mail to a real SMTP server on loopback, exactly once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import keyring
import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.integrations.mail import KEYRING_SERVICE
from qualifier_app.persistence.database import Database
from qualifier_app.settings import MailSettings, Settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_events, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def mail_services(
    settings: Settings, clock: ManualClock, server: SmtpServer, **mail: Any
) -> Services:
    configured = replace(
        settings,
        mail=MailSettings(
            host="127.0.0.1",
            port=server.port,
            security="none",
            sender="Qualifying Center <qc@center.example>",
            attempts=2,
            retry_seconds=0,
            timeout_seconds=5,
            **mail,
        ),
    )
    return build(configured, clock, db=Database.from_url(settings.database_url))


@pytest.fixture
def mailing(settings: Settings, clock: ManualClock, smtp: SmtpServer) -> Iterator[Services]:
    services = mail_services(settings, clock, smtp)
    yield services
    services.close()


def test_handoff_is_e_mailed_to_the_partner_rep(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice", sla_hours=24)
    lead_id = sales_ready_lead(factory, rep, company="Acme Corp")

    handoff = mailing.routing.route(rep, lead_id, request_id="0b7a6d1e-1111-4c3e-9a65-000000000001")

    assert handoff.status == "sent"
    assert handoff.delivery_channel == "smtp"
    [message] = smtp.inbox.messages
    assert message["Message-ID"] == (
        f"<handoff-{handoff.id}.0b7a6d1e-1111-4c3e-9a65-000000000001@center.example>"
    )
    assert handoff_row(mailing, handoff.id).message_id == message["Message-ID"]
    assert message["To"] == "Rep 0 of West Coast Voice <rep0@westcoastvoice.example>"
    assert message["Subject"] == f"Sales-ready lead {handoff.id}: Acme Corp (grade A)"
    body, attachment = [part for part in message.walk() if not part.is_multipart()]
    text = body.get_payload(decode=True).decode("utf-8")
    assert "Please accept or reject it by 2026-11-25 15:00 UTC" in text
    assert "[N] How would you describe the need?: Defined project with requirements" in text
    assert "Qualified by Rita.Rep" in text
    assert "Wants a demo before Christmas" in text
    package = json.loads(attachment.get_payload(decode=True))
    assert package["handoff_id"] == handoff.id
    assert not list(mailing.settings.outbox_dir.glob("*.eml"))


def test_server_down_then_back_delivers_exactly_once(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    lead_id = sales_ready_lead(factory, rep)
    smtp.stop()

    handoff = mailing.routing.route(rep, lead_id)

    assert handoff.status == "pending"
    assert handoff.delivered_at is None
    assert handoff.delivery_attempts == 1
    outbox = mailing.settings.outbox_dir
    assert (outbox / f"handoff-{handoff.id:08d}.eml").exists()
    assert (outbox / f"handoff-{handoff.id:08d}.json").exists()
    failed = handoff_events(mailing, handoff.id)[-1]
    assert failed.data == {"delivery": "failed"}
    assert "cannot reach the SMTP server" in failed.note
    # Still down: the sweep tries again and keeps it waiting.
    assert mailing.sla.sweep(rep).delivery_failed == 1
    assert handoff_row(mailing, handoff.id).delivery_attempts == 2

    smtp.start()
    result = mailing.sla.sweep(rep)
    assert result.delivered == 1
    again = mailing.sla.sweep(rep)
    assert again.delivered == 0
    assert mailing.delivery.deliver(handoff.id).delivered

    assert len(smtp.inbox.messages) == 1
    sent = handoff_row(mailing, handoff.id)
    assert (sent.status, sent.delivery_channel) == ("sent", "smtp")
    assert sent.sent_at == mailing.clock.now()
    assert sent.deadline_at == sent.sent_at + timedelta(hours=24)
    assert not (outbox / f"handoff-{handoff.id:08d}.eml").exists()
    assert (outbox / "sent" / f"handoff-{handoff.id:08d}.eml").exists()


def test_without_a_mail_server_handoffs_await_delivery_until_smtp_is_configured(
    services: Services, settings: Settings, clock: ManualClock, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "West Coast Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    outbox = services.settings.outbox_dir
    eml = outbox / f"handoff-{handoff.id:08d}.eml"

    assert handoff.status_text == "awaiting delivery: no mail server configured, SLA not started"
    assert eml.exists()
    parked = handoff_events(services, handoff.id)[-1]
    assert parked.data == {"delivery": "awaiting"}
    assert "SLA starts when it is e-mailed" in parked.note

    # Days go by: nothing reached the partner, so nothing is reminded or expires, and the
    # sweeps leave the parked handoff alone (no new attempt, event or audit row).
    clock.advance(timedelta(days=3))
    for _ in range(2):
        result = services.sla.sweep(rep)
        assert (result.awaiting_delivery, result.reminded, result.expired) == (1, 0, 0)
    row = handoff_row(services, handoff.id)
    assert (row.status, row.sent_at, row.deadline_at, row.delivery_attempts) == (
        "pending",
        None,
        None,
        0,
    )
    assert len(handoff_events(services, handoff.id)) == 2  # created, awaiting

    # SMTP is configured later: the next sweep e-mails it and the SLA starts then.
    clock.advance(timedelta(hours=5))
    mailing = mail_services(settings, clock, smtp)
    try:
        assert mailing.sla.sweep(rep).delivered == 1
        assert mailing.sla.sweep(rep).delivered == 0
        sent = handoff_row(mailing, handoff.id)
        assert (sent.status, sent.delivery_channel) == ("sent", "smtp")
        assert sent.sent_at == clock.now()
        assert sent.deadline_at == clock.now() + timedelta(hours=24)
        [message] = smtp.inbox.messages
        assert message["Message-ID"] == sent.message_id
        assert not eml.exists()
        assert f"by {sent.deadline_at:%Y-%m-%d %H:%M}" in (outbox / "sent" / eml.name).read_text(
            "utf-8"
        )
    finally:
        mailing.close()


def test_a_handoff_whose_lead_went_do_not_call_before_it_was_sent_is_never_sent(
    services: Services, settings: Settings, clock: ManualClock, factory: Factory, smtp: SmtpServer
) -> None:
    """Routed while no mail server was set, then the prospect asked never to be called: the
    package waited in the outbox and went to the partner once SMTP was configured."""
    rep = factory.user("rita.rep")
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    add_partner(services, "West Coast Voice", sla_hours=24)
    lead_id = sales_ready_lead(factory, rep)
    handoff = services.routing.route(rep, lead_id)
    phone = factory.get_lead(lead_id).phone_e164
    services.do_not_call.add(admin, phone=phone, reason="asked never to be called")
    assert factory.get_lead(lead_id).status == "do_not_call"
    mailing = mail_services(settings, clock, smtp)
    try:
        dropped = (
            "not sent: the lead went do-not-call after it was routed; the partner must not have it"
        )
        outcome = mailing.delivery.deliver(handoff.id)  # the sweep's attempt
        assert (outcome.delivered, outcome.problem) == (False, dropped)
        # Said as such to the person, not as an e-mail that may have reached the partner.
        assert [(item.handoff_id, item.why) for item in mailing.delivery.flagged(admin)] == [
            (handoff.id, "do_not_call")
        ]
        # A person's "send again" meets the same refusal, and it stays with the flagged.
        again = mailing.delivery.resolve_flagged(admin, handoff.id, "send-again", "checked")
        assert (again.delivered, again.problem) == (False, dropped)
        assert [item.handoff_id for item in mailing.delivery.flagged(admin)] == [handoff.id]
        assert smtp.inbox.messages == []
        assert handoff_row(mailing, handoff.id).status == "pending"
    finally:
        mailing.close()


def test_delivering_twice_sends_once(mailing: Services, factory: Factory, smtp: SmtpServer) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    for _ in range(3):
        outcome = mailing.delivery.deliver(handoff.id)
        assert outcome.delivered and outcome.channel == "smtp"
    assert mailing.sla.sweep(rep).delivered == 0
    assert smtp.inbox.message_ids() == [handoff_row(mailing, handoff.id).message_id]


def test_a_delivery_in_progress_elsewhere_is_not_started_again(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    add_partner(mailing, "West Coast Voice")
    smtp.stop()
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    smtp.start()
    # Another workstation claimed the delivery a moment ago and is still sending.
    claimed = mailing.delivery._claim(handoff.id)
    assert isinstance(claimed, tuple)
    outcome = mailing.delivery.deliver(handoff.id)
    assert not outcome.delivered
    assert outcome.problem == "being delivered elsewhere"
    assert smtp.inbox.messages == []


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def test_smtp_password_comes_from_the_os_keyring(
    settings: Settings, clock: ManualClock, factory: Factory
) -> None:
    seen: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        assert isinstance(data, LoginPassword)
        seen.append((data.login, data.password))
        return AuthResult(success=data.password == b"s3cret-from-keyring")

    server = SmtpServer(authenticator=authenticator)
    server.start()
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    services = mail_services(settings, clock, server, user="qualifier")
    try:
        rep = factory.user("rita.rep")
        add_partner(services, "West Coast Voice")
        lead_id = sales_ready_lead(factory, rep)
        # No password in the keyring yet: kept in the outbox, with a plain reason.
        waiting = services.routing.route(rep, lead_id)
        assert waiting.status == "pending"
        note = handoff_events(services, waiting.id)[-1].note
        assert "no SMTP password in the OS keyring" in note
        memory.set_password(KEYRING_SERVICE, "qualifier@127.0.0.1", "s3cret-from-keyring")
        assert services.sla.sweep(rep).delivered == 1
        assert seen[-1] == (b"qualifier", b"s3cret-from-keyring")
        assert len(server.inbox.messages) == 1
    finally:
        keyring.set_keyring(previous)
        services.close()
        server.stop()
