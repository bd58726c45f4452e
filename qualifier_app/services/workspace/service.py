"""The rep's workspace: take the next lead, qualify it with the script, record the outcome.

`WorkspaceService` is the one face the UI and the tests call; each room does its part:
`work_items` (taking a lead), `scripts`, `contact_checks`, `outcomes` (with `qualification`
and `corrections`), `conflicts` and `rep_day` (the queue panel).
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select

from qualifier_app.domain import bant
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.retry import RetryPolicy
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import User
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.workspace import agent_states
from qualifier_app.services.workspace.agent_states import AgentStates, AgentStatus
from qualifier_app.services.workspace.contact_checks import ContactChecks
from qualifier_app.services.workspace.corrections import ContactCorrections
from qualifier_app.services.workspace.dto import (
    ContactCheckResult,
    Outcome,
    OutcomeReceipt,
    RepDay,
    ScriptRef,
    WorkItem,
)
from qualifier_app.services.workspace.lookup import take_found
from qualifier_app.services.workspace.my_figures import MyFigures, MyFiguresQuery
from qualifier_app.services.workspace.outbound import OutboundRules
from qualifier_app.services.workspace.outcomes import OutcomeRecorder
from qualifier_app.services.workspace.rep_day import RepDays
from qualifier_app.services.workspace.scripts import ScriptLibrary
from qualifier_app.services.workspace.undo import OutcomeUndo
from qualifier_app.services.workspace.work_items import WorkItems
from qualifier_app.settings import QueuePolicy, WorkspacePolicy


class WorkspaceService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        queue: QueueService,
        queue_policy: QueuePolicy,
        retry: RetryPolicy,
        policy: WorkspacePolicy | None = None,
    ) -> None:
        frame = Frame(db, clock)
        policy = policy or WorkspacePolicy()
        self._scripts = ScriptLibrary(frame)
        self._work_items = WorkItems(frame, queue, queue_policy, self._scripts)
        self._contact_checks = ContactChecks(frame, policy)
        self._outcomes = OutcomeRecorder(
            frame,
            retry,
            self._scripts,
            ContactCorrections(queue_policy, policy),
            queue_policy,
            queue,
        )
        self._rep_days = RepDays(frame, queue, queue_policy)
        self._undo = OutcomeUndo(frame, queue_policy)
        self._queue = queue
        self._frame = frame
        self._states = AgentStates(frame, timedelta(seconds=policy.after_call_work_seconds))
        self._queue_policy = queue_policy
        self._outbound = OutboundRules(queue_policy)
        self._my_figures = MyFiguresQuery(frame)

    def still_active(self, actor: Actor) -> bool:
        """Whether the person may still work: asked when a call found nothing it expected,
        which is what a deactivated person's calls find (their rows are no longer theirs)."""
        with self._frame.lookup(None) as session:
            active = session.execute(
                select(User.active).where(User.id == actor.user_id)
            ).scalar_one_or_none()
        return bool(active)

    def next_lead(self, actor: Actor) -> WorkItem:
        """Claim the next lead (see QueueService.claim_next) with all the card shows."""
        return self._work_items.next_lead(actor)

    def resume(self, actor: Actor, lead_id: int, version: int) -> WorkItem:
        """Take up a lead again from a saved draft: only if nobody changed it meanwhile."""
        return self._work_items.resume(actor, lead_id, version)

    def active_scripts(self, actor: Actor) -> tuple[ScriptRef, ...]:
        """The newest active script of each name, so a workstation can prepare its screens
        before the first lead arrives."""
        return self._scripts.active(actor)

    def prepare(self, actor: Actor) -> None:
        """Get the workstation's first claim, card and outcome ready while the rep settles
        in, so that the first Next is as quick as the later ones (see QueueService.prepare)."""
        self._queue.prepare(actor)
        self._work_items.prepare()
        self._outcomes.prepare(actor)

    def parsed_script(self, script_id: int) -> bant.Script:
        return self._scripts.parsed(script_id)

    def check_contact(self, actor: Actor, lead_id: int, field: str, raw: str) -> ContactCheckResult:
        """Validate a corrected phone or e-mail, and say whether another lead or the
        do-not-call list has it already."""
        return self._contact_checks.check_contact(actor, lead_id, field, raw)

    def submit(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        """Record the outcome of a lead the actor holds. Sending the same request id again
        returns the first receipt and writes nothing."""
        return self._outcomes.submit(actor, outcome)

    def undo_outcome(self, actor: Actor, attempt_id: int) -> WorkItem:
        """Take back an outcome saved moments ago (see `undo`): the lead is the rep's again,
        as it was before the outcome."""
        lead_id, _ = self._undo.undo(actor, attempt_id)
        return self._work_items.work_item(self._queue.card(actor, lead_id))

    def take_found(self, actor: Actor, lead_id: int, *, inbound: bool) -> WorkItem:
        """Take a lead found by a lookup (see lookup.take_found): inbound when the prospect
        called, so the calling window does not apply and the attempt is logged as inbound."""
        take_found(self._frame, self._queue_policy, self._outbound, actor, lead_id, inbound=inbound)
        card = self._queue.card(actor, lead_id)
        return self._work_items.work_item(card, inbound=inbound)

    def why_not_dial(self, actor: Actor, lead_id: int, number: str | None = None) -> str | None:
        """Why the rep may not dial the lead they have open now (see
        OutboundRules.why_not_dial), or None: asked before every dial, at the database's
        time. `number`: the E.164 number to be dialled, when the rep corrected the lead's."""
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            return self._outbound.why_not_dial(
                reading.session, lead_id, actor.user_id, reading.now, number
            )

    def rep_day(self, actor: Actor, since: datetime) -> RepDay:
        """Eligible leads, the rep's callbacks, and the rep's figures since `since` (the start
        of the rep's own day)."""
        return self._rep_days.rep_day(actor, since)

    def my_figures(self, actor: Actor, zone: tzinfo) -> MyFigures:
        """The rep's figures today and this week (days as in the rep's time zone `zone`)."""
        return self._my_figures.figures(actor, zone)

    @property
    def after_call_work_max(self) -> timedelta:
        return self._states.after_call_work_max

    def agent_state(self, actor: Actor) -> AgentStatus:
        """The rep's agent state now (after-call work past its maximum reads as Ready)."""
        return self._states.current(actor)

    def change_agent_state(self, actor: Actor, state: str, reason: str = "") -> AgentStatus:
        """Go Ready, on a break, to lunch…, with an optional reason; audited."""
        return self._states.change(actor, state, reason)

    def ready_and_next(self, actor: Actor) -> WorkItem:
        """Go Ready and take the next lead (Ctrl+N once the rep agreed to go Ready)."""
        self._states.change(actor, agent_states.AgentStateKind.READY.value)
        return self.next_lead(actor)

    def end_shift(self, actor: Actor, release_lead_id: int | None = None) -> int | None:
        """Signing out or quitting: give the held lead back to the queue when asked (returns
        its new version, for the draft kept on the workstation) and close the agent state."""
        version = None
        if release_lead_id is not None:
            self._queue.release(actor, release_lead_id, "signed out")
            version = self._queue.card(actor, release_lead_id).version
        with self._frame.change(actor) as change:
            agent_states.close(change, actor.user_id)
        return version
