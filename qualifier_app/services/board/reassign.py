"""Moving work between reps and queues, pausing reps, releasing stale leases.

Every move is version-checked: a lead that changed since the team lead saw it is reported
back, never overwritten. A lead somebody holds loses its lease when moved on purpose (and
its version changes), so the holder's later submit fails with a clear conflict; a move by
filter leaves leads that are being worked alone and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, func, insert, select, text, tuple_, update
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.roles import Action, Actor, Role
from qualifier_app.domain.text import counted, message
from qualifier_app.persistence import queue_sql, turns
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, Lead, Queue, QueueMember, Team, User
from qualifier_app.services.accounts.team_scope import TeamScope, scope_of
from qualifier_app.services.board.lead_filter import LeadFilter
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.intake.dto import unworked_queue_warning

CHUNK = 500
CLAIMABLE_VALUES = sorted(status.value for status in CLAIMABLE)
MAX_FILTER_MOVE = 200_000


@dataclass(frozen=True)
class LeadRef:
    """A lead as the team lead saw it: its id and the version they saw; no version for a
    lead named by its id alone (the command line), moved as it is when the move locks it."""

    id: int
    version: int | None = None


@dataclass(frozen=True)
class Target:
    """Where leads go: to a rep in person, or back to a queue for anyone in it."""

    rep_id: int | None = None
    queue_id: int | None = None

    def __post_init__(self) -> None:
        if (self.rep_id is None) == (self.queue_id is None):
            raise InvalidInput(message("move leads either to a rep or to a queue"), "target")


@dataclass(frozen=True)
class Refused:
    lead_id: int
    reason: str


@dataclass(frozen=True)
class MoveResult:
    target: str
    moved: tuple[int, ...]
    refused: tuple[Refused, ...]
    # The rep moved to is paused: the leads wait for them until they are resumed.
    target_paused: bool = False
    # The queue moved to is worked by nobody: why its leads wait, as an import says it.
    target_unworked: str | None = None

    @property
    def warning(self) -> str | None:
        """What the moved leads wait for (a queue nobody works), when they moved at all."""
        return self.target_unworked if self.moved else None

    def summary(self) -> str:
        count = len(self.moved)
        moved = counted(
            count, "{count} lead moved to {target}", "{count} leads moved to {target}",
            target=self.target,
        )  # fmt: skip
        if not self.refused:
            return moved
        return message("{moved}; {count} not moved", moved=moved, count=len(self.refused))


@dataclass(frozen=True)
class _Before:
    id: int
    version: int
    status: str
    queue_id: int | None
    assigned_rep_id: int | None
    lease_owner_id: int | None
    lease_expires_at: datetime | None
    in_scope: bool
    holder: str | None
    updated_at: datetime
    leased_at: datetime | None = None


class ReassignService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    # --- moving leads -----------------------------------------------------------------------

    def move(
        self, actor: Actor, leads: Sequence[LeadRef], target: Target, reason: str = ""
    ) -> MoveResult:
        """Move the selected leads, each only if it still has the version the caller saw."""
        with self._frame.change(actor, Action.REASSIGN_LEADS) as change:
            if not leads:
                raise InvalidInput(message("select at least one lead to move"), "leads")
            session, now = change.session, change.now
            if target.rep_id is not None:
                turns.moving_leads_to(session, target.rep_id)
            scope = scope_of(session, actor)
            label, paused, unworked = self._check_target(session, scope, target)
            wanted = {ref.id: ref.version for ref in leads}
            before = self._before(session, scope, sorted(wanted), now)
            refused: list[Refused] = []
            movable: list[_Before] = []
            for lead_id, version in sorted(wanted.items()):
                row = before.get(lead_id)
                why = self._why_not(row, lead_id, version, target, label, now, by_filter=False)
                if row is None and not scope.everything:
                    # On PostgreSQL row-level security hides another team's lead from a team
                    # lead's own connection: for them, unseen and outside are one answer.
                    why = "not one of your teams' leads"
                if why:
                    refused.append(Refused(lead_id, why))
                elif row is not None:
                    movable.append(row)
            moved = self._apply(change, actor, movable, target, label, reason)
            refused += [
                Refused(row.id, "changed by someone else a moment ago; nothing was overwritten")
                for row in movable
                if row.id not in moved
            ]
        return MoveResult(label, tuple(sorted(moved)), tuple(refused), paused, unworked)

    def move_matching(
        self, actor: Actor, lead_filter: LeadFilter, target: Target, reason: str = ""
    ) -> MoveResult:
        """Move every lead of the caller's teams that matches the filter now.

        Only queued leads and callbacks move; leads someone is working at this moment stay
        with them and are reported (select them explicitly to take them away).
        """
        with self._frame.change(actor, Action.REASSIGN_LEADS) as change:
            if lead_filter.is_empty:
                raise InvalidInput(
                    message(
                        "choose at least one filter (status, queue, campaign, region, rep …) "
                        "before moving everything that matches"
                    ),
                    "filter",
                )
            session, now = change.session, change.now
            if target.rep_id is not None:
                turns.moving_leads_to(session, target.rep_id)
            scope = scope_of(session, actor)
            label, paused, unworked = self._check_target(session, scope, target)
            if lead_filter.rep_id is not None and not scope.covers_person(lead_filter.rep_id):
                # Their leads are out of sight: "0 moved" would say there were none to move.
                name = session.execute(
                    select(User.display_name).where(User.id == lead_filter.rep_id)
                ).scalar_one_or_none()
                raise PermissionDenied(
                    message("{name} is not in your teams", name=name or lead_filter.rep_id)
                )
            conditions = lead_filter.conditions(now)
            in_scope = scope.leads()
            if in_scope is not None:
                conditions.append(in_scope)
            ids = list(
                session.execute(
                    select(Lead.id).where(*conditions).order_by(Lead.id).limit(MAX_FILTER_MOVE + 1)
                ).scalars()
            )
            if len(ids) > MAX_FILTER_MOVE:
                raise InvalidInput(
                    message(
                        "more than {MAX_FILTER_MOVE:,} leads match; narrow the filter",
                        MAX_FILTER_MOVE=MAX_FILTER_MOVE,
                    ),
                    "filter",
                )
            before = self._before(session, scope, ids, now)
            refused: list[Refused] = []
            movable: list[_Before] = []
            for lead_id in ids:
                row = before[lead_id]
                why = self._why_not(row, lead_id, row.version, target, label, now, by_filter=True)
                if why:
                    refused.append(Refused(lead_id, why))
                else:
                    movable.append(row)
            moved = self._apply(change, actor, movable, target, label, reason)
        return MoveResult(label, tuple(sorted(moved)), tuple(refused), paused, unworked)

    def move_callbacks(
        self, actor: Actor, from_rep_id: int, to_rep_id: int, reason: str = ""
    ) -> MoveResult:
        """Hand one rep's "me only" callbacks to another rep (holiday, sick day)."""
        if from_rep_id == to_rep_id:
            raise InvalidInput(message("choose a different rep to take the callbacks"), "to_rep")
        return self.move_matching(
            actor,
            LeadFilter(statuses=(LeadStatus.CALLBACK.value,), rep_id=from_rep_id),
            Target(rep_id=to_rep_id),
            reason or "callbacks moved",
        )

    def target_named(
        self, actor: Actor, *, rep_login: str | None = None, queue_name: str | None = None
    ) -> Target:
        """The rep (by login) or the queue (by name, in any case) a move names; whether the
        caller may move leads there is the move's to say."""
        with self._frame.read(actor, Action.REASSIGN_LEADS) as reading:
            session = reading.session
            if rep_login is not None:
                rep_id = session.execute(
                    select(User.id).where(User.login == rep_login.strip().lower())
                ).scalar_one_or_none()
                if rep_id is None:
                    raise NotFound(message("there is no user {login!r}", login=rep_login))
                return Target(rep_id=rep_id)
            if queue_name is None:
                raise InvalidInput(message("move leads either to a rep or to a queue"), "target")
            queue_id = session.execute(
                select(Queue.id).where(func.lower(Queue.name) == queue_name.strip().lower())
            ).scalar_one_or_none()
            if queue_id is None:
                raise NotFound(message("there is no queue {name!r}", name=queue_name))
            return Target(queue_id=queue_id)

    def _check_target(
        self, session: Session, scope: TeamScope, target: Target
    ) -> tuple[str, bool, str | None]:
        """Who or what the leads go to, named; whether it is a paused rep; and, for a queue
        that nobody works, why its leads will wait."""
        if target.rep_id is not None:
            row = session.execute(
                select(User.display_name, User.role, User.active, User.paused).where(
                    User.id == target.rep_id
                )
            ).first()
            if row is None:
                raise NotFound(message("there is no user {rep_id}", rep_id=target.rep_id))
            name, role, active, paused = row
            if role not in (Role.REP.value, Role.TEAM_LEAD.value):
                raise InvalidInput(
                    message("{name} does not work leads; choose a rep", name=name), "target"
                )
            if not active:
                raise InvalidInput(
                    message("{name} is deactivated; choose another rep", name=name), "target"
                )
            if not scope.covers_person(target.rep_id):
                raise PermissionDenied(message("{name} is not in your teams", name=name))
            return str(name), bool(paused), None
        assert target.queue_id is not None
        queue = session.execute(
            select(Queue.name, Queue.active, Team.name.label("team"))
            .outerjoin(Team, Team.id == Queue.team_id)
            .where(Queue.id == target.queue_id)
        ).first()
        if queue is None:
            raise NotFound(message("there is no queue {queue_id}", queue_id=target.queue_id))
        if not queue.active:
            raise InvalidInput(message("the queue {name} is closed", name=queue.name), "target")
        if not scope.covers_queue(target.queue_id):
            raise PermissionDenied(
                message("the queue {name} is not one of your teams' queues", name=queue.name)
            )
        worked = session.execute(
            queue_sql.worked_queues().where(QueueMember.queue_id == target.queue_id)
        ).first()
        unworked = None if worked else unworked_queue_warning(queue.name, queue.team)
        return message("the {name} queue", name=queue.name), False, unworked

    def _before(
        self, session: Session, scope: TeamScope, ids: list[int], now: datetime
    ) -> dict[int, _Before]:
        found: dict[int, _Before] = {}
        in_scope = scope.leads()
        scope_column: Any = in_scope.label("in_scope") if in_scope is not None else None
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            columns: list[Any] = [
                Lead.id,
                Lead.version,
                Lead.status,
                Lead.queue_id,
                Lead.assigned_rep_id,
                Lead.lease_owner_id,
                Lead.lease_expires_at,
                User.display_name,
                Lead.updated_at,
                Lead.leased_at,
            ]
            if scope_column is not None:
                columns.append(scope_column)
            query = (
                select(*columns)
                .outerjoin(User, User.id == Lead.lease_owner_id)
                .where(Lead.id.in_(chunk))
                .with_for_update(of=Lead)
            )
            for row in session.execute(query).all():
                found[row.id] = _row(row, scope_column is None)
        return found

    def _why_not(  # noqa: PLR0911 - one plain reason per case reads best
        self,
        row: _Before | None,
        lead_id: int,
        version: int | None,
        target: Target,
        label: str,
        now: datetime,
        *,
        by_filter: bool,
    ) -> str | None:
        if row is None:
            return "no such lead"
        if not row.in_scope:
            return message("not one of your teams' leads")
        held = row.lease_owner_id is not None and (
            row.lease_expires_at is not None and row.lease_expires_at > now
        )
        if version is not None and row.version != version:
            if held and row.leased_at is not None:
                # A claim keeps the lead's status and time: "now queued" said nothing of it.
                return message(
                    "{rep} took it at {at:%H:%M:%S} UTC, after you loaded it; reload to see it",
                    rep=row.holder or "",
                    at=row.leased_at,
                )
            return message(
                "changed since you loaded it (now {status}, at {at:%H:%M:%S} UTC); reload and "
                "try again",
                status=LeadStatus(row.status).label,
                at=row.updated_at,
            )
        if row.status not in CLAIMABLE_VALUES:
            return message(
                "is {status}; only queued leads and callbacks move",
                status=LeadStatus(row.status).label,
            )
        if held and target.rep_id is not None and row.lease_owner_id == target.rep_id:
            return message("{rep} is working on it right now", rep=label)
        if held and by_filter:
            return message(
                "{rep} is working on it right now; select it to take it away", rep=row.holder
            )
        if held:
            return None
        if target.rep_id is not None and row.assigned_rep_id == target.rep_id:
            return message("already with {rep}", rep=label)
        if (
            target.queue_id is not None
            and row.queue_id == target.queue_id
            and row.assigned_rep_id is None
        ):
            return message("already in {queue}", queue=label)
        return None

    def _apply(
        self,
        change: Change,
        actor: Actor,
        rows: list[_Before],
        target: Target,
        label: str,
        reason: str,
    ) -> set[int]:
        session, now = change.session, change.now
        values: dict[str, Any] = {
            "lease_owner_id": None,
            "lease_expires_at": None,
            "leased_at": None,
            "updated_at": now,
            "version": Lead.version + 1,
        }
        if target.rep_id is not None:
            values["assigned_rep_id"] = target.rep_id
        else:
            values["queue_id"] = target.queue_id
            values["assigned_rep_id"] = None
        moved: set[int] = set()
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            done = session.execute(
                update(Lead)
                .where(tuple_(Lead.id, Lead.version).in_([(r.id, r.version) for r in chunk]))
                .where(Lead.status.in_(CLAIMABLE_VALUES))
                .values(**values)
                .returning(Lead.id)
                .execution_options(synchronize_session=False)
            )
            moved.update(done.scalars().all())
        entries = [
            _audit_row(actor, row, target, label, reason, now) for row in rows if row.id in moved
        ]
        for start in range(0, len(entries), CHUNK):
            session.execute(insert(AuditEntry), entries[start : start + CHUNK])
        return moved

    # --- reps and leases --------------------------------------------------------------------

    def set_paused(self, actor: Actor, rep_id: int, paused: bool, reason: str = "") -> None:
        """Pause a rep (no new leads until resumed; the lead in hand may be finished)."""
        with self._frame.change(actor, Action.PAUSE_REPS) as change:
            session = change.session
            row = session.execute(
                select(User.display_name, User.paused, User.role).where(User.id == rep_id)
            ).first()
            if row is None:
                raise NotFound(message("there is no user {rep_id}", rep_id=rep_id))
            name, was, role = row
            if role not in (Role.REP.value, Role.TEAM_LEAD.value):
                raise InvalidInput(message("{name} does not work leads", name=name), "rep")
            if not scope_of(session, actor).covers_person(rep_id):
                raise PermissionDenied(message("{name} is not in your teams", name=name))
            if was == paused:
                raise Conflict(
                    message(
                        "{name} is {value} already",
                        name=name,
                        value="paused" if paused else "working",
                    )
                )
            if session.get_bind().dialect.name == "postgresql":
                # Team leads and supervisors may not write users rows: the owner's function
                # changes the pause alone and audits it with the caller as the actor.
                session.execute(
                    text("SELECT qualifier_set_paused(:rep, :paused, :reason)"),
                    {"rep": rep_id, "paused": paused, "reason": reason},
                )
                return
            session.execute(update(User).where(User.id == rep_id).values(paused=paused))
            change.audit(
                "rep.paused" if paused else "rep.resumed",
                "user",
                rep_id,
                before={"paused": was},
                after={"paused": paused},
                reason=reason,
            )

    def release_stale_leases(self, actor: Actor) -> int:
        """Clear leases that ran out without a release, in the caller's teams."""
        with self._frame.change(actor, Action.RELEASE_ANY_LEASE) as change:
            session, now = change.session, change.now
            conditions: list[ColumnElement[bool]] = [
                Lead.lease_owner_id.is_not(None),
                Lead.lease_expires_at <= now,
            ]
            in_scope = scope_of(session, actor).leads()
            if in_scope is not None:
                conditions.append(in_scope)
            released = session.execute(
                update(Lead)
                .where(*conditions)
                .values(**queue_sql.released(now))
                .returning(Lead.id)
                .execution_options(synchronize_session=False)
            ).all()
            if released:
                session.execute(
                    insert(AuditEntry),
                    [
                        {
                            "at": now,
                            "actor_id": actor.audit_id,
                            "action": "lead.lease_released",
                            "entity_type": "lead",
                            "entity_id": str(lead_id),
                            "before": {"lease": "expired"},
                            "after": {"lease_owner_id": None},
                            "reason": "stale lease released by a team lead",
                        }
                        for (lead_id,) in released
                    ],
                )
        return len(released)


def _row(row: Row[Any], everything: bool) -> _Before:
    return _Before(
        id=row.id,
        version=row.version,
        status=row.status,
        queue_id=row.queue_id,
        assigned_rep_id=row.assigned_rep_id,
        lease_owner_id=row.lease_owner_id,
        lease_expires_at=row.lease_expires_at,
        in_scope=True if everything else bool(row.in_scope),
        holder=row.display_name,
        updated_at=row.updated_at,
        leased_at=row.leased_at,
    )


def _audit_row(
    actor: Actor, row: _Before, target: Target, label: str, reason: str, now: datetime
) -> dict[str, Any]:
    before: dict[str, Any] = {
        "assigned_rep_id": row.assigned_rep_id,
        "queue_id": row.queue_id,
        "version": row.version,
    }
    if row.lease_owner_id is not None:
        before["lease_owner_id"] = row.lease_owner_id
    after: dict[str, Any] = {
        "assigned_rep_id": target.rep_id,
        "queue_id": target.queue_id if target.queue_id is not None else row.queue_id,
        "version": row.version + 1,
        "to": label,
    }
    return {
        "at": now,
        "actor_id": actor.audit_id,
        "action": "lead.reassigned",
        "entity_type": "lead",
        "entity_id": str(row.id),
        "before": before,
        "after": after,
        "reason": reason,
    }
