"""Recording the outcome of a call: one transaction for the call attempt, the lead's new
status, the qualification, contact corrections and the audit rows.

The attempt is unique by the workstation's request id, so a retry after a lost reply
changes nothing. The lead must still be the rep's: same version as when it was claimed, and
no other holder; otherwise nothing is written and the rep is told who has it now.

On PostgreSQL the frequent outcomes of a lead claimed on this workstation cost one round
trip (outcome_one_call); the rest, and whatever that call does not apply, are recorded here.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain import bant
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.outcomes import (
    RECOMMENDABLE,
    OutcomeKind,
    disposition_of,
)
from qualifier_app.domain.retry import RetryPolicy
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import CallAttempt, Lead, Qualification, RetrySettings
from qualifier_app.persistence.turns import changing_do_not_call_list
from qualifier_app.services.center_days import center_currency, center_today
from qualifier_app.services.check_calls import answers as check_call_answers
from qualifier_app.services.compliance import consents, do_not_call
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.queue.calling_profiles import why_not_callable
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.queue.retry_rules import SETTINGS_ROW, retry_in_force
from qualifier_app.services.workspace import agent_states
from qualifier_app.services.workspace.conflicts import lease_lost
from qualifier_app.services.workspace.corrections import ContactCorrections
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt
from qualifier_app.services.workspace.outcome_moves import Reads, move, talk_seconds
from qualifier_app.services.workspace.outcome_one_call import OutcomeInOneCall
from qualifier_app.services.workspace.outcome_rules import (
    as_the_list_allows,
    called_number,
    said_no_to_calls,
)
from qualifier_app.services.workspace.qualification import assess, record_qualification
from qualifier_app.services.workspace.receipts import (
    listed_message,
    nurture_without_calls_message,
    receipt_message,
)
from qualifier_app.services.workspace.retries import calls_in
from qualifier_app.services.workspace.scripts import ScriptLibrary
from qualifier_app.settings import QueuePolicy

REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{8,36}$")


class OutcomeRecorder:
    def __init__(
        self,
        frame: Frame,
        retry: RetryPolicy,
        scripts: ScriptLibrary,
        corrections: ContactCorrections,
        queue_policy: QueuePolicy,
        queue: QueueService | None = None,
    ) -> None:
        """`queue`: the claims of this workstation, whose leads' outcomes can be recorded in
        one call on PostgreSQL."""
        self._frame = frame
        self._retry = retry
        self._queue_policy = queue_policy
        self._scripts = scripts
        self._corrections = corrections
        self._one_call: OutcomeInOneCall | None = None
        if queue is not None and frame.db.dialect == "postgresql":
            self._one_call = OutcomeInOneCall(frame, retry, scripts, queue_policy, queue)

    def submit(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        """Record the outcome of a lead the actor holds. Sending the same request id again
        returns the first receipt and writes nothing."""
        require(actor, Action.WORK_LEADS)
        if not REQUEST_ID.match(outcome.request_id):
            raise InvalidInput(
                message("the request id must be 8–36 letters, digits or dashes"), "request_id"
            )
        try:
            if self._one_call is not None:
                recorded = self._one_call.record(actor, outcome)
                if recorded is not None:
                    return recorded
            with self._frame.change(actor, Action.WORK_LEADS) as change:
                if outcome.kind is OutcomeKind.DO_NOT_CALL:
                    # Before the lead's row lock, the order an import takes the two in: an
                    # import merging into this very lead would wait on us as we on it.
                    changing_do_not_call_list(change.session)
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

    def prepare(self, actor: Actor) -> None:
        """On PostgreSQL, plan the outcome's one call on this workstation's connection."""
        if self._one_call is not None:
            self._one_call.prepare(actor)

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
            return self._check_call(change, actor, lead, outcome)
        return self._record(change, actor, lead, outcome)

    def _record(self, change: Change, actor: Actor, lead: Lead, outcome: Outcome) -> OutcomeReceipt:
        """The outcome of a lead the actor holds, locked and at the outcome's version."""
        session, now = change.session, change.now
        disposition = disposition_of(outcome.kind, outcome.disposition)
        before = _snapshot(lead)
        today = center_today(session, now)
        currency = center_currency(session) if outcome.answers else None
        assessment, answers, script = assess(self._scripts, lead, outcome, today, currency)
        chosen = outcome.kind
        called = called_number(outcome, lead.phone_e164)
        listed = self._corrections.apply(change, lead, actor, outcome)
        outcome = as_the_list_allows(outcome, listed)
        kind = outcome.kind
        no_calls = said_no_to_calls(session, lead.id, kind, script, answers)

        reads = Reads(
            partial(retry_in_force, session, self._retry, self._queue_policy),
            calls_in(session),
            partial(why_not_callable, session),
            today,
        )
        # Not flushed while it is decided: the reads on the way would write the lead twice.
        with session.no_autoflush:
            reason, callback_rep = move(reads, lead, actor, outcome, disposition, now)
        if chosen is not kind:
            lead.status_reason = reason
        if no_calls:
            lead.recycle_on = None  # in nurture for good, unless the prospect calls in

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
            talk_seconds=talk_seconds(outcome.talk_seconds),
            number_e164=called,
        )
        # One flush for the call and the lead let go in move(); the unit of work inserts the
        # call first (unrelated tables go in the order of their classes' modules), so on
        # PostgreSQL the call is written while the rep still holds the lead, as they must.
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
        if kind is OutcomeKind.DO_NOT_CALL and chosen is kind:
            # This lead is already do-not-call; the others with its phone or e-mail follow.
            # (A lead made do-not-call by a listed correction lists nothing new: the leads
            # with the listed contact left every queue when it was listed.)
            blocked = do_not_call.block_contacts_of(
                session, lead, now=now, actor_id=actor.audit_id, reason=reason
            )
        said = receipt_message(kind, lead, disposition, blocked)
        if chosen is not kind and listed is not None:
            said = listed_message(chosen, listed)
        elif no_calls:
            said = nurture_without_calls_message()
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

    def _check_call(
        self, change: Change, actor: Actor, lead: Lead, outcome: Outcome
    ) -> OutcomeReceipt:
        listed = self._corrections.apply(change, lead, actor, outcome)
        if listed is not None and outcome.kind is not OutcomeKind.DO_NOT_CALL:
            raise InvalidInput(
                message(
                    (
                        "the corrected {field} is on the do-not-call list; choose Do not call "
                        "for this lead"
                    ),
                    field=listed,
                ),
                listed,
            )
        script = self._scripts.parsed(outcome.script_id) if outcome.script_id else None
        return check_call_answers.record(
            change,
            actor,
            lead,
            outcome,
            retry_in_force(change.session, self._retry, self._queue_policy),
            script,
        )


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
