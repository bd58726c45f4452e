"""The Workspace: where a rep takes the next lead, runs the script and saves the outcome.

All service calls run on the worker pool. Whatever the rep types goes into a draft on the
workstation at once (atomic file write, one at a time in order); the draft is deleted only
after the server confirmed the outcome. A lost database connection shows a banner and is
retried with backoff; the same request id is sent again, so nothing is saved twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.domain.calling_hours import duration_text
from qualifier_app.domain.errors import (
    DatabaseUnavailable,
    InvalidInput,
    LeaseLost,
    NothingEligible,
    QualifierError,
)
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.integrations.drafts import DraftStore
from qualifier_app.services.partners.dto import HandoffSummary, RoutingProposal
from qualifier_app.services.workspace.dto import (
    ContactCheckResult,
    Outcome,
    OutcomeReceipt,
    RepDay,
    ScriptRef,
    WorkItem,
)
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.clock import LocalClock
from qualifier_app.ui.workspace.lead_card import LeadCard
from qualifier_app.ui.workspace.outcome_panel import OutcomePanel
from qualifier_app.ui.workspace.queue_panel import QueuePanel
from qualifier_app.ui.workspace.routing_step import RoutingStep
from qualifier_app.ui.workspace.script_view import ScriptView
from qualifier_app.ui.workspace.session import LeadSession

RETRY_DELAYS_MS = (1_000, 2_000, 5_000, 10_000, 30_000)
PANEL_REFRESH_MS = 30_000
CONNECTION = "connection"


def _message(exc: Exception) -> str:
    return str(exc) if isinstance(exc, QualifierError) else f"{type(exc).__name__}: {exc}"


class WorkspaceArea(QWidget):
    lead_shown = Signal(int)  # the card is filled for this lead
    outcome_saved = Signal(object)  # OutcomeReceipt
    queue_empty = Signal(str)
    drafts_checked = Signal(int)  # how many drafts were found at start
    prepared = Signal()  # the script screens are built, before the first lead
    draft_written = Signal(int)  # lead id

    def __init__(
        self,
        context: AreaContext,
        *,
        retry_delays_ms: Sequence[int] = RETRY_DELAYS_MS,
        tick_ms: int = 1_000,
    ) -> None:
        super().__init__()
        self._context = context
        self._services = context.services
        self._actor = context.signed_in.actor
        self._workers = context.workers
        self._retry_delays = tuple(retry_delays_ms)
        self._tick_ms = tick_ms
        self.drafts = DraftStore(self._services.settings.drafts_dir)
        self.session: LeadSession | None = None
        self._claiming = False
        self._submitting = False
        self._draft_pending: tuple[int, dict[str, Any]] | None = None
        self._draft_writing = False
        self._after_drafts: list[Callable[[], None]] = []
        self._saved_drafts: dict[int, dict[str, Any]] = {}
        self._retry_action: Callable[[], None] | None = None
        self._scripts: dict[int, bant.Script] = {}

        self._build_widgets()
        self._build_actions()
        self._start_timers()
        self._clear_lead()
        self.refresh_panel()
        login, store = self._actor.login, self.drafts
        self._submit(lambda: store.load_all(login), self._drafts_loaded)
        workspace, actor = self._services.workspace, self._actor
        self._submit(lambda: workspace.active_scripts(actor), self._prepare_scripts)

    def _build_widgets(self) -> None:
        self.banner = Banner()
        self.queue_panel = QueuePanel()
        self.card = LeadCard(self._check_contact)
        self.clock = LocalClock()
        self.script = ScriptView(self._today)
        self.outcome = OutcomePanel(self._services.clock.now)
        self.routing = RoutingStep()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName("Taking the next lead")
        self.progress.hide()
        self.status = QLabel("")
        self.status.setObjectName("subtitle")
        self.status.setAccessibleName("Last result")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.card, 3)
        top.addWidget(self.clock, 2)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(top, 2)
        centre_layout.addWidget(self.script, 3)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.outcome, 1)
        right_layout.addWidget(self.routing)
        splitter = QSplitter()
        splitter.addWidget(self.queue_panel)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.queue_panel.next_button.clicked.connect(self.next_lead)
        self.script.changed.connect(self._script_changed)
        self.script.ended.connect(self._script_ended)
        self.card.changed.connect(self._save_draft)
        self.outcome.changed.connect(self._save_draft)
        self.outcome.submit_requested.connect(self.submit)
        self.routing.confirmed.connect(self._confirm_partner)
        self.routing.postponed.connect(self._routing_done)
        self.routing.choose_other.connect(self._choose_other_partner)

    def _start_timers(self) -> None:
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry_now)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(max(1, self._services.settings.queue.heartbeat_seconds) * 1000)
        self._heartbeat.timeout.connect(self._send_heartbeat)
        self._ticker = QTimer(self)
        self._ticker.setInterval(self._tick_ms)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._panel_timer = QTimer(self)
        self._panel_timer.setInterval(PANEL_REFRESH_MS)
        self._panel_timer.timeout.connect(self.refresh_panel)
        self._panel_timer.start()

    # --- shortcuts --------------------------------------------------------------------------

    def _action(self, text: str, keys: Sequence[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.actions_by_name = {
            "next": self._action("Next lead", ["Ctrl+N"], self.next_lead),
            "submit": self._action("Save outcome", ["Ctrl+Return", "Ctrl+Enter"], self.submit),
            "next_screen": self._action(
                "Next script screen", ["Alt+Right", "PgDown"], self.script.next_screen
            ),
            "previous_screen": self._action(
                "Previous script screen", ["Alt+Left", "PgUp"], self.script.previous_screen
            ),
            "timer": self._action("Restart call timer", ["Ctrl+T"], self._restart_timer),
            "phone": self._action(
                "Go to the phone number", ["Ctrl+P"], self.card.phone.edit.setFocus
            ),
            "email": self._action("Go to the e-mail", ["Ctrl+E"], self.card.email.edit.setFocus),
        }
        for key, disposition in zip(
            ("F5", "F6", "F7", "F8", "F9"),
            (
                Disposition.NO_ANSWER,
                Disposition.BUSY,
                Disposition.VOICEMAIL,
                Disposition.WRONG_NUMBER,
                Disposition.BAD_NUMBER,
            ),
            strict=True,
        ):
            self.actions_by_name[disposition.value] = self._action(
                f"No contact: {disposition.label.lower()}",
                [key],
                partial(self.outcome.choose, OutcomeKind.NO_CONTACT, disposition),
            )
        for keys, kind in (
            ("Ctrl+R", OutcomeKind.SALES_READY),
            ("Ctrl+B", OutcomeKind.CALLBACK),
            ("Ctrl+U", OutcomeKind.NURTURE),
            ("Ctrl+D", OutcomeKind.DISQUALIFY),
            ("Ctrl+Shift+D", OutcomeKind.DO_NOT_CALL),
        ):
            self.actions_by_name[kind.value] = self._action(
                f"Outcome: {kind.label}", [keys], partial(self.outcome.choose, kind)
            )

    # --- time -------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._services.clock.now()

    def _today(self) -> date:
        return self._now().date()

    def _tick(self) -> None:
        self.clock.tick(self._now())

    def _restart_timer(self) -> None:
        if self.session is not None:
            self.session.started_at = self._now()
            self.clock.restart_timer(self._now())
            self._save_draft()

    # --- calls with retry -------------------------------------------------------------------

    def _submit(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Workers.submit, but a reply arriving after the workspace closed is dropped."""

        def alive(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
            if callback is None:
                return None
            return lambda value: callback(value) if shiboken6.isValid(self) else None

        self._workers.submit(fn, alive(on_result), alive(on_error))

    def _call(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        doing: str,
        attempt: int = 0,
    ) -> None:
        """Run `fn` on the pool; while the database is unreachable, say so and try again."""

        def failed(exc: Exception) -> None:
            if isinstance(exc, DatabaseUnavailable):
                delay = self._retry_delays[min(attempt, len(self._retry_delays) - 1)]
                self._retry_action = lambda: self._call(
                    fn, on_result, on_error, doing=doing, attempt=attempt + 1
                )
                self.banner.show_message(
                    f"The database cannot be reached while {doing}: {exc}. Nothing you typed "
                    f"is lost; trying again in {max(1, delay // 1000)} s (attempt {attempt + 1}).",
                    error=True,
                    topic=CONNECTION,
                    actions=[("Try &again now", self._retry_now)],
                )
                self._retry_timer.start(delay)
                return
            on_error(exc)

        def done(value: Any) -> None:
            self.banner.clear(CONNECTION)
            on_result(value)

        self._submit(fn, done, failed)

    def _retry_now(self) -> None:
        self._retry_timer.stop()
        action, self._retry_action = self._retry_action, None
        if action is not None:
            action()

    # --- the queue panel --------------------------------------------------------------------

    def refresh_panel(self) -> None:
        workspace, actor = self._services.workspace, self._actor
        local = self._now().astimezone()
        since = local.replace(hour=0, minute=0, second=0, microsecond=0)
        self._submit(lambda: workspace.rep_day(actor, since), self._show_day, self._panel_failed)

    def _show_day(self, day: RepDay) -> None:
        self.queue_panel.show_day(day, self._now())

    def _panel_failed(self, exc: Exception) -> None:
        self.queue_panel.status.setText(f"Could not load your queue: {_message(exc)}")

    # --- taking a lead ----------------------------------------------------------------------

    def next_lead(self) -> None:
        if self.session is not None:
            self.banner.show_message(
                f"Finish lead {self.session.lead_id} ({self.session.item.lead.company}) first: "
                "choose an outcome and save it with Ctrl+Enter.",
                topic="busy",
            )
            return
        if self._claiming or self._submitting:
            return
        self.routing.close_step()
        self._claiming = True
        self.banner.clear("busy")
        self.banner.clear("empty")
        self.progress.show()
        self.queue_panel.next_button.setEnabled(False)
        self.status.setText("Taking the next lead…")
        workspace, actor = self._services.workspace, self._actor
        self._call(
            lambda: workspace.next_lead(actor),
            self._claimed,
            self._claim_failed,
            doing="taking the next lead",
        )

    def _claimed(self, item: WorkItem) -> None:
        self._claiming = False
        self.progress.hide()
        self.queue_panel.next_button.setEnabled(True)
        draft = self._saved_drafts.get(item.lead.id)
        script = self._script(item)
        if draft is not None and int(draft.get("version", -1)) == item.lead.version:
            self._open(LeadSession.from_draft(item, script, _known(draft, script)), restored=True)
        else:
            self._open(LeadSession(item=item, script=script, started_at=self._now()))

    def _claim_failed(self, exc: Exception) -> None:
        self._claiming = False
        self.progress.hide()
        self.queue_panel.next_button.setEnabled(True)
        if isinstance(exc, NothingEligible):
            text = self._empty_text(exc)
            self.card.company.setText("No lead is eligible now")
            self.card.contact.setText(text)
            self.status.setText(text)
            self.banner.show_message(text, topic="empty")
            self.queue_empty.emit(text)
            self.refresh_panel()
            return
        self.status.setText("")
        self.banner.show_message(f"Could not take the next lead: {_message(exc)}", error=True)

    def _empty_text(self, exc: NothingEligible) -> str:
        at = exc.next_eligible_at
        if at is None:
            return exc.message[:1].upper() + exc.message[1:] + "."
        local = at.astimezone()
        wait = duration_text((at - self._now()).total_seconds())
        return (
            f"No lead is eligible now. The next one becomes eligible at "
            f"{local:%a %H:%M} your time (in {wait})."
        )

    def _prepare_scripts(self, scripts: tuple[ScriptRef, ...]) -> None:
        """Build each script's screens one segment per turn of the event loop, so the
        first lead opens as fast as the others and no single step holds up the window."""
        steps: list[Callable[[], None]] = []
        for ref in scripts:
            script = self._scripts.setdefault(ref.id, bant.parse_script(ref.definition))
            for segment in ("smb", "enterprise"):
                steps.append(partial(self.script.prepare, script, ref.id, segment))

        def run_next() -> None:
            if not shiboken6.isValid(self):
                return
            if steps:
                steps.pop(0)()
                QTimer.singleShot(0, run_next)
            else:
                self.prepared.emit()

        QTimer.singleShot(0, run_next)

    def _script(self, item: WorkItem) -> bant.Script:
        """The parsed script; versions never change, so each is read once."""
        script = self._scripts.get(item.script.id)
        if script is None:
            script = self._scripts[item.script.id] = bant.parse_script(item.script.definition)
        return script

    def _open(self, session: LeadSession, *, restored: bool = False) -> None:
        self.session = session
        if session.started_at is None:
            session.started_at = self._now()
        item = session.item
        lead = item.lead
        self.card.load(session)
        self.clock.set_lead(lead, session.started_at)
        self.clock.tick(self._now())
        values = {
            "contact_name": lead.contact_name,
            "contact_first_name": item.first_name or lead.contact_name,
            "company": lead.company,
            "rep_name": self._actor.display_name,
            "product_interest": item.product_interest or "our products",
        }
        self.script.load(session, values)
        self.outcome.load(session, session.assessment(self._today()))
        self.routing.close_step()
        self._heartbeat.start()
        if restored:
            self.status.setText(f"Restored your unsaved work on lead {lead.id}.")
        else:
            self.status.setText(f"Lead {lead.id} is yours until you save an outcome.")
        self._save_draft()
        self.lead_shown.emit(lead.id)

    def _clear_lead(self) -> None:
        self.session = None
        self._heartbeat.stop()
        self.card.clear()
        self.clock.clear()
        self.script.clear()
        self.outcome.clear()

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

        self._submit(
            lambda: workspace.check_contact(actor, lead_id, field, value), show, lambda _: None
        )

    # --- drafts -----------------------------------------------------------------------------

    def _save_draft(self) -> None:
        if self.session is None:
            return
        self._draft_pending = (self.session.lead_id, self.session.to_draft(self._now()))
        if not self._draft_writing:
            self._write_next_draft()

    def _write_next_draft(self) -> None:
        pending, self._draft_pending = self._draft_pending, None
        if pending is None:
            self._draft_writing = False
            waiting, self._after_drafts = self._after_drafts, []
            for step in waiting:
                step()
            return
        self._draft_writing = True
        lead_id, data = pending
        login, store = self._actor.login, self.drafts

        def written(_: object) -> None:
            self._saved_drafts[lead_id] = data
            self.draft_written.emit(lead_id)
            self._write_next_draft()

        def failed(exc: Exception) -> None:
            self.banner.show_message(
                f"Could not save the draft on this workstation: {_message(exc)}", error=True
            )
            self._write_next_draft()

        self._submit(lambda: store.save(login, lead_id, data), written, failed)

    def _delete_draft(self, lead_id: int) -> None:
        """Delete once every pending write is done, so no late write brings it back."""
        login, store = self._actor.login, self.drafts
        self._saved_drafts.pop(lead_id, None)

        def delete() -> None:
            self._workers.submit(lambda: store.delete(login, lead_id))

        if self._draft_writing or self._draft_pending is not None:
            self._after_drafts.append(delete)
        else:
            delete()

    def _drafts_loaded(self, drafts: list[dict[str, Any]]) -> None:
        for draft in drafts:
            self._saved_drafts[int(draft["lead_id"])] = draft
        self.drafts_checked.emit(len(drafts))
        self._offer_draft()

    def _offer_draft(self) -> None:
        if not self._saved_drafts or self.session is not None:
            return
        lead_id, draft = max(self._saved_drafts.items(), key=lambda kv: str(kv[1].get("saved_at")))
        saved = datetime.fromisoformat(str(draft["saved_at"])).astimezone()
        self.banner.show_message(
            f"You have unsaved work from {saved:%a %d %b %H:%M} on lead {lead_id} "
            f"({draft.get('company') or 'no company'}, {draft.get('contact') or 'no contact'}). "
            "Restore it?",
            topic="draft",
            actions=[
                ("&Restore", lambda: self.restore_draft(lead_id)),
                ("&Discard", lambda: self.discard_draft(lead_id)),
            ],
        )
        self.banner.buttons[0].setFocus()

    def restore_draft(self, lead_id: int) -> None:
        draft = self._saved_drafts.get(lead_id)
        if draft is None or self.session is not None or self._claiming:
            return
        self._claiming = True
        self.banner.clear("draft")
        self.progress.show()
        workspace, actor, version = self._services.workspace, self._actor, int(draft["version"])

        def resumed(item: WorkItem) -> None:
            self._claiming = False
            self.progress.hide()
            script = self._script(item)
            self._open(LeadSession.from_draft(item, script, _known(draft, script)), restored=True)

        def failed(exc: Exception) -> None:
            self._claiming = False
            self.progress.hide()
            self.banner.show_message(
                f"Cannot restore the draft: {_message(exc)}",
                error=True,
                topic="draft",
                actions=[("&Discard draft", lambda: self.discard_draft(lead_id))],
            )

        self._call(
            lambda: workspace.resume(actor, lead_id, version),
            resumed,
            failed,
            doing="restoring your draft",
        )

    def discard_draft(self, lead_id: int) -> None:
        self._delete_draft(lead_id)
        self.banner.clear()
        self.status.setText(f"Draft for lead {lead_id} discarded.")
        self._offer_draft()

    # --- saving the outcome -----------------------------------------------------------------

    def submit(self) -> None:
        if self.routing.isVisible() and self.session is None:
            self._confirm_partner()
            return
        session = self.session
        if session is None or self._submitting:
            return
        self.outcome.clear_problems()
        try:
            outcome = session.outcome(self._today())
        except InvalidInput as exc:
            self._show_problem(exc)
            return
        self._submitting = True
        self.outcome.submit_button.setEnabled(False)
        self.status.setText("Saving…")
        self._send(outcome)

    def _send(self, outcome: Outcome) -> None:
        workspace, actor = self._services.workspace, self._actor
        self._call(
            lambda: workspace.submit(actor, outcome),
            self._submitted,
            self._submit_failed,
            doing="saving the outcome",
        )

    def _submitted(self, receipt: OutcomeReceipt) -> None:
        self._submitting = False
        self.outcome.submit_button.setEnabled(True)
        lead_id = receipt.lead_id
        self._delete_draft(lead_id)
        self._clear_lead()
        self.status.setText(f"Lead {lead_id} saved: {receipt.message}.")
        self.banner.clear("busy")
        self.refresh_panel()
        self.outcome_saved.emit(receipt)
        if receipt.status == OutcomeKind.SALES_READY.value:
            self._propose_partner(lead_id)
            return
        if self.outcome.auto_next.isChecked():
            self.next_lead()
        else:
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
            self.banner.show_message(f"Could not save: {_message(exc)}", error=True)

    def _lost(self, exc: LeaseLost) -> None:
        """The lead is no longer ours: say who has it; the draft stays on disk."""
        session = self.session
        if session is None:
            return
        lead_id = session.lead_id
        self._clear_lead()
        self.banner.show_message(
            exc.message,
            error=True,
            topic="lost",
            actions=[("&Discard draft", lambda: self.discard_draft(lead_id))],
        )

    def _show_problem(self, exc: InvalidInput) -> None:
        field = exc.field or ""
        shown = self.outcome.show_problem(field, exc.message) or self.script.show_problem(
            field, exc.message
        )
        if not shown and field in {"phone", "email"}:
            target = self.card.field(field)
            if target is not None:
                target.show_problem(exc.message)
                shown = True
        if not shown:
            self.banner.show_message(exc.message, error=True, topic="problem")
        self.status.setText(exc.message)

    def _send_heartbeat(self) -> None:
        session = self.session
        if session is None:
            self._heartbeat.stop()
            return
        queue, actor, lead_id = self._services.queue, self._actor, session.lead_id

        def failed(exc: Exception) -> None:
            if isinstance(exc, LeaseLost) and self.session is session:
                self._lost(exc)
            elif isinstance(exc, DatabaseUnavailable):
                self.banner.show_message(
                    f"The database cannot be reached: {exc}. Nothing you typed is lost; "
                    "the lead stays open and the connection is tried again.",
                    error=True,
                    topic=CONNECTION,
                )

        self._submit(
            lambda: queue.heartbeat(actor, lead_id), lambda _: self.banner.clear(CONNECTION), failed
        )

    # --- partner routing ----------------------------------------------------------------------

    def _propose_partner(self, lead_id: int) -> None:
        routing, actor = self._services.routing, self._actor

        def show(proposal: RoutingProposal) -> None:
            self.routing.show_proposal(lead_id, proposal)

        def failed(exc: Exception) -> None:
            self.status.setText(
                f"Lead {lead_id} is ready for a partner; no proposal: {_message(exc)}"
            )
            self._routing_done()

        self._call(
            lambda: routing.propose(actor, lead_id), show, failed, doing="proposing a partner"
        )

    def _confirm_partner(self) -> None:
        lead_id, request_id = self.routing.lead_id, self.routing.request_id
        if lead_id is None:
            return
        routing, actor = self._services.routing, self._actor
        self.routing.confirm_button.setEnabled(False)

        def routed(handoff: HandoffSummary) -> None:
            self._handed_off(handoff)

        self._call(
            lambda: routing.route(actor, lead_id, request_id=request_id),
            routed,
            lambda exc: self.routing.show_problem(_message(exc)),
            doing="sending the lead to the partner",
        )

    def _choose_other_partner(self) -> None:
        lead_id = self.routing.lead_id
        if lead_id is None:
            return
        dialog = PartnerChoiceDialog(self._context, lead_id, self)
        dialog.handed_off.connect(self._handed_off)
        dialog.open()

    def _handed_off(self, handoff: HandoffSummary) -> None:
        self.status.setText(
            f"Lead {handoff.lead_id} handed to {handoff.partner} ({handoff.status})."
        )
        self._routing_done()

    def _routing_done(self) -> None:
        self.routing.close_step()
        if self.outcome.auto_next.isChecked() and self.session is None:
            self.next_lead()


def _known(draft: dict[str, Any], script: bant.Script) -> dict[str, Any]:
    """The draft, keeping only answers to questions the current script still asks."""
    known = {q.key for s in script.screens for q in s.questions}
    answers = {k: v for k, v in (draft.get("answers") or {}).items() if k in known}
    return {**draft, "answers": answers}
