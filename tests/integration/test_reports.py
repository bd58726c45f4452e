"""Report figures against a small history computed by hand (see the comments per figure)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.reporting import Period
from qualifier_app.persistence.models import ActivityDay, CallAttempt
from qualifier_app.services.reports.dto import ReportFilters
from tests.support.factories import Factory
from tests.support.report_history import History, build_history

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def history(services: Services, factory: Factory) -> History:
    return build_history(services, factory)


def by_name(rows, attribute: str = "rep"):  # type: ignore[no-untyped-def]
    return {getattr(row, attribute): row for row in rows}


def test_conversion_per_rep(services: Services, history: History) -> None:
    rows = by_name(services.reports.conversion_by_rep(history.supervisor, NOVEMBER))
    rita, marco, anna = rows["Rita"], rows["Marco"], rows["Anna"]
    assert (rita.claimed, rita.contacted, rita.sales_ready, rita.accepted, rita.won) == (
        4,
        2,
        1,
        1,
        1,
    )
    assert rita.revenue == Decimal("5000.00")
    assert rita.hours_on_leads == Decimal("0.35")
    assert rita.contact_rate == 0.5
    assert rita.qualify_rate == 0.5
    assert rita.acceptance_rate == 1.0
    assert rita.win_rate == 1.0
    assert (marco.claimed, marco.contacted, marco.sales_ready, marco.accepted, marco.won) == (
        3,
        2,
        2,
        1,
        0,
    )
    assert marco.revenue == Decimal("0.00")
    assert marco.hours_on_leads == Decimal("0.45")
    assert marco.acceptance_rate == 0.5
    assert marco.win_rate == 0.0
    # Anna worked only in October: a row of zeros and no rates, never a division by zero.
    assert (anna.claimed, anna.contacted, anna.won) == (0, 0, 0)
    assert anna.contact_rate is None and anna.win_rate is None


def test_empty_period_gives_zeros_not_errors(services: Services, history: History) -> None:
    empty = Period(date(2025, 1, 1), date(2025, 1, 31))
    reps = services.reports.conversion_by_rep(history.supervisor, empty)
    assert reps and all(r.claimed == 0 and r.revenue == 0 for r in reps)
    campaigns = services.reports.conversion_by_campaign(history.supervisor, empty)
    assert all(c.inquiries == 0 and c.qualified == 0 for c in campaigns)
    assert by_name(campaigns, "campaign")["Show"].roi == Decimal("-1")
    partners = services.reports.conversion_by_partner(history.supervisor, empty)
    assert all(p.handoffs == 0 and p.acceptance_rate is None for p in partners)
    assert services.reports.trend(history.supervisor, empty) == []


def test_conversion_per_campaign_with_zero_cost(services: Services, history: History) -> None:
    rows = by_name(
        services.reports.conversion_by_campaign(history.supervisor, NOVEMBER), "campaign"
    )
    show, web, empty = rows["Show"], rows["Web"], rows["Empty"]
    assert (show.inquiries, show.qualified, show.accepted, show.won) == (4, 2, 1, 1)
    assert show.cost == Decimal("1000.00") and show.revenue == Decimal("5000.00")
    assert show.cost_per_qualified == Decimal("500.00")
    assert show.roi == Decimal("4")  # (5000 − 1000) / 1000
    assert (web.inquiries, web.qualified, web.accepted, web.won) == (1, 1, 1, 0)
    assert web.cost_per_qualified == Decimal("0.00")
    assert web.roi is None  # a campaign that cost nothing has no ROI
    assert (empty.inquiries, empty.qualified) == (0, 0)
    assert empty.cost_per_qualified is None
    assert empty.roi == Decimal("-1")
    # All time, the October inquiry counts too.
    all_time = by_name(
        services.reports.conversion_by_campaign(history.supervisor, Period()), "campaign"
    )
    assert all_time["Show"].inquiries == 5


def test_conversion_per_partner_with_missing_feedback(services: Services, history: History) -> None:
    rows = by_name(services.reports.conversion_by_partner(history.supervisor, NOVEMBER), "partner")
    atlantic, pacific, quiet = rows["Atlantic"], rows["Pacific"], rows["Quiet"]
    assert (atlantic.handoffs, atlantic.accepted, atlantic.sla_breaches, atlantic.won) == (
        2,
        1,
        1,
        1,
    )
    assert atlantic.acceptance_rate == 0.5
    assert atlantic.hours_to_accept == Decimal("6.00")
    assert atlantic.feedback_compliance == 0.5  # one of two handoffs never heard back
    assert atlantic.win_rate == 1.0
    assert atlantic.revenue == Decimal("5000.00")
    assert pacific.hours_to_accept == Decimal("2.00")
    assert pacific.feedback_compliance == 1.0
    assert pacific.win_rate == 0.0
    assert quiet.handoffs == 0 and quiet.hours_to_accept is None and quiet.win_rate is None


def test_status_kpis_by_region_rep_and_partner(services: Services, history: History) -> None:
    actor = history.supervisor
    region = by_name(services.reports.status_kpis(actor, "region", NOVEMBER), "group")
    ny = region["US-NY"]
    # L1 won, L2 nurture, L3 waiting for the partner, L4 queued.
    assert (ny.total, ny.pending, ny.active, ny.unqualified) == (4, 2, 0, 1)
    assert ny.won_revenue == Decimal("5000.00") and ny.pipeline_value == Decimal("0.00")
    assert ny.pending_share == 0.5
    gb = region["GB"]
    assert (gb.total, gb.active, gb.pipeline_value) == (1, 1, Decimal("1200.50"))

    reps = by_name(services.reports.status_kpis(actor, "rep", NOVEMBER), "group")
    assert (reps["Rita"].total, reps["Rita"].unqualified, reps["Rita"].won_revenue) == (
        2,
        1,
        Decimal("5000.00"),
    )
    assert (reps["Marco"].total, reps["Marco"].pending, reps["Marco"].active) == (3, 2, 1)
    teams = by_name(services.reports.status_kpis(actor, "team", NOVEMBER), "group")
    assert teams["Team A"].total == 5

    partners = by_name(services.reports.status_kpis(actor, "partner", NOVEMBER), "group")
    assert (partners["Atlantic"].total, partners["Atlantic"].pending) == (2, 1)
    assert partners["Pacific"].pipeline_value == Decimal("1200.50")
    managers = by_name(services.reports.status_kpis(actor, "channel_manager", NOVEMBER), "group")
    assert managers["Sam"].total == 3
    partner_reps = by_name(services.reports.status_kpis(actor, "partner_rep", NOVEMBER), "group")
    assert partner_reps["Alex Morgan (Atlantic)"].won_revenue == Decimal("5000.00")
    assert partner_reps["(no partner rep)"].total == 2
    # Leads never handed off are a group of their own in the partner groupings.
    assert (partner_reps["(not handed off)"].total, partner_reps["(not handed off)"].handoffs) == (
        2,
        0,
    )
    assert partners["Atlantic"].handoffs == 2 and partners["Pacific"].handoffs == 1


def test_trend_per_day(services: Services, history: History) -> None:
    points = services.reports.trend(history.supervisor, NOVEMBER)
    assert [p.day for p in points] == [
        "2026-11-10",
        "2026-11-11",
        "2026-11-12",
        "2026-11-13",
        "2026-11-14",
    ]
    assert [(p.attempts, p.contacts, p.sales_ready) for p in points] == [
        (1, 0, 0),
        (2, 1, 1),
        (1, 1, 0),
        (1, 1, 1),
        (2, 1, 1),
    ]


def test_team_lead_sees_own_team_and_rep_sees_nothing(services: Services, history: History) -> None:
    reps = by_name(services.reports.conversion_by_rep(history.tina, NOVEMBER))
    assert set(reps) == {"Rita", "Marco", "Tina"}
    with pytest.raises(PermissionDenied):
        services.reports.conversion_by_rep(history.rita, NOVEMBER)
    with pytest.raises(PermissionDenied):
        services.reports.conversion_by_campaign(history.rita, NOVEMBER)


def test_filters(services: Services, history: History) -> None:
    only_web = ReportFilters(campaign_id=history.web)
    reps = by_name(services.reports.conversion_by_rep(history.supervisor, NOVEMBER, only_web))
    assert (reps["Marco"].claimed, reps["Marco"].sales_ready, reps["Marco"].accepted) == (1, 1, 1)
    assert reps["Rita"].claimed == 0
    campaigns = services.reports.conversion_by_campaign(history.supervisor, NOVEMBER, only_web)
    assert [c.campaign for c in campaigns] == ["Web"]


def test_bad_choices_and_periods_are_refused(services: Services, history: History) -> None:
    with pytest.raises(InvalidInput, match="after it ends"):
        Period(date(2026, 11, 30), date(2026, 11, 1))
    with pytest.raises(InvalidInput, match="not one of"):
        services.reports.conversion_table(history.supervisor, "planet", NOVEMBER)


def test_rollup_follows_deletes_and_matches_a_recount(services: Services, history: History) -> None:
    with services.db.unit_of_work() as uow:
        uow.session.execute(delete(CallAttempt).where(CallAttempt.rep_id == history.rita.user_id))
        uow.commit()
    rows = by_name(services.reports.conversion_by_rep(history.supervisor, NOVEMBER))
    assert rows["Rita"].claimed == 0 and rows["Marco"].claimed == 3
    with services.db.unit_of_work(write=False) as uow:
        rolled = uow.session.execute(select(func.sum(ActivityDay.attempts))).scalar_one()
        counted = uow.session.execute(select(func.count()).select_from(CallAttempt)).scalar_one()
    assert rolled == counted == 4
