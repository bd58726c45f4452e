"""On PostgreSQL, the frequent outcomes of a lead claimed on this workstation (no contact,
callback, nurture, disqualify; without answers that make a qualification, without contact
corrections, and where no daily call limit applies) cost one round trip: the new state is
decided here by the rules of outcome_moves, from the lead as the claim returned it and from
what is kept for a minute (the shared retry rules, the calling profiles' rules, the center's
time zone), and one function call applies it while the lead is still as the decision saw it
(see migration 0023_i17_outcome). Whatever that call does not apply is recorded in the
outcome's transaction, which also answers resends and lost leads."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import inspect

from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind, disposition_of
from qualifier_app.domain.retry import Disposition, RetryPolicy
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import Lead, RetrySettings
from qualifier_app.services.center_days import center_zone
from qualifier_app.services.check_calls import answers as check_call_answers
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.calling_profiles import Profile, callable_rule
from qualifier_app.services.queue.claim_context import CONTEXT_TTL
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.queue.dto import HeldLead
from qualifier_app.services.queue.retry_rules import SETTINGS_ROW, retry_in_force
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt
from qualifier_app.services.workspace.outcome_moves import Reads, move, talk_seconds
from qualifier_app.services.workspace.outcome_rules import number_changes
from qualifier_app.services.workspace.qualification import assess
from qualifier_app.services.workspace.receipts import receipt_message
from qualifier_app.services.workspace.scripts import ScriptLibrary
from qualifier_app.settings import QueuePolicy

# The outcomes one call can record: they write no rows beyond the lead, the attempt, the
# audit row and the rep's state (sales-ready reads the consents; do-not-call blocks the
# other leads with the same contacts).
ONE_CALL_KINDS = frozenset(
    {OutcomeKind.NO_CONTACT, OutcomeKind.CALLBACK, OutcomeKind.NURTURE, OutcomeKind.DISQUALIFY}
)


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


class OutcomeInOneCall:
    def __init__(
        self,
        frame: Frame,
        retry: RetryPolicy,
        scripts: ScriptLibrary,
        queue_policy: QueuePolicy,
        queue: QueueService,
    ) -> None:
        self._frame = frame
        self._retry = retry
        self._scripts = scripts
        self._queue_policy = queue_policy
        self._queue = queue
        self._kept_retry: _KeptRetry | None = None
        self._kept_zone: tuple[datetime, ZoneInfo] | None = None
        self._kept_profiles: dict[int, tuple[datetime, Profile]] = {}
        self._kept_lock = threading.Lock()

    def record(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt | None:
        """The outcome decided here and applied in one call, in autocommit; None when the
        transaction must record it (see ONE_CALL_KINDS and _decided_here, and whatever the
        call finds changed)."""
        decided = self._decided_here(actor, outcome)
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
        self._queue.forget(actor, lead.id)
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

    def prepare(self, actor: Actor) -> None:
        """Call the outcome for no lead: the call finds nothing to change, but has been
        compiled and planned on this workstation's connection for the first real outcome,
        which then finds the center's time zone kept too."""
        now = self._frame.clock.now()
        self._frame.statement(actor, Action.WORK_LEADS).execute(
            queue_sql.OUTCOME_CALL, queue_sql.outcome_of_no_lead(actor.user_id, now)
        )
        self._zone_kept(actor, now)

    def _decided_here(
        self, actor: Actor, outcome: Outcome
    ) -> tuple[Lead, Disposition, dict[str, Any]] | None:
        """The outcome decided from the lead as this workstation claimed it: the lead as
        decided, and the call's parameters; None for a lead not claimed here at this
        version, a check call, another number (corrected or dialled), answers that make a
        qualification, and a place that limits calls per day."""
        kind = outcome.kind
        held = self._queue.held(actor, outcome.lead_id, outcome.version)
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

        today = at.astimezone(self._zone_kept(actor, at)).date()
        reads = Reads(retry, _needs_transaction, partial(self._why_not_callable, actor, at), today)
        try:
            if assess(self._scripts, lead, outcome, today)[0] is not None:
                return None  # a qualification to record, and maybe consents
            disposition = disposition_of(kind, outcome.disposition)
            reason, callback_rep = move(reads, lead, actor, outcome, disposition, at)
            seconds = talk_seconds(outcome.talk_seconds)
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
            "talk_seconds": seconds,
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

    def _zone_kept(self, actor: Actor, at: datetime) -> ZoneInfo:
        """The center's time zone, whose date is "today" for a recycle date, read again after
        a minute."""
        kept = self._kept_zone
        if kept is None or not kept[0] <= at < kept[0] + CONTEXT_TTL:
            with self._frame.read(actor) as reading:
                kept = (at, center_zone(reading.session))
            self._kept_zone = kept
        return kept[1]

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
