"""Agent states: what a rep is doing between leads, since when and why.

A rep is Ready (taking leads), in after-call work (which starts by itself when an outcome is
saved and ends by itself after the configured maximum), or away: Break, Lunch, Training,
Meeting. Each period is one `agent_states` row with the database's time; the open row is the
state now. No open row while signed in means Ready since the sign-in. Signing out closes the
open row (and, when the rep asks for it, gives the held lead back to the queue).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import AgentState, User, UserSession
from qualifier_app.services.frame import Change, Frame

REASON_MAX = 200


class AgentStateKind(StrEnum):
    READY = "ready"
    AFTER_CALL_WORK = "after_call_work"
    BREAK = "break"
    LUNCH = "lunch"
    TRAINING = "training"
    MEETING = "meeting"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    AgentStateKind.READY: message("Ready"),
    AgentStateKind.AFTER_CALL_WORK: message("After-call work"),
    AgentStateKind.BREAK: message("Break"),
    AgentStateKind.LUNCH: message("Lunch"),
    AgentStateKind.TRAINING: message("Training"),
    AgentStateKind.MEETING: message("Meeting"),
}


@dataclass(frozen=True)
class AgentStatus:
    state: AgentStateKind
    since: datetime
    reason: str
    at: datetime  # the database's time when this was read
    ends_at: datetime | None = None  # after-call work: when it turns into Ready by itself
    paused: bool = False  # a team lead paused the rep: no leads whatever the state says

    def time_in_state(self, now: datetime) -> timedelta:
        return max(timedelta(0), now - self.since)


def effective(
    state: str, since: datetime, reason: str, now: datetime, acw_max: timedelta
) -> AgentStatus:
    """The state as it stands at `now`: after-call work past its maximum is Ready."""
    kind = AgentStateKind(state)
    if kind is AgentStateKind.AFTER_CALL_WORK:
        ends = since + acw_max
        if now >= ends:
            return AgentStatus(AgentStateKind.READY, ends, "", now)
        return AgentStatus(kind, since, reason, now, ends)
    return AgentStatus(kind, since, reason, now)


def open_states(session: Session, user_ids: list[int]) -> dict[int, tuple[str, datetime, str]]:
    """The open state row of each of these people: state, since, reason."""
    return {
        user_id: (state, since, reason)
        for user_id, state, since, reason in session.execute(
            select(AgentState.user_id, AgentState.state, AgentState.since, AgentState.reason)
            .where(AgentState.user_id.in_(user_ids), AgentState.ended_at.is_(None))
            .order_by(AgentState.since)
        ).all()
    }


def move(change: Change, user_id: int, state: AgentStateKind, reason: str = "") -> bool:
    """Close the person's open state and open `state`, audited; False when nothing changed."""
    session, now = change.session, change.now
    current = session.execute(
        select(AgentState)
        .where(AgentState.user_id == user_id, AgentState.ended_at.is_(None))
        .with_for_update()
    ).scalar_one_or_none()
    if current is not None and current.state == state.value and current.reason == reason:
        return False
    before = None if current is None else {"state": current.state, "reason": current.reason}
    if current is not None:
        current.ended_at = now
    session.add(AgentState(user_id=user_id, state=state.value, reason=reason, since=now))
    change.audit(
        "agent_state.changed",
        "user",
        user_id,
        before=before,
        after={"state": state.value, "reason": reason},
        reason=reason,
    )
    return True


def close(change: Change, user_id: int) -> None:
    """Signing out: the open state ends now (audited when there was one)."""
    ended = (
        change.session.execute(
            update(AgentState)
            .where(AgentState.user_id == user_id, AgentState.ended_at.is_(None))
            .values(ended_at=change.now)
            .returning(AgentState.state)
        )
        .scalars()
        .all()
    )
    if ended:
        change.audit(
            "agent_state.changed",
            "user",
            user_id,
            before={"state": ended[-1]},
            after={"state": "signed_out"},
        )


class AgentStates:
    def __init__(self, frame: Frame, after_call_work_max: timedelta) -> None:
        self._frame = frame
        self.after_call_work_max = after_call_work_max

    def current(self, actor: Actor) -> AgentStatus:
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            session, now = reading.session, reading.now
            paused = bool(
                session.execute(select(User.paused).where(User.id == actor.user_id)).scalar()
            )
            row = open_states(session, [actor.user_id]).get(actor.user_id)
            if row is not None:
                return replace(effective(*row, now, self.after_call_work_max), paused=paused)
            started = session.execute(
                select(UserSession.started_at)
                .where(UserSession.user_id == actor.user_id, UserSession.ended_at.is_(None))
                .order_by(UserSession.started_at.desc())
                .limit(1)
            ).scalar_one_or_none()
            return AgentStatus(AgentStateKind.READY, started or now, "", now, paused=paused)

    def change(self, actor: Actor, state: str, reason: str = "") -> AgentStatus:
        """Go into `state` now. A reason is optional (at most REASON_MAX characters)."""
        try:
            kind = AgentStateKind(state)
        except ValueError:
            choices = ", ".join(k.label for k in AgentStateKind)
            raise InvalidInput(
                message(
                    "unknown state {state!r}: choose one of {choices}", state=state, choices=choices
                ),
                "state",
            ) from None
        reason = reason.strip()
        if len(reason) > REASON_MAX:
            raise InvalidInput(
                message(
                    "the reason is {len} characters long; at most {REASON_MAX}",
                    len=len(reason),
                    REASON_MAX=REASON_MAX,
                ),
                "reason",
            )
        with self._frame.change(actor, Action.WORK_LEADS) as change:
            if not move(change, actor.user_id, kind, reason):
                change.discard()
        return self.current(actor)
