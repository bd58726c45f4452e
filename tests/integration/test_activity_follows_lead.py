"""A lead's calls count for the campaign and country it has now: one that gets its campaign
late (a duplicate fills the missing one) takes its calls along, so a campaign's qualified
leads, its handoffs and the drill-downs agree; on both databases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import case, func, select

from qualifier_app.app import Services
from qualifier_app.domain.activity import NO_CONTACT_DISPOSITIONS, SALES_READY_OUTCOME
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import ActivityDay, CallAttempt, Lead
from qualifier_app.services.reports.conversion import NO_CAMPAIGN
from qualifier_app.services.reports.conversion_drill import PREFIX
from qualifier_app.services.reports.dto import ReportFilters
from tests.support.activity import Activity
from tests.support.factories import Factory

ALL_TIME = Period()
HEADER = "First name,Last name,Company,Email,Phone,Country,Employees\n"
ADA = "Ada,Lovelace,Engines Ltd,ada@engines.example,+44 20 7946 0123,{country},800\n"


def _inquiry(tmp_path: Path, name: str, country: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + ADA.format(country=country), "utf-8")
    return path


def rollup_equals_the_calls(services: Services) -> None:
    """The rollup, summed per rep, campaign and country, is a count of the calls by their
    lead's campaign and country now."""
    with services.db.unit_of_work(write=False) as uow:
        rolled = {
            (rep, campaign, country): (int(a), int(s))
            for rep, campaign, country, a, s in uow.session.execute(
                select(
                    ActivityDay.rep_id,
                    ActivityDay.campaign_id,
                    ActivityDay.country,
                    func.sum(ActivityDay.attempts),
                    func.sum(ActivityDay.sales_ready),
                ).group_by(ActivityDay.rep_id, ActivityDay.campaign_id, ActivityDay.country)
            )
            if a
        }
        counted = {
            (rep, campaign or 0, country or "~"): (int(a), int(s))
            for rep, campaign, country, a, s in uow.session.execute(
                select(
                    CallAttempt.rep_id,
                    Lead.campaign_id,
                    Lead.country,
                    func.count(),
                    func.sum(case((CallAttempt.outcome == SALES_READY_OUTCOME, 1), else_=0)),
                )
                .join(Lead, Lead.id == CallAttempt.lead_id)
                .group_by(CallAttempt.rep_id, Lead.campaign_id, Lead.country)
            )
        }
    assert rolled == counted


def test_a_lead_that_gets_its_campaign_late_takes_its_calls_along(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rita = factory.user("rita", team="Team A")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    activity = Activity(factory)
    partner = activity.partner("Atlantic", countries=["GB"])
    services.intake.import_inquiries(sam, _inquiry(tmp_path, "a.csv", "GB"))
    with services.db.unit_of_work(write=False) as uow:
        lead_id = uow.session.execute(select(Lead.id)).scalar_one()
    now = factory.clock.now()
    activity.attempt(lead_id, rita, now - timedelta(hours=2), disposition="no_answer")
    activity.attempt(lead_id, rita, now - timedelta(hours=1), outcome=SALES_READY_OUTCOME)
    activity.handoff(lead_id, partner, now, qualified_by_id=rita.user_id)
    # the same person again, from the trade show: the lead takes the campaign
    services.intake.import_inquiries(sam, _inquiry(tmp_path, "b.csv", "GB"), campaign="Show")

    rows = {r.campaign: r for r in services.reports.conversion_by_campaign(sam, ALL_TIME)}
    assert (rows["Show"].qualified, rows["Show"].handoffs) == (1, 1)
    assert NO_CAMPAIGN not in rows or rows[NO_CAMPAIGN].qualified == 0
    for campaign, row in rows.items():
        drilled = services.reports.drill(sam, PREFIX + "campaign", campaign, "qualified", ALL_TIME)
        assert drilled.items == row.qualified, campaign

    show = ReportFilters(campaign_id=rows["Show"].campaign_id)
    (rep,) = [r for r in services.reports.conversion_by_rep(sam, ALL_TIME, show) if r.claimed]
    assert (rep.claimed, rep.contacted, rep.sales_ready, rep.handoffs) == (2, 1, 1, 1)
    for figure, counted in (("claimed", 2), ("contacted", 1), ("sales_ready", 1)):
        drilled = services.reports.drill(sam, PREFIX + "rep", rep.rep, figure, ALL_TIME, show)
        assert drilled.items == counted, figure
    (point,) = services.reports.trend(sam, ALL_TIME, show)
    assert (point.attempts, point.sales_ready) == (2, 1)
    rollup_equals_the_calls(services)


def test_calls_follow_a_change_of_campaign_or_country_and_back(
    services: Services, factory: Factory
) -> None:
    rita = factory.user("rita", team="Team A")
    activity = Activity(factory)
    show, fair = activity.campaign("Show"), activity.campaign("Fair")
    now = factory.clock.now()
    leads = [factory.lead(campaign_id=show), factory.lead(country=None, region=None)]
    for lead_id in leads:
        activity.attempt(lead_id, rita, now - timedelta(days=1), disposition="busy")
        activity.attempt(lead_id, rita, now, outcome=SALES_READY_OUTCOME)
    assert "busy" in NO_CONTACT_DISPOSITIONS
    rollup_equals_the_calls(services)
    factory.set_lead(leads[0], campaign_id=fair, country="DE")
    factory.set_lead(leads[1], campaign_id=show, country="FR")
    rollup_equals_the_calls(services)
    factory.set_lead(leads[0], campaign_id=None, country=None)
    factory.set_lead(leads[1], region="Paris")  # neither key: nothing moves
    rollup_equals_the_calls(services)
