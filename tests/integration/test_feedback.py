"""The closed loop: feedback by hand and from partner-CRM files, nurture, who is not reporting."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import phonenumbers
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence.models import AuditEntry, HandoffEvent
from qualifier_app.services.partners.dto import HandoffSummary
from qualifier_app.settings import Settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and their SLAs start."""
    return with_mail_server(settings, smtp_server)


def manager(factory: Factory) -> Actor:
    factory.user("carla.channel", Role.REP, team=None, queues=())
    factory.services.partners.set_channel_manager(OPERATOR, "carla.channel")
    return factory.services.accounts.actor_for("carla.channel")


def routed(
    services: Services, factory: Factory, rep: Actor, count: int = 1
) -> list[HandoffSummary]:
    return [services.routing.route(rep, sales_ready_lead(factory, rep)) for _ in range(count)]


def event_count(services: Services) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(uow.session.execute(select(func.count(HandoffEvent.id))).scalar_one())


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_channel_manager_records_the_whole_loop(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    carla = manager(factory)
    assert carla.is_channel_manager
    add_partner(services, "Alpha Voice", channel_manager="carla.channel")
    [handoff] = routed(services, factory, rep)

    clock.advance(timedelta(hours=2))
    accepted = services.handoffs.record_feedback(carla, handoff.id, "accepted")
    assert accepted.status == "accepted"
    assert accepted.accepted_at == clock.now()
    with pytest.raises(InvalidInput) as missing:
        services.handoffs.record_feedback(carla, handoff.id, "active")
    assert missing.value.field == "pipeline_value"
    active = services.handoffs.record_feedback(
        carla, handoff.id, "active", pipeline_value=Decimal("48000.50")
    )
    assert active.pipeline_value == Decimal("48000.50")
    with pytest.raises(InvalidInput) as no_revenue:
        services.handoffs.record_feedback(carla, handoff.id, "won", closed_on=date(2026, 11, 20))
    assert no_revenue.value.field == "revenue"
    won = services.handoffs.record_feedback(
        carla, handoff.id, "Closed Won", revenue=Decimal(45000), closed_on=date(2026, 11, 24)
    )
    assert (won.status, won.won_revenue, won.closed_on) == (
        "won",
        Decimal(45000),
        date(2026, 11, 24),
    )
    with pytest.raises(Conflict, match="closed as won"):
        services.handoffs.record_feedback(carla, handoff.id, "lost", reason="changed mind")
    assert won.last_update_at == clock.now()


def test_a_channel_manager_records_only_for_the_partners_they_manage(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    carla = manager(factory)
    add_partner(services, "Alpha Voice", channel_manager="carla.channel")
    [theirs] = routed(services, factory, rep)
    add_partner(services, "Beta Voice", countries=("DE",))
    other = services.routing.route(rep, sales_ready_lead(factory, rep, country="DE"))
    assert other.partner == "Beta Voice"

    with pytest.raises(NotFound):
        services.handoffs.record_feedback(carla, other.id, "rejected", reason="not ours")
    assert services.handoffs.get(OPERATOR, other.id).status == other.status
    assert [h.id for h in services.handoffs.list_handoffs(carla)] == [theirs.id]

    # Their partner's rejection sends the lead (which they do not work) back for routing.
    rejected = services.handoffs.record_feedback(
        carla, theirs.id, "rejected", reason="No budget this year"
    )
    assert (rejected.status, rejected.company) == ("rejected", theirs.company)
    lead = factory.get_lead(theirs.lead_id)
    assert (lead.status, lead.status_reason) == (
        "sales_ready",
        "rejected by Alpha Voice: No budget this year",
    )
    with services.db.unit_of_work(write=False) as uow:
        actor = uow.session.execute(
            select(AuditEntry.actor_id).where(
                AuditEntry.action == "lead.returned_for_routing",
                AuditEntry.entity_id == str(theirs.lead_id),
            )
        ).scalar_one()
    assert actor == carla.user_id

    # ... and, when the center gives up on it, to nurture; another partner's stays as it is.
    with pytest.raises(NotFound):
        services.handoffs.back_to_nurture(carla, other.id, "not ours")
    services.handoffs.back_to_nurture(carla, theirs.id)
    lead = factory.get_lead(theirs.lead_id)
    assert (lead.status, lead.status_reason) == (
        "nurture",
        "back from partner rejected: No budget this year",
    )
    assert lead.recycle_on is not None


def test_reps_may_not_record_feedback(services: Services, factory: Factory) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice")
    [handoff] = routed(services, factory, rep)
    with pytest.raises(PermissionDenied):
        services.handoffs.record_feedback(rep, handoff.id, "accepted")


def test_rejected_lead_waits_for_the_next_partner_or_goes_to_nurture(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    alpha = add_partner(services, "Alpha Voice")
    beta = add_partner(services, "Beta Voice")
    [handoff] = routed(services, factory, rep)
    assert handoff.partner_id == alpha

    with pytest.raises(InvalidInput) as no_reason:
        services.handoffs.record_feedback(sam, handoff.id, "rejected")
    assert no_reason.value.field == "reason"
    services.handoffs.record_feedback(sam, handoff.id, "rejected", reason="No budget this year")
    assert factory.get_lead(handoff.lead_id).status == "sales_ready"
    assert (
        "rejected by Alpha Voice: No budget this year"
        in factory.get_lead(handoff.lead_id).status_reason
    )

    # The rejecting partner is never proposed again for this lead.
    proposal = services.routing.propose(rep, handoff.lead_id)
    assert proposal.proposed is not None and proposal.proposed.partner_id == beta
    assert proposal.alternatives == ()

    summary = services.handoffs.back_to_nurture(sam, handoff.id)
    lead = factory.get_lead(handoff.lead_id)
    assert lead.status == "nurture"
    assert lead.status_reason == "back from partner rejected: No budget this year"
    assert lead.recycle_on == clock.now().date() + timedelta(days=90)
    assert summary.lead_status == "nurture"


def test_lost_lead_goes_back_to_nurture_with_the_reason(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    [handoff] = routed(services, factory, rep)
    with pytest.raises(Conflict, match="only rejected, expired or lost"):
        services.handoffs.back_to_nurture(sam, handoff.id, "no")
    services.handoffs.record_feedback(sam, handoff.id, "lost", reason="Went with a competitor")
    assert factory.get_lead(handoff.lead_id).status == "handed_off"
    services.handoffs.back_to_nurture(sam, handoff.id, "Revisit when their contract ends")
    lead = factory.get_lead(handoff.lead_id)
    assert lead.status == "nurture"
    assert lead.status_reason.endswith("Revisit when their contract ends")


def test_feedback_import_with_bad_rows_unknown_ids_and_a_repeated_file(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    one, two, three, four = routed(services, factory, rep, 4)
    lead_three = factory.get_lead(three.lead_id)
    lead_four = factory.get_lead(four.lead_id)
    path = write_csv(
        tmp_path / "partner export.csv",
        [
            [
                "Handoff ID",
                "Lead Email",
                "Lead Phone",
                "Stage",
                "Amount",
                "Closed Amount",
                "Close Date",
                "Comments",
            ],
            [str(one.id), "", "", "Accepted", "", "", "", ""],
            [str(two.id), "", "", "Closed Won", "", "$12,500.00", "2026-11-20", ""],
            ["", lead_three.email_normalized or "", "", "Working", "30000", "", "", ""],
            ["", "", lead_four.phone_e164 or "", "Rejected", "", "", "", "Out of territory"],
            ["99999", "", "", "Accepted", "", "", "", ""],
            [str(one.id), "", "", "Sleeping", "", "", "", ""],
            [str(two.id), "", "", "Won", "", "lots", "2026-11-20", ""],
            [str(one.id), "", "", "Rejected", "", "", "", ""],
            ["", "nobody@nowhere.example", "", "Accepted", "", "", "", ""],
        ],
    )

    report = services.handoffs.import_feedback(sam, path, "alpha voice")

    assert (report.rows, report.applied, report.unchanged, report.rejected) == (9, 4, 0, 5)
    assert handoff_row(services, one.id).status == "accepted"
    won = handoff_row(services, two.id)
    assert (won.status, won.won_revenue) == ("won", Decimal("12500.00"))
    assert handoff_row(services, three.id).pipeline_value == Decimal(30000)
    assert handoff_row(services, four.id).reject_reason == "Out of territory"
    assert factory.get_lead(four.lead_id).status == "sales_ready"
    assert report.rejects_file is not None
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.DictReader(handle))
    reasons = {row["row"]: (row["column"], row["value"], row["reason"]) for row in rejects}
    assert reasons == {
        "6": ("", "", "there is no handoff 99999"),
        "7": (
            "status",
            "Sleeping",
            "unknown status 'Sleeping'; use one of accepted, rejected, active, won, lost",
        ),
        "8": ("revenue", "lots", "revenue 'lots' is not an amount"),
        "9": ("reason", "", "say why the lead was rejected"),
        "10": ("", "", "no handoff for a lead with this e-mail"),
    }
    events = event_count(services)

    again = services.handoffs.import_feedback(sam, path, "Alpha Voice")

    assert (again.applied, again.unchanged, again.rejected) == (0, 4, 5)
    assert event_count(services) == events
    assert handoff_row(services, two.id).won_revenue == Decimal("12500.00")


def test_a_channel_manager_imports_by_e_mail_and_phone_for_their_partners_only(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """Carla works none of these leads: on PostgreSQL she cannot read them, and her
    partner's export names them by e-mail and phone."""
    rep = factory.user("rita.rep")
    carla = manager(factory)
    add_partner(services, "Alpha Voice", channel_manager="carla.channel")
    by_email, by_phone = routed(services, factory, rep, 2)
    add_partner(services, "Beta Voice", countries=("DE",))
    other = services.routing.route(rep, sales_ready_lead(factory, rep, country="DE"))
    email = factory.get_lead(by_email.lead_id).email_normalized or ""
    phone = factory.get_lead(by_phone.lead_id).phone_e164 or ""
    other_email = factory.get_lead(other.lead_id).email_normalized or ""
    path = write_csv(
        tmp_path / "alpha.csv",
        [
            ["Lead Email", "Lead Phone", "Stage", "Amount", "Comments"],
            [email, "", "Working", "30000", ""],
            ["", phone, "Rejected", "", "Out of territory"],
            [other_email, "", "Accepted", "", ""],
        ],
    )

    report = services.handoffs.import_feedback(carla, path, "Alpha Voice")

    assert (report.rows, report.applied, report.rejected) == (3, 2, 1)
    assert handoff_row(services, by_email.id).pipeline_value == Decimal(30000)
    assert handoff_row(services, by_phone.id).reject_reason == "Out of territory"
    assert handoff_row(services, other.id).status == other.status
    assert report.rejects_file is not None
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        [reject] = list(csv.DictReader(handle))
    # Not there for her: PostgreSQL's function matches only her partners' handoffs; SQLite
    # finds Beta's handoff, which is not Alpha's.
    assert reject["row"] == "4"
    assert reject["reason"] in {
        "no handoff for a lead with this e-mail",
        "the lead with this e-mail was not handed to Alpha Voice",
    }


def test_a_lead_phone_written_the_national_way_is_read_in_the_partners_countries(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """A partner's CRM writes its own country's numbers without +1: the row was refused with
    "no country: … set the lead's country", which a partner's file cannot do."""
    rep = factory.user("rita.rep")
    carla = manager(factory)
    add_partner(services, "Alpha Voice", channel_manager="carla.channel")
    [handoff] = routed(services, factory, rep)
    e164 = factory.get_lead(handoff.lead_id).phone_e164 or ""
    national = (
        phonenumbers.format_number(
            phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        .replace("(", "")
        .replace(") ", ".")
        .replace("-", ".")
    )
    path = write_csv(
        tmp_path / "alpha.csv",
        [["Lead Phone", "Stage", "Comments"], [national, "Rejected", "Out of territory"]],
    )
    report = services.handoffs.import_feedback(carla, path, "Alpha Voice")
    assert (report.rows, report.applied, report.rejected) == (1, 1, 0), national
    assert handoff_row(services, handoff.id).reject_reason == "Out of territory"


def test_feedback_import_from_xlsx_and_a_file_without_a_key_column(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    [handoff] = routed(services, factory, rep)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["handoff", "status", "pipeline"])
    sheet.append([handoff.id, "active", 9999.5])
    book.save(tmp_path / "export.xlsx")
    report = services.handoffs.import_feedback(sam, tmp_path / "export.xlsx")
    assert (report.applied, report.rejected, report.rejects_file) == (1, 0, None)
    assert handoff_row(services, handoff.id).pipeline_value == Decimal("9999.50")

    bad = write_csv(tmp_path / "bad.csv", [["status", "amount"], ["won", "5"]])
    with pytest.raises(InvalidInput, match="needs a handoff id, lead e-mail or lead phone"):
        services.handoffs.import_feedback(sam, bad)


def test_stale_partners_and_reps_are_listed(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    silent = add_partner(services, "Silent Partner", reps=2)
    chatty = add_partner(services, "Chatty Partner")
    handoffs = routed(services, factory, rep, 4)
    by_partner = {
        h.partner_id: [x for x in handoffs if x.partner_id == h.partner_id] for h in handoffs
    }
    assert len(by_partner[silent]) == 2 and len(by_partner[chatty]) == 2
    clock.advance(timedelta(days=5))
    for handoff in by_partner[chatty]:
        services.handoffs.record_feedback(sam, handoff.id, "accepted")
    services.handoffs.record_feedback(sam, by_partner[silent][0].id, "accepted")
    clock.advance(timedelta(days=4))

    # Chatty reported 4 days ago; Silent's second handoff has had no news for 9 days.
    stale = services.handoffs.stale_partners(sam, days=7)
    assert [(s.partner, s.stale, s.awaiting_news) for s in stale] == [("Silent Partner", 1, 2)]
    assert stale[0].reps[0].stale == 1
    assert stale[0].reps[0].email.endswith("@silentpartner.example")
    assert stale[0].oldest_news == clock.now() - timedelta(days=9)
    longer = services.handoffs.stale_partners(sam, days=3)
    assert {s.partner: s.stale for s in longer} == {"Silent Partner": 2, "Chatty Partner": 2}
    with pytest.raises(PermissionDenied):
        services.handoffs.stale_partners(rep)
    with pytest.raises(InvalidInput):
        services.handoffs.stale_partners(sam, days=0)


def test_partners_that_report_get_more_leads(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    silent = add_partner(services, "Silent Partner")
    chatty = add_partner(services, "Chatty Partner")
    handoffs = routed(services, factory, rep, 12)
    clock.advance(timedelta(hours=2))
    for handoff in handoffs:
        services.handoffs.record_feedback(sam, handoff.id, "accepted")
    clock.advance(timedelta(days=10))
    for handoff in handoffs:
        if handoff.partner_id == chatty:
            services.handoffs.record_feedback(
                sam, handoff.id, "active", pipeline_value=Decimal(1000)
            )
    clock.advance(timedelta(days=1))
    proposal = services.routing.propose(rep, sales_ready_lead(factory, rep))
    assert proposal.proposed is not None
    weights = {c.partner_id: c.weight for c in (proposal.proposed, *proposal.alternatives)}
    assert weights[chatty] > weights[silent]
    later = services.routing.route_pending(sam)
    assert later.routed[0].partner_id == chatty


def test_a_team_lead_sees_the_handoffs_of_their_teams_leads_and_their_partners_only(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rita = factory.user("rita.rep")
    bob = factory.user("bob.rep", team="Team B", queues=("B queue",))
    factory.user("tina.lead", Role.TEAM_LEAD, team="Team B", queues=("B queue",))
    services.partners.set_channel_manager(OPERATOR, "tina.lead")
    tina = services.accounts.actor_for("tina.lead")
    add_partner(services, "Alpha Voice", channel_manager="tina.lead")
    add_partner(services, "Beta Voice", countries=("DE",))
    her_partners = services.routing.route(rita, sales_ready_lead(factory, rita))
    other_team = services.routing.route(rita, sales_ready_lead(factory, rita, country="DE"))
    her_team = services.routing.route(
        bob, sales_ready_lead(factory, bob, queue="B queue", country="DE")
    )
    assert (other_team.partner, her_team.partner) == ("Beta Voice", "Beta Voice")
    waiting_in_other_team = sales_ready_lead(factory, rita, country="JP")

    # What row-level security lets her see on PostgreSQL, on SQLite too.
    listed = {h.id for h in services.handoffs.list_handoffs(tina)}
    assert listed == {her_partners.id, her_team.id}
    # Her team's lead with a partner she does not manage: in her list, not hers to report on.
    with pytest.raises(PermissionDenied, match="only for the partners they manage"):
        services.handoffs.record_feedback(tina, her_team.id, "accepted")
    with pytest.raises(NotFound):
        services.handoffs.record_feedback(tina, other_team.id, "accepted")
    # In a file, each is a rejected row, the file goes on.
    update = write_csv(
        tmp_path / "crm.csv",
        [
            ["Handoff", "Status"],
            [str(her_team.id), "accepted"],
            [str(other_team.id), "accepted"],
            [str(her_partners.id), "accepted"],
        ],
    )
    report = services.handoffs.import_feedback(tina, update)
    assert (report.applied, report.rejected) == (1, 2)
    clock.advance(timedelta(days=9))
    stale = {p.partner: p.awaiting_news for p in services.handoffs.stale_partners(tina)}
    assert stale == {"Alpha Voice": 1, "Beta Voice": 1}
    pending = services.routing.route_pending(tina, dry_run=True)
    assert waiting_in_other_team not in {r.lead_id for r in (*pending.routed, *pending.waiting)}
    assert {p.partner: p.awaiting_news for p in services.handoffs.stale_partners(OPERATOR)} == {
        "Alpha Voice": 1,
        "Beta Voice": 2,
    }
