"""A lead's new status after a call's outcome, decided by the same rules in the outcome's
transaction and, on PostgreSQL, on the workstation for the outcome in one call
(outcome_one_call). Days are the center's: a recycle date is after the center's today."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.outcomes import TARGET_STATUS, OutcomeKind, check_closing
from qualifier_app.domain.retry import Disposition, RetryPolicy
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Lead
from qualifier_app.services.workspace.callback_time import WhyNotCallable, allowed_callback
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.services.workspace.retries import RecentCalls, next_try


@dataclass(frozen=True)
class Reads:
    """What deciding an outcome reads besides the lead: in the outcome's transaction, or
    kept on the workstation for a moment."""

    retry: Callable[[], RetryPolicy]
    recent_calls: RecentCalls
    why_not_callable: WhyNotCallable
    today: date  # the center's date at the outcome's moment


def move(
    reads: Reads,
    lead: Lead,
    actor: Actor,
    outcome: Outcome,
    disposition: Disposition,
    now: datetime,
) -> tuple[str, int | None]:
    """Give the lead its new status; (reason, the rep a callback is for)."""
    kind = outcome.kind
    lead.lease_owner_id = None
    lead.lease_expires_at = None
    lead.leased_at = None
    lead.updated_at = now
    lead.last_attempt_at = now
    lead.next_call_at = None
    callback_rep: int | None = None
    reason = outcome.reason.strip()
    recycle_on: date | None = None
    target: LeadStatus
    if kind is OutcomeKind.NO_CONTACT:
        target, reason, recycle_on = _no_contact(reads, lead, disposition, now)
    elif kind is OutcomeKind.CALLBACK:
        target = LeadStatus.CALLBACK
        lead.next_call_at = allowed_callback(reads.why_not_callable, lead, outcome.callback_at, now)
        callback_rep = actor.user_id if outcome.callback_me_only else None
        lead.assigned_rep_id = callback_rep
    else:
        target = TARGET_STATUS[kind]
        recycle_on = check_closing(kind, reason, outcome.recycle_on, reads.today)
        lead.assigned_rep_id = None
    if target in {LeadStatus.NURTURE, LeadStatus.DISQUALIFIED}:
        lead.status_reason = reason
    lead.recycle_on = recycle_on if target is LeadStatus.NURTURE else None
    check_move(LeadStatus(lead.status), target)
    lead.status = target.value
    return reason, callback_rep


def _no_contact(
    reads: Reads, lead: Lead, disposition: Disposition, now: datetime
) -> tuple[LeadStatus, str, date | None]:
    retry = reads.retry()
    decision = next_try(reads.recent_calls, retry, lead, lead.attempts, disposition, now)
    lead.attempts = decision.attempts
    if decision.gives_up:
        lead.assigned_rep_id = None
        return LeadStatus.NURTURE, decision.nurture_reason, retry.recycle_on(reads.today)
    lead.next_call_at = decision.next_call_at
    return LeadStatus.QUEUED, disposition.label.lower(), None


def talk_seconds(seconds: int | None) -> int | None:
    if seconds is None:
        return None
    if seconds < 0:
        raise InvalidInput(message("the talk time cannot be negative"), "talk_seconds")
    return seconds
