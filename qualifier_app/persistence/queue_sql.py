"""The statements behind the shared queue.

One statement claims the best eligible lead for a rep. On PostgreSQL each candidate
subquery locks its row with FOR UPDATE SKIP LOCKED, so concurrent claimers step over each
other instead of queueing up; SQLite ignores the locking clause and relies on the writer
lock taken by BEGIN IMMEDIATE, and on the conditional UPDATE that re-checks the lease.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.sql.dml import ReturningUpdate

from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.persistence.models import Lead, QueueMember

CLAIMABLE_VALUES = sorted(status.value for status in CLAIMABLE)


def lease_free(now: datetime) -> ColumnElement[bool]:
    return or_(Lead.lease_owner_id.is_(None), Lead.lease_expires_at <= now)


def lease_held(now: datetime) -> ColumnElement[bool]:
    return and_(Lead.lease_owner_id.is_not(None), Lead.lease_expires_at > now)


def due(now: datetime) -> ColumnElement[bool]:
    return or_(Lead.next_call_at.is_(None), Lead.next_call_at <= now)


def eligible(
    now: datetime, open_profile_ids: Sequence[int], max_attempts: int
) -> ColumnElement[bool]:
    return and_(
        Lead.status.in_(CLAIMABLE_VALUES),
        due(now),
        lease_free(now),
        Lead.attempts < max_attempts,
        Lead.calling_profile_id.in_(list(open_profile_ids)),
    )


def in_queues_of(rep_id: int) -> ColumnElement[bool]:
    return Lead.queue_id.in_(select(QueueMember.queue_id).where(QueueMember.user_id == rep_id))


def claim_statement(
    *,
    rep_id: int,
    now: datetime,
    lease_until: datetime,
    open_profile_ids: Sequence[int],
    max_attempts: int,
) -> ReturningUpdate[int, int]:
    ok = eligible(now, open_profile_ids, max_attempts)
    # 1. Leads waiting for this rep in person: "me only" callbacks and reassigned leads.
    mine = (
        select(Lead.id)
        .where(ok, Lead.assigned_rep_id == rep_id)
        .order_by(Lead.next_call_at.asc().nulls_last(), Lead.score.desc(), Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    # 2. Callbacks that anyone in the queue may take, oldest appointment first.
    shared_callbacks = (
        select(Lead.id)
        .where(
            ok,
            Lead.assigned_rep_id.is_(None),
            Lead.status == LeadStatus.CALLBACK.value,
            in_queues_of(rep_id),
        )
        .order_by(Lead.next_call_at.asc().nulls_first(), Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    # 3. The queue itself: best score first, then the oldest inquiry.
    fresh = (
        select(Lead.id)
        .where(
            ok,
            Lead.assigned_rep_id.is_(None),
            Lead.status == LeadStatus.QUEUED.value,
            in_queues_of(rep_id),
        )
        .order_by(Lead.score.desc(), Lead.created_at, Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    return (
        update(Lead)
        .where(Lead.id == func.coalesce(mine, shared_callbacks, fresh))
        .where(lease_free(now), Lead.status.in_(CLAIMABLE_VALUES))
        .values(
            lease_owner_id=rep_id,
            lease_expires_at=lease_until,
            leased_at=now,
            updated_at=now,
            version=Lead.version + 1,
        )
        .returning(Lead.id, Lead.version)
        .execution_options(synchronize_session=False)
    )


def ready_at_by_profile(now: datetime, rep_id: int | None, max_attempts: int) -> Any:
    """For each calling profile: the earliest moment a claimable lead in scope stops waiting
    for its next call time or for someone else's lease (the calling window comes on top)."""
    later_of = case(
        (
            and_(Lead.next_call_at.is_not(None), Lead.next_call_at > Lead.lease_expires_at),
            Lead.next_call_at,
        ),
        else_=Lead.lease_expires_at,
    )
    ready = case(
        (lease_held(now), later_of),
        (and_(Lead.next_call_at.is_not(None), Lead.next_call_at > now), Lead.next_call_at),
        else_=now,
    )
    query = select(Lead.calling_profile_id, func.min(ready)).where(
        Lead.status.in_(CLAIMABLE_VALUES), Lead.attempts < max_attempts
    )
    if rep_id is not None:
        query = query.where(
            or_(
                Lead.assigned_rep_id == rep_id,
                and_(Lead.assigned_rep_id.is_(None), in_queues_of(rep_id)),
            )
        )
    return query.group_by(Lead.calling_profile_id)
