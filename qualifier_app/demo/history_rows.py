"""The simulated history as plain tuples, and their bulk writing (COPY on PostgreSQL).

A million leads and millions of attempts never become ORM objects: each row is a tuple in
the order of its table's `*_COLUMNS`. Ids count on from the tables' next free ids, and
`finish` moves the sequences past them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from qualifier_app.persistence import bulk
from qualifier_app.persistence.models import CallAttempt, Handoff, HandoffEvent, Lead, Qualification

ATTEMPT_COLUMNS = (
    "id",
    "request_id",
    "lead_id",
    "rep_id",
    "started_at",
    "ended_at",
    "disposition",
    "outcome",
    "reason",
    "notes",
    "callback_at",
    "callback_rep_id",
    "recycle_on",
)
QUALIFICATION_COLUMNS = (
    "id",
    "call_attempt_id",
    "lead_id",
    "script_id",
    "segment",
    "budget_points",
    "authority_points",
    "need_points",
    "timeline_points",
    "grade",
    "recommendation",
    "decision",
    "overrule_reason",
    "created_at",
)
HANDOFF_COLUMNS = (
    "id",
    "request_id",
    "lead_id",
    "partner_id",
    "partner_rep_id",
    "qualification_id",
    "qualified_by_id",
    "routed_by_id",
    "grade",
    "why",
    "override_reason",
    "status",
    "created_at",
    "sent_at",
    "deadline_at",
    "reminded_at",
    "accepted_at",
    "rejected_at",
    "reject_reason",
    "sla_breached",
    "pipeline_value",
    "won_revenue",
    "closed_on",
    "lost_reason",
    "last_update_at",
    "delivery_attempts",
    "delivered_at",
    "delivery_channel",
    "message_id",
    "version",
)
EVENT_COLUMNS = ("handoff_id", "at", "status", "origin", "note", "data")


@dataclass
class HistoryIds:
    """The next free id of each table the history writes to."""

    attempt: int
    qualification: int
    handoff: int


@dataclass
class HistoryRows:
    attempts: list[tuple[Any, ...]] = field(default_factory=list)
    qualifications: list[tuple[Any, ...]] = field(default_factory=list)
    handoffs: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)


def attempt_row(
    attempt_id: int,
    lead_id: int,
    rep_id: int,
    started: datetime,
    ended: datetime,
    disposition: str,
    outcome: str,
    *,
    reason: str = "",
    callback_at: datetime | None = None,
    callback_rep_id: int | None = None,
    recycle_on: Any = None,
) -> tuple[Any, ...]:
    return (
        attempt_id,
        f"history-{attempt_id}",
        lead_id,
        rep_id,
        started,
        ended,
        disposition,
        outcome,
        reason,
        "",
        callback_at,
        callback_rep_id,
        recycle_on,
    )


def first_ids(session: Session) -> HistoryIds:
    return HistoryIds(
        attempt=bulk.next_id(session, CallAttempt.__table__),  # type: ignore[arg-type]
        qualification=bulk.next_id(session, Qualification.__table__),  # type: ignore[arg-type]
        handoff=bulk.next_id(session, Handoff.__table__),  # type: ignore[arg-type]
    )


def write_history(session: Session, rows: HistoryRows) -> None:
    """Attempts, then qualifications, handoffs and their events (foreign keys in order)."""
    bulk.write_rows(session, CallAttempt.__table__, ATTEMPT_COLUMNS, rows.attempts)  # type: ignore[arg-type]
    bulk.write_rows(
        session,
        Qualification.__table__,  # type: ignore[arg-type]
        QUALIFICATION_COLUMNS,
        rows.qualifications,
    )
    bulk.write_rows(session, Handoff.__table__, HANDOFF_COLUMNS, rows.handoffs)  # type: ignore[arg-type]
    bulk.write_rows(session, HandoffEvent.__table__, EVENT_COLUMNS, rows.events)  # type: ignore[arg-type]


def finish(session: Session) -> None:
    for table in (Lead, CallAttempt, Qualification, Handoff):
        bulk.reset_sequence(session, table.__table__)  # type: ignore[arg-type]
    if session.connection().dialect.name == "postgresql":
        session.execute(text("ANALYZE"))
