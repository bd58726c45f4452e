"""Every grouping of a report must add up to the same totals, and to a direct count."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select

from qualifier_app.app import Services
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import ActivityDay, Handoff, Lead
from qualifier_app.services.center_days import center_zone
from qualifier_app.services.reports.dto import KPI_BY
from qualifier_app.services.reports.query_parts import activity_days, between


def _truth_status(services: Services, period: Period) -> tuple[int, int, Decimal, Decimal]:
    """Leads that inquired in the period; their handoffs, open pipeline and won revenue."""
    with services.db.unit_of_work(write=False) as uow:
        leads = select(Lead.id).where(Lead.status != "merged", *between(Lead.inquired_at, period))
        count = uow.session.execute(select(func.count()).select_from(leads.subquery())).scalar()
        handoffs, pipeline, won = uow.session.execute(
            select(
                func.count(),
                func.sum(
                    case((Handoff.status.in_(("accepted", "active")), Handoff.pipeline_value))
                ),
                func.sum(case((Handoff.status == "won", Handoff.won_revenue))),
            ).where(Handoff.lead_id.in_(leads))
        ).one()
    return int(count or 0), int(handoffs), Decimal(pipeline or 0), Decimal(won or 0)


def _truth_conversion(services: Services, period: Period) -> tuple[int, int, int, Decimal, int]:
    """Handoffs made in the period: how many, accepted, won, won revenue; sales-ready calls."""
    with services.db.unit_of_work(write=False) as uow:
        handed, accepted, won, revenue = uow.session.execute(
            select(
                func.count(),
                func.sum(case((Handoff.accepted_at.is_not(None), 1), else_=0)),
                func.sum(case((Handoff.status == "won", 1), else_=0)),
                func.sum(case((Handoff.status == "won", Handoff.won_revenue))),
            ).where(*between(Handoff.created_at, period))
        ).one()
        ready = uow.session.execute(
            select(func.sum(ActivityDay.sales_ready)).where(*activity_days(period))
        ).scalar()
    return int(handed), int(accepted or 0), int(won or 0), Decimal(revenue or 0), int(ready or 0)


def _sum(rows: list[Any], *fields: str) -> tuple[Any, ...]:
    return tuple(sum((getattr(row, field) for row in rows), start=0) for field in fields)


def check_reports_reconcile(services: Services, actor: Actor, period: Period) -> dict[str, Any]:
    """Asserts that every grouping adds up to the truth; returns the status totals."""
    reports = services.reports
    with services.db.unit_of_work(write=False) as uow:
        # The truths count the center's days, as the reports do.
        zoned = period.in_zone(center_zone(uow.session))
    expected = _truth_status(services, zoned)
    for by in KPI_BY:
        rows = reports.status_kpis(actor, by, period)
        totals = _sum(rows, "total", "handoffs", "pipeline_value", "won_revenue")
        assert totals == expected, f"status by {by}: {totals} != {expected}"
        groups = [row.group for row in rows]
        assert len(groups) == len(set(groups)), f"status by {by}: a group twice"
        for row in rows:
            assert row.pending + row.active + row.unqualified <= row.total, (by, row)
    handed, accepted, won, revenue, ready = _truth_conversion(services, zoned)
    conversion = {
        "rep": reports.conversion_by_rep(actor, period),
        "campaign": reports.conversion_by_campaign(actor, period),
        "partner": reports.conversion_by_partner(actor, period),
    }
    for by, rows in conversion.items():
        totals = _sum(rows, "handoffs", "accepted", "won", "revenue")
        assert totals == (handed, accepted, won, revenue), f"conversion by {by}: {totals}"
    assert _sum(conversion["rep"], "sales_ready") == (ready,)
    assert _sum(conversion["campaign"], "qualified") == (ready,)
    return {"leads": expected[0], "handoffs": expected[1], "won": expected[3]}
