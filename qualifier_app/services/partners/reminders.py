"""The 75 % reminder, delivered the way handoff packages are: claimed in the database before
it is sent (a "started" event, guarded by the handoff's version) and its outcome recorded
after. `reminded_at` is set, and the partner counted as reminded, only once the mail server
took the reminder. A reminder the server surely did not get is tried again by the next
sweep, as long as the SLA runs; one whose outcome is unknown is not sent again before
`unknown_retry_hours`, then with the same Message-ID, at most `unknown_retries` times; one
the server refused for good (a 5xx answer: the message, or the rep's address) is not sent
again, the SLA runs out as it would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qualifier_app.domain import sla
from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.handoff_package import HandoffPackage
from qualifier_app.domain.text import message
from qualifier_app.integrations.mail import message_id
from qualifier_app.persistence.models import Handoff, HandoffEvent
from qualifier_app.services.frame import Change
from qualifier_app.services.partners.delivery_events import delivery_event
from qualifier_app.services.partners.handoff_package import build_package

STARTED, DONE, FAILED, UNKNOWN, GIVEN_UP = "started", "done", "failed", "unknown", "given-up"
# What became of one sweep's reminder: sent by SMTP, left in the outbox folder (no mail
# server), not sent (tried again by a later sweep), refused for good (not tried again), or
# of unknown outcome.
SENT, OUTBOX, REFUSED = "sent", "outbox", "refused"


@dataclass(frozen=True)
class ClaimedReminder:
    handoff_id: int
    attempt: int
    msg_id: str
    original_id: str
    package: HandoffPackage
    at: datetime


def reminder_states(session: Session, handoff_id: int) -> list[tuple[str, datetime]]:
    """The reminder's delivery states, oldest first, each with its time."""
    return [
        (str(state), at)
        for state, at in session.execute(
            select(HandoffEvent.data["reminder"].as_string(), HandoffEvent.at)
            .where(
                HandoffEvent.handoff_id == handoff_id,
                HandoffEvent.origin == "delivery",
                HandoffEvent.data["reminder"].as_string().is_not(None),
            )
            .order_by(HandoffEvent.id)
        ).all()
    ]


def _unconfirmed(states: list[tuple[str, datetime]]) -> int:
    started = sum(1 for state, _ in states if state == STARTED)
    return started - sum(1 for state, _ in states if state in (DONE, FAILED))


def _due(handoff: Handoff, now: datetime) -> bool:
    if handoff.sent_at is None or handoff.deadline_at is None:
        return False
    due = sla.state(now, handoff.sent_at, handoff.deadline_at, handoff.reminded_at is not None)
    return handoff.status == HandoffStatus.SENT and due is sla.SlaState.REMIND


def _noted(change: Change, handoff_id: int) -> None:
    """The handoff's row moves with what is recorded about its reminder: on PostgreSQL a
    person's audit row of a handoff comes with a change to it (their workstation sweeps as
    them), and an editor who read the handoff before sees it changed."""
    change.session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id)
        .values(version=Handoff.version + 1)
        .execution_options(synchronize_session=False)
    )


def _give_up(change: Change, handoff_id: int, msg_id: str, unconfirmed: int) -> None:
    _noted(change, handoff_id)
    change.session.add(
        delivery_event(
            handoff_id,
            change.now,
            message(
                "the reminder may have reached the partner; not sent again (Message-ID {msg_id})",
                msg_id=msg_id,
            ),
            {"reminder": GIVEN_UP, "message_id": msg_id},
            status=HandoffStatus.SENT.value,
        )
    )
    change.audit(
        "handoff.reminder_given_up",
        "handoff",
        handoff_id,
        after={"message_id": msg_id},
        reason=f"{unconfirmed} reminders went unconfirmed",
    )


def claim(
    change: Change, handoff_id: int, sender: str, unknown_pause: timedelta, unknown_retries: int
) -> ClaimedReminder | None:
    """Claim the handoff's reminder for this sweep; None when it is not to be sent now."""
    session, now = change.session, change.now
    handoff = session.get(Handoff, handoff_id)
    if handoff is None:
        raise NotFound(message("there is no handoff {handoff_id}", handoff_id=handoff_id))
    if not _due(handoff, now):
        return None
    states = reminder_states(session, handoff_id)
    last, at = states[-1] if states else ("", now)
    if last == GIVEN_UP:
        return None
    if last in (STARTED, UNKNOWN) and at + unknown_pause > now:
        return None  # being sent elsewhere, or the partner may have it: not blindly again
    msg_id = message_id(handoff_id, handoff.request_id, sender, "reminder")
    if _unconfirmed(states) > unknown_retries:
        _give_up(change, handoff_id, msg_id, _unconfirmed(states))
        return None
    claimed = session.execute(
        update(Handoff)
        .where(
            Handoff.id == handoff_id,
            Handoff.version == handoff.version,
            Handoff.reminded_at.is_(None),
            Handoff.status == HandoffStatus.SENT.value,
        )
        .values(version=Handoff.version + 1)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return None
    attempt = sum(1 for state, _ in states if state == STARTED) + 1
    session.add(
        delivery_event(
            handoff_id,
            now,
            message("reminder, attempt {attempt}", attempt=attempt),
            {"reminder": STARTED, "attempt": attempt, "message_id": msg_id},
            status=HandoffStatus.SENT.value,
        )
    )
    assert handoff.sent_at is not None  # it is due: sent, with a deadline
    original = handoff.message_id or message_id(handoff_id, handoff.request_id, sender)
    package = build_package(session, handoff, handoff.sent_at, handoff.deadline_at)
    return ClaimedReminder(handoff_id, attempt, msg_id, original, package, now)


def record(change: Change, claimed: ClaimedReminder, outcome: str, problem: str) -> None:
    """What became of a claimed reminder: SENT or OUTBOX (the partner is reminded), FAILED
    or UNKNOWN (not, or not surely: a later sweep decides), REFUSED (not, and never: the
    reminder is given up)."""
    session, now, handoff_id = change.session, change.now, claimed.handoff_id
    if outcome in (SENT, OUTBOX):
        session.execute(
            update(Handoff)
            .where(Handoff.id == handoff_id, Handoff.reminded_at.is_(None))
            .values(reminded_at=now, version=Handoff.version + 1)
            .execution_options(synchronize_session=False)
        )
        due = message(
            "reminder: answer due by {at:%Y-%m-%d %H:%M} UTC", at=claimed.package.respond_by
        )
        note = due if outcome == SENT else message("left in the outbox")
        data = {"reminder": DONE, "channel": outcome, "message_id": claimed.msg_id}
        action, after = "handoff.reminded", {"reminded_at": now, "channel": outcome}
    elif outcome == UNKNOWN:
        note = message("reminder outcome unknown, not resent blindly: {problem}", problem=problem)
        data = {"reminder": UNKNOWN, "message_id": claimed.msg_id}
        action, after = "handoff.reminder_unknown", {"message_id": claimed.msg_id}
    elif outcome == REFUSED:
        # Every later try would be refused the same: given up, as one that went unconfirmed
        # too often (no later sweep claims it).
        note = message(
            "reminder refused for good by the mail server, not sent again: {problem}",
            problem=problem,
        )
        data = {"reminder": GIVEN_UP, "message_id": claimed.msg_id}
        action, after = "handoff.reminder_given_up", {"message_id": claimed.msg_id}
    else:
        note = message(
            "reminder not sent, tried again by the next sweep: {problem}", problem=problem
        )
        data = {"reminder": FAILED, "message_id": claimed.msg_id}
        action, after = "handoff.reminder_failed", {"message_id": claimed.msg_id}
    if outcome not in (SENT, OUTBOX):
        _noted(change, handoff_id)
    session.add(delivery_event(handoff_id, now, note, data, status=HandoffStatus.SENT.value))
    change.audit(action, "handoff", handoff_id, after=after, reason=problem)
