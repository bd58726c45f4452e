"""Saving a check call from the workspace: the customer's answers, or a no-contact attempt
that retries as for any lead, or a callback, or do-not-call.

Called by the workspace's outcome recorder, in its transaction, when the lead the rep holds
is a due check call; the lead's lease and version were checked there.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from qualifier_app.domain import bant
from qualifier_app.domain.check_calls import (
    CheckCallStatus,
    CustomerAnswers,
    FollowUp,
    contradicts,
    read_answers,
)
from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.outcomes import OutcomeKind, disposition_of
from qualifier_app.domain.retry import Disposition, RetryPolicy
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import count_of, joined, stored
from qualifier_app.domain.text import message as message_
from qualifier_app.persistence.models import (
    CallAttempt,
    CheckCall,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
)
from qualifier_app.services.center_days import center_currency, center_today
from qualifier_app.services.check_calls.undo import check_fields
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.frame import Change
from qualifier_app.services.queue.calling_profiles import why_not_callable
from qualifier_app.services.workspace.callback_time import allowed_callback
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt
from qualifier_app.services.workspace.receipts import in_the_prospect_s_time
from qualifier_app.services.workspace.retries import calls_in, next_try
from qualifier_app.services.workspace.undo import lead_fields

# What a check call's attempt is stored as when the customer answered.
ANSWERED_OUTCOME = "check_call"


def is_check_call(lead: Lead) -> bool:
    return lead.status == LeadStatus.CHECK_CALL.value


def record(
    change: Change,
    actor: Actor,
    lead: Lead,
    outcome: Outcome,
    retry: RetryPolicy,
    script: bant.Script | None,
) -> OutcomeReceipt:
    session, now = change.session, change.now
    check = session.execute(
        select(CheckCall)
        .where(CheckCall.lead_id == lead.id, CheckCall.status == CheckCallStatus.DUE)
        .with_for_update()
    ).scalar_one_or_none()
    if check is None:
        raise Conflict(message_("lead {lead} has no check call due any more", lead=lead.id))
    kind = outcome.kind
    disposition = disposition_of(kind, outcome.disposition)
    before = _snapshot(lead, check)
    lead.updated_at = now
    lead.last_attempt_at = now
    lead.next_call_at = None
    outcome_value, reason, message = kind.value, outcome.reason.strip(), ""
    if kind is OutcomeKind.NO_CONTACT:
        message = _no_contact(session, lead, check, retry, disposition, now)
        reason = disposition.label.lower()
    elif kind is OutcomeKind.CALLBACK:
        lead.next_call_at = allowed_callback(
            partial(why_not_callable, session), lead, outcome.callback_at, now
        )
        if outcome.callback_me_only:
            lead.assigned_rep_id = actor.user_id
        message = message_(
            "Check call again at {when}", when=in_the_prospect_s_time(lead, lead.next_call_at)
        )
    elif kind is OutcomeKind.DO_NOT_CALL:
        _close(lead, check, CheckCallStatus.CANCELLED, LeadStatus.DO_NOT_CALL)
        check.why = "the customer asked not to be called"
        message = message_("On the do-not-call list; the check call is closed")
    else:
        if script is None:
            raise InvalidInput(message_("the check call's answers need its script"), "script")
        typed = _typed(script, outcome.answers, center_currency(session))
        answers = read_answers(typed, center_today(session, now))
        message = _answered(change, actor, lead, check, answers)
        outcome_value = ANSWERED_OUTCOME
    # The lead is let go in the flush that writes the call, not before: on PostgreSQL a rep
    # writes a call only on a lead they hold (0045_i12_calls_as_they_happen), and the reads
    # above would flush a lead let go earlier.
    lead.lease_owner_id = None
    lead.lease_expires_at = None
    lead.leased_at = None
    attempt = CallAttempt(
        request_id=outcome.request_id,
        lead_id=lead.id,
        rep_id=actor.user_id,
        started_at=min(outcome.started_at, now),
        ended_at=now,
        disposition=disposition.value,
        outcome=outcome_value,
        reason=reason,
        notes=outcome.notes.strip(),
        callback_at=lead.next_call_at if kind is OutcomeKind.CALLBACK else None,
        callback_rep_id=lead.assigned_rep_id if kind is OutcomeKind.CALLBACK else None,
        direction="inbound" if outcome.inbound else "outbound",
        number_e164=outcome.dialled_number or lead.phone_e164,
    )
    session.add(attempt)
    session.flush()
    check.call_attempt_id = attempt.id
    if outcome.script_id is not None:
        check.script_id = outcome.script_id
    change.audit(
        f"check_call.{outcome_value}",
        "check_call",
        check.id,
        before=before,
        after={**_snapshot(lead, check), "call_attempt_id": attempt.id},
        reason=reason or check.why,
    )
    blocked = 0
    if kind is OutcomeKind.DO_NOT_CALL:
        blocked = do_not_call.block_contacts_of(
            session, lead, now=now, actor_id=actor.audit_id, reason=reason
        )
    return OutcomeReceipt(
        request_id=outcome.request_id,
        lead_id=lead.id,
        attempt_id=attempt.id,
        status=lead.status,
        grade=lead.grade,
        next_call_at=lead.next_call_at,
        recycle_on=None,
        message=message,
        blocked_leads=blocked,
    )


def _typed(script: bant.Script, raw: Any, currency: str) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for key, value in dict(raw).items():
        try:
            question = script.question(key)
        except KeyError:
            continue
        parsed = bant.parse_answer(question, value, currency)
        if parsed is not None:
            typed[key] = parsed
    return typed


def _no_contact(
    session: Session,
    lead: Lead,
    check: CheckCall,
    retry: RetryPolicy,
    disposition: Disposition,
    now: datetime,
) -> str:
    decision = next_try(calls_in(session), retry, lead, check.attempts, disposition, now)
    check.attempts = decision.attempts
    if decision.gives_up:
        _close(lead, check, CheckCallStatus.UNREACHED, LeadStatus.HANDED_OFF)
        check.why = f"not reached in {count_of(decision.attempts, 'attempt', 'attempts')}"
        return message_(
            "{disposition} logged; the customer was not reached: check call closed",
            disposition=disposition.label,
        )
    lead.attempts = decision.attempts
    lead.next_call_at = decision.next_call_at
    return message_(
        "{disposition} logged; next check call {when}",
        disposition=disposition.label,
        when=in_the_prospect_s_time(lead, lead.next_call_at),
    )


def _close(lead: Lead, check: CheckCall, status: str, target: LeadStatus) -> None:
    """The check call is over: the lead is the partner's again, with its own attempts."""
    check.status = status
    check_move(LeadStatus(lead.status), target)
    lead.status = target.value
    lead.attempts = check.lead_attempts
    lead.next_call_at = None
    lead.assigned_rep_id = None


def cancel_due(change: Change, handoff_id: int, reason: str) -> None:
    """Take a due check call out of the queue (the partner reported first): the lead is
    handed off again, and whoever held it no longer does."""
    session = change.session
    seen = session.execute(
        select(Lead.id).join(Handoff, Handoff.lead_id == Lead.id).where(Handoff.id == handoff_id)
    ).first()
    if seen is None:
        _cancel_unseen(change, handoff_id, reason)
        return
    check = session.execute(
        select(CheckCall)
        .where(CheckCall.handoff_id == handoff_id, CheckCall.status == CheckCallStatus.DUE)
        .with_for_update()
    ).scalar_one_or_none()
    if check is None:
        return
    lead = session.execute(
        select(Lead).where(Lead.id == check.lead_id).with_for_update()
    ).scalar_one()
    if is_check_call(lead):
        _close(lead, check, CheckCallStatus.CANCELLED, LeadStatus.HANDED_OFF)
        lead.lease_owner_id = None
        lead.lease_expires_at = None
        lead.leased_at = None
        lead.updated_at = change.now
    else:
        check.status = CheckCallStatus.CANCELLED
    recorded_cancelled(change, check, lead.status, reason)


def recorded_cancelled(change: Change, check: CheckCall, lead_status: str, reason: str) -> None:
    """A due check call, cancelled, says why, and its cancelling is audited."""
    check.why = reason
    change.audit(
        "check_call.cancelled",
        "check_call",
        check.id,
        before={"status": CheckCallStatus.DUE},
        after={"status": CheckCallStatus.CANCELLED, "lead_status": lead_status},
        reason=reason,
    )


def _cancel_unseen(change: Change, handoff_id: int, reason: str) -> None:
    """cancel_due for a channel manager who does not see the lead nor its check call
    (row-level security on PostgreSQL): the database function takes the check call out for
    those who manage the handoff's partner."""
    change.session.flush()
    row = change.session.execute(
        text("SELECT * FROM qualifier_cancel_check_call(:handoff, :why)"),
        {"handoff": handoff_id, "why": reason},
    ).first()
    if row is None:
        return
    check_id, lead_status = row
    change.audit(
        "check_call.cancelled",
        "check_call",
        check_id,
        before={"status": CheckCallStatus.DUE},
        after={"status": CheckCallStatus.CANCELLED, "lead_status": lead_status},
        reason=reason,
    )


def _answered(
    change: Change, actor: Actor, lead: Lead, check: CheckCall, answers: CustomerAnswers
) -> str:
    session, now = change.session, change.now
    handoff = session.execute(
        select(Handoff).where(Handoff.id == check.handoff_id).with_for_update()
    ).scalar_one()
    partner, sla_hours = session.execute(
        select(Partner.name, Partner.sla_hours).where(Partner.id == handoff.partner_id)
    ).one()
    _close(lead, check, CheckCallStatus.ANSWERED, LeadStatus.HANDED_OFF)
    check.answered_by_id = actor.user_id
    check.answered_at = now
    check.contacted = answers.contacted
    check.contacted_on = answers.contacted_on
    check.contacted_by = answers.contacted_by
    check.satisfaction = answers.satisfaction
    check.still_needs = answers.still_needs
    check.may_share = answers.may_share
    check.comments = answers.comments
    check.handoff_status = handoff.status
    check.contradiction = contradicts(handoff.status, answers)
    sent = handoff.sent_at or handoff.created_at
    after_sla = sent + timedelta(hours=sla_hours) <= now
    words = _what_the_customer_said(answers, partner)
    if answers.contacted is False and after_sla:
        check.follow_up = FollowUp.OPEN
        check.follow_up_note = stored(words)
    session.add(
        HandoffEvent(
            handoff_id=handoff.id,
            at=now,
            status=handoff.status,
            origin="check_call",
            note=stored(words),
            data={
                "check_call_id": check.id,
                "contacted": answers.contacted,
                "satisfaction": answers.satisfaction,
                "contradiction": check.contradiction,
            },
        )
    )
    parts = [message_("Check call saved: {words}", words=words)]
    if check.contradiction:
        parts.append(message_("; flagged: {partner} reports the lead active", partner=partner))
    if check.follow_up == FollowUp.OPEN:
        parts.append(message_("; reopened for the channel manager"))
    return joined(*parts)


def _what_the_customer_said(answers: CustomerAnswers, partner: str) -> str:
    parts = []
    if answers.contacted is None:
        parts.append(
            message_("the customer does not know whether {partner} called", partner=partner)
        )
    elif not answers.contacted:
        parts.append(message_("the customer says {partner} never contacted them", partner=partner))
    else:
        parts.append(message_("the customer says {partner} contacted them", partner=partner))
        if answers.satisfaction is not None:
            parts.append(message_(" (experience {score}/5)", score=answers.satisfaction))
    if answers.still_needs is True:
        parts.append(message_("; still needs it"))
    elif answers.still_needs is False:
        parts.append(message_("; no longer needs it"))
    return joined(*parts)


def _snapshot(lead: Lead, check: CheckCall) -> dict[str, Any]:
    """The lead and the check call as the outcome found or left them: what an undo restores."""
    return {"lead_id": lead.id, "lead": lead_fields(lead), "check": check_fields(check)}
