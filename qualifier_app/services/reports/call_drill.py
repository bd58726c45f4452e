"""The calls behind an activity figure (claimed, contacted, sales-ready, hours on leads,
a campaign's qualified leads, a day of the trend).

The reports read these figures from `activity_by_day`, which triggers keep from
`call_attempts` and `leads`: a call counts on the UTC day it started, for its rep and the
campaign and country its lead has now (migration 0041). The drill reads the calls themselves
with the same conditions, so its list has as many calls as the figure (a lead called twice is
two calls).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.activity import NO_CONTACT_DISPOSITIONS, SALES_READY_OUTCOME
from qualifier_app.domain.reporting import Period
from qualifier_app.persistence.models import CallAttempt, Campaign, Lead
from qualifier_app.persistence.sql_functions import seconds_between
from qualifier_app.services.reports.conversion import NO_CAMPAIGN, NO_REP, by_reps, lead_filters
from qualifier_app.services.reports.drill_groups import EVERY_GROUP, rep_ids
from qualifier_app.services.reports.dto import ReportFilters
from qualifier_app.services.reports.query_parts import between, no_amount

# Figure → which calls it counts.
CALL_FIGURES: dict[str, str] = {
    "claimed": "all",
    "hours": "all",
    "contacted": "contacted",
    "contact_rate": "contacted",
    "sales_ready": "sales_ready",
    "qualify_rate": "sales_ready",
    "qualified": "sales_ready",
    "cost_per_qualified": "sales_ready",
}


def _kind(figure: str) -> list[ColumnElement[bool]]:
    kind = CALL_FIGURES[figure]
    if kind == "contacted":
        return [CallAttempt.disposition.not_in(sorted(NO_CONTACT_DISPOSITIONS))]
    if kind == "sales_ready":
        return [CallAttempt.outcome == SALES_READY_OUTCOME]
    return []


def calls(
    session: Session,
    actor: Any,
    by: str,
    group: str,
    figure: str,
    period: Period,
    filters: ReportFilters,
) -> Select[Any]:
    """One row (lead id, seconds for `hours`) per call behind `figure` of `group`."""
    where: list[ColumnElement[bool]] = [*between(CallAttempt.started_at, period), *_kind(figure)]
    if by == "rep":
        if group == NO_REP:
            where.append(false())  # handoffs made by hand: no calls
        reps = rep_ids(session, actor, group, filters)
        if reps is not None:
            where.append(CallAttempt.rep_id.in_(reps))
    else:
        where.append(
            Lead.campaign_id.is_(None)
            if group == NO_CAMPAIGN
            else Lead.campaign_id.in_(select(Campaign.id).where(Campaign.name == group))
        )
        where += by_reps(CallAttempt.rep_id, rep_ids(session, actor, EVERY_GROUP, filters))
    where += lead_filters(filters)
    seconds = func.round(seconds_between(CallAttempt.started_at, CallAttempt.ended_at))
    return (
        select(
            CallAttempt.lead_id.label("lead_id"),
            seconds if figure == "hours" else no_amount(),
        )
        .select_from(CallAttempt)
        .join(Lead, Lead.id == CallAttempt.lead_id)
        .where(*where)
    )
