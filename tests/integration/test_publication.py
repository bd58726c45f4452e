"""The weekly publication on both databases, with a real SMTP server on loopback: one mail per
recipient however often it runs, a dry run sends nothing, the XLSX reads back with the right
figures, without a mail server the scorecards wait in the outbox, and the schedule publishes
once."""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period, midnight
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, Partner, Publication
from qualifier_app.services.reports import publication
from qualifier_app.services.reports.dto import ReportFilters
from qualifier_app.services.reports.publication import (
    ALREADY,
    OUTBOX,
    REFUSED,
    RETRY,
    SMTP,
    PublicationService,
)
from qualifier_app.services.reports.publication_cards import Week, by_manager, weights
from qualifier_app.services.reports.publication_drill import week_period
from qualifier_app.services.reports.status_kpis import status_kpis
from qualifier_app.settings import PublicationSettings, Settings, load_settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, sales_ready_lead
from tests.support.smtp import OK, REFUSE, SmtpServer, with_mail_server

WEEK = "2026-W50"  # 7 to 13 December; the handoffs were sent on 24 November
PUBLISHING = PublicationSettings(
    manager_address="{login}@center.example", supervisors="sup@center.example"
)


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return replace(with_mail_server(settings, smtp_server), publication=PUBLISHING)


def scorecards(server: SmtpServer) -> list[Message]:
    return [m for m in server.inbox.messages if m["X-Qualifier-Scorecard"]]


def history(services: Services, factory: Factory, clock: ManualClock) -> dict[str, Any]:
    """Two partners under one channel manager, a lead handed to each on 24 November; on
    10 December Alpha reports its lead accepted (5,000 pipeline), Beta never reports."""
    rep = factory.user("rita.rep")
    sup = factory.user("sam.super", Role.SUPERVISOR, team=None, queues=())
    factory.user("carla.channel", Role.REP, team=None, queues=())
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    carla = services.accounts.actor_for("carla.channel")
    ids = {name: add_partner(services, name, sla_hours=24 * 30) for name in ("Alpha", "Beta")}
    with services.db.unit_of_work() as uow:
        uow.session.execute(update(Partner).values(channel_manager_id=carla.user_id))
        uow.commit()
    handoffs = [services.routing.route(rep, sales_ready_lead(factory, rep)) for _ in range(2)]
    by_partner = {h.partner_id: h.id for h in handoffs}
    assert set(by_partner) == set(ids.values())
    clock.set(datetime(2026, 12, 10, 15, 0, tzinfo=UTC))
    services.handoffs.record_feedback(
        sup, by_partner[ids["Alpha"]], "accepted", pipeline_value=Decimal("5000")
    )
    clock.set(datetime(2026, 12, 14, 8, 0, tzinfo=UTC))
    return {"sup": sup, "ids": ids, "carla": carla}


def sheet(message: Message, name: str = "Scorecard") -> dict[str, Any]:
    [attachment] = [part for part in message.walk() if part.get_filename()]
    assert str(attachment.get_filename()).endswith(".xlsx")
    payload = attachment.get_payload(decode=True)
    assert isinstance(payload, bytes)
    rows = load_workbook(io.BytesIO(payload), read_only=True)[name].iter_rows(values_only=True)
    return {str(row[0]): row[1] for row in rows}


def count(services: Services, what: Any, *where: Any) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(uow.session.execute(select(func.count(what)).where(*where)).scalar_one())


def test_publish_twice_sends_one_mail_per_recipient(
    services: Services, factory: Factory, clock: ManualClock, smtp_server: SmtpServer
) -> None:
    made = history(services, factory, clock)
    first = services.publication.publish(made["sup"], WEEK)
    assert first.count(SMTP) == 4  # two partners, their channel manager, the supervisors
    second = services.publication.publish(made["sup"], WEEK)
    assert second.count(ALREADY) == 4 and second.count(SMTP) == 0
    mails = scorecards(smtp_server)
    assert len(mails) == 4
    assert len({m["Message-ID"] for m in mails}) == 4
    assert sorted(str(m["To"]) for m in mails) == [
        "carla.channel@center.example",
        "rep0@alpha.example",
        "rep0@beta.example",
        "sup@center.example",
    ]
    assert count(services, Publication.id, Publication.channel == SMTP) == 4
    assert count(services, AuditEntry.id, AuditEntry.action == "report.published") == 4
    assert count(services, AuditEntry.id, AuditEntry.action == "report.publication_sent") == 4

    alpha = next(m for m in mails if m["To"] == "rep0@alpha.example")
    figures = sheet(alpha)
    assert figures["Week"] == WEEK
    assert (figures["Leads"], figures["Handoffs"], figures["Active"]) == (1, 1, 1)
    assert (figures["Pending"], figures["% active"]) == (0, 1.0)
    assert figures["Pipeline value (USD)"] == 5000
    assert figures["Won revenue (USD)"] == 0
    assert figures["Average acceptance time (hours)"] == 16 * 24
    assert figures["SLA breaches"] == 0
    assert figures["Reporting compliance"] == 1.0
    assert figures["Rank among partners (by routing weight)"] == "1 of 2"
    html = next(p for p in alpha.walk() if p.get_content_type() == "text/html")
    assert "Pipeline value (USD)" in str(html.get_payload(decode=True), "utf-8")

    beta = sheet(next(m for m in mails if m["To"] == "rep0@beta.example"))
    assert (beta["Leads"], beta["Pending"], beta["% pending"]) == (1, 1, 1.0)
    assert beta["Open handoffs with no news for 7 days"] == 1
    assert beta["Reporting compliance"] == 0
    stale = sheet(next(m for m in mails if m["To"] == "rep0@beta.example"), "No news")
    assert stale["Rep 0 of Beta"] == "rep0@beta.example"

    manager = next(m for m in mails if m["To"] == "carla.channel@center.example")
    card = sheet(manager)
    assert (card["Leads"], card["Partners"], card["Pipeline value (USD)"]) == (2, 2, 5000)
    assert card["Open handoffs with no news"] == 1
    assert "<p>2 partners; each one's figures are in the attachment.</p>" in _html(manager)

    [laggard] = first.laggards
    assert (laggard.partner, laggard.reporting) == ("Beta", 0.0)
    summary = next(m for m in mails if m["To"] == "sup@center.example")
    assert "Beta" in summary.as_string()
    # One channel manager, in the singular (it said "1 channel managers").
    assert "Scorecards went to 2 partners and 1 channel manager." in _html(summary)


def _html(mail: Message) -> str:
    part = next(p for p in mail.walk() if p.get_content_type() == "text/html")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return str(payload, "utf-8")


def test_the_summary_figures_open_the_handoffs_they_measure(
    services: Services, factory: Factory, clock: ManualClock, settings: Settings
) -> None:
    made = history(services, factory, clock)
    sup, policy = made["sup"], settings.routing
    week = Week.parse(WEEK)
    week_end = midnight(week.monday + timedelta(days=7), UTC)  # no center zone set: UTC
    [laggard] = services.publication.publish(sup, WEEK, dry_run=True).laggards
    assert (laggard.partner, laggard.due, laggard.reported) == ("Beta", 1, 0)
    with services.db.unit_of_work(write=False) as uow:
        measured = {
            "now": weights(uow.session, policy, week_end)[0],
            "before": weights(uow.session, policy, week_end - timedelta(days=7))[0],
        }
        names = dict(uow.session.execute(select(Partner.name, Partner.id)).all())
    period = week_period(week)
    for name, pid in names.items():
        now, before = measured["now"][pid], measured["before"][pid]
        expected = {
            "reporting_due": now.due,
            "reported": now.reported,
            "not_reported": now.due - now.reported,
            "weight_now": now.sent,
            "weight_before": before.sent,
        }
        for figure, number in expected.items():
            found = services.reports.drill(sup, "publication", name, figure, period)
            assert (found.items, found.unit) == (number, "handoffs"), (name, figure)
            assert found.count == len(found.rows) == number  # one handoff per lead here
    beta = services.reports.drill(sup, "publication", "Beta", "not_reported", period)
    alpha = services.reports.drill(sup, "publication", "Alpha", "reported", period)
    assert [r.company for r in beta.rows] != [r.company for r in alpha.rows]
    assert services.reports.drill(sup, "publication", "Beta", "reported", period).items == 0
    # Routing weight a week earlier: both handoffs (24 November) were already sent.
    every = services.reports.drill(sup, "publication", "(every group)", "weight_before", period)
    assert every.items == 2
    with pytest.raises(InvalidInput, match="one ISO week"):
        services.reports.drill(sup, "publication", "Beta", "reported", Period(None, None))
    with pytest.raises(InvalidInput, match="not one of"):
        services.reports.drill(sup, "publication", "Beta", "weight", period)


def test_the_managers_figures_add_up_from_their_partners(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    made = history(services, factory, clock)
    services.routing.route(made["sup"], sales_ready_lead(factory))  # one more, by hand
    end = Period(None, Week.parse(WEEK).monday + timedelta(days=6), UTC)  # no center zone
    with services.db.unit_of_work(write=False) as uow:
        partners = status_kpis(uow.session, made["sup"], "partner", end, ReportFilters())
        direct = status_kpis(uow.session, made["sup"], "channel_manager", end, ReportFilters())
        added = by_manager(uow.session, partners)
    assert added == {kpi.group: kpi for kpi in direct}
    assert [kpi.total for kpi in added.values()] == [3]  # three leads, all with Carla


def test_dry_run_sends_and_records_nothing(
    services: Services, factory: Factory, clock: ManualClock, smtp_server: SmtpServer
) -> None:
    made = history(services, factory, clock)
    result = services.publication.publish(made["sup"], WEEK, dry_run=True)
    assert result.count("would send") == 4
    assert scorecards(smtp_server) == []
    assert count(services, Publication.id) == 0
    assert count(services, AuditEntry.id, AuditEntry.action.like("report.publ%")) == 0
    assert not [p for p in services.delivery.outbox.waiting() if p.name.startswith("score")]


def test_without_a_mail_server_the_scorecards_wait_in_the_outbox_once(
    services: Services, factory: Factory, clock: ManualClock, settings: Settings
) -> None:
    made = history(services, factory, clock)
    offline = PublicationService(
        services.db,
        clock,
        settings.routing,
        replace(settings.mail, host=""),
        PUBLISHING,
        services.delivery.outbox,
    )
    assert offline.publish(made["sup"], WEEK).count(OUTBOX) == 4
    assert offline.publish(made["sup"], WEEK).count(ALREADY) == 4
    names = sorted(p.name for p in services.delivery.outbox.waiting())
    assert [n for n in names if n.startswith("scorecard-")] == [
        f"scorecard-{WEEK}-channel_manager-{made['carla'].user_id}.eml",
        f"scorecard-{WEEK}-partner-{made['ids']['Alpha']}.eml",
        f"scorecard-{WEEK}-partner-{made['ids']['Beta']}.eml",
        f"scorecard-{WEEK}-supervisors-0.eml",
    ]


def test_a_batch_sends_only_what_no_other_workstation_claimed(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = history(services, factory, clock)
    monkeypatch.setattr(publication, "BATCH", 2)  # Alpha and Beta in one batch, Carla next
    beta = made["ids"]["Beta"]
    with services.db.unit_of_work() as uow:  # another workstation is sending Beta's
        uow.session.add(
            Publication(
                week=WEEK,
                recipient_kind="partner",
                recipient_id=beta,
                recipient="Beta",
                message_id="<elsewhere@center.example>",
                channel="started",
                created_at=clock.now(),
            )
        )
        uow.commit()
    result = services.publication.publish(made["sup"], WEEK)
    assert [(s.kind, s.recipient_id, s.outcome) for s in result.sent] == [
        ("partner", made["ids"]["Alpha"], SMTP),
        ("partner", beta, ALREADY),
        ("channel_manager", made["carla"].user_id, SMTP),
        ("supervisors", 0, SMTP),
    ]
    assert sorted(str(m["To"]) for m in scorecards(smtp_server)) == [
        "carla.channel@center.example",
        "rep0@alpha.example",
        "sup@center.example",
    ]
    assert count(services, AuditEntry.id, AuditEntry.action == "report.published") == 3
    assert count(services, AuditEntry.id, AuditEntry.action == "report.publication_sent") == 3
    assert count(services, Publication.id, Publication.channel == "started") == 1


def test_what_went_out_before_a_failure_is_recorded(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = history(services, factory, clock)
    outbox = services.delivery.outbox
    offline = PublicationService(
        services.db, clock, settings.routing, replace(settings.mail, host=""), PUBLISHING, outbox
    )
    put = outbox.put
    beta = f"scorecard-{WEEK}-partner-{made['ids']['Beta']}"

    def full_disk(name: str, message: Any, data: dict[str, Any]) -> Path:
        if name == beta:
            raise OSError(28, "No space left on device")
        return put(name, message, data)

    monkeypatch.setattr(outbox, "put", full_disk)
    with pytest.raises(OSError, match="No space"):
        offline.publish(made["sup"], WEEK)
    with services.db.unit_of_work(write=False) as uow:
        channels = dict(
            uow.session.execute(select(Publication.recipient_id, Publication.channel)).all()
        )
    # Alpha went to the outbox before Beta failed: recorded; Beta stays "started", never
    # re-sent blindly; the rest of its batch was claimed and is left so as well.
    assert channels[made["ids"]["Alpha"]] == OUTBOX
    assert channels[made["ids"]["Beta"]] == "started"
    assert count(services, AuditEntry.id, AuditEntry.action == "report.publication_sent") == 1


def test_the_schedule_publishes_last_week_once(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    settings: Settings,
    smtp_server: SmtpServer,
) -> None:
    made = history(services, factory, clock)  # Monday 14 December, 08:00
    scheduled = PublicationService(
        services.db,
        clock,
        settings.routing,
        settings.mail,
        replace(PUBLISHING, weekday="mon", hour=9),
        services.delivery.outbox,
    )
    assert scheduled.publish_if_due(made["sup"]) is None  # before 09:00
    clock.advance(timedelta(hours=1))
    result = scheduled.publish_if_due(made["sup"])
    assert result is not None and result.week == WEEK and result.count(SMTP) == 4
    assert scheduled.publish_if_due(made["sup"]) is None
    clock.advance(timedelta(days=3))
    assert scheduled.publish_if_due(made["sup"]) is None
    assert len(scorecards(smtp_server)) == 4


def test_what_the_mail_server_failed_to_take_for_now_goes_out_with_the_next_publication(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    settings: Settings,
    smtp_server: SmtpServer,
) -> None:
    made = history(services, factory, clock)  # Monday 14 December, 08:00
    scheduled = PublicationService(
        services.db,
        clock,
        settings.routing,
        settings.mail,
        replace(PUBLISHING, weekday="mon", hour=7),
        services.delivery.outbox,
    )
    smtp_server.inbox.mode = REFUSE  # 451: try again later
    first = scheduled.publish_if_due(made["sup"])
    assert first is not None and first.count(RETRY) == 4 and first.count(SMTP) == 0
    assert "4 not sent yet" in first.text()
    assert not [p for p in services.delivery.outbox.waiting() if p.name.startswith("score")]

    smtp_server.inbox.mode = OK
    clock.advance(timedelta(minutes=30))
    again = scheduled.publish_if_due(made["sup"])
    assert again is not None and again.count(SMTP) == 4
    assert services.publication.publish(made["sup"], WEEK).count(ALREADY) == 4
    assert scheduled.publish_if_due(made["sup"]) is None  # complete now
    mails = scorecards(smtp_server)
    assert len(mails) == 4 and len({m["Message-ID"] for m in mails}) == 4
    assert count(services, Publication.id, Publication.channel == SMTP) == 4


def test_what_the_mail_server_refuses_for_good_is_left_in_the_outbox_and_said_so(
    services: Services, factory: Factory, clock: ManualClock, smtp_server: SmtpServer
) -> None:
    made = history(services, factory, clock)
    smtp_server.inbox.refusal = "550 5.7.1 not accepted here"
    smtp_server.inbox.mode = REFUSE
    first = services.publication.publish(made["sup"], WEEK)
    assert first.count(REFUSED) == 4
    assert "4 refused by the mail server for good" in first.text()
    assert all("for good (550 5.7.1 not accepted here)" in s.note for s in first.sent)
    assert len(smtp_server.inbox.refused) == 4  # each asked once: a 5xx is its last word
    smtp_server.inbox.mode = OK
    assert services.publication.publish(made["sup"], WEEK).count(ALREADY) == 4
    assert scorecards(smtp_server) == []
    waiting = [p for p in services.delivery.outbox.waiting() if p.name.startswith("scorecard-")]
    assert len(waiting) == 4


def test_bad_weeks_are_refused(services: Services, factory: Factory) -> None:
    sup: Actor = factory.user("sam.super", Role.SUPERVISOR, team=None, queues=())
    for week, says in (("2026-48", "2026-W48"), ("2026-W54", "2026-W48"), ("2027-W10", "begun")):
        with pytest.raises(InvalidInput, match=says):
            services.publication.publish(sup, week)


def test_workstations_publishing_at_once_send_each_scorecard_once(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    settings: Settings,
    smtp_server: SmtpServer,
) -> None:
    made = history(services, factory, clock)
    clock.advance(timedelta(hours=2))  # Monday 10:00, past the scheduled hour
    databases = [Database.from_url(settings.database_url) for _ in range(3)]
    stations = [
        PublicationService(
            db,
            clock,
            settings.routing,
            settings.mail,
            replace(PUBLISHING, weekday="mon", hour=9),
            services.delivery.outbox,
        )
        for db in databases
    ]
    start = threading.Barrier(len(stations) * 2)
    outcomes: list[str] = []

    def station(service: PublicationService, scheduled: bool) -> None:
        start.wait()
        if scheduled:
            result = service.publish_if_due(made["sup"])
        else:
            result = service.publish(made["sup"], WEEK)
        outcomes.extend(s.outcome for s in result.sent) if result else None

    threads = [
        threading.Thread(target=station, args=(service, scheduled))
        for service in stations
        for scheduled in (True, False)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in databases:
        db.dispose()
    assert outcomes.count(SMTP) == 4
    assert len(scorecards(smtp_server)) == 4
    assert count(services, Publication.id) == 4


def test_publication_settings_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "settings.toml"
    monkeypatch.setenv("QUALIFIER_CONFIG", str(config))
    config.write_text('[publication]\nweekday = "Monday"\nhour = 6\n', encoding="utf-8")
    assert load_settings("sqlite://").publication == PublicationSettings(weekday="mon", hour=6)
    for text, says in (
        ('weekday = "someday"', "weekday"),
        ("hour = 24", "hour"),
        ('manager_address = "cm@center.example"', "{login}"),
        ("when = 1", "unknown key"),
    ):
        config.write_text(f"[publication]\n{text}\n", encoding="utf-8")
        with pytest.raises(InvalidInput, match=says):
            load_settings("sqlite://")
