"""Who works which queues: a rep joins the queues of their team, and leaves them with it."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Queue, QueueMember, User

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
