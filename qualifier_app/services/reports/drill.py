"""Drill-down: the leads behind a figure of a report, counted by the same rule.

A figure's items (leads, handoffs or calls) are selected by the same conditions that counted
them (status_kpis.lead_base and status_kpis.grouped for the status reports; conversion_drill
for the conversion reports), so the drilled list has exactly as many items as the figure, and
their amounts add up to a money figure. The leads of those items are listed, each once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.reporting import Period, hours
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import Campaign, Handoff, Lead, Queue
from qualifier_app.services.center_days import center_currency
from qualifier_app.services.reports import call_drill, conversion_drill, publication_drill
from qualifier_app.services.reports.drill_groups import EVERY_GROUP
from qualifier_app.services.reports.dto import KPI_BY, OPEN_OPPORTUNITY, ReportFilters
from qualifier_app.services.reports.lead_export import COLUMNS
from qualifier_app.services.reports.query_parts import bad_choice, money_or_zero, no_amount
from qualifier_app.services.reports.status_kpis import grouped, lead_base

# The status table's columns that stand for leads, and what a lead must be to be behind them.
LEAD_FIGURES = ("total", "pending", "active", "unqualified")
# The columns that stand for handoffs: the leads of the handoffs credited to the group.
HANDOFF_FIGURES = ("handoffs", "pipeline", "won")
DRILLABLE = LEAD_FIGURES + HANDOFF_FIGURES
MONEY_FIGURES = ("pipeline", "won", "revenue", "roi")
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
    count: int  # leads, each once
    rows: tuple[DrillRow, ...]
    items: int = 0  # what the figure counts: leads, handoffs or calls
    unit: str = "leads"
    amount: Decimal | None = None  # the money or hours the items add up to
    currency: str = ""  # the amount's, when it is money

    @property
    def summary(self) -> str:
        counted = _how_many(self.items, self.unit)
        if self.unit != "leads":
            counted += f" of {_how_many(self.count, 'leads')}"
        if self.amount is None:
            return counted
        return f"{counted}, {self.amount:,.2f}" + (f" {self.currency}" if self.currency else "")


def _how_many(number: int, unit: str) -> str:
    return f"{number:,} {unit.removesuffix('s') if number == 1 else unit}"


def items(
    session: Session,
    actor: Actor,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: ReportFilters,
    *,
    policy: RoutingPolicy | None = None,
    now: datetime | None = None,
) -> Select[Any]:
    """One row (lead id, amount) per item behind `figure` of `group` in the status report by
    `by` (or the conversion report, when `by` is `conversion:rep|campaign|partner`; or, when
    `by` is `publication`, the week `period`'s publication, measured with `policy` as of
    `now`)."""
    if by == publication_drill.BY:
        assert now is not None
        return publication_drill.items(policy or RoutingPolicy(), group, figure, period, now)
    if by.startswith(conversion_drill.PREFIX):
        by = by.removeprefix(conversion_drill.PREFIX)
        return conversion_drill.items(session, actor, by, group, figure, period, filters)
    if by not in KPI_BY:
        raise bad_choice("by", by, KPI_BY)
    if figure not in DRILLABLE:
        raise bad_choice("figure", figure, DRILLABLE)
    base = lead_base(session, actor, period, filters, by in ("rep", "team"))
    if figure in LEAD_FIGURES:
        query: Select[Any] = select(base.c.lead_id, no_amount()).select_from(base)
        query, label = grouped(
            by, query, base.c.region, base.c.rep_id, base.c.partner_id, base.c.partner_rep_id
        )
        where: list[ColumnElement[bool]] = [] if group == EVERY_GROUP else [label == group]
        if figure != "total":
            where.append(base.c[figure] == 1)
        return query.where(*where)
    handoff_where: list[ColumnElement[bool]] = []
    amount: Any = no_amount()
    if figure == "pipeline":
        handoff_where = [Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value.is_not(None)]
        amount = Handoff.pipeline_value
    elif figure == "won":
        handoff_where = [Handoff.status == "won", Handoff.won_revenue.is_not(None)]
        amount = Handoff.won_revenue
    query = (
        select(Handoff.lead_id, amount)
        .select_from(Handoff)
        .join(base, base.c.lead_id == Handoff.lead_id)
    )
    query, label = grouped(
        by,
        query,
        base.c.region,
        Handoff.qualified_by_id,
        Handoff.partner_id,
        Handoff.partner_rep_id,
    )
    if group != EVERY_GROUP:
        handoff_where.append(label == group)
    return query.where(*handoff_where)


def lead_ids(counted: Select[Any]) -> Select[Any]:
    """The leads of the items a figure counts (see `items`), each once."""
    sub = counted.subquery()
    return select(sub.c[0]).distinct()


def drill(
    session: Session,
    actor: Actor,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: ReportFilters,
    *,
    policy: RoutingPolicy | None = None,
    now: datetime | None = None,
) -> Drill:
    counted = items(
        session, actor, by, group, figure, period, filters, policy=policy, now=now
    ).subquery()
    how_many, leads, amount = session.execute(
        select(func.count(), func.count(distinct(counted.c[0])), func.sum(counted.c[1]))
    ).one()
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
        .where(Lead.id.in_(select(counted.c[0])))
        .order_by(Lead.id)
        .limit(SHOWN_AT_MOST)
    ).all()
    unit = unit_of(by, figure)
    return Drill(
        f"{group} · {figure} · {period.text()}",
        int(leads),
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
        items=int(how_many),
        unit=unit,
        amount=_amount(figure, amount, int(how_many)),
        currency=center_currency(session) if figure in MONEY_FIGURES else "",
    )


def unit_of(by: str, figure: str) -> str:
    """What one item of the figure is: a lead, a handoff or a call."""
    if by == publication_drill.BY:
        return "handoffs"
    if by.startswith(conversion_drill.PREFIX):
        if figure in call_drill.CALL_FIGURES:
            return "calls"
        return "leads" if figure == "inquiries" else "handoffs"
    return "leads" if figure in LEAD_FIGURES else "handoffs"


def _amount(figure: str, total: Any, how_many: int) -> Decimal | None:
    """The figure's money or hours, from its items (hours to accept: their average)."""
    if figure == "hours":
        return hours(total)
    if figure == "hours_to_accept":
        return hours(total / how_many) if how_many else None
    if figure in MONEY_FIGURES:
        return money_or_zero(None if total is None else Decimal(str(total)))
    return None


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
