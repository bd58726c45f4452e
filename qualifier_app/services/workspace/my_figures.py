"""The rep's own figures, today and this week: what the rep did on the phone and what the
partners did with the rep's sales-ready leads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import CallAttempt, Handoff
from qualifier_app.services.frame import Frame


@dataclass(frozen=True)
class PeriodFigures:
    since: datetime
    calls: int
    talk_seconds: int
    contacts: int
    sales_ready: int
    accepted: int  # of the rep's handoffs, accepted by the partner in the period
    won: int  # of the rep's handoffs, won by the partner in the period


@dataclass(frozen=True)
class MyFigures:
    at: datetime  # the database's time
    today: PeriodFigures
    week: PeriodFigures


def _one(value: int | None) -> int:
    return int(value or 0)


def period(session: Session, rep_id: int, since: datetime) -> PeriodFigures:
    calls, talk, contacts, sales_ready = session.execute(
        select(
            func.count(),
            func.sum(CallAttempt.talk_seconds),
            func.sum(case((CallAttempt.disposition == Disposition.CONTACTED.value, 1), else_=0)),
            func.sum(case((CallAttempt.outcome == OutcomeKind.SALES_READY.value, 1), else_=0)),
        ).where(queue_sql.calls_started_since(CallAttempt.rep_id == rep_id, since))
    ).one()
    accepted = session.execute(
        select(func.count()).where(Handoff.qualified_by_id == rep_id, Handoff.accepted_at >= since)
    ).scalar_one()
    won = session.execute(
        select(func.count()).where(
            Handoff.qualified_by_id == rep_id,
            Handoff.status == HandoffStatus.WON.value,
            Handoff.last_update_at >= since,
        )
    ).scalar_one()
    return PeriodFigures(
        since, _one(calls), _one(talk), _one(contacts), _one(sales_ready), _one(accepted), _one(won)
    )


def starts(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """Midnight today and Monday midnight of this week, in the rep's own time zone."""
    local = now.astimezone(zone)
    day = datetime.combine(local.date(), time(), zone)
    return day, day - timedelta(days=local.weekday())


class MyFiguresQuery:
    def __init__(self, frame: Frame) -> None:
        self._frame = frame

    def figures(self, actor: Actor, zone: tzinfo) -> MyFigures:
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            session, now = reading.session, reading.now
            day, week = starts(now, zone)
            me = actor.user_id
            return MyFigures(now, period(session, me, day), period(session, me, week))
