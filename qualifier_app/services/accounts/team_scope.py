"""Whose leads and reps a person may see and move: a team lead their teams', others all.

A team's leads are those in its queues (queues owned by the team, and shared queues its reps
work), plus those assigned to or held by its people.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, and_, false, literal, or_, select, union, union_all
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


def leads_in_sight(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """A condition on Lead for the leads `actor` sees, None when they see all: as row-level
    security shows them on PostgreSQL, on SQLite too. A rep sees the leads of the queues they
    work and those assigned to or held by them, a team lead their teams'."""
    if actor.role is Role.REP:
        return or_(
            Lead.queue_id.in_(
                select(QueueMember.queue_id).where(QueueMember.user_id == actor.user_id)
            ),
            Lead.assigned_rep_id == actor.user_id,
            Lead.lease_owner_id == actor.user_id,
        )
    return scope_of(session, actor).leads()


def scope_of(session: Session, actor: Actor) -> TeamScope:
    """The actor's scope, read in one round trip: a board asks for it on every refresh."""
    if actor.role is not Role.TEAM_LEAD:
        return TeamScope(everything=True)
    led = select(TeamLead.team_id.label("id")).where(TeamLead.user_id == actor.user_id)
    own = select(literal(actor.team_id, Integer()).label("id"))
    teams = (led if actor.team_id is None else union(led, own)).cte("teams")
    people = select(User.id).where(User.team_id.in_(select(teams.c.id))).cte("people")
    worked = select(QueueMember.queue_id).where(
        or_(QueueMember.user_id.in_(select(people.c.id)), QueueMember.user_id == actor.user_id)
    )
    queues = select(Queue.id).where(
        or_(
            Queue.team_id.in_(select(teams.c.id)),
            and_(Queue.team_id.is_(None), Queue.id.in_(worked)),
        )
    )
    found: dict[str, set[int]] = {"team": set(), "person": set(), "queue": set()}
    for kind, found_id in session.execute(
        union_all(
            select(literal("team"), teams.c.id),
            select(literal("person"), people.c.id),
            select(literal("queue"), queues.subquery().c.id),
        )
    ).all():
        found[kind].add(int(found_id))
    if not found["team"]:
        return TeamScope(everything=False)
    return TeamScope(
        everything=False,
        team_ids=frozenset(found["team"]),
        people_ids=frozenset(found["person"] | {actor.user_id}),
        queue_ids=frozenset(found["queue"]),
    )
