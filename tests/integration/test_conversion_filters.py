"""Every figure of the conversion reports honours the team and country filters, so the
handed-off totals agree per rep, per campaign and per partner; on both databases."""

from __future__ import annotations

from datetime import date

from qualifier_app.app import Services
from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports.conversion_drill import PREFIX
from qualifier_app.services.reports.dto import ReportFilters
from tests.support.factories import Factory
from tests.support.report_history import build_history

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_the_country_filter_reaches_every_figure(services: Services, factory: Factory) -> None:
    history = build_history(services, factory)
    boss, reports, gb = history.supervisor, services.reports, ReportFilters(country="GB")
    reps = {r.rep: r for r in reports.conversion_by_rep(boss, NOVEMBER, gb)}
    marco, rita = reps[history.marco.display_name], reps[history.rita.display_name]
    assert (marco.claimed, marco.contacted, marco.sales_ready, marco.handoffs) == (1, 1, 1, 1)
    assert (rita.claimed, rita.sales_ready, rita.handoffs) == (0, 0, 0)
    campaigns = reports.conversion_by_campaign(boss, NOVEMBER, gb)
    partners = reports.conversion_by_partner(boss, NOVEMBER, gb)
    handed = [sum(r.handoffs for r in rows) for rows in (reps.values(), campaigns, partners)]
    assert handed == [1, 1, 1]
    assert {c.campaign: c.qualified for c in campaigns if c.qualified} == {"Web": 1}
    assert sum(r.sales_ready for r in reps.values()) == sum(c.qualified for c in campaigns)
    for figure, counted in (("claimed", 1), ("sales_ready", 1), ("hours", None)):
        drilled = reports.drill(boss, PREFIX + "rep", marco.rep, figure, NOVEMBER, gb)
        assert drilled.items == 1 and (counted is None or drilled.count == counted), figure
    show = reports.drill(boss, PREFIX + "campaign", "Show", "qualified", NOVEMBER, gb)
    assert show.items == 0
    assert [(p.attempts, p.sales_ready) for p in reports.trend(boss, NOVEMBER, gb)] == [(1, 1)]


def test_a_campaigns_qualified_leads_are_the_teams_under_a_team_filter(
    services: Services, factory: Factory
) -> None:
    history = build_history(services, factory)
    boss, reports = history.supervisor, services.reports
    for team, qualified in (("Team A", {"Show": 2, "Web": 1}), ("Team B", {})):
        only = ReportFilters(team_id=factory.team(team))
        rows = reports.conversion_by_campaign(boss, NOVEMBER, only)
        assert {r.campaign: r.qualified for r in rows if r.qualified} == qualified, team
        for row in rows:
            drilled = reports.drill(
                boss, PREFIX + "campaign", row.campaign, "qualified", NOVEMBER, only
            )
            assert drilled.items == row.qualified, (team, row.campaign)
        by_rep = reports.conversion_by_rep(boss, NOVEMBER, only)
        assert sum(r.sales_ready for r in by_rep) == sum(qualified.values()), team
