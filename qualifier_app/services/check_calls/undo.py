"""Undoing a check call's outcome within the undo window (workspace/undo.py puts the lead back
and gives it to the rep again; this puts the check call back): due as it was before the rep
saved, with what the customer said forgotten (the answers and the reopening for the channel
manager; workspace/take_back.py deletes the handoff's note of them). Refused once the channel
manager decided on the reopened handoff, or the check call changed otherwise; audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import Conflict
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import AuditEntry, CallAttempt, CheckCall
from qualifier_app.services.frame import Change


def check_fields(check: CheckCall) -> dict[str, Any]:
    """What saving a check call's outcome changes on it, beside the customer's answers."""
    return {
        "status": check.status,
        "attempts": check.attempts,
        "why": check.why,
        "follow_up": check.follow_up,
        "follow_up_note": check.follow_up_note,
        "call_attempt_id": check.call_attempt_id,
        "script_id": check.script_id,
    }


def outcome_row(session: Session, attempt: CallAttempt) -> AuditEntry | None:
    """The audit row a check call's outcome wrote: the lead and the check call before and
    after; None when `attempt` was no check call."""
    check_id = session.execute(
        select(CheckCall.id).where(CheckCall.call_attempt_id == attempt.id)
    ).scalar_one_or_none()
    if check_id is None:
        return None
    # By the check call, not by time: on PostgreSQL the audit row's time is the database's.
    rows = session.execute(
        select(AuditEntry).where(
            AuditEntry.entity_type == "check_call",
            AuditEntry.entity_id == str(check_id),
            AuditEntry.action == f"check_call.{attempt.outcome}",
        )
    ).scalars()
    for row in rows:
        if (row.after or {}).get("call_attempt_id") == attempt.id:
            return row
    return None


def restore(change: Change, row: AuditEntry, attempt: CallAttempt) -> None:
    """Put the check call back as `row` recorded it before the outcome."""
    session = change.session
    check = session.execute(
        select(CheckCall).where(CheckCall.id == int(row.entity_id)).with_for_update()
    ).scalar_one()
    before, after = (row.before or {})["check"], (row.after or {})["check"]
    if check.follow_up != after["follow_up"]:
        raise Conflict(
            message(
                "the check call of lead {lead} cannot be undone: the channel manager already "
                "decided on the reopened handoff",
                lead=check.lead_id,
            )
        )
    if check.status != after["status"] or check.call_attempt_id != attempt.id:
        raise Conflict(
            message(
                "the check call of lead {lead} cannot be undone: it changed since",
                lead=check.lead_id,
            )
        )
    undone = check_fields(check)
    check.status = before["status"]
    check.attempts = int(before["attempts"])
    check.why = before["why"]
    check.follow_up = before["follow_up"]
    check.follow_up_note = before["follow_up_note"]
    check.call_attempt_id = before["call_attempt_id"]
    check.script_id = before["script_id"]
    # A check call is answered once: before this outcome it held no answers.
    check.answered_by_id = None
    check.answered_at = None
    check.contacted = None
    check.contacted_on = None
    check.contacted_by = ""
    check.satisfaction = None
    check.still_needs = None
    check.may_share = None
    check.comments = ""
    check.handoff_status = ""
    check.contradiction = False
    session.flush()  # the check call lets go of the attempt before the attempt is deleted
    change.audit(
        "check_call.outcome_undone",
        "check_call",
        check.id,
        before=undone,
        after=check_fields(check),
        reason=f"the rep took back the outcome saved as call {attempt.id}",
    )
