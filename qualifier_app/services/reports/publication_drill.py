"""Drill-down of the weekly publication's summary: the handoffs behind a partner's reporting
compliance and its routing weight, at the end of the week and at the end of the week before.

They are selected by the rule that measured them (publication_cards.weights and
closed_loop.track_of): the handoffs sent in the performance window before the moment of
measuring; of those, the ones sent at least `stale_days` before it are due for news, and a due
one was kept up to date unless it is stale (open with no news for `stale_days`) or expired.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, not_, or_, select

from qualifier_app.domain.closed_loop import AWAITING_NEWS, HandoffStatus
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Handoff, Partner
from qualifier_app.services.reports.drill_groups import EVERY_GROUP
from qualifier_app.services.reports.publication_cards import Week
from qualifier_app.services.reports.query_parts import no_amount

BY = "publication"
# Figures of a partner in the supervisors' summary, and what each opens.
FIGURES = {
    "reporting_due": "handoffs old enough that news was due (compliance's denominator)",
    "reported": "due handoffs the partner kept up to date (what compliance counts)",
    "not_reported": "due handoffs with no news for stale_days, or expired",
    "weight_now": "handoffs the routing weight at the end of the week is measured over",
    "weight_before": "handoffs the routing weight a week earlier was measured over",
}


def week_of(period: Period) -> Week:
    """The ISO week a publication drill is asked for, given as its Monday to Sunday."""
    start = period.start
    if start is None or start.isoweekday() != 1 or period.end != start + timedelta(days=6):
        raise InvalidInput(
            message("a publication's figure belongs to one ISO week, Monday to Sunday"), "week"
        )
    year, number, _ = start.isocalendar()
    return Week(year, number)


def week_period(week: Week) -> Period:
    return Period(week.monday, week.monday + timedelta(days=6))


def items(
    policy: RoutingPolicy, group: str, figure: str, period: Period, now: datetime
) -> Select[Any]:
    """One row (lead id, no amount) per handoff behind `figure` of partner `group` in the
    publication of the week `period`, measured as of `now` when the week has not ended."""
    if figure not in FIGURES:
        raise InvalidInput(
            message(
                "{value!r} is not one of {join}", value=figure, join=", ".join(sorted(FIGURES))
            ),
            "figure",
        )
    week_of(period)
    at = min(period.before or now, now)  # the center's midnight after the week
    if figure == "weight_before":
        at -= timedelta(days=7)
    where: list[ColumnElement[bool]] = [
        Handoff.sent_at >= at - timedelta(days=policy.performance_days),
        Handoff.sent_at < at,
    ]
    if group != EVERY_GROUP:
        where.append(Partner.name == group)
    if figure in ("reporting_due", "reported", "not_reported"):
        due_by = at - timedelta(days=policy.stale_days)
        where.append(Handoff.sent_at <= due_by)
        stale = and_(
            Handoff.status.in_([s.value for s in AWAITING_NEWS]),
            func.coalesce(Handoff.last_update_at, Handoff.sent_at) <= due_by,
        )
        missed = or_(stale, Handoff.status == HandoffStatus.EXPIRED.value)
        if figure == "reported":
            where.append(not_(missed))
        elif figure == "not_reported":
            where.append(missed)
    return (
        select(Handoff.lead_id, no_amount())
        .join(Partner, Partner.id == Handoff.partner_id)
        .where(*where)
    )
