"""Undoing the last outcome: for a short while after saving, the rep may take it back and
the lead comes back to them as it was before the outcome.

The time is the database's: `change.now` against the attempt's `ended_at`, both written by
the database's clock, so a workstation's clock or a slow GUI cannot stretch the window. What
the outcome wrote (the call attempt, its qualification and answers, the consents given on the
call; `take_back`) is deleted, the lead's fields are put back from the outcome's own audit
row (a check call's too: check_calls/undo.py), the rep holds the lead again, and the undo is
audited. Refused once something else happened to the lead: another rep took it, a
handoff was made, a later attempt was logged, or for do-not-call, which takes every lead with
the same phone or e-mail out at once and is lifted only from the do-not-call list.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.audit_actions import action_words
from qualifier_app.domain.errors import Conflict, NotFound
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import (
    AuditEntry,
    CallAttempt,
    Handoff,
    Lead,
    User,
)
from qualifier_app.services.check_calls import undo as check_call_undo
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.workspace import take_back
from qualifier_app.settings import QueuePolicy

UNDO_SECONDS = 30


class OutcomeUndo:
    def __init__(self, frame: Frame, queue_policy: QueuePolicy) -> None:
        self._frame = frame
        self._queue_policy = queue_policy

    def undo(self, actor: Actor, attempt_id: int) -> tuple[int, int]:
        """Take back the outcome recorded as `attempt_id`; (lead id, the lead's version)."""
        with self._frame.change(actor, Action.WORK_LEADS) as change:
            session, now = change.session, change.now
            attempt = session.get(CallAttempt, attempt_id)
            if attempt is None or attempt.rep_id != actor.user_id:
                raise NotFound(
                    message(
                        "there is no outcome {attempt_id} of yours to undo", attempt_id=attempt_id
                    )
                )
            lead = session.execute(
                select(Lead).where(Lead.id == attempt.lead_id).with_for_update()
            ).scalar_one_or_none()
            if lead is None:  # on PostgreSQL: moved out of what the rep may see
                raise Conflict(
                    message(
                        "the outcome of lead {lead} cannot be undone: the lead was moved to a "
                        "queue you do not work",
                        lead=attempt.lead_id,
                    )
                )
            what = message(
                "the outcome of lead {lead} ({company})", lead=lead.id, company=lead.company
            )
            age = (now - attempt.ended_at).total_seconds()
            if age > UNDO_SECONDS:
                raise Conflict(
                    message(
                        (
                            "{what} was saved {int} s ago; it can be undone only within "
                            "{UNDO_SECONDS} s. Open the lead again to change it."
                        ),
                        what=what,
                        int=int(age),
                        UNDO_SECONDS=UNDO_SECONDS,
                    )
                )
            if attempt.outcome == OutcomeKind.DO_NOT_CALL.value:
                raise Conflict(
                    message(
                        (
                            "{what} is do-not-call: it applies at once to "
                            "every lead with the same phone or e-mail and is "
                            "lifted only from the do-not-call list"
                        ),
                        what=what,
                    )
                )
            row = _outcome_row(session, attempt) or check_call_undo.outcome_row(session, attempt)
            if row is None or row.before is None:
                raise Conflict(
                    message(
                        "{what} has no record of how the lead was before; not undone", what=what
                    )
                )
            before, after = row.before, row.after or {}
            check_call = row.entity_type == "check_call"
            if check_call:  # the row holds the lead and the check call
                before, after = before["lead"], after["lead"]
            self._check_untouched(change, lead, attempt, str(after.get("status")))
            _check_unchanged_since(session, lead, row, what)
            if check_call:
                check_call_undo.restore(change, row, attempt)
            undone = _restore(lead, before, now)
            lead.lease_owner_id = actor.user_id
            lead.leased_at = now
            lead.lease_expires_at = now + timedelta(minutes=self._queue_policy.lease_minutes)
            take_back.delete_call(session, attempt)
            change.audit(
                "lead.outcome_undone",
                "lead",
                lead.id,
                before={**undone, "call_attempt_id": attempt_id, "outcome": attempt.outcome},
                after={**lead_fields(lead), "lease_owner_id": actor.user_id},
                reason=f"undone {int(age)} s after saving",
            )
            return lead.id, lead.version

    def _check_untouched(
        self, change: Change, lead: Lead, attempt: CallAttempt, left_as: str
    ) -> None:
        session, now = change.session, change.now
        what = message("the outcome of lead {lead} ({company})", lead=lead.id, company=lead.company)
        actor = change.actor
        assert actor is not None
        if (
            lead.lease_owner_id not in (None, actor.user_id)
            and lead.lease_expires_at is not None
            and lead.lease_expires_at > now
        ):
            holder = session.execute(
                select(User.display_name).where(User.id == lead.lease_owner_id)
            ).scalar()
            raise Conflict(
                message(
                    "{what} cannot be undone: {value} has the lead now",
                    what=what,
                    value=holder or "another rep",
                )
            )
        later = session.execute(
            select(CallAttempt.id)
            .where(CallAttempt.lead_id == lead.id, CallAttempt.id > attempt.id)
            .limit(1)
        ).first()
        handed = session.execute(
            select(Handoff.status, Handoff.delivered_at)
            .where(Handoff.lead_id == lead.id, Handoff.created_at >= attempt.ended_at)
            .limit(1)
        ).first()
        if handed is not None:
            raise Conflict(
                message(
                    "{what} cannot be undone: the lead was handed to a partner already and "
                    "delivered",
                    what=what,
                )
                if handed.delivered_at is not None
                else message(
                    "{what} cannot be undone: the lead was handed to a partner already", what=what
                )
            )
        if later is not None or lead.status != left_as:
            raise Conflict(message("{what} cannot be undone: the lead changed since", what=what))


def _check_unchanged_since(session: Session, lead: Lead, outcome: AuditEntry, what: str) -> None:
    """Refuse when anyone changed the lead after the outcome (a team lead moved it, an import
    merged into it): putting back how it was before the outcome would undo their change."""
    since = session.execute(
        select(AuditEntry.action, User.display_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(
            AuditEntry.entity_type == "lead",
            AuditEntry.entity_id == str(lead.id),
            AuditEntry.id > outcome.id,
        )
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    if since is not None:
        raise Conflict(
            message(
                "{what} cannot be undone: {who} changed the lead since ({change})",
                what=what,
                who=since.display_name or message("the system"),
                change=action_words(since.action),
            )
        )


def _outcome_row(session: Session, attempt: CallAttempt) -> AuditEntry | None:
    """The audit row the outcome wrote for the lead: how it was before, and after."""
    rows = session.execute(
        select(AuditEntry).where(
            AuditEntry.entity_type == "lead",
            AuditEntry.entity_id == str(attempt.lead_id),
            AuditEntry.action == f"lead.{attempt.outcome}",
        )
    ).scalars()
    for row in rows:
        if (row.after or {}).get("call_attempt_id") == attempt.id:
            return row
    return None


def lead_fields(lead: Lead) -> dict[str, Any]:
    return {
        "status": lead.status,
        "status_reason": lead.status_reason,
        "attempts": lead.attempts,
        "next_call_at": lead.next_call_at,
        "assigned_rep_id": lead.assigned_rep_id,
        "grade": lead.grade,
        "recycle_on": lead.recycle_on,
        "last_attempt_at": lead.last_attempt_at,
    }


def _restore(lead: Lead, before: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Put the lead's fields back as the outcome's audit row recorded them; what they were."""
    undone = lead_fields(lead)
    lead.status = str(before["status"])
    lead.attempts = int(before["attempts"])
    lead.next_call_at = _when(before.get("next_call_at"))
    lead.assigned_rep_id = before.get("assigned_rep_id")
    lead.grade = before.get("grade")
    recycle = before.get("recycle_on")
    lead.recycle_on = date.fromisoformat(recycle) if recycle else None
    if "status_reason" in before:
        lead.status_reason = before["status_reason"]
    if "last_attempt_at" in before:
        lead.last_attempt_at = _when(before["last_attempt_at"])
    lead.updated_at = now
    return undone


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None
