"""Whose leads and reps a person may see and move: a team lead their teams', others all.

A team's leads are those in its queues (queues owned by the team, and shared queues its reps
work), plus those assigned to or held by its people.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import Lead, Queue, QueueMember, TeamLead, User


@dataclass(frozen=True)
class TeamScope:
    everything: bool
    team_ids: frozenset[int] = frozenset()
    people_ids: frozenset[int] = frozenset()
    queue_ids: frozenset[int] = frozenset()

    def leads(self) -> ColumnElement[bool] | None:
        """A condition on Lead for the leads in scope; None when everything is."""
        if self.everything:
            return None
        if not self.people_ids and not self.queue_ids:
            return false()
        people = sorted(self.people_ids)
        return or_(
            Lead.queue_id.in_(sorted(self.queue_ids)),
            Lead.assigned_rep_id.in_(people),
            and_(Lead.lease_owner_id.is_not(None), Lead.lease_owner_id.in_(people)),
        )

    def users(self) -> ColumnElement[bool] | None:
        if self.everything:
            return None
        return User.id.in_(sorted(self.people_ids))

    def covers_person(self, user_id: int) -> bool:
        return self.everything or user_id in self.people_ids

    def covers_queue(self, queue_id: int) -> bool:
        return self.everything or queue_id in self.queue_ids


def scope_of(session: Session, actor: Actor) -> TeamScope:
    if actor.role is not Role.TEAM_LEAD:
        return TeamScope(everything=True)
    teams = set(
        session.execute(select(TeamLead.team_id).where(TeamLead.user_id == actor.user_id))
        .scalars()
        .all()
    )
    if actor.team_id is not None:
        teams.add(actor.team_id)
    if not teams:
        return TeamScope(everything=False)
    people = set(session.execute(select(User.id).where(User.team_id.in_(teams))).scalars().all())
    people.add(actor.user_id)
    worked = select(QueueMember.queue_id).where(QueueMember.user_id.in_(people))
    queues = set(
        session.execute(
            select(Queue.id).where(
                or_(
                    Queue.team_id.in_(teams),
                    and_(Queue.team_id.is_(None), Queue.id.in_(worked)),
                )
            )
        )
        .scalars()
        .all()
    )
    return TeamScope(
        everything=False,
        team_ids=frozenset(teams),
        people_ids=frozenset(people),
        queue_ids=frozenset(queues),
    )
