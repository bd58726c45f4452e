"""Drill-down from the conversion reports: the items behind every figure of a rep, a campaign
or a partner, selected by the same conditions that counted them in conversion.py.

An item is what the figure counts: a handoff (handed off, accepted, won, revenue, SLA
breaches …), a call (claimed, contacted, sales-ready, hours, qualified; see call_drill.py) or
a lead (inquiries). Each item is one row (lead id, amount), so the drilled list has exactly as
many items as the figure says, and the amounts add up to a money or hours figure. A rate opens
the items it counts (its numerator); ROI opens the won revenue it is made of.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, false, select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Campaign, Handoff, Lead, Partner
from qualifier_app.persistence.sql_functions import seconds_between
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports import call_drill
from qualifier_app.services.reports.conversion import (
    NO_CAMPAIGN,
    NO_REP,
    handoff_filters,
    inquiry_filters,
    lead_filters,
)
from qualifier_app.services.reports.drill_groups import EVERY_GROUP, rep_ids
from qualifier_app.services.reports.dto import ReportFilters
from qualifier_app.services.reports.query_parts import bad_choice, between, no_amount

PREFIX = "conversion:"
# What each figure counts: the handoffs meeting a condition, or calls (call_drill.py).
HANDOFF_FIGURES: dict[str, str] = {
    "handoffs": "handoffs",
    "accepted": "accepted",
    "acceptance_rate": "accepted",
    "won": "won",
    "win_rate": "won",
    "revenue": "revenue",
    "roi": "revenue",
    "sla_breaches": "sla_breaches",
    "feedback_compliance": "with_feedback",
    "hours_to_accept": "hours_to_accept",
}
FIGURES: dict[str, tuple[str, ...]] = {
    "rep": (
        "claimed",
        "contacted",
        "sales_ready",
        "handoffs",
        "accepted",
        "won",
        "contact_rate",
        "qualify_rate",
        "acceptance_rate",
        "win_rate",
        "hours",
        "revenue",
    ),
    "campaign": (
        "inquiries",
        "qualified",
        "handoffs",
        "accepted",
        "won",
        "revenue",
        "cost_per_qualified",
        "roi",
    ),
    "partner": (
        "handoffs",
        "accepted",
        "acceptance_rate",
        "hours_to_accept",
        "sla_breaches",
        "feedback_compliance",
        "won",
        "win_rate",
        "revenue",
    ),
}


def _handoff_figure(figure: str) -> tuple[list[ColumnElement[bool]], Any]:
    """The condition a handoff meets to count in `figure`, and the amount it adds."""
    counted = HANDOFF_FIGURES[figure]
    conditions: dict[str, list[ColumnElement[bool]]] = {
        "handoffs": [],
        "accepted": [Handoff.accepted_at.is_not(None)],
        "won": [Handoff.status == "won"],
        "revenue": [Handoff.status == "won", Handoff.won_revenue.is_not(None)],
        "sla_breaches": [Handoff.sla_breached.is_(True)],
        "with_feedback": [Handoff.sent_at.is_not(None), Handoff.last_update_at.is_not(None)],
        "hours_to_accept": [Handoff.accepted_at.is_not(None), Handoff.sent_at.is_not(None)],
    }
    amounts: dict[str, Any] = {
        "revenue": Handoff.won_revenue,
        "hours_to_accept": seconds_between(Handoff.sent_at, Handoff.accepted_at),
    }
    return conditions[counted], amounts.get(counted)


def items(
    session: Session,
    actor: Any,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: ReportFilters,
) -> Select[Any]:
    """One row (lead id, amount) per item behind `figure` of `group` in the report by `by`."""
    if by not in FIGURES:
        raise InvalidInput(message("there is no conversion report by {by!r}", by=by), "by")
    if figure not in FIGURES[by]:
        raise bad_choice("figure", figure, FIGURES[by])
    if figure in call_drill.CALL_FIGURES:
        return call_drill.calls(session, actor, by, group, figure, period, filters)
    if figure == "inquiries":
        return _inquiries(session, actor, group, period, filters)
    condition, amount = _handoff_figure(figure)
    where = [*between(Handoff.created_at, period), *condition]
    where += _group_where(session, actor, by, group, filters)
    return (
        select(Handoff.lead_id.label("lead_id"), (amount if amount is not None else no_amount()))
        .select_from(Handoff)
        .join(Lead, Lead.id == Handoff.lead_id)
        .where(*where)
    )


def _group_where(
    session: Session, actor: Any, by: str, group: str, filters: ReportFilters
) -> list[ColumnElement[bool]]:
    """The handoffs credited to `group`, with the report's filters, as conversion.py has them."""
    where: list[ColumnElement[bool]] = []
    if by == "rep":
        if group == NO_REP:
            no_rep = scope_of(session, actor).users() is None and filters.team_id is None
            where.append(Handoff.qualified_by_id.is_(None) if no_rep else false())
        else:
            reps = rep_ids(session, actor, group, filters)
            if reps is not None:
                where.append(Handoff.qualified_by_id.in_(reps))
        return where + lead_filters(filters)
    if by == "campaign":
        where.append(
            Lead.campaign_id.is_(None)
            if group == NO_CAMPAIGN
            else Lead.campaign_id.in_(select(Campaign.id).where(Campaign.name == group))
        )
    elif group != EVERY_GROUP:
        where.append(Handoff.partner_id.in_(select(Partner.id).where(Partner.name == group)))
    return where + handoff_filters(filters, rep_ids(session, actor, EVERY_GROUP, filters))


def _inquiries(
    session: Session, actor: Any, group: str, period: Period, filters: ReportFilters
) -> Select[Any]:
    """The campaign's leads that inquired in the period (merged ones too, as counted)."""
    where: list[ColumnElement[bool]] = [
        Lead.campaign_id.is_(None)
        if group == NO_CAMPAIGN
        else Lead.campaign_id.in_(select(Campaign.id).where(Campaign.name == group)),
        *inquiry_filters(session, actor, period, filters),
    ]
    return select(Lead.id.label("lead_id"), no_amount()).where(*where)
