"""Which reps a row of the report per rep stands for, as the drill-down selects them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from qualifier_app.persistence.models import User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports.dto import ReportFilters

# Every group of a report at once (the funnel, the trend): the report's totals.
EVERY_GROUP = "(every group)"


def rep_ids(session: Session, actor: Any, group: str, filters: ReportFilters) -> Select[Any] | None:
    """The reps whose row is `group` in the report per rep, within the actor's scope and the
    team filter; None when every rep counts and no condition is needed."""
    reps = select(User.id)
    scope = scope_of(session, actor).users()
    if group != EVERY_GROUP:
        reps = reps.where(User.display_name == group)
    elif scope is None and filters.team_id is None:
        return None
    if scope is not None:
        reps = reps.where(scope)
    if filters.team_id is not None:
        reps = reps.where(User.team_id == filters.team_id)
    return reps
