"""Recording the outcome of a call: one transaction for the call attempt, the lead's new
status, the qualification, contact corrections and the audit rows.

The attempt is unique by the workstation's request id, so a retry after a lost reply
changes nothing. The lead must still be the rep's: same version as when it was claimed, and
no other holder; otherwise nothing is written and the rep is told who has it now.

On PostgreSQL the frequent outcomes of a lead claimed on this workstation (no contact,
callback, nurture, disqualify; without answers that make a qualification, without contact
corrections, and where no daily call limit applies) cost one round trip: the new state is
decided here, by the same rules, from the lead as the claim returned it and from the shared
rules kept for a minute, and one function call applies it while the
lead is still as the decision saw it (see migration 0023_i17_outcome). Whatever that call
does not apply is recorded in the transaction, which also answers resends and lost leads.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import exists, inspect, select
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
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import CallAttempt, Lead, Qualification, RetrySettings
from qualifier_app.persistence.turns import changing_do_not_call_list
from qualifier_app.services.check_calls import answers as check_call_answers
from qualifier_app.services.compliance import consents, do_not_call
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.queue.calling_profiles import Profile, callable_rule, why_not_callable
from qualifier_app.services.queue.claims import CONTEXT_TTL, QueueService
from qualifier_app.services.queue.dto import HeldLead
from qualifier_app.services.queue.retry_rules import SETTINGS_ROW, retry_in_force
from qualifier_app.services.workspace import agent_states
from qualifier_app.services.workspace.agent_states import AgentStateKind
from qualifier_app.services.workspace.callback_time import WhyNotCallable, allowed_callback
from qualifier_app.services.workspace.conflicts import lease_lost
from qualifier_app.services.workspace.corrections import ContactCorrections
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt
from qualifier_app.services.workspace.outcome_rules import (
    as_the_list_allows,
    called_number,
    number_changes,
    said_no_to_calls,
)
from qualifier_app.services.workspace.qualification import assess, record_qualification
from qualifier_app.services.workspace.receipts import (
    listed_message,
    nurture_without_calls_message,
    receipt_message,
)
from qualifier_app.services.workspace.retries import RecentCalls, calls_in, next_try
from qualifier_app.services.workspace.scripts import ScriptLibrary
from qualifier_app.settings import QueuePolicy

REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{8,36}$")


AFTER_CALL_WORK = AgentStateKind.AFTER_CALL_WORK

# The outcomes one call can record: they write no rows beyond the lead, the attempt, the
# audit row and the rep's state (sales-ready reads the consents; do-not-call blocks the
# other leads with the same contacts).
ONE_CALL_KINDS = frozenset(
    {OutcomeKind.NO_CONTACT, OutcomeKind.CALLBACK, OutcomeKind.NURTURE, OutcomeKind.DISQUALIFY}
)


@dataclass(frozen=True)
class _Reads:
    """What deciding an outcome reads besides the lead: in the outcome's transaction, or
    kept on the workstation for a moment."""

    retry: Callable[[], RetryPolicy]
    recent_calls: RecentCalls
    why_not_callable: WhyNotCallable


class _NeedsTransaction(Exception):
    """The outcome depends on what is only read in a transaction (the calls of the last
    day, where a place limits them)."""


def _needs_transaction(*_args: object) -> list[datetime]:
    raise _NeedsTransaction


@dataclass(frozen=True)
class _KeptRetry:
    loaded_at: datetime
    policy: RetryPolicy
    saved_at: datetime | None  # the shared rules' last save: the call checks it is still so


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
        self._queue = queue
        self._kept_retry: _KeptRetry | None = None
        self._kept_profiles: dict[int, tuple[datetime, Profile]] = {}
        self._kept_lock = threading.Lock()

    def submit(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        """Record the outcome of a lead the actor holds. Sending the same request id again
        returns the first receipt and writes nothing."""
        require(actor, Action.WORK_LEADS)
        if not REQUEST_ID.match(outcome.request_id):
            raise InvalidInput(
                message("the request id must be 8–36 letters, digits or dashes"), "request_id"
            )
        try:
            if self._queue is not None and self._frame.db.dialect == "postgresql":
                recorded = self._in_one_call(actor, outcome, self._queue)
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
        """On PostgreSQL, call the outcome for no lead: the call finds nothing to change, but
        has been compiled and planned on this workstation's connection for the first real
        outcome."""
        if self._queue is None or self._frame.db.dialect != "postgresql":
            return
        self._frame.statement(actor, Action.WORK_LEADS).execute(
            queue_sql.OUTCOME_CALL,
            queue_sql.outcome_of_no_lead(actor.user_id, self._frame.clock.now()),
        )

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
        assessment, answers, script = assess(self._scripts, lead, outcome, now.date())
        chosen = outcome.kind
        called = called_number(outcome, lead.phone_e164)
        listed = self._corrections.apply(change, lead, actor, outcome)
        outcome = as_the_list_allows(outcome, listed)
        kind = outcome.kind
        no_calls = said_no_to_calls(session, lead.id, kind, script, answers)

        reads = _Reads(
            partial(retry_in_force, session, self._retry, self._queue_policy),
            calls_in(session),
            partial(why_not_callable, session),
        )
        # Not flushed while it is decided: the reads on the way would write the lead twice.
        with session.no_autoflush:
            reason, callback_rep = self._move(reads, lead, actor, outcome, disposition, now)
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
            talk_seconds=_talk_seconds(outcome.talk_seconds),
            number_e164=called,
        )
        # One flush for the call and the lead let go in _move; the unit of work inserts the
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

    def _in_one_call(
        self, actor: Actor, outcome: Outcome, queue: QueueService
    ) -> OutcomeReceipt | None:
        """PostgreSQL: the outcome decided here and applied in one call, in autocommit; None
        when the transaction must record it (see ONE_CALL_KINDS and _decided_here, and
        whatever the call finds changed)."""
        decided = self._decided_here(actor, outcome, queue)
        if decided is None:
            return None
        lead, disposition, params = decided
        rows = self._frame.statement(actor, Action.WORK_LEADS).execute(
            queue_sql.OUTCOME_CALL, params
        )
        if not rows:
            return None
        row = rows[0]
        self._frame.observe(row["db_now"])
        if row["refusal"] == "rules":
            self._kept_retry = None
        if row["refusal"] is not None:
            return None
        queue.forget(actor, lead.id)
        return OutcomeReceipt(
            request_id=outcome.request_id,
            lead_id=lead.id,
            attempt_id=row["attempt_id"],
            status=lead.status,
            grade=row["grade"],
            next_call_at=lead.next_call_at,
            recycle_on=lead.recycle_on,
            message=receipt_message(outcome.kind, lead, disposition, 0),
        )

    def _decided_here(
        self, actor: Actor, outcome: Outcome, queue: QueueService
    ) -> tuple[Lead, Disposition, dict[str, Any]] | None:
        """The outcome decided from the lead as this workstation claimed it: the lead as
        decided, and the call's parameters; None for a lead not claimed here at this
        version, a check call, another number (corrected or dialled), answers that make a
        qualification, and a place that limits calls per day."""
        kind = outcome.kind
        held = queue.held(actor, outcome.lead_id, outcome.version)
        if held is None or kind not in ONE_CALL_KINDS or number_changes(outcome, held.phone_e164):
            return None
        lead = _lead_as_claimed(held)
        if check_call_answers.is_check_call(lead):
            return None
        at = self._frame.clock.now()
        retry_read: list[_KeptRetry] = []

        def retry() -> RetryPolicy:
            retry_read.append(self._retry_kept(actor, at))
            return retry_read[0].policy

        reads = _Reads(retry, _needs_transaction, partial(self._why_not_callable, actor, at))
        try:
            if assess(self._scripts, lead, outcome, at.date())[0] is not None:
                return None  # a qualification to record, and maybe consents
            disposition = disposition_of(kind, outcome.disposition)
            reason, callback_rep = self._move(reads, lead, actor, outcome, disposition, at)
            talk_seconds = _talk_seconds(outcome.talk_seconds)
        except (_NeedsTransaction, InvalidInput, Conflict):
            # A refusal is reported by the transaction, as ever after the lease check.
            return None
        decided = inspect(lead).attrs
        valid_from = at.replace(second=0, microsecond=0)
        params: dict[str, Any] = {
            "rep": actor.user_id,
            "valid_from": valid_from,
            "valid_until": valid_from + timedelta(minutes=1),
            "request_id": outcome.request_id,
            "lead": held.id,
            "version": held.version,
            "status": held.status,
            "attempts": held.attempts,
            "country": held.country,
            "region": held.region,
            "calling_profile_id": held.calling_profile_id,
            "time_zones": held.time_zones,
            "retry_read": bool(retry_read),
            "retry_saved_at": retry_read[0].saved_at if retry_read else None,
            "new_status": lead.status,
            "status_reason": lead.status_reason,  # None: as it was
            "new_attempts": lead.attempts,
            "next_call_at": lead.next_call_at,
            "assign": bool(decided.assigned_rep_id.history.added),
            "assigned_rep_id": lead.assigned_rep_id,
            "recycle_on": lead.recycle_on,
            "started_at": outcome.started_at,
            "disposition": disposition.value,
            "outcome": kind.value,
            "reason": reason,
            "notes": outcome.notes.strip(),
            "callback_at": lead.next_call_at if kind is OutcomeKind.CALLBACK else None,
            "callback_rep_id": callback_rep,
            "direction": "inbound" if outcome.inbound else "outbound",
            "talk_seconds": talk_seconds,
        }
        return lead, disposition, params

    def _retry_kept(self, actor: Actor, at: datetime) -> _KeptRetry:
        """The retry rules in force, read again after a minute (the call checks that the
        shared ones were not saved since)."""
        kept = self._kept_retry
        if kept is None or not kept.loaded_at <= at < kept.loaded_at + CONTEXT_TTL:
            with self._frame.read(actor) as reading:
                session = reading.session
                shared = session.get(RetrySettings, SETTINGS_ROW)
                kept = _KeptRetry(
                    at,
                    retry_in_force(session, self._retry, self._queue_policy),
                    None if shared is None else shared.updated_at,
                )
            self._kept_retry = kept
        return kept

    def _why_not_callable(
        self, actor: Actor, at: datetime, profile_id: int, when: datetime
    ) -> str | None:
        """calling_profiles.why_not_callable by a profile's rule kept for as long as a
        claim keeps its calling profiles."""
        with self._kept_lock:
            kept = self._kept_profiles.get(profile_id)
        if kept is None or not kept[0] <= at < kept[0] + CONTEXT_TTL:
            with self._frame.read(actor) as reading:
                kept = (at, callable_rule(reading.session, profile_id))
            with self._kept_lock:
                self._kept_profiles[profile_id] = kept
        return kept[1].why_closed(when)

    def _move(
        self,
        reads: _Reads,
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
            target, reason, recycle_on = self._no_contact(reads, lead, disposition, now)
        elif kind is OutcomeKind.CALLBACK:
            target = LeadStatus.CALLBACK
            lead.next_call_at = allowed_callback(
                reads.why_not_callable, lead, outcome.callback_at, now
            )
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
        self, reads: _Reads, lead: Lead, disposition: Disposition, now: datetime
    ) -> tuple[LeadStatus, str, date | None]:
        decision = next_try(
            reads.recent_calls, reads.retry(), lead, lead.attempts, disposition, now
        )
        lead.attempts = decision.attempts
        if decision.gives_up:
            lead.assigned_rep_id = None
            return LeadStatus.NURTURE, decision.nurture_reason, decision.recycle_on
        lead.next_call_at = decision.next_call_at
        return LeadStatus.QUEUED, disposition.label.lower(), None


def _lead_as_claimed(held: HeldLead) -> Lead:
    """A lead object that is never added to a session: the decision's working copy. The
    fields a decision sets and these do not hold (the reason, the assigned rep) start unset,
    so what it set is told apart from what stays as it is."""
    return Lead(
        id=held.id,
        version=held.version,
        status=held.status,
        attempts=held.attempts,
        country=held.country,
        region=held.region,
        segment=held.segment,
        calling_profile_id=held.calling_profile_id,
        time_zones=held.time_zones,
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


def _talk_seconds(seconds: int | None) -> int | None:
    if seconds is None:
        return None
    if seconds < 0:
        raise InvalidInput(message("the talk time cannot be negative"), "talk_seconds")
    return seconds
