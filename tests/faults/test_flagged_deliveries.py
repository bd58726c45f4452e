"""A person resolves a delivery whose outcome stayed unknown after every automatic retry:
"delivered" (the partner has it, the SLA starts) or "send again" (one more try, same
Message-ID, flagged again at once if that goes unconfirmed too). Audited; CLI and service."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.partner_directory import PartnerDraft, RepDraft
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.domain.text import restored
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.settings import Settings
from tests.faults.test_mail_faults import STALL_SECONDS, mail_services
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_events, handoff_row, sales_ready_lead
from tests.support.smtp import OK, REFUSE, STORE_THEN_STALL, SmtpServer

pytestmark = pytest.mark.slow


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


def flagged_handoff(
    services: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock, rep: Actor
) -> int:
    """A handoff whose two sends were both stored by the server and never confirmed."""
    add_partner(services, "West Coast Voice")
    smtp.inbox.mode = STORE_THEN_STALL
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    clock.advance(timedelta(hours=13))
    services.sla.sweep(rep)
    assert [f.handoff_id for f in services.delivery.flagged()] == [handoff.id]
    assert len(smtp.inbox.messages) == 2
    return handoff.id


def audit_actions(services: Services, handoff_id: int) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "handoff", AuditEntry.entity_id == str(handoff_id))
                .order_by(AuditEntry.id)
            ).scalars()
        )


def test_delivered_marks_it_sent_and_starts_the_sla_without_sending_again(
    mailing: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    handoff_id = flagged_handoff(mailing, factory, smtp, clock, rep)

    with pytest.raises(PermissionDenied):
        mailing.delivery.resolve_flagged(rep, handoff_id, "delivered")
    with pytest.raises(InvalidInput, match="'delivered' or 'send-again'"):
        mailing.delivery.resolve_flagged(sam, handoff_id, "maybe")
    outcome = mailing.delivery.resolve_flagged(sam, handoff_id, "delivered", "partner has it")

    assert outcome.delivered
    row = handoff_row(mailing, handoff_id)
    assert row.status == "sent" and row.delivery_flagged_at is None
    assert row.sent_at == clock.now() and row.deadline_at is not None
    assert row.deadline_at > clock.now()
    assert mailing.delivery.flagged() == []
    assert audit_actions(mailing, handoff_id)[-1] == "handoff.delivery_confirmed"
    assert "partner has it" in handoff_events(mailing, handoff_id)[-1].note
    # Nothing more reaches the partner: not from the decision, not from later sweeps.
    smtp.inbox.mode = OK
    clock.advance(timedelta(hours=1))
    assert mailing.sla.sweep(rep).delivered == 0
    assert len(smtp.inbox.messages) == 2
    with pytest.raises(Conflict, match="delivered already"):
        mailing.delivery.resolve_flagged(sam, handoff_id, "send-again")


def test_send_again_tries_once_more_with_the_same_message_id(
    mailing: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    handoff_id = flagged_handoff(mailing, factory, smtp, clock, rep)
    smtp.inbox.mode = OK

    outcome = mailing.delivery.resolve_flagged(sam, handoff_id, "send-again")

    assert outcome.delivered and outcome.sent_now
    ids = smtp.inbox.message_ids()
    assert len(ids) == 3 and len(set(ids)) == 1
    row = handoff_row(mailing, handoff_id)
    assert row.status == "sent" and row.message_id == ids[0]
    assert audit_actions(mailing, handoff_id)[-3:] == [
        "handoff.delivery_resend",
        "handoff.delivery_started",
        "handoff.delivered",
    ]
    assert mailing.sla.sweep(rep).delivered == 0
    assert len(smtp.inbox.messages) == 3


def test_send_again_that_goes_unconfirmed_is_flagged_again_at_once(
    mailing: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    handoff_id = flagged_handoff(mailing, factory, smtp, clock, rep)

    outcome = mailing.delivery.resolve_flagged(sam, handoff_id, "send-again")

    assert not outcome.delivered and "waiting for a person" in outcome.problem
    assert len(smtp.inbox.messages) == 3
    [flagged] = mailing.delivery.flagged()
    assert (flagged.handoff_id, flagged.attempts) == (handoff_id, 3)
    # No automatic retry after the back-off: the person decides again.
    smtp.inbox.mode = OK
    clock.advance(timedelta(days=3))
    assert mailing.sla.sweep(rep).delivered == 0
    assert len(smtp.inbox.messages) == 3


def test_the_cli_lists_flagged_deliveries_and_resolves_them(
    mailing: Services,
    factory: Factory,
    smtp: SmtpServer,
    clock: ManualClock,
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    rep = factory.user("rita.rep")
    handoff_id = flagged_handoff(mailing, factory, smtp, clock, rep)
    message_id = handoff_row(mailing, handoff_id).message_id

    assert admin_main(["--db", database_url, "sla", "flagged"]) == 0
    text = capsys.readouterr().out
    assert str(message_id) in text and "West Coast Voice" in text
    assert admin_main(["--db", database_url, "sla", "flagged", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["handoff_id"], listed["message_id"], listed["attempts"]) == (
        handoff_id,
        message_id,
        2,
    )

    with pytest.raises(SystemExit) as usage:
        admin_main(["--db", database_url, "sla", "resolve", str(handoff_id), "maybe"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "invalid choice" in err
    assert handoff_row(mailing, handoff_id).delivery_flagged_at is not None

    argv = ["--db", database_url, "sla", "resolve", str(handoff_id), "delivered"]
    assert admin_main([*argv, "--note", "seen in their CRM"]) == 0
    assert "marked delivered" in capsys.readouterr().out
    assert handoff_row(mailing, handoff_id).status == "sent"
    assert admin_main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "delivered already" in err
    assert admin_main(["--db", database_url, "sla", "flagged"]) == 0
    assert "no delivery waits for a person" in capsys.readouterr().out


def test_a_refused_address_waits_for_a_person_who_corrects_it_and_sends_again(
    mailing: Services,
    factory: Factory,
    smtp: SmtpServer,
    clock: ManualClock,
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    partner_id = add_partner(mailing, "West Coast Voice")
    smtp.inbox.unknown_addresses = {"rep0@westcoastvoice.example"}  # the rep left
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    assert handoff.status == "pending"

    # Not tried again and again by every sweep for good: a person is told at once.
    [flagged] = mailing.delivery.flagged(sam)
    assert (flagged.handoff_id, flagged.why) == (handoff.id, "refused")
    assert "address was refused" in handoff_events(mailing, handoff.id)[-1].note
    clock.advance(timedelta(hours=1))
    assert mailing.sla.sweep(rep).delivery_failed == 0
    assert handoff_row(mailing, handoff.id).delivery_attempts == 1
    assert admin_main(["--db", database_url, "sla", "flagged"]) == 0
    assert "address refused" in capsys.readouterr().out

    # The directory gets the partner's new rep; sent again, the lead reaches them.
    partner = next(p for p in mailing.partners.list_partners(sam) if p.id == partner_id)
    mailing.partners.save(
        sam,
        PartnerDraft(
            name=partner.name,
            countries=partner.countries,
            reps=(RepDraft("Dana New", "dana@westcoastvoice.example"),),
        ),
        partner_id,
        partner.version,
    )
    outcome = mailing.delivery.resolve_flagged(sam, handoff.id, "send-again", "new rep")
    assert outcome.delivered
    [sent] = smtp.inbox.messages
    assert sent["To"] == "Dana New <dana@westcoastvoice.example>"
    assert handoff_row(mailing, handoff.id).status == "sent"
    assert mailing.delivery.flagged(sam) == []


def test_a_message_refused_for_good_waits_for_a_person_at_once_who_sends_it_again(
    mailing: Services,
    factory: Factory,
    smtp: SmtpServer,
    clock: ManualClock,
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(mailing, "West Coast Voice")
    smtp.inbox.refusal = "554 5.7.1 rejected as spam"
    smtp.inbox.mode = REFUSE
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    assert handoff.status == "pending"

    # Was: every sweep made a new attempt of 2 tries, all "answered 554", and the handoff
    # waited for nobody. Now the server's answer is its last word: asked once, flagged at once.
    assert len(smtp.inbox.refused) == 1
    [flagged] = mailing.delivery.flagged(sam)
    assert (flagged.handoff_id, flagged.why) == (handoff.id, "message_refused")
    assert flagged.problem == (
        "the SMTP server refused the message for good (554 5.7.1 rejected as spam)"
    )
    notes = [restored(e.note) for e in handoff_events(mailing, handoff.id)[-2:]]
    assert "refused it for good" in notes[0] and "for a retry" not in notes[0]
    assert notes[1].startswith("the mail server refused the message for good: waiting for")
    assert "554 5.7.1 rejected as spam" in notes[1]
    assert audit_actions(mailing, handoff.id)[-2:] == [
        "handoff.delivery_failed",
        "handoff.delivery_flagged",
    ]
    for _ in range(6):
        clock.advance(timedelta(minutes=10))
        assert mailing.sla.sweep(rep).delivery_failed == 0
    assert len(smtp.inbox.refused) == 1
    assert handoff_row(mailing, handoff.id).delivery_attempts == 1
    assert admin_main(["--db", database_url, "sla", "flagged"]) == 0
    said = capsys.readouterr().out
    assert "message refused by the mail server" in said
    assert f"handoff {handoff.id}: the SMTP server refused the message for good (554" in said
    assert "have it let through" in said
    assert admin_main(["--db", database_url, "sla", "flagged", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["why"], listed["problem"]) == ("message_refused", flagged.problem)

    # Refused again after a person's "send again": flagged again at once, not retried.
    outcome = mailing.delivery.resolve_flagged(sam, handoff.id, "send-again", "asked them")
    assert not outcome.delivered and "waiting for a person" in outcome.problem
    assert len(smtp.inbox.refused) == 2
    assert [f.why for f in mailing.delivery.flagged(sam)] == ["message_refused"]

    # The partner lets the center's mail through: sent again, the lead reaches them once.
    smtp.inbox.mode = OK
    outcome = mailing.delivery.resolve_flagged(sam, handoff.id, "send-again", "allowed now")
    assert outcome.delivered and outcome.sent_now
    [sent] = smtp.inbox.messages
    row = handoff_row(mailing, handoff.id)
    assert row.status == "sent" and row.deadline_at is not None
    assert sent["Message-ID"] == row.message_id == smtp.inbox.refused[0]["Message-ID"]
    assert mailing.delivery.flagged(sam) == []
    assert mailing.sla.sweep(rep).delivered == 0
    assert len(smtp.inbox.messages) == 1


def test_a_refused_sender_waits_for_a_person_who_marks_it_delivered(
    mailing: Services, factory: Factory, smtp: SmtpServer, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(mailing, "West Coast Voice")
    smtp.inbox.sender_refusal = "550 5.7.1 sender not allowed to relay"
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))

    assert smtp.inbox.senders_refused == 1
    [flagged] = mailing.delivery.flagged(sam)
    assert flagged.why == "message_refused"
    assert "sender address for good (550 5.7.1 sender not allowed to relay)" in flagged.problem
    clock.advance(timedelta(minutes=10))
    mailing.sla.sweep(rep)
    assert smtp.inbox.senders_refused == 1

    # Given to the partner another way: the person marks it delivered, the SLA starts.
    outcome = mailing.delivery.resolve_flagged(sam, handoff.id, "delivered", "phoned it in")
    assert outcome.delivered
    assert handoff_row(mailing, handoff.id).status == "sent"
    assert mailing.delivery.flagged(sam) == []


def test_a_channel_manager_sees_and_decides_the_flagged_deliveries_of_their_partners_only(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    factory.user("carla.channel", Role.REP, team=None, queues=())
    mailing.partners.set_channel_manager(OPERATOR, "carla.channel")
    carla = mailing.accounts.actor_for("carla.channel")
    add_partner(mailing, "West Coast Voice", countries=("DE",))
    smtp.inbox.unknown_addresses = {"rep0@westcoastvoice.example"}
    other = mailing.routing.route(rep, sales_ready_lead(factory, rep, country="DE"))
    assert [f.handoff_id for f in mailing.delivery.flagged(OPERATOR)] == [other.id]

    # Another partner's, as row-level security hides it on PostgreSQL: on SQLite too.
    assert mailing.delivery.flagged(carla) == []
    with pytest.raises(NotFound):
        mailing.delivery.resolve_flagged(carla, other.id, "delivered")
    assert handoff_row(mailing, other.id).status == "pending"
