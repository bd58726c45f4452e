"""Pieces every report query uses: the period as conditions, counting, money."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Numeric, case, cast, func, null, text
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import ActivityDay
from qualifier_app.services.reports.dto import ZERO


def money_or_zero(value: Decimal | None) -> Decimal:
    return value if value is not None else ZERO


def no_amount() -> Any:
    """A drilled item that adds no money or hours (typed, so PostgreSQL can sum it)."""
    return cast(null(), Numeric(14, 2))


def between(column: Any, period: Period) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if period.since is not None:
        conditions.append(column >= period.since)
    if period.before is not None:
        conditions.append(column < period.before)
    return conditions


def activity_days(period: Period) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if period.start is not None:
        conditions.append(ActivityDay.day >= period.start)
    if period.end is not None:
        conditions.append(ActivityDay.day <= period.end)
    return conditions


def count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def bad_choice(field: str, value: str, choices: tuple[str, ...]) -> Exception:
    return InvalidInput(
        message("{value!r} is not one of {join}", value=value, join=", ".join(choices)), field
    )


def without_jit(session: Session) -> None:
    """PostgreSQL compiles a query whose estimated cost passes `jit_above_cost` to machine
    code, in the leader and in every parallel worker. For the reports that costs more than
    it saves: 130-540 ms more on a status report at a million leads (EXPLAIN ANALYZE,
    docs/benchmarks.md). Off for the rest of this transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
