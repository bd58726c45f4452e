"""A partner rep's address as the directory takes it reaches that rep, and only that rep: a
name with a comma, a domain in another script; an address no mail server can be given
waits for a person without holding up the rest of the sweep (real SMTP on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.partner_directory import PartnerDraft, RepDraft
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.database import Database
from qualifier_app.settings import MailSettings, Settings
from tests.support.factories import Factory
from tests.support.partners import handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mailing(settings: Settings, clock: ManualClock, smtp: SmtpServer) -> Iterator[Services]:
    configured = replace(
        settings,
        mail=MailSettings(
            host="127.0.0.1",
            port=smtp.port,
            security="none",
            sender="Qualifying Center <qc@center.example>",
            retry_seconds=0,
            timeout_seconds=5,
        ),
    )
    services = build(configured, clock, db=Database.from_url(settings.database_url))
    yield services
    services.close()


def partner_with_rep(services: Services, name: str, country: str, rep: RepDraft) -> int:
    return services.partners.save(
        OPERATOR, PartnerDraft(name=name, countries=[country], reps=(rep,))
    ).id


def test_a_rep_whose_name_has_a_comma_is_the_only_recipient(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    partner_with_rep(mailing, "Nippon Voice", "US", RepDraft("Tanaka, Hiro", "hiro@nippon.example"))

    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))

    assert handoff_row(mailing, handoff.id).status == "sent"
    assert smtp.inbox.envelopes == [["hiro@nippon.example"]]
    [message] = smtp.inbox.messages
    assert message["To"] == '"Tanaka, Hiro" <hiro@nippon.example>'


def test_a_domain_in_another_script_is_sent_in_its_ascii_form(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    partner_with_rep(
        mailing, "Lumière Télécom", "US", RepDraft("Alex Morgan", "alex@lumièretélécom.example")
    )

    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))

    assert handoff_row(mailing, handoff.id).status == "sent"
    assert smtp.inbox.envelopes == [["alex@xn--lumiretlcom-19aqb.example"]]
    assert smtp.inbox.messages[0]["To"] == "Alex Morgan <alex@xn--lumiretlcom-19aqb.example>"


def test_an_address_no_server_can_be_given_waits_for_a_person_and_the_sweep_goes_on(
    mailing: Services, factory: Factory, smtp: SmtpServer
) -> None:
    rep = factory.user("rita.rep")
    partner_with_rep(mailing, "Rhein Voice", "DE", RepDraft("Jürgen", "jürgen@rhein.example"))
    partner_with_rep(mailing, "West Voice", "US", RepDraft("Ann", "ann@west.example"))
    smtp.stop()  # routing leaves both for the sweep
    stuck = mailing.routing.route(rep, sales_ready_lead(factory, rep, country="DE", region=""))
    going = mailing.routing.route(rep, sales_ready_lead(factory, rep))
    smtp.start()

    swept = mailing.sla.sweep(rep)

    assert swept.delivered == 1
    assert handoff_row(mailing, going.id).status == "sent"
    assert smtp.inbox.envelopes == [["ann@west.example"]]
    row = handoff_row(mailing, stuck.id)
    assert row.status == "pending" and row.delivery_flagged_at is not None
    [flagged] = mailing.delivery.flagged()
    assert flagged.handoff_id == stuck.id
