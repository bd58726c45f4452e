"""Teams and their queues: create, rename, deactivate, and who works which queue.

Administrators manage every team; a team lead manages their own teams and those teams'
queues. A rep added to a team works that team's queues, and a queue added to a team is
worked by the team's reps, unless someone takes them out of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.roles import Action, Actor, Role
from qualifier_app.domain.scoring import queue_names
from qualifier_app.domain.text import counted, message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead, Queue, QueueMember, Team, User
from qualifier_app.services.accounts.memberships import (
    WORKING_ROLES,
    hand_back_work,
    team_workers,
)
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.intake.scoring import queue_key
from qualifier_app.services.intake.scoring_rules import rules_in_force

SEGMENTS = ("smb", "enterprise", "any")
# Leads a queue still holds: waiting, called back, or coming back from nurture.
HELD_STATUSES = sorted({s.value for s in CLAIMABLE} | {LeadStatus.NURTURE.value})


@dataclass(frozen=True)
class TeamSummary:
    id: int
    name: str
    active: bool
    queues: tuple[str, ...]
    members: int


@dataclass(frozen=True)
class QueueSummary:
    id: int
    name: str
    team: str | None
    segment: str
    priority: int
    active: bool
    members: tuple[str, ...]
    leads: int


def clean_name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(message("the {what} needs a name", what=what), "name")
    if len(cleaned) > 80:
        raise InvalidInput(
            message("the {what} name must have at most 80 characters", what=what), "name"
        )
    return cleaned


def check_segment(segment: str) -> str:
    value = segment.strip().lower()
    if value not in SEGMENTS:
        raise InvalidInput(
            message(
                "segment {segment!r} is not one of {join}",
                segment=segment,
                join=", ".join(SEGMENTS),
            ),
            "segment",
        )
    return value


class TeamService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    # --- teams ----------------------------------------------------------------------------

    def add_team(self, actor: Actor, name: str) -> TeamSummary:
        name = clean_name(name, "team")
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            if actor.role is not Role.ADMIN:
                raise PermissionDenied(
                    message("{login} may not create teams; ask an administrator", login=actor.login)
                )
            team = create_team(change, name)
            return TeamSummary(team.id, team.name, True, (), 0)

    def list_teams(self, actor: Actor) -> list[TeamSummary]:
        """Every team for an administrator; a team lead's own teams, the only ones they may
        change (offering the others only led to a refusal on saving)."""
        with self._frame.read(actor, Action.LIST_TEAMS) as reading:
            session = reading.session
            scope = scope_of(session, actor)
            listed = select(Team).order_by(Team.name)
            if not scope.everything:
                listed = listed.where(Team.id.in_(sorted(scope.team_ids)))
            queues: dict[int, list[str]] = {}
            for team_id, queue_name in session.execute(
                select(Queue.team_id, Queue.name).where(Queue.active.is_(True)).order_by(Queue.name)
            ).all():
                if team_id is not None:
                    queues.setdefault(team_id, []).append(queue_name)
            members = dict(
                session.execute(
                    select(User.team_id, func.count())
                    .where(User.active.is_(True), User.team_id.is_not(None))
                    .group_by(User.team_id)
                ).all()
            )
            return [
                TeamSummary(
                    team.id,
                    team.name,
                    team.active,
                    tuple(queues.get(team.id, [])),
                    int(members.get(team.id, 0)),
                )
                for team in session.execute(listed).scalars()
            ]

    def rename_team(self, actor: Actor, name: str, new_name: str) -> TeamSummary:
        new_name = clean_name(new_name, "team")
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            team = self._own_team(change.session, actor, name)
            if new_name != team.name and _team_named(change.session, new_name) is not None:
                raise Conflict(message("a team {new_name!r} exists already", new_name=new_name))
            before = team.name
            team.name = new_name
            change.audit(
                "team.renamed", "team", team.id, before={"name": before}, after={"name": new_name}
            )
        return self._summary(actor, new_name)

    def set_team_active(self, actor: Actor, name: str, active: bool) -> TeamSummary:
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            team = self._own_team(change.session, actor, name)
            if team.active == active:
                change.discard()
            else:
                if not active:
                    people = change.session.execute(
                        select(func.count())
                        .select_from(User)
                        .where(User.team_id == team.id, User.active.is_(True))
                    ).scalar_one()
                    if people:
                        raise Conflict(
                            message(
                                "{people} active people are in the team {name}; "
                                "move them to another team first",
                                people=people,
                                name=team.name,
                            )
                        )
                team.active = active
                change.audit(
                    "team.activated" if active else "team.deactivated",
                    "team",
                    team.id,
                    before={"active": not active},
                    after={"active": active},
                )
        return self._summary(actor, name)

    def _summary(self, actor: Actor, name: str) -> TeamSummary:
        return next(t for t in self.list_teams(actor) if t.name.lower() == name.strip().lower())

    def _own_team(self, session: Session, actor: Actor, name: str) -> Team:
        team = _team_named(session, name)
        if team is None:
            raise NotFound(message("there is no team {name!r}", name=name))
        if (
            not scope_of(session, actor).everything
            and team.id not in scope_of(session, actor).team_ids
        ):
            raise PermissionDenied(
                message("the team {name} is not one of your teams", name=team.name)
            )
        return team

    # --- queues ---------------------------------------------------------------------------

    def add_queue(
        self,
        actor: Actor,
        name: str,
        team: str,
        segment: str | None = None,
        priority: int | None = None,
    ) -> QueueSummary:
        """A new queue of the team; a closed one opened again, or an open one of no team
        given to it (keeping its segment and priority unless given)."""
        name = clean_name(name, "queue")
        segment = check_segment(segment) if segment is not None else None
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            owner = self._own_team(change.session, actor, team)
            if not owner.active:
                raise InvalidInput(
                    message("the team {name} is deactivated", name=owner.name), "team"
                )
            closed = _queue_named(change.session, name)
            if closed is not None and closed.active and closed.team_id is None:
                # A queue of no team (one the scoring rules created at an import, which says
                # so) is given to the team, or its leads would wait with no way to end it.
                if not scope_of(change.session, actor).everything:
                    raise Conflict(
                        message(
                            "the queue {name!r} belongs to no team; an administrator gives it "
                            "to one",
                            name=closed.name,
                        )
                    )
                name = adopt_queue(change, closed, owner, segment, priority).name
            elif closed is not None and not closed.active:
                # A closed queue is out of sight (the Teams & queues area lists open ones), so
                # adding its name again opens it again rather than refusing an invisible name.
                if not scope_of(change.session, actor).covers_queue(closed.id):
                    raise Conflict(
                        message(
                            "the name {name!r} is a closed queue of another team; choose "
                            "another name (an administrator can open that queue again)",
                            name=closed.name,
                        )
                    )
                name = reopen_queue(change, closed, owner, segment or "any", priority or 0).name
            else:
                create_queue(change, name, owner, segment or "any", priority or 0)
        return self._queue(actor, name)

    def routed_by_rules(self, actor: Actor, name: str) -> bool:
        """Whether a queue rule of the scoring rules in force sends leads to the queue: one
        that none names gets no imported lead until the rules are changed."""
        with self._frame.read(actor, Action.MANAGE_TEAMS) as reading:
            named = queue_names(rules_in_force(reading.session))
        return queue_key(name) in {queue_key(queue) for queue in named}

    def list_queues(self, actor: Actor) -> list[QueueSummary]:
        return self._queues(actor)

    def _queue(self, actor: Actor, name: str) -> QueueSummary:
        """The queue just changed, even one no longer in a team lead's teams' (a shared
        queue they took their last person out of)."""
        return self._queues(actor, name)[0]

    def _queues(self, actor: Actor, name: str | None = None) -> list[QueueSummary]:
        with self._frame.read(actor, Action.LIST_QUEUES) as reading:
            session = reading.session
            members: dict[int, list[str]] = {}
            # A deactivated person works no queue; their ticks come back if they do.
            for queue_id, login in session.execute(
                select(QueueMember.queue_id, User.login)
                .join(User, User.id == QueueMember.user_id)
                .where(User.active.is_(True))
                .order_by(User.login)
            ).all():
                members.setdefault(queue_id, []).append(login)
            leads = dict(
                session.execute(
                    select(Lead.queue_id, func.count())
                    .where(Lead.status.in_(HELD_STATUSES))
                    .group_by(Lead.queue_id)
                ).all()
            )
            listed = (
                select(Queue, Team.name)
                .outerjoin(Team, Team.id == Queue.team_id)
                .order_by(Queue.priority.desc(), Queue.name)
            )
            scope = scope_of(session, actor)
            if name is not None:
                listed = listed.where(func.lower(Queue.name) == name.strip().lower())
            elif not scope.everything:
                # A team lead's teams' queues: another team's would count only the leads the
                # database shows them (none on PostgreSQL, every one on SQLite).
                listed = listed.where(Queue.id.in_(sorted(scope.queue_ids)))
            rows = session.execute(listed).all()
            return [
                QueueSummary(
                    queue.id,
                    queue.name,
                    team_name,
                    queue.segment,
                    queue.priority,
                    queue.active,
                    tuple(members.get(queue.id, [])),
                    int(leads.get(queue.id, 0)),
                )
                for queue, team_name in rows
            ]

    def edit_queue(
        self,
        actor: Actor,
        name: str,
        *,
        new_name: str | None = None,
        segment: str | None = None,
        priority: int | None = None,
    ) -> QueueSummary:
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            queue = self._open_queue(change.session, actor, name)
            before = {"name": queue.name, "segment": queue.segment, "priority": queue.priority}
            if new_name is not None:
                new_name = clean_name(new_name, "queue")
                if new_name != queue.name and _queue_named(change.session, new_name) is not None:
                    raise Conflict(
                        message("a queue {new_name!r} exists already", new_name=new_name)
                    )
                queue.name = new_name
            if segment is not None:
                queue.segment = check_segment(segment)
            if priority is not None:
                queue.priority = priority
            after = {"name": queue.name, "segment": queue.segment, "priority": queue.priority}
            if after == before:
                change.discard()
            else:
                change.audit("queue.changed", "queue", queue.id, before=before, after=after)
            result = queue.name
        return self._queue(actor, result)

    def set_members(
        self, actor: Actor, queue: str, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> QueueSummary:
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            session = change.session
            found = self._open_queue(session, actor, queue)
            scope = scope_of(session, actor)
            current = set(
                session.execute(
                    select(QueueMember.user_id).where(QueueMember.queue_id == found.id)
                ).scalars()
            )
            for login in add:
                user = _worker(session, login)
                if not scope.covers_person(user.id):
                    raise PermissionDenied(
                        message("{login} is not in your teams", login=user.login)
                    )
                if user.id not in current:
                    session.add(QueueMember(queue_id=found.id, user_id=user.id))
                    current.add(user.id)
                    change.audit(
                        "queue.member_added", "queue", found.id, after={"login": user.login}
                    )
            for login in remove:
                user = _worker(session, login)
                # A shared queue is worked by other teams too: their people are theirs to
                # take out of it, not this team lead's (their own team's queues are theirs).
                if not (scope.everything or found.team_id in scope.team_ids) and (
                    not scope.covers_person(user.id)
                ):
                    raise PermissionDenied(
                        message("{login} is not in your teams", login=user.login)
                    )
                if user.id in current:
                    session.execute(
                        delete(QueueMember).where(
                            QueueMember.queue_id == found.id, QueueMember.user_id == user.id
                        )
                    )
                    current.discard(user.id)
                    change.audit(
                        "queue.member_removed", "queue", found.id, before={"login": user.login}
                    )
                    session.flush()
                    hand_back_work(
                        change,
                        user.id,
                        reason=f"taken out of queue {found.name}",
                        outside_own_queues=True,
                    )
        return self._queue(actor, queue)

    def remove_queue(self, actor: Actor, name: str, move_to: str | None = None) -> int:
        """Close a queue. One that still holds leads is refused, saying how many, unless they
        move to another queue; returns the number moved."""
        with self._frame.change(actor, Action.MANAGE_TEAMS) as change:
            session = change.session
            queue = self._own_queue(session, actor, name)
            if not queue.active:
                # Closing it again would audit a change that is none, and a --move-to
                # naming no queue would pass unseen.
                raise Conflict(message("the queue {name} is closed already", name=queue.name))
            target = None if move_to is None else self._own_queue(session, actor, move_to)
            if target is not None and (target.id == queue.id or not target.active):
                raise InvalidInput(
                    message("choose another, open queue than {move_to!r}", move_to=move_to),
                    "move_to",
                )
            held = int(
                session.execute(
                    select(func.count())
                    .select_from(Lead)
                    .where(Lead.queue_id == queue.id, Lead.status.in_(HELD_STATUSES))
                ).scalar_one()
            )
            moved = 0
            if held and move_to is None:
                raise Conflict(
                    counted(
                        held,
                        "the queue {name} still holds {count} lead; "
                        "move it to another queue first (--move-to QUEUE)",
                        "the queue {name} still holds {count} leads; "
                        "move them to another queue first (--move-to QUEUE)",
                        name=queue.name,
                    )
                )
            if held and target is not None:
                moved = session.execute(
                    update(Lead)
                    .where(Lead.queue_id == queue.id, Lead.status.in_(HELD_STATUSES))
                    .values(queue_id=target.id, updated_at=change.now, version=Lead.version + 1)
                    .execution_options(synchronize_session=False)
                ).rowcount  # type: ignore[attr-defined]
                change.audit(
                    "queue.leads_moved",
                    "queue",
                    queue.id,
                    after={"to": target.name, "leads": moved},
                )
            session.execute(delete(QueueMember).where(QueueMember.queue_id == queue.id))
            queue.active = False
            change.audit(
                "queue.closed", "queue", queue.id, before={"active": True}, after={"active": False}
            )
            return int(moved)

    def _own_queue(self, session: Session, actor: Actor, name: str) -> Queue:
        queue = _queue_named(session, name)
        if queue is None:
            raise NotFound(message("there is no queue {name!r}", name=name))
        if not scope_of(session, actor).covers_queue(queue.id):
            raise PermissionDenied(
                message("the queue {name} is not one of your teams' queues", name=queue.name)
            )
        return queue

    def _open_queue(self, session: Session, actor: Actor, name: str) -> Queue:
        queue = self._own_queue(session, actor, name)
        if not queue.active:
            raise Conflict(
                message(
                    "the queue {name} is closed; adding a queue of that name opens it again",
                    name=queue.name,
                )
            )
        return queue


def _team_named(session: Session, name: str) -> Team | None:
    return session.execute(
        select(Team).where(func.lower(Team.name) == name.strip().lower())
    ).scalar_one_or_none()


def _queue_named(session: Session, name: str) -> Queue | None:
    return session.execute(
        select(Queue).where(func.lower(Queue.name) == name.strip().lower())
    ).scalar_one_or_none()


def _worker(session: Session, login: str) -> User:
    user = session.execute(
        select(User).where(User.login == login.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise NotFound(message("there is no user {login!r}", login=login))
    if user.role not in WORKING_ROLES:
        raise InvalidInput(
            message("{login} ({role}) does not work leads", login=user.login, role=user.role),
            "members",
        )
    return user


def create_team(change: Change, name: str) -> Team:
    if _team_named(change.session, name) is not None:
        raise Conflict(message("a team {name!r} exists already", name=name))
    team = Team(name=name, active=True, created_at=change.now)
    change.session.add(team)
    change.session.flush()
    change.audit("team.added", "team", team.id, after={"name": name})
    return team


def create_queue(change: Change, name: str, team: Team, segment: str, priority: int) -> Queue:
    """A new queue of the team, worked at once by the team's reps."""
    session = change.session
    if _queue_named(session, name) is not None:
        raise Conflict(message("a queue {name!r} exists already", name=name))
    queue = Queue(
        name=name,
        description="",
        team_id=team.id,
        active=True,
        segment=segment,
        priority=priority,
        created_at=change.now,
    )
    session.add(queue)
    session.flush()
    return _worked_by_team(change, queue, team)


def reopen_queue(change: Change, queue: Queue, team: Team, segment: str, priority: int) -> Queue:
    """A closed queue open again, as a new one would be: the team's, worked at once by its
    reps (closing it took its members away)."""
    before = {"active": False, "team_id": queue.team_id, "segment": queue.segment}
    change.session.execute(delete(QueueMember).where(QueueMember.queue_id == queue.id))
    queue.team_id, queue.active, queue.segment, queue.priority = team.id, True, segment, priority
    return _worked_by_team(change, queue, team, before)


def adopt_queue(
    change: Change, queue: Queue, team: Team, segment: str | None, priority: int | None
) -> Queue:
    """An open queue of no team given to the team: worked at once by its reps too, and by
    whoever worked it already."""
    before = {"team_id": None, "segment": queue.segment, "priority": queue.priority}
    queue.team_id = team.id
    queue.segment = segment or queue.segment
    queue.priority = queue.priority if priority is None else priority
    return _worked_by_team(change, queue, team, before)


def _worked_by_team(
    change: Change, queue: Queue, team: Team, before: dict[str, Any] | None = None
) -> Queue:
    workers = team_workers(change.session, team.id)
    working = set(
        change.session.execute(
            select(QueueMember.user_id).where(QueueMember.queue_id == queue.id)
        ).scalars()
    )
    for user_id in workers:
        if user_id not in working:
            change.session.add(QueueMember(queue_id=queue.id, user_id=user_id))
    change.audit(
        "queue.added",
        "queue",
        queue.id,
        before=before,
        after={
            "name": queue.name,
            "team": team.name,
            "segment": queue.segment,
            "priority": queue.priority,
            "members": len(working | set(workers)),
        },
    )
    return queue
