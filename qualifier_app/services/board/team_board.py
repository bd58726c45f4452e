"""The team board: every rep of my teams, what they are doing, and their day so far."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.activity import NO_CONTACT_DISPOSITIONS, SALES_READY_OUTCOME
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.reporting import midnight
from qualifier_app.domain.roles import Action, Actor, Role, require
from qualifier_app.domain.text import Message, message
from qualifier_app.persistence import notify, queue_sql
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    CallAttempt,
    Lead,
    Queue,
    Team,
    User,
    UserSession,
)
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.center_days import center_zone
from qualifier_app.services.check_calls.records import reopened_by_partner
from qualifier_app.services.compliance.blocked import (
    BlockedReason,
    ClosedPlaceCounts,
    blocked_reasons,
)
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace import agent_states
from qualifier_app.settings import QueuePolicy

# The main window touches its session every minute; three missed touches mean gone.
PRESENCE_TIMEOUT = timedelta(minutes=3)
CLAIMABLE_VALUES = sorted(status.value for status in CLAIMABLE)


class RepState(StrEnum):
    WORKING = "working"
    IDLE = "idle"
    PAUSED = "paused"
    SIGNED_OUT = "signed out"

    @property
    def label(self) -> str:
        return {
            RepState.WORKING: message("Working"),
            RepState.IDLE: message("Idle"),
            RepState.PAUSED: message("Paused"),
            RepState.SIGNED_OUT: message("Signed out"),
        }[self]


@dataclass(frozen=True)
class RepOnBoard:
    rep_id: int
    login: str
    name: str
    team: str | None
    state: RepState
    paused: bool
    lead_id: int | None
    company: str | None
    working_since: datetime | None
    assigned: int
    callbacks_due: int
    attempts_today: int
    contacts_today: int
    qualified_today: int
    # What the rep says they are doing (Ready, After-call work, Break…, "Paused by team
    # lead", "Signed out") and since when (None when signed out with no known time).
    activity: str = ""
    activity_since: datetime | None = None
    talk_seconds_today: int = 0  # dialled calls, from dial to hang-up

    def in_activity_for(self, now: datetime) -> timedelta | None:
        """How long in the state shown: a rep shown working with no state of their own said
        (a claim from the command line, no app open) is in it since the claim."""
        since = self.activity_since
        if since is None and self.state is RepState.WORKING:
            since = self.working_since
        if since is None:
            return None
        return max(timedelta(0), now - since)

    def working_for(self, now: datetime) -> timedelta | None:
        if self.working_since is None:
            return None
        return max(timedelta(0), now - self.working_since)

    def shown_state(self) -> Message | str:
        """A rep on a lead is working, whatever state they chose; otherwise what they said."""
        return (
            self.state.label
            if self.state is RepState.WORKING or not self.activity
            else self.activity
        )

    def figures(self, now: datetime) -> tuple[str, ...]:
        """The board's columns after the lead in hand: for how long, assigned, callbacks due,
        attempts, talk time, contacts and qualified today."""
        return (
            minutes_seconds(self.working_for(now)),
            str(self.assigned),
            str(self.callbacks_due),
            str(self.attempts_today),
            minutes_seconds(timedelta(seconds=self.talk_seconds_today)),
            str(self.contacts_today),
            str(self.qualified_today),
        )


def minutes_seconds(delta: timedelta | None) -> str:
    if delta is None:
        return ""
    seconds = int(delta.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


@dataclass(frozen=True)
class QueueChoice:
    id: int
    name: str


@dataclass(frozen=True)
class Board:
    at: datetime
    day_start: datetime
    reps: tuple[RepOnBoard, ...]
    queues: tuple[QueueChoice, ...]
    stale_leases: int
    teams: tuple[str, ...]
    # Why waiting leads in the board's scope cannot be claimed now, and how many.
    blocked: tuple[BlockedReason, ...] = ()
    check_calls_due: int = 0  # in the board's queues and reps
    reopened_handoffs: int = 0  # a check call's customer says the partner never called


class BoardService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        policy: QueuePolicy,
        after_call_work_max: timedelta = timedelta(minutes=2),
        poll_seconds: float = notify.POSTGRES_POLL_SECONDS,
    ) -> None:
        self._frame = Frame(db, clock)
        self._poll_seconds = poll_seconds
        self._acw_max = after_call_work_max
        self._policy = policy
        self._closed_places = ClosedPlaceCounts()

    def day_start(self, session: Session, now: datetime) -> datetime:
        """Midnight of the center's day (its zone, as every report counts a day)."""
        zone = center_zone(session)
        return midnight(now.astimezone(zone).date(), zone)

    def board(self, actor: Actor) -> Board:
        with self._frame.read(actor, Action.VIEW_TEAM_BOARD, in_transaction=False) as reading:
            session, now = reading.session, reading.now
            day_start = self.day_start(session, now)
            scope = scope_of(session, actor)
            people = (
                select(User.id, User.login, User.display_name, User.paused, Team.name)
                .outerjoin(Team, Team.id == User.team_id)
                .where(
                    User.active.is_(True),
                    User.role.in_([Role.REP.value, Role.TEAM_LEAD.value]),
                )
                .order_by(Team.name, User.display_name)
            )
            users = scope.users()
            if users is not None:
                people = people.where(users)
            reps = session.execute(people).all()
            ids = [row.id for row in reps]
            holding = {
                owner: (lead_id, company, since)
                for owner, lead_id, company, since in session.execute(
                    select(Lead.lease_owner_id, Lead.id, Lead.company, Lead.leased_at)
                    .where(Lead.lease_owner_id.in_(ids), Lead.lease_expires_at > now)
                    .order_by(Lead.leased_at)
                ).all()
            }
            assigned = {
                rep: (int(count), int(due or 0))
                for rep, count, due in session.execute(
                    select(
                        Lead.assigned_rep_id,
                        func.count(),
                        func.sum(
                            case(
                                (
                                    (Lead.status == LeadStatus.CALLBACK.value)
                                    & (Lead.next_call_at <= now),
                                    1,
                                ),
                                else_=0,
                            )
                        ),
                    )
                    .where(
                        Lead.status.in_(CLAIMABLE_VALUES),
                        Lead.assigned_rep_id.is_not(None),
                        Lead.assigned_rep_id.in_(ids),
                    )
                    .group_by(Lead.assigned_rep_id)
                ).all()
            }
            today = {
                rep: (int(attempts), int(contacts or 0), int(qualified or 0), int(talk or 0))
                for rep, attempts, contacts, qualified, talk in session.execute(
                    select(
                        CallAttempt.rep_id,
                        func.count(),
                        func.sum(
                            case(
                                (CallAttempt.disposition.not_in(NO_CONTACT_DISPOSITIONS), 1),
                                else_=0,
                            )
                        ),
                        func.sum(case((CallAttempt.outcome == SALES_READY_OUTCOME, 1), else_=0)),
                        func.sum(CallAttempt.talk_seconds),
                    )
                    .where(queue_sql.calls_started_since(CallAttempt.rep_id.in_(ids), day_start))
                    .group_by(CallAttempt.rep_id)
                ).all()
            }
            # Signed in (the newest open session seen lately) and signed out (the last end).
            sessions = session.execute(
                select(
                    UserSession.user_id,
                    func.max(UserSession.started_at).filter(
                        UserSession.ended_at.is_(None),
                        UserSession.last_seen_at > now - PRESENCE_TIMEOUT,
                    ),
                    func.max(UserSession.ended_at),
                )
                .where(UserSession.user_id.in_(ids))
                .group_by(UserSession.user_id)
            ).all()
            present = {user_id: started for user_id, started, _ in sessions if started is not None}
            signed_out_at = {user_id: ended for user_id, _, ended in sessions}
            states = agent_states.open_states(session, ids)
            in_scope = scope.leads()
            stale_where = [Lead.lease_owner_id.is_not(None), Lead.lease_expires_at <= now]
            check_where = [Lead.status == LeadStatus.CHECK_CALL.value, queue_sql.due(now)]
            if in_scope is not None:
                stale_where.append(in_scope)
                check_where.append(in_scope)
            # Two counts in one round trip, each planned on its own.
            stale, check_calls = session.execute(
                select(
                    select(func.count()).select_from(Lead).where(*stale_where).scalar_subquery(),
                    select(func.count()).select_from(Lead).where(*check_where).scalar_subquery(),
                )
            ).one()
            blocked = blocked_reasons(
                session,
                now,
                self._policy,
                in_scope,
                remembered=(self._closed_places, (actor.user_id, scope)),
                scope_queues=None if scope.everything else scope.queue_ids,
            )
            reopened = reopened_by_partner(session, scope)
            queue_query = select(Queue.id, Queue.name).where(Queue.active.is_(True))
            if not scope.everything:
                queue_query = queue_query.where(Queue.id.in_(sorted(scope.queue_ids)))
            queues = tuple(
                QueueChoice(qid, name)
                for qid, name in session.execute(queue_query.order_by(Queue.name)).all()
            )
            team_names = tuple(
                sorted(
                    session.execute(
                        select(Team.name).where(Team.id.in_(sorted(scope.team_ids)))
                        if not scope.everything
                        else select(Team.name)
                    ).scalars()
                )
            )
        board_reps = []
        for row in reps:
            lead = holding.get(row.id)
            if row.paused:
                state = RepState.PAUSED
            elif lead is not None:
                state = RepState.WORKING
            elif row.id in present:
                state = RepState.IDLE
            else:
                state = RepState.SIGNED_OUT
            activity, activity_since = self._activity(
                state, states.get(row.id), present.get(row.id), signed_out_at.get(row.id), now
            )
            count, due = assigned.get(row.id, (0, 0))
            attempts, contacts, qualified, talk = today.get(row.id, (0, 0, 0, 0))
            board_reps.append(
                RepOnBoard(
                    rep_id=row.id,
                    login=row.login,
                    name=row.display_name,
                    team=row.name,
                    state=state,
                    paused=bool(row.paused),
                    lead_id=lead[0] if lead else None,
                    company=lead[1] if lead else None,
                    working_since=lead[2] if lead else None,
                    assigned=count,
                    callbacks_due=due,
                    attempts_today=attempts,
                    contacts_today=contacts,
                    qualified_today=qualified,
                    activity=activity,
                    activity_since=activity_since,
                    talk_seconds_today=talk,
                )
            )
        return Board(
            now,
            day_start,
            tuple(board_reps),
            queues,
            int(stale),
            team_names,
            blocked,
            check_calls_due=int(check_calls),
            reopened_handoffs=sum(reopened.values()),
        )

    def _activity(
        self,
        state: RepState,
        open_state: tuple[str, datetime, str] | None,
        signed_in_at: datetime | None,
        signed_out_at: datetime | None,
        now: datetime,
    ) -> tuple[str, datetime | None]:
        if state is RepState.SIGNED_OUT:
            return message("Signed out"), signed_out_at
        if state is RepState.PAUSED:
            return message("Paused by team lead"), None
        if open_state is None:
            return agent_states.AgentStateKind.READY.label, signed_in_at
        status = agent_states.effective(*open_state, now, self._acw_max)
        label = status.state.label
        if status.reason:
            label = message("{state} ({reason})", state=label, reason=status.reason)
        return label, status.since

    def watch(
        self,
        actor: Actor,
        stop: threading.Event,
        on_change: Callable[[], None],
        wait_seconds: float = 1.0,
        ready: Callable[[], None] | None = None,
    ) -> None:
        """Call `on_change` whenever shared data changes, until `stop` is set; `ready` once
        the feed is open.

        Blocks: run it on a thread of its own. Both databases are polled cheaply (see
        persistence/notify.py); on PostgreSQL every `poll_seconds`, through the workstation's
        one connection, taking turns with its other calls.
        """
        require(actor, Action.VIEW_TEAM_BOARD)
        feed = notify.open_feed(self._frame.db.engine_for(actor.login), self._poll_seconds)
        if ready is not None:
            ready()
        try:
            while not stop.is_set():
                if feed.wait(wait_seconds) and not stop.is_set():
                    on_change()
        finally:
            feed.close()
