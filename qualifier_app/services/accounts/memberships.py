"""Who works which queues: a rep joins the queues of their team, and leaves them with it;
what they held there goes back when they leave."""

from __future__ import annotations

from sqlalchemy import ColumnElement, delete, or_, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Lead, Queue, QueueMember, User
from qualifier_app.persistence.queue_sql import CLAIMABLE_VALUES, released
from qualifier_app.services.frame import Change

# Roles that work leads, and so may be put in queues.
WORKING_ROLES = (Role.REP.value, Role.TEAM_LEAD.value)
# Those who join their team's queues by themselves; a team lead is added by hand.
TEAM_QUEUE_ROLES = (Role.REP.value,)


def join_team_queues(session: Session, user_id: int, team_id: int) -> list[str]:
    """Add the person to every active queue of the team they are not yet in; the names added."""
    current = set(
        session.execute(select(QueueMember.queue_id).where(QueueMember.user_id == user_id))
        .scalars()
        .all()
    )
    added: list[str] = []
    for queue_id, name in session.execute(
        select(Queue.id, Queue.name)
        .where(Queue.team_id == team_id, Queue.active.is_(True))
        .order_by(Queue.name)
    ).all():
        if queue_id not in current:
            session.add(QueueMember(queue_id=queue_id, user_id=user_id))
            added.append(str(name))
    session.flush()
    return added


def leave_team_queues(session: Session, user_id: int, team_id: int) -> list[str]:
    """Take the person out of the team's queues; the names left."""
    rows = session.execute(
        select(Queue.id, Queue.name)
        .join(QueueMember, QueueMember.queue_id == Queue.id)
        .where(Queue.team_id == team_id, QueueMember.user_id == user_id)
        .order_by(Queue.name)
    ).all()
    if rows:
        session.execute(
            delete(QueueMember).where(
                QueueMember.user_id == user_id,
                QueueMember.queue_id.in_([queue_id for queue_id, _ in rows]),
            )
        )
    return [str(name) for _, name in rows]


def team_workers(session: Session, team_id: int) -> list[int]:
    """The active reps of a team, who work its queues."""
    return [
        int(user_id)
        for user_id in session.execute(
            select(User.id).where(
                User.team_id == team_id, User.active.is_(True), User.role.in_(TEAM_QUEUE_ROLES)
            )
        ).scalars()
    ]


def hand_back_work(
    change: Change, user_id: int, *, reason: str, outside_own_queues: bool = False
) -> tuple[int, int]:
    """Held leads back to their queue; callbacks and leads kept for this person to the team.
    `outside_own_queues`: only those in queues the person no longer works (moved to another
    team, taken out of a queue), which they could neither work nor give back themselves:
    row-level security no longer shows them the lead once they let go of it."""
    session, now = change.session, change.now
    mine: list[ColumnElement[bool]] = [Lead.status.in_(CLAIMABLE_VALUES)]
    if outside_own_queues:
        own_queues = select(QueueMember.queue_id).where(QueueMember.user_id == user_id)
        mine.append(or_(Lead.queue_id.is_(None), Lead.queue_id.not_in(own_queues)))
    held = session.execute(
        update(Lead)
        .where(Lead.lease_owner_id == user_id, *mine)
        .values(**released(now))
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    kept = session.execute(
        update(Lead)
        .where(Lead.assigned_rep_id == user_id, *mine)
        .values(assigned_rep_id=None, updated_at=now, version=Lead.version + 1)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if held or kept:
        change.audit(
            "user.work_returned",
            "user",
            user_id,
            after={"leads_returned": held, "callbacks_returned": kept},
            reason=reason,
        )
    return int(held), int(kept)
