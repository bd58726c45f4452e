"""A person's answer to a flagged delivery: a handoff e-mail whose outcome stayed unknown
after every automatic retry, or that the mail server refused for good. Having asked the
partner about its Message-ID (or given it a working address, or had the message let
through), the person says either "delivered" (the partner has it: the handoff is sent and its
SLA starts now) or "send again" (the partner has nothing: one more try, with the same
Message-ID, and flagged again at once if that one goes unconfirmed or refused too)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Handoff, HandoffEvent, Partner, PartnerRep
from qualifier_app.services.frame import Change
from qualifier_app.services.partners.delivery_events import delivery_event
from qualifier_app.services.partners.dto import FlaggedDelivery
from qualifier_app.services.partners.handoff_creation import pick_rep
from qualifier_app.services.partners.handoff_package import build_package

CONFIRMED, RESEND, FLAGGED = "confirmed", "resend", "flagged"
# Why a delivery waits for a person: its outcome is unknown (the partner may have it), the
# partner rep's address was refused for good, the message itself was refused for good (a 5xx
# answer to MAIL FROM or at DATA: taken for spam, say), or the lead went do-not-call before it
# was sent.
UNKNOWN, REFUSED, MESSAGE_REFUSED, DO_NOT_CALL = (
    "unknown",
    "refused",
    "message_refused",
    "do_not_call",
)
FLAG_NOTE = message("may have reached the partner already: waiting for a person to check")
REFUSED_NOTE = message(
    "the partner rep's address was refused: waiting for a person to give the partner a "
    "working address in the directory and send it again, or to mark it delivered"
)
MESSAGE_REFUSED_NOTE = message(
    "the mail server refused the message for good: waiting for a person to have it let "
    "through (by the partner's mail administrator, or the center's when it refused the "
    "sender) and send it again, or to hand the lead to the partner another way and mark it "
    "delivered"
)
# What the handoff's events say when it is flagged, per reason (UNKNOWN: FLAG_NOTE).
_NOTES = {REFUSED: REFUSED_NOTE, MESSAGE_REFUSED: MESSAGE_REFUSED_NOTE}


def flag_note(kind: str) -> str:
    """What a delivery flagged for the reason `kind` waits for."""
    return _NOTES.get(kind, FLAG_NOTE)


class Resolution(StrEnum):
    DELIVERED = "delivered"
    SEND_AGAIN = "send-again"


def resolution(text: str) -> Resolution:
    try:
        return Resolution(text.strip().lower())
    except ValueError:
        raise InvalidInput(
            message("say 'delivered' or 'send-again', not {strip!r}", strip=text.strip()),
            "resolution",
        ) from None


def since_resend(states: list[str | None]) -> tuple[list[str | None], bool]:
    """The delivery states after a person's last "send again", and whether there was one."""
    for index in range(len(states) - 1, -1, -1):
        if states[index] == RESEND:
            return states[index + 1 :], True
    return states, False


def _with_why(what: str, why: str) -> str:
    return message("{what}: {why}", what=what, why=why) if why else what


def flag(change: Change, handoff: Handoff, msg_id: str, why: str, kind: str = UNKNOWN) -> None:
    """Leave the handoff to a person, for the reason `kind` says (UNKNOWN, REFUSED,
    MESSAGE_REFUSED, DO_NOT_CALL); `why` (what the mail server answered, say) is kept with
    it for the person to read."""
    change.session.execute(
        update(Handoff)
        .where(Handoff.id == handoff.id, Handoff.delivery_flagged_at.is_(None))
        .values(delivery_flagged_at=change.now, version=Handoff.version + 1)
        .execution_options(synchronize_session=False)
    )
    change.session.add(
        delivery_event(
            handoff.id,
            change.now,
            message("{flag} ({why})", flag=flag_note(kind), why=why)
            if kind in _NOTES
            else message(
                "{flag} ({why}; look for Message-ID {msg_id})",
                flag=FLAG_NOTE,
                why=why,
                msg_id=msg_id,
            ),
            {"delivery": FLAGGED, "message_id": msg_id, "why": kind, "problem": why},
        )
    )
    change.audit(
        "handoff.delivery_flagged",
        "handoff",
        handoff.id,
        after={"flagged": True, "message_id": msg_id, "why": kind},
        reason=why,
    )


def flagged_list(session: Session, *conditions: Any) -> list[FlaggedDelivery]:
    kinds = _kinds(session)
    rows = session.execute(
        select(
            Handoff.id,
            Partner.name,
            Handoff.message_id,
            Handoff.delivery_attempts,
            Handoff.delivery_flagged_at,
        )
        .join(Partner, Partner.id == Handoff.partner_id)
        .where(
            Handoff.delivery_flagged_at.is_not(None), Handoff.delivered_at.is_(None), *conditions
        )
        .order_by(Handoff.delivery_flagged_at, Handoff.id)
    ).all()
    return [
        FlaggedDelivery(int(a), str(b), str(c or ""), int(d), e, *kinds.get(int(a), (UNKNOWN, "")))
        for a, b, c, d, e in rows
    ]


def _kinds(session: Session) -> dict[int, tuple[str, str]]:
    """Why each flagged handoff waits, as its last flag said: the reason, and what was said
    with it (what the mail server answered, say; empty for flags older than that)."""
    last: dict[int, tuple[str, str]] = {}
    for handoff_id, kind, problem in session.execute(
        select(
            HandoffEvent.handoff_id,
            HandoffEvent.data["why"].as_string(),
            HandoffEvent.data["problem"].as_string(),
        )
        .join(Handoff, Handoff.id == HandoffEvent.handoff_id)
        .where(
            Handoff.delivery_flagged_at.is_not(None),
            Handoff.delivered_at.is_(None),
            HandoffEvent.data["delivery"].as_string() == FLAGGED,
        )
        .order_by(HandoffEvent.id)
    ).all():
        last[int(handoff_id)] = (kind or UNKNOWN, problem or "")
    return last


def flagged_handoff(change: Change, handoff_id: int) -> Handoff:
    handoff = change.session.get(Handoff, handoff_id)
    if handoff is None:
        raise NotFound(message("there is no handoff {handoff_id}", handoff_id=handoff_id))
    if handoff.delivered_at is not None:
        raise Conflict(
            message(
                "handoff {handoff_id} was delivered already; nothing to resolve",
                handoff_id=handoff_id,
            )
        )
    if handoff.delivery_flagged_at is None:
        raise Conflict(
            message(
                "handoff {handoff_id} is not waiting for a person's decision", handoff_id=handoff_id
            )
        )
    return handoff


def mark_delivered(change: Change, handoff: Handoff, note: str) -> None:
    """The partner has the e-mail: sent now, its SLA starts now."""
    session, now = change.session, change.now
    package = build_package(session, handoff, now)
    done = session.execute(
        update(Handoff)
        .where(
            Handoff.id == handoff.id,
            Handoff.version == handoff.version,
            Handoff.delivered_at.is_(None),
        )
        .values(
            status=HandoffStatus.SENT.value,
            sent_at=package.sent_at,
            deadline_at=package.respond_by,
            delivered_at=now,
            delivery_channel="smtp",
            delivery_flagged_at=None,
            delivery_retry_at=None,
            version=Handoff.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(
            message("handoff {id} was changed by someone else meanwhile; try again", id=handoff.id)
        )
    why = " ".join(note.split())
    session.add(
        delivery_event(
            handoff.id,
            now,
            _with_why(message("a person confirmed the partner received the e-mail"), why),
            {"delivery": CONFIRMED, "message_id": handoff.message_id},
            status=HandoffStatus.SENT.value,
        )
    )
    change.audit(
        "handoff.delivery_confirmed",
        "handoff",
        handoff.id,
        before={"flagged": True},
        after={"status": HandoffStatus.SENT.value, "message_id": handoff.message_id},
        reason=why,
    )


def allow_one_more_try(change: Change, handoff: Handoff, note: str) -> None:
    """The partner has nothing: unflag for exactly one more attempt, same Message-ID; to
    another of the partner's reps when the directory took the handoff's rep off (a refused
    address corrected there makes a new rep)."""
    session, now = change.session, change.now
    rep = session.get(PartnerRep, handoff.partner_rep_id) if handoff.partner_rep_id else None
    rep_id = handoff.partner_rep_id
    if rep is None or not rep.active:
        rep_id = pick_rep(session, handoff.partner_id) or rep_id
    done = session.execute(
        update(Handoff)
        .where(
            Handoff.id == handoff.id,
            Handoff.version == handoff.version,
            Handoff.delivered_at.is_(None),
        )
        .values(
            delivery_flagged_at=None,
            delivery_retry_at=None,
            partner_rep_id=rep_id,
            version=Handoff.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(
            message("handoff {id} was changed by someone else meanwhile; try again", id=handoff.id)
        )
    why = " ".join(note.split())
    session.add(
        delivery_event(
            handoff.id,
            now,
            _with_why(message("a person asked for one more try with the same Message-ID"), why),
            {"delivery": RESEND, "message_id": handoff.message_id},
        )
    )
    change.audit(
        "handoff.delivery_resend",
        "handoff",
        handoff.id,
        before={"flagged": True, "partner_rep_id": handoff.partner_rep_id},
        after={"flagged": False, "message_id": handoff.message_id, "partner_rep_id": rep_id},
        reason=why,
    )
