"""Drill-down from the conversion reports: the leads behind a rep's, campaign's or partner's
handoff figures (handed off, accepted, won, revenue, SLA breaches), selected by the same
conditions that counted them in conversion.py: the handoffs made in the period, credited to
the rep who made the lead sales-ready, the lead's campaign, or the handoff's partner.

A lead handed off twice in the period to the same group is listed once. The activity figures
(claimed, contacted, sales-ready, hours) are counted from daily activity totals and do not
open leads.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Campaign, Handoff, Lead, Partner, User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports.conversion import NO_CAMPAIGN
from qualifier_app.services.reports.query_parts import between

PREFIX = "conversion:"
# The figures that open leads, per conversion report.
FIGURES: dict[str, tuple[str, ...]] = {
    "rep": ("handoffs", "accepted", "won", "revenue"),
    "campaign": ("handoffs", "accepted", "won", "revenue"),
    "partner": ("handoffs", "accepted", "won", "revenue", "sla_breaches"),
}


def _figure(figure: str) -> list[ColumnElement[bool]]:
    if figure == "accepted":
        return [Handoff.accepted_at.is_not(None)]
    if figure == "won":
        return [Handoff.status == "won"]
    if figure == "revenue":
        return [Handoff.status == "won", Handoff.won_revenue.is_not(None)]
    if figure == "sla_breaches":
        return [Handoff.sla_breached.is_(True)]
    return []


def _in_team(team_id: int) -> ColumnElement[bool]:
    return Handoff.qualified_by_id.in_(select(User.id).where(User.team_id == team_id))


def lead_ids(
    session: Session,
    actor: Actor,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: Any,
) -> Select[Any]:
    """The ids of the leads behind `figure` of `group` in the conversion report by `by`."""
    if by not in FIGURES:
        raise InvalidInput(message("there is no conversion report by {by!r}", by=by), "by")
    if figure not in FIGURES[by]:
        raise InvalidInput(
            message("the figure {figure!r} of this report does not open leads", figure=figure),
            "figure",
        )
    where: list[ColumnElement[bool]] = [*between(Handoff.created_at, period), *_figure(figure)]
    if by == "rep":
        reps = select(User.id).where(User.display_name == group)
        scope = scope_of(session, actor).users()
        if scope is not None:
            reps = reps.where(scope)
        if filters.team_id is not None:
            reps = reps.where(User.team_id == filters.team_id)
        where.append(Handoff.qualified_by_id.in_(reps))
        if filters.campaign_id is not None:
            where.append(Lead.campaign_id == filters.campaign_id)
    else:
        if by == "campaign":
            where.append(
                Lead.campaign_id.is_(None)
                if group == NO_CAMPAIGN
                else Lead.campaign_id.in_(select(Campaign.id).where(Campaign.name == group))
            )
        else:
            where.append(Handoff.partner_id.in_(select(Partner.id).where(Partner.name == group)))
        if filters.team_id is not None:
            where.append(_in_team(filters.team_id))
        if filters.campaign_id is not None:
            where.append(Lead.campaign_id == filters.campaign_id)
        if filters.country:
            where.append(Lead.country == filters.country)
    return (
        select(Handoff.lead_id)
        .select_from(Handoff)
        .join(Lead, Lead.id == Handoff.lead_id)
        .where(*where)
        .distinct()
    )
