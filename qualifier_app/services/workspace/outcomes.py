"""Recording the outcome of a call: one transaction for the call attempt, the lead's new
status, the qualification, contact corrections and the audit rows.

The attempt is unique by the workstation's request id, so a retry after a lost reply
changes nothing. The lead must still be the rep's: same version as when it was claimed, and
no other holder; otherwise nothing is written and the rep is told who has it now.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain import bant
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.outcomes import (
    RECOMMENDABLE,
    TARGET_STATUS,
    OutcomeKind,
    check_closing,
    disposition_of,
)
from qualifier_app.domain.retry import Disposition, RetryPolicy
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import CallAttempt, Lead, Qualification, RetrySettings
from qualifier_app.services.check_calls import answers as check_call_answers
from qualifier_app.services.compliance import consents, do_not_call
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.queue.retry_rules import SETTINGS_ROW, retry_in_force
from qualifier_app.services.workspace import agent_states
from qualifier_app.services.workspace.agent_states import AgentStateKind
from qualifier_app.services.workspace.callback_time import allowed_callback
from qualifier_app.services.workspace.conflicts import lease_lost
from qualifier_app.services.workspace.corrections import ContactCorrections
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt
from qualifier_app.services.workspace.qualification import assess, record_qualification
from qualifier_app.services.workspace.retries import next_try
from qualifier_app.services.workspace.scripts import ScriptLibrary
from qualifier_app.settings import QueuePolicy

REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{8,36}$")


AFTER_CALL_WORK = AgentStateKind.AFTER_CALL_WORK


class OutcomeRecorder:
    def __init__(
        self,
        frame: Frame,
        retry: RetryPolicy,
        scripts: ScriptLibrary,
        corrections: ContactCorrections,
        queue_policy: QueuePolicy,
    ) -> None:
        self._frame = frame
        self._retry = retry
        self._queue_policy = queue_policy
        self._scripts = scripts
        self._corrections = corrections

    def submit(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        """Record the outcome of a lead the actor holds. Sending the same request id again
        returns the first receipt and writes nothing."""
        try:
            with self._frame.change(actor, Action.WORK_LEADS) as change:
                if not REQUEST_ID.match(outcome.request_id):
                    raise InvalidInput(
                        message("the request id must be 8–36 letters, digits or dashes"),
                        "request_id",
                    )
                receipt = self._apply(change, actor, outcome)
                if receipt.replayed:
                    change.discard()
                    return receipt
                agent_states.move(
                    change, actor.user_id, agent_states.AgentStateKind.AFTER_CALL_WORK
                )
                return receipt
        except IntegrityError:
            # The same request arrived twice at once; the other one was recorded.
            with self._frame.read(actor) as reading:
                replay = _replay(reading.session, actor, outcome)
            if replay is None:
                raise
            return replay
        except StaleDataError:
            with self._frame.read(actor) as reading:
                lead = reading.session.get(Lead, outcome.lead_id)
                assert lead is not None
                raise lease_lost(reading.session, lead, actor, reading.now) from None

    def _apply(self, change: Change, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        session, now = change.session, change.now
        # One round trip: the lead, locked; whether this request was recorded already; and
        # the shared retry rules, which session.get() then finds without asking again.
        found = session.execute(
            select(
                Lead,
                RetrySettings,
                exists().where(CallAttempt.request_id == outcome.request_id).label("recorded"),
            )
            .outerjoin(RetrySettings, RetrySettings.id == SETTINGS_ROW)
            .where(Lead.id == outcome.lead_id)
            .with_for_update(of=Lead)
        ).first()
        if found is None or found.recorded:
            replay = _replay(session, actor, outcome)
            if replay is not None:
                return replay
        if found is None:
            raise NotFound(message("there is no lead {lead_id}", lead_id=outcome.lead_id))
        lead = found.Lead
        if lead.version != outcome.version or lead.lease_owner_id != actor.user_id:
            # A resend that waited for the lock while its first attempt committed read
            # "recorded" before that commit; asked again, the attempt is there.
            replay = _replay(session, actor, outcome)
            if replay is not None:
                return replay
            raise lease_lost(session, lead, actor, now)
        if check_call_answers.is_check_call(lead):
            self._corrections.apply(change, lead, actor, outcome)
            script = self._scripts.parsed(outcome.script_id) if outcome.script_id else None
            return check_call_answers.record(
                change,
                actor,
                lead,
                outcome,
                retry_in_force(change.session, self._retry, self._queue_policy),
                script,
            )
        kind = outcome.kind
        disposition = disposition_of(kind, outcome.disposition)
        before = _snapshot(lead)
        assessment, answers, script = assess(self._scripts, lead, outcome, now.date())
        self._corrections.apply(change, lead, actor, outcome)

        reason, callback_rep = self._move(session, lead, actor, outcome, disposition, now)

        grade: str | None = None
        if assessment is not None and kind in RECOMMENDABLE and kind is not OutcomeKind.CALLBACK:
            grade = bant.recommended_grade(kind, assessment.grade)
            lead.grade = grade
        elif kind is OutcomeKind.DO_NOT_CALL:
            lead.grade = None

        attempt = CallAttempt(
            request_id=outcome.request_id,
            lead_id=lead.id,
            rep_id=actor.user_id,
            started_at=min(outcome.started_at, now),
            ended_at=now,
            disposition=disposition.value,
            outcome=kind.value,
            reason=reason,
            notes=outcome.notes.strip(),
            callback_at=lead.next_call_at if kind is OutcomeKind.CALLBACK else None,
            callback_rep_id=callback_rep,
            recycle_on=lead.recycle_on,
            direction="inbound" if outcome.inbound else "outbound",
            talk_seconds=_talk_seconds(outcome.talk_seconds),
        )
        session.add(attempt)
        session.flush()

        qualification_id = None
        if assessment is not None and script is not None:
            qualification_id = record_qualification(
                change, lead, attempt, script, assessment, answers, outcome, grade
            )
            assert outcome.script_id is not None
            consents.record_answers(
                change, lead.id, attempt.id, actor.user_id, outcome.script_id, script, answers
            )
        after = _snapshot(lead)
        change.audit(
            f"lead.{kind.value}",
            "lead",
            lead.id,
            before=before,
            after={**after, "disposition": disposition.value, "call_attempt_id": attempt.id},
            reason=reason,
        )
        blocked = 0
        if kind is OutcomeKind.DO_NOT_CALL:
            # This lead is already do-not-call; the others with its phone or e-mail follow.
            blocked = do_not_call.block_contacts_of(
                session, lead, now=now, actor_id=actor.audit_id, reason=reason
            )
        said = _receipt_message(kind, lead, disposition, blocked)
        if kind is OutcomeKind.SALES_READY:
            refused = consents.why_not_to_partner(session, lead.id)
            if refused is not None:
                said = message(
                    "Sales-ready (grade {grade}), but {refused}", grade=lead.grade, refused=refused
                )
        return OutcomeReceipt(
            request_id=outcome.request_id,
            lead_id=lead.id,
            attempt_id=attempt.id,
            status=lead.status,
            grade=lead.grade,
            next_call_at=lead.next_call_at,
            recycle_on=lead.recycle_on,
            message=said,
            qualification_id=qualification_id,
            blocked_leads=blocked,
        )

    def _move(
        self,
        session: Session,
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
            target, reason, recycle_on = self._no_contact(session, lead, disposition, now)
        elif kind is OutcomeKind.CALLBACK:
            target = LeadStatus.CALLBACK
            lead.next_call_at = allowed_callback(session, lead, outcome.callback_at, now)
            callback_rep = actor.user_id if outcome.callback_me_only else None
            lead.assigned_rep_id = callback_rep
        else:
            target = TARGET_STATUS[kind]
            recycle_on = check_closing(kind, reason, outcome.recycle_on, now.date())
            lead.assigned_rep_id = None
        if target in {LeadStatus.NURTURE, LeadStatus.DISQUALIFIED}:
            lead.status_reason = reason
        lead.recycle_on = recycle_on if target is LeadStatus.NURTURE else None
        check_move(LeadStatus(lead.status), target)
        lead.status = target.value
        return reason, callback_rep

    def _no_contact(
        self, session: Session, lead: Lead, disposition: Disposition, now: datetime
    ) -> tuple[LeadStatus, str, date | None]:
        decision = next_try(
            session,
            retry_in_force(session, self._retry, self._queue_policy),
            lead,
            lead.attempts,
            disposition,
            now,
        )
        lead.attempts = decision.attempts
        if decision.gives_up:
            lead.assigned_rep_id = None
            return LeadStatus.NURTURE, decision.nurture_reason, decision.recycle_on
        lead.next_call_at = decision.next_call_at
        return LeadStatus.QUEUED, disposition.label.lower(), None


def _replay(session: Session, actor: Actor, outcome: Outcome) -> OutcomeReceipt | None:
    attempt = session.execute(
        select(CallAttempt).where(CallAttempt.request_id == outcome.request_id)
    ).scalar_one_or_none()
    if attempt is None:
        return None
    if attempt.lead_id != outcome.lead_id or attempt.rep_id != actor.user_id:
        raise Conflict(message("this request id was already used for another outcome"))
    lead = session.get(Lead, attempt.lead_id)
    assert lead is not None
    qualification = session.execute(
        select(Qualification.id).where(Qualification.call_attempt_id == attempt.id)
    ).scalar_one_or_none()
    return OutcomeReceipt(
        request_id=attempt.request_id,
        lead_id=lead.id,
        attempt_id=attempt.id,
        status=lead.status,
        grade=lead.grade,
        next_call_at=lead.next_call_at,
        recycle_on=lead.recycle_on,
        message="already saved",
        replayed=True,
        qualification_id=qualification,
    )


def _snapshot(lead: Lead) -> dict[str, Any]:
    return {
        "status": lead.status,
        "status_reason": lead.status_reason,
        "attempts": lead.attempts,
        "next_call_at": lead.next_call_at,
        "assigned_rep_id": lead.assigned_rep_id,
        "grade": lead.grade,
        "recycle_on": lead.recycle_on,
        "last_attempt_at": lead.last_attempt_at,
        "version": lead.version,
    }


def _receipt_message(kind: OutcomeKind, lead: Lead, disposition: Disposition, blocked: int) -> str:
    label = disposition.label
    if kind is OutcomeKind.NO_CONTACT and lead.status == LeadStatus.NURTURE.value:
        return message(
            "{disposition} logged; {reason}: the lead goes to nurture",
            disposition=label,
            reason=lead.status_reason,
        )
    at = lead.next_call_at
    when = message("{at:%a %d %b %H:%M} UTC", at=at) if at else ""
    others = blocked - 1
    return {
        OutcomeKind.NO_CONTACT: message(
            "{disposition} logged; next call {when}", disposition=label, when=when
        ),
        OutcomeKind.CALLBACK: message("Callback set for {when}", when=when),
        OutcomeKind.SALES_READY: message(
            "Sales-ready (grade {grade}): ready for a partner", grade=lead.grade
        ),
        OutcomeKind.NURTURE: message("Nurture until {on:%d %b %Y}", on=lead.recycle_on)
        if lead.recycle_on
        else "",
        OutcomeKind.DISQUALIFY: message("Disqualified"),
        OutcomeKind.DO_NOT_CALL: message(
            "On the do-not-call list; {others} other lead(s) with the same phone or e-mail too",
            others=others,
        )
        if others
        else message("On the do-not-call list"),
    }[kind]


def _talk_seconds(seconds: int | None) -> int | None:
    if seconds is None:
        return None
    if seconds < 0:
        raise InvalidInput(message("the talk time cannot be negative"), "talk_seconds")
    return seconds
