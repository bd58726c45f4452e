"""Every figure of every report opens exactly what it counts: as many leads, handoffs or calls
as the figure says, whose amounts add up to its money or hours; on both databases, for every
grouping, with and without filters, and for a team lead's own team."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from qualifier_app.app import Services
from qualifier_app.cli.main import main
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.services.reports.conversion_drill import FIGURES, PREFIX
from qualifier_app.services.reports.drill_groups import EVERY_GROUP
from qualifier_app.services.reports.dto import KPI_BY, ReportFilters
from tests.support.factories import Factory
from tests.support.report_history import build_history

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))

# Figure → (the report row's attribute it must equal, and whether the items' count or their
# amount is compared).
CONVERSION: dict[str, tuple[str, str]] = {
    "claimed": ("claimed", "items"),
    "contacted": ("contacted", "items"),
    "contact_rate": ("contacted", "items"),
    "sales_ready": ("sales_ready", "items"),
    "qualify_rate": ("sales_ready", "items"),
    "qualified": ("qualified", "items"),
    "cost_per_qualified": ("qualified", "items"),
    "inquiries": ("inquiries", "items"),
    "handoffs": ("handoffs", "items"),
    "accepted": ("accepted", "items"),
    "acceptance_rate": ("accepted", "items"),
    "won": ("won", "items"),
    "win_rate": ("won", "items"),
    "sla_breaches": ("sla_breaches", "items"),
    "feedback_compliance": ("with_feedback", "items"),
    "hours": ("hours_on_leads", "amount"),
    "hours_to_accept": ("hours_to_accept", "amount"),
    "revenue": ("revenue", "amount"),
    "roi": ("revenue", "amount"),
}
STATUS: dict[str, tuple[str, str]] = {
    "total": ("total", "items"),
    "pending": ("pending", "items"),
    "active": ("active", "items"),
    "unqualified": ("unqualified", "items"),
    "handoffs": ("handoffs", "items"),
    "pipeline": ("pipeline_value", "amount"),
    "won": ("won_revenue", "amount"),
}


def _money(value: Any) -> Decimal:
    return Decimal(value or 0).quantize(Decimal("0.01"))


def _check(found: Any, expected: Any, compared: str, where: tuple[Any, ...]) -> None:
    if compared == "items":
        assert found.items == expected, where
        if found.unit == "leads":
            assert found.count == found.items, where
        assert (found.count == 0) == (expected == 0), where
    elif expected is None:  # an average of nothing
        assert found.items == 0, where
    else:
        assert _money(found.amount) == _money(expected), where
    assert len(found.rows) == min(found.count, 1000), where


def _conversion_rows(services: Services, actor: Actor, by: str, period: Period, f: Any) -> Any:
    reports = services.reports
    if by == "rep":
        return [(row.rep, row) for row in reports.conversion_by_rep(actor, period, f)]
    if by == "campaign":
        return [(row.campaign, row) for row in reports.conversion_by_campaign(actor, period, f)]
    return [(row.partner, row) for row in reports.conversion_by_partner(actor, period, f)]


def check_every_figure(
    services: Services, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> int:
    """Drills into every figure of every report; returns how many items were opened."""
    reports, f = services.reports, filters or ReportFilters()
    opened = 0
    for by in KPI_BY:
        rows = reports.status_kpis(actor, by, period, f)
        for row in rows:
            for figure, (attribute, compared) in STATUS.items():
                found = reports.drill(actor, by, row.group, figure, period, f)
                _check(found, getattr(row, attribute), compared, (by, row.group, figure))
                opened += found.items
        every = reports.drill(actor, by, EVERY_GROUP, "total", period, f)
        assert every.items == sum(row.total for row in rows)
    for by, figures in FIGURES.items():
        rows = _conversion_rows(services, actor, by, period, f)
        for group, row in rows:
            for figure in figures:
                attribute, compared = CONVERSION[figure]
                expected = getattr(row, attribute)
                found = reports.drill(actor, PREFIX + by, group, figure, period, f)
                _check(found, expected, compared, (by, group, figure))
                opened += found.items
    # The funnel (every rep at once) and each day of the trend.
    reps = reports.conversion_by_rep(actor, period, f)
    for figure in ("claimed", "contacted", "sales_ready", "accepted", "won"):
        found = reports.drill(actor, PREFIX + "rep", EVERY_GROUP, figure, period, f)
        assert found.items == sum(getattr(row, figure) for row in reps), figure
    for point in reports.trend(actor, period, f):
        day = date.fromisoformat(point.day)
        for figure, expected in (
            ("claimed", point.attempts),
            ("contacted", point.contacts),
            ("sales_ready", point.sales_ready),
        ):
            found = reports.drill(actor, PREFIX + "rep", EVERY_GROUP, figure, Period(day, day), f)
            assert found.items == expected, (point.day, figure)
    return opened


def test_every_figure_of_the_known_history(services: Services, factory: Factory) -> None:
    history = build_history(services, factory)
    assert check_every_figure(services, history.supervisor, NOVEMBER) > 0
    team_a = factory.team("Team A")
    check_every_figure(services, history.supervisor, NOVEMBER, ReportFilters(team_id=team_a))
    check_every_figure(
        services, history.supervisor, Period(), ReportFilters(campaign_id=history.show)
    )
    check_every_figure(services, history.supervisor, NOVEMBER, ReportFilters(country="GB"))
    check_every_figure(services, history.tina, NOVEMBER)  # a team lead sees their team


def test_a_lead_handed_off_twice_is_two_handoffs_and_one_lead(
    services: Services, factory: Factory
) -> None:
    history = build_history(services, factory)
    found = services.reports.drill(
        history.supervisor, PREFIX + "rep", EVERY_GROUP, "claimed", NOVEMBER
    )
    assert found.unit == "calls" and found.items >= found.count > 0
    assert found.summary.startswith(f"{found.items:,} calls of {found.count:,} lead")


def test_every_figure_of_generated_history(services: Services, database_url: str) -> None:
    args = ["--db", database_url, "demo", "--inquiries", "100", "--history", "30", "--seed", "3"]
    assert main(args) == 0
    today = services.clock.now().date()
    assert check_every_figure(services, OPERATOR, Period(today - timedelta(days=20), today)) > 0
