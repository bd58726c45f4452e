"""Activity over time: attempts, contacts and sales-ready outcomes per day."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import ActivityDay, User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports.conversion import activity_filters
from qualifier_app.services.reports.dto import ReportFilters, TrendPoint
from qualifier_app.services.reports.query_parts import activity_days


def trend(
    session: Session, actor: Actor, period: Period, filters: ReportFilters
) -> list[TrendPoint]:
    """Attempts, contacts and sales-ready outcomes per day, for the trend chart."""
    where = [*activity_days(period), *activity_filters(filters)]
    query = select(
        ActivityDay.day,
        func.sum(ActivityDay.attempts),
        func.sum(ActivityDay.contacts),
        func.sum(ActivityDay.sales_ready),
    ).where(*where)
    users = scope_of(session, actor).users()
    if users is not None or filters.team_id is not None:
        query = query.join(User, User.id == ActivityDay.rep_id)
        if users is not None:
            query = query.where(users)
        if filters.team_id is not None:
            query = query.where(User.team_id == filters.team_id)
    rows = session.execute(query.group_by(ActivityDay.day).order_by(ActivityDay.day)).all()
    return [
        TrendPoint(day.isoformat(), int(a or 0), int(c or 0), int(s or 0)) for day, a, c, s in rows
    ]
