"""The Workspace: where a rep takes the next lead, runs the script and saves the outcome.

All service calls run on the worker pool. Whatever the rep types goes into a draft on the
workstation at once (atomic file write, one at a time in order); the draft is deleted only
after the server confirmed the outcome. A lost database connection shows a banner and is
retried with backoff; the same request id is sent again, so nothing is saved twice.

This is the controller; the layout is `WorkspaceView`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QTimer, Signal

from qualifier_app.domain import bant
from qualifier_app.domain.errors import (
    Conflict,
    InvalidInput,
    LeaseLost,
    NotFound,
    NothingEligible,
)
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.integrations.drafts import DraftStore, database_identity
from qualifier_app.services.workspace.dto import (
    ContactCheckResult,
    Outcome,
    OutcomeReceipt,
    RepDay,
    WorkItem,
)
from qualifier_app.services.workspace.my_figures import starts
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.scrolling import focus_if_lost
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text
from qualifier_app.ui.workspace.draft_keeper import (
    Draft,
    DraftKeeper,
    known,
    offer_text,
    outdated_text,
    still_fits,
    waiting_text,
)
from qualifier_app.ui.workspace.draft_view import LOST, DraftDialog, lost_offer_text
from qualifier_app.ui.workspace.lease_heartbeat import LeaseHeartbeat
from qualifier_app.ui.workspace.lookup_box import WorkspaceLookup
from qualifier_app.ui.workspace.partner_routing import PartnerRouting
from qualifier_app.ui.workspace.queue_panel import nothing_eligible_text
from qualifier_app.ui.workspace.safer_outcomes import SaferOutcomes
from qualifier_app.ui.workspace.script_library import ScriptLibrary
from qualifier_app.ui.workspace.session import LeadSession
from qualifier_app.ui.workspace.shift import ShiftTools
from qualifier_app.ui.workspace.shortcuts import add_shortcuts
from qualifier_app.ui.workspace.view import WorkspaceView

RETRY_DELAYS_MS = (1_000, 2_000, 5_000, 10_000, 30_000)
PANEL_REFRESH_MS = 30_000


class WorkspaceArea(WorkspaceView):
    lead_shown = Signal(int)  # the card is filled for this lead
    outcome_saved = Signal(OutcomeReceipt)
    queue_empty = Signal(str)
    drafts_checked = Signal(int)  # how many drafts were found at start
    waiting_note = Signal(str)  # for the window's status bar while another area is shown
    prepared = Signal()  # the script screens are built, before the first lead
    draft_written = Signal(int)  # lead id
    account_deactivated = Signal(str)  # why the person is signed out; the shell does it

    def __init__(
        self,
        context: AreaContext,
        *,
        retry_delays_ms: Sequence[int] = RETRY_DELAYS_MS,
        tick_ms: int = 1_000,
    ) -> None:
        super().__init__(
            check_contact=self._check_contact, today=self._today, now=context.services.clock.now
        )
        self._context = context
        self._services = context.services
        self._actor = context.signed_in.actor
        self._workers = context.workers
        self._tick_ms = tick_ms
        settings = self._services.settings
        self.drafts = DraftStore(
            settings.drafts_dir, database=database_identity(settings.database_url)
        )
        self.session: LeadSession | None = None
        self.draft_dialog: DraftDialog | None = None
        self._claiming = False
        self._submitting = False
        self._signing_out = False
        workspace, actor = self._services.workspace, self._actor
        self._calls = ServiceCalls(
            self,
            self._workers,
            self.banner,
            retry_delays_ms,
            still_active=lambda: workspace.still_active(actor),
            deactivated=self._deactivated,
        )
        self._drafts = DraftKeeper(
            self.drafts,
            self._actor.login,
            self._calls,
            self._workers,
            written=self.draft_written.emit,
            failed=self._draft_failed,
        )
        self._library = ScriptLibrary(self, self.script, prepared=self.prepared.emit)
        self._partner = PartnerRouting(context, self, self._calls, done=self._routing_done)

        self.safer = SaferOutcomes(
            self,
            self._services,
            self._actor,
            self._calls,
            self._drafts,
            self._library,
            current=lambda: self.session,
            busy=lambda: self._claiming or self._submitting,
            reopen=self.reopen,
        )
        self.lookup = WorkspaceLookup(self, context, lambda: self.session, self._claimed)
        self.shift = ShiftTools(
            self,
            self._services.workspace,
            settings.workspace,
            self._actor,
            self._calls,
            self._drafts,
            current=lambda: self.session,
            now=self._now,
            save_draft=self._save_draft,
            clear_lead=self._clear_lead,
            check_lease=self._check_lease,
        )
        self._connect()
        self.actions_by_name = add_shortcuts(
            self,
            next_lead=self.next_lead,
            submit=self.submit,
            restart_timer=self._restart_timer,
            undo_outcome=self.safer.undo,
            choose=self.outcome.choose,
        )
        self._start_timers()
        self._clear_lead()
        self.refresh_panel()
        self._drafts.load_all(self._drafts_loaded)
        workspace, actor = self._services.workspace, self._actor
        self._calls.submit(lambda: workspace.active_scripts(actor), self._library.prepare)
        # The first Next then goes as quickly as the later ones; should this fail, the first
        # claim does the same work itself.
        self._calls.submit(lambda: workspace.prepare(actor))

    def _connect(self) -> None:
        self.queue_panel.next_button.clicked.connect(self.next_lead)
        self.script.changed.connect(self._script_changed)
        self.script.ended.connect(self._script_ended)
        self.card.changed.connect(self._save_draft)
        self.outcome.changed.connect(self._save_draft)
        self.outcome.submit_requested.connect(self.submit)

    def _start_timers(self) -> None:
        self._lease = LeaseHeartbeat(
            self,
            self._services,
            self._actor,
            self._calls,
            self.banner,
            current=lambda: self.session,
            lost=self._lost,
        )
        self._heartbeat = self._lease.timer
        self._ticker = QTimer(self)
        self._ticker.setInterval(self._tick_ms)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._panel_timer = QTimer(self)
        self._panel_timer.setInterval(PANEL_REFRESH_MS)
        self._panel_timer.timeout.connect(self.refresh_panel)
        self._panel_timer.start()

    def _check_lease(self) -> None:  # the heartbeat's beat, out of turn (after a refused dial)
        self._lease.send()

    # --- time -------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._services.clock.now()

    def _today(self) -> date:  # the center's, while a lead is open
        return self.session.today(self._now()) if self.session else self._now().date()

    def _tick(self) -> None:
        self.clock.tick(self._now())
        self.shift.tick()

    def _restart_timer(self) -> None:
        if self.session is not None:
            self.session.started_at = self._now()
            self.clock.restart_timer(self._now())
            self._save_draft()

    # --- the queue panel --------------------------------------------------------------------

    def refresh_panel(self) -> None:
        workspace, actor = self._services.workspace, self._actor
        since, _ = starts(self._now(), i18n.workstation_zone())
        self._calls.submit(
            lambda: workspace.rep_day(actor, since), self._show_day, self._panel_failed
        )

    def _show_day(self, day: RepDay) -> None:
        self.queue_panel.show_day(day, self._now())

    def _panel_failed(self, exc: Exception) -> None:
        self.queue_panel.status.setText(
            self.tr("Could not load your queue: {problem_text}").format(
                problem_text=problem_text(exc)
            )
        )

    # --- taking a lead ----------------------------------------------------------------------

    def next_lead(self) -> None:
        if self.session is not None:
            self.banner.show_message(
                self.tr(
                    "Finish lead {lead} ({company}) first: choose an outcome and save it with "
                    "Ctrl+Enter."
                ).format(lead=self.session.lead_id, company=self.session.item.lead.company),
                topic="busy",
            )
            return
        if self._claiming or self._submitting:
            return
        if not self.shift.states.ready_for_next(self.next_lead):
            return
        self.routing.close_step()
        self._claiming = True
        self.banner.clear("busy")
        self.banner.clear("empty")
        self.show_claiming(True)
        self.status.setText(self.tr("Taking the next lead…"))
        workspace, actor = self._services.workspace, self._actor
        self._calls.call(
            lambda: workspace.next_lead(actor),
            self._claimed,
            self._claim_failed,
            doing=self.tr("taking the next lead"),
        )

    def _claimed(self, item: WorkItem) -> None:
        self._claiming = False
        self.show_claiming(False)
        lead_id = item.lead.id
        draft = self._drafts.saved.get(lead_id)
        script = self._library.script(item)
        if draft is None:
            self._open(LeadSession(item=item, script=script, started_at=self._now()))
        elif int(draft.get("version", -1)) == item.lead.version:
            self._open(LeadSession.from_draft(item, script, known(draft, script)), restored=True)
        elif still_fits(draft, item):
            session = LeadSession.from_draft(item, script, known(draft, script), claimed_again=True)
            self._open(session, restored=True)
        else:
            self._open(LeadSession(item=item, script=script, started_at=self._now()))
            # Kept on disk (and named here) until the rep discards it or saves this lead.
            self.banner.show_message(
                outdated_text(lead_id, draft),
                error=True,
                topic="draft",
                actions=[(self.tr("&Discard draft"), lambda: self.discard_draft(lead_id))],
            )

    def _claim_failed(self, exc: Exception) -> None:
        self._claiming = False
        self.show_claiming(False)
        if isinstance(exc, NothingEligible):
            text = nothing_eligible_text(exc, self._now())
            self.show_nothing_eligible(text)
            self.queue_empty.emit(text)
            self.refresh_panel()
            focus_if_lost(self, self.queue_panel.next_button)
            return
        self.status.setText("")
        self.banner.show_message(
            self.tr("Could not take the next lead: {problem}").format(problem=problem_text(exc)),
            error=True,
        )

    def reopen(self, session: LeadSession, message: str) -> None:  # after an undone outcome
        self._clear_lead()
        self._open(session, restored=True)
        self.status.setText(message)

    def _open(self, session: LeadSession, *, restored: bool = False) -> None:
        self.session = session
        if session.started_at is None:
            session.started_at = self._now()
        item = session.item
        lead = item.lead
        # Whatever draft was offered is either this lead's, now used, or waits for the next
        # free moment (offered again once this lead is saved); so does a lead lost before.
        self.banner.clear("draft")
        self.banner.clear("lost")
        self.load_lead(
            session,
            session.script_values(self._actor.display_name),
            started_at=session.started_at,
            now=self._now(),
            assessment=session.assessment(self._today()),
        )
        self._heartbeat.start()
        self.shift.lead_changed()
        if restored:
            self.status.setText(
                self.tr("Restored your unsaved work on lead {id}.").format(id=lead.id)
            )
        else:
            self.status.setText(
                self.tr("Lead {id} is yours until you save an outcome.").format(id=lead.id)
            )
        self._save_draft()
        self.lead_shown.emit(lead.id)

    def _clear_lead(self) -> None:
        self.session = None
        self._heartbeat.stop()
        self.clear_lead()
        self.shift.lead_changed()

    # --- typing -----------------------------------------------------------------------------

    def _script_changed(self) -> None:
        if self.session is None:
            return
        self.outcome.update_assessment(self.session.assessment(self._today()))
        self._save_draft()

    def _script_ended(self, target: str) -> None:
        if self.session is None:
            return
        if target == bant.CALLBACK:
            self.outcome.choose(OutcomeKind.CALLBACK)
        else:
            self.outcome.update_assessment(self.session.assessment(self._today()))
            self.outcome.submit_button.setFocus()

    def _check_contact(self, field: str, value: str) -> None:
        session = self.session
        if session is None:
            return
        workspace, actor, lead_id = self._services.workspace, self._actor, session.lead_id
        target = self.card.field(field)

        def show(result: ContactCheckResult) -> None:
            if target is not None and self.session is session:
                target.show_check(result)

        self._calls.submit(
            lambda: workspace.check_contact(actor, lead_id, field, value), show, lambda _: None
        )

    # --- drafts -----------------------------------------------------------------------------

    def _save_draft(self) -> None:
        if self.session is None:
            return
        self._drafts.save(self.session.lead_id, self.session.to_draft(self._now()))

    def _draft_failed(self, exc: Exception) -> None:
        self.banner.show_message(
            self.tr("Could not save the draft on this workstation: {problem}").format(
                problem=problem_text(exc)
            ),
            error=True,
        )

    def _drafts_loaded(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            self._drafts.saved[int(draft["lead_id"])] = draft
        self.drafts_checked.emit(len(drafts))
        self._offer_draft()

    def _offer_draft(self) -> None:
        saved_drafts = self._drafts.saved
        if not saved_drafts or self.session is not None:
            return
        lead_id, draft = max(saved_drafts.items(), key=lambda kv: str(kv[1].get("saved_at")))
        self.waiting_note.emit(waiting_text(lead_id, draft))
        if (self._drafts.latest(lead_id) or draft).get(LOST):
            # Restoring would only fail again: offer the typed work to read and copy.
            self.banner.show_message(
                lost_offer_text(lead_id, draft), topic="draft", actions=self._lost_actions(lead_id)
            )
        else:
            self.banner.show_message(
                offer_text(lead_id, draft),
                topic="draft",
                actions=[
                    (self.tr("&Restore"), lambda: self.restore_draft(lead_id)),
                    (self.tr("&Discard"), lambda: self.discard_draft(lead_id)),
                ],
            )
        self.banner.buttons[0].setFocus()

    def _lost_actions(self, lead_id: int) -> list[tuple[str, Callable[[], None]]]:
        return [
            (self.tr("&View draft"), lambda: self.view_draft(lead_id)),
            (self.tr("&Discard draft"), lambda: self.discard_draft(lead_id)),
        ]

    def _keep_lost(self, lead_id: int, draft: Draft, why: str) -> None:
        """The draft stays on the workstation, marked as one that cannot go back on its lead."""
        self._drafts.save(lead_id, {**draft, LOST: why})

    def view_draft(self, lead_id: int) -> None:
        draft = self._drafts.latest(lead_id)
        if draft is None:
            return
        script = self._library.parsed(int(draft.get("script_id") or 0))
        self.draft_dialog = DraftDialog(self, lead_id, draft, script)
        self.draft_dialog.open()

    def restore_draft(self, lead_id: int) -> None:
        draft = self._drafts.saved.get(lead_id)
        if draft is None or self.session is not None or self._claiming:
            return
        self._claiming = True
        self.banner.clear("draft")
        self.progress.show()
        workspace, actor, version = self._services.workspace, self._actor, int(draft["version"])

        def resumed(item: WorkItem) -> None:
            self._claiming = False
            self.progress.hide()
            script = self._library.script(item)
            self._open(LeadSession.from_draft(item, script, known(draft, script)), restored=True)

        def failed(exc: Exception) -> None:
            self._claiming = False
            self.progress.hide()
            if isinstance(exc, Conflict | NotFound):  # the lead moved on: it never will fit
                self._keep_lost(lead_id, draft, problem_text(exc))
            self.banner.show_message(
                self.tr("Cannot restore the draft: {problem}").format(problem=problem_text(exc)),
                error=True,
                topic="draft",
                actions=self._lost_actions(lead_id),
            )

        self._calls.call(
            lambda: workspace.resume(actor, lead_id, version),
            resumed,
            failed,
            doing=self.tr("restoring your draft"),
        )

    def discard_draft(self, lead_id: int) -> None:
        self._drafts.delete(lead_id)
        self.banner.clear()
        self.status.setText(self.tr("Draft for lead {lead_id} discarded.").format(lead_id=lead_id))
        self._offer_draft()

    # --- saving the outcome -----------------------------------------------------------------

    def submit(self) -> None:
        if self.routing.isVisible() and self.session is None:
            self._partner.confirm()
            return
        session = self.session
        if session is None or self._submitting:
            return
        self.shift.dialer.hang_up()
        self.outcome.clear_problems()
        try:
            outcome = session.outcome(self._today())
        except InvalidInput as exc:
            self._show_problem(exc)
            return
        if not self.safer.confirmed(session, self.submit):
            return
        self._submitting = True
        self.outcome.submit_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._send(outcome)

    def _send(self, outcome: Outcome) -> None:
        workspace, actor = self._services.workspace, self._actor
        self._calls.call(
            lambda: workspace.submit(actor, outcome),
            self._submitted,
            self._submit_failed,
            doing=self.tr("saving the outcome"),
        )

    def _submitted(self, receipt: OutcomeReceipt) -> None:
        self._submitting = False
        self.outcome.submit_button.setEnabled(True)
        lead_id = receipt.lead_id
        session = self.session
        if session is not None and session.lead_id == lead_id:
            self.safer.saved(receipt, session.to_draft(self._now()))
        self._drafts.delete(lead_id)
        self._clear_lead()
        self.status.setText(
            self.tr("Lead {lead_id} saved: {message}.").format(
                lead_id=lead_id, message=i18n.translated(receipt.message)
            )
        )
        self.banner.clear("busy")
        self.refresh_panel()
        self.shift.states.outcome_saved()
        self.outcome_saved.emit(receipt)
        if receipt.status == OutcomeKind.SALES_READY.value:
            self._partner.propose(lead_id)
            return
        if self.outcome.auto_next.isChecked():
            self.next_lead()
        else:
            self._offer_draft()
            self.queue_panel.next_button.setFocus()

    def _submit_failed(self, exc: Exception) -> None:
        self._submitting = False
        self.outcome.submit_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, LeaseLost):
            self._lost(exc)
        elif isinstance(exc, InvalidInput):
            self._show_problem(exc)
        else:
            self.banner.show_message(
                self.tr("Could not save: {problem}").format(problem=problem_text(exc)), error=True
            )

    def _lost(self, exc: LeaseLost) -> None:
        """The lead is no longer ours: say who has it; the draft stays on disk, unless the
        person was erased meanwhile."""
        session = self.session
        if session is None:
            return
        lead_id, why = session.lead_id, problem_text(exc)
        if exc.erased:
            self._drafts.delete(lead_id)
        else:
            self._keep_lost(lead_id, session.to_draft(self._now()), why)
        self._clear_lead()
        kept = self.tr("Lead {lead} is no longer yours; what you typed is kept as a draft.")
        self.status.setText(why if exc.erased else kept.format(lead=lead_id))
        actions = [] if exc.erased else self._lost_actions(lead_id)
        self.banner.show_message(why, error=True, topic="lost", actions=actions)
        focus_if_lost(self, (self.banner.buttons or [self.queue_panel.next_button])[0])

    def _deactivated(self) -> None:
        """Keep the typed work as a draft, then have the shell sign the person out."""
        if self._signing_out:
            return
        self._signing_out = True
        self._claiming = self._submitting = False
        self._heartbeat.stop()
        self._save_draft()
        text = self.tr(
            "Your account was deactivated by an administrator; you are signed out. "
            "Your unsaved work is kept on this workstation."
        )

        def signed_out() -> None:
            self._clear_lead()
            self.account_deactivated.emit(text)

        self._drafts.when_written(signed_out)

    def _show_problem(self, exc: InvalidInput) -> None:
        self.show_problem(exc.field or "", problem_text(exc))

    # --- the end of the shift (the main window asks before signing out or quitting) ------

    def held_lead(self) -> str | None:
        return self.shift.held_lead()

    def release_held_lead(self, done: Callable[[], None]) -> None:
        self.shift.release_held_lead(done)

    # --- after a partner step ---------------------------------------------------------------

    def _routing_done(self) -> None:
        self.routing.close_step()
        if self.outcome.auto_next.isChecked() and self.session is None:
            self.next_lead()
