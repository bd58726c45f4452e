"""Drill-down: the leads behind a figure of a status report, counted by the same rule.

A figure's leads are selected by the same SQL that counted them (status_kpis.lead_base and
status_kpis.grouped), so the list a supervisor opens always has as many leads as the figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Campaign, Handoff, Lead, Queue
from qualifier_app.services.reports import conversion_drill
from qualifier_app.services.reports.dto import KPI_BY, OPEN_OPPORTUNITY, ReportFilters
from qualifier_app.services.reports.lead_export import COLUMNS
from qualifier_app.services.reports.query_parts import bad_choice
from qualifier_app.services.reports.status_kpis import grouped, lead_base

# The status table's columns that stand for leads, and what a lead must be to be behind them.
LEAD_FIGURES = ("total", "pending", "active", "unqualified")
# The columns that stand for handoffs: the leads of the handoffs credited to the group.
HANDOFF_FIGURES = ("handoffs", "pipeline", "won")
DRILLABLE = LEAD_FIGURES + HANDOFF_FIGURES
SHOWN_AT_MOST = 1000


@dataclass(frozen=True)
class DrillRow:
    lead_id: int
    company: str
    contact: str
    status: str
    country: str
    campaign: str


@dataclass(frozen=True)
class Drill:
    """The leads behind one figure: how many, and the first SHOWN_AT_MOST of them."""

    title: str
    count: int
    rows: tuple[DrillRow, ...]


def lead_ids(
    session: Session,
    actor: Actor,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: ReportFilters,
) -> Select[Any]:
    """The ids of the leads behind `figure` of `group` in the status report by `by` (or the
    conversion report, when `by` is `conversion:rep|campaign|partner`)."""
    if by.startswith(conversion_drill.PREFIX):
        by = by.removeprefix(conversion_drill.PREFIX)
        return conversion_drill.lead_ids(session, actor, by, group, figure, period, filters)
    if by not in KPI_BY:
        raise bad_choice("by", by, KPI_BY)
    if figure not in DRILLABLE:
        raise InvalidInput(
            message("the figure {figure!r} does not stand for leads", figure=figure), "figure"
        )
    base = lead_base(session, actor, period, filters, by in ("rep", "team"))
    if figure in LEAD_FIGURES:
        query: Select[Any] = select(base.c.lead_id).select_from(base)
        query, label = grouped(
            by, query, base.c.region, base.c.rep_id, base.c.partner_id, base.c.partner_rep_id
        )
        where: list[ColumnElement[bool]] = [label == group]
        if figure != "total":
            where.append(base.c[figure] == 1)
        return query.where(*where)
    query = (
        select(Handoff.lead_id).select_from(Handoff).join(base, base.c.lead_id == Handoff.lead_id)
    )
    query, label = grouped(
        by,
        query,
        base.c.region,
        Handoff.qualified_by_id,
        Handoff.partner_id,
        Handoff.partner_rep_id,
    )
    where = [label == group]
    if figure == "pipeline":
        where += [Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value.is_not(None)]
    elif figure == "won":
        where += [Handoff.status == "won", Handoff.won_revenue.is_not(None)]
    return query.where(*where).distinct()


def drill(
    session: Session,
    actor: Actor,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: ReportFilters,
) -> Drill:
    ids = lead_ids(session, actor, by, group, figure, period, filters).subquery()
    count = session.execute(select(func.count()).select_from(ids)).scalar_one()
    rows = session.execute(
        select(
            Lead.id,
            Lead.company,
            Lead.first_name,
            Lead.last_name,
            Lead.status,
            Lead.country,
            Campaign.name,
        )
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
        .where(Lead.id.in_(select(ids.c[0])))
        .order_by(Lead.id)
        .limit(SHOWN_AT_MOST)
    ).all()
    return Drill(
        f"{group} · {figure} · {period.text()}",
        int(count),
        tuple(
            DrillRow(
                lead_id,
                company,
                " ".join(part for part in (first, last) if part),
                status,
                country or "",
                campaign or "",
            )
            for lead_id, company, first, last, status, country, campaign in rows
        ),
    )


def export_rows(session: Session, ids: Select[Any]) -> Iterator[Sequence[Any]]:
    """Every lead behind the figure, with the columns of `qualifier export leads`."""
    query = (
        select(*(column for _, column in COLUMNS))
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
        .outerjoin(Queue, Queue.id == Lead.queue_id)
        .where(Lead.id.in_(ids))
        .order_by(Lead.id)
    )
    yield from session.execute(query.execution_options(yield_per=2000))
