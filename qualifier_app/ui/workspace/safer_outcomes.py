"""Outcomes that are hard to take back are asked about, and the last one can be undone.

Do-not-call asks for confirmation and a reason before it is sent. For 30 seconds after a
save, Ctrl+Shift+Backspace (or the button beside the status line) takes the outcome back:
the service decides by the database's clock, the lead comes back to the rep with what was
typed, and a next lead opened meanwhile with nothing typed yet goes back to the queue.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from qualifier_app.app import Services
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import Actor
from qualifier_app.services.workspace.dto import OutcomeReceipt, WorkItem
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text
from qualifier_app.ui.workspace.do_not_call_dialog import DoNotCallDialog
from qualifier_app.ui.workspace.draft_keeper import Draft, DraftKeeper, known
from qualifier_app.ui.workspace.script_library import ScriptLibrary
from qualifier_app.ui.workspace.session import LeadSession
from qualifier_app.ui.workspace.undo_offer import UndoOffer
from qualifier_app.ui.workspace.view import WorkspaceView


class SaferOutcomes:
    def __init__(
        self,
        area: WorkspaceView,
        services: Services,
        actor: Actor,
        calls: ServiceCalls,
        drafts: DraftKeeper,
        library: ScriptLibrary,
        *,
        current: Callable[[], LeadSession | None],
        busy: Callable[[], bool],
        reopen: Callable[[LeadSession, str], None],
    ) -> None:
        self._area = area
        self._current = current
        self._busy = busy
        self._reopen = reopen
        self._services = services
        self._actor = actor
        self._calls = calls
        self._drafts = drafts
        self._library = library
        self.offer = UndoOffer(area, area.undo_button)
        area.undo_button.clicked.connect(self.undo)
        self._confirmed: str | None = None  # the request id whose do-not-call was confirmed
        self.dialog: DoNotCallDialog | None = None
        self._undoing = False

    # --- do-not-call ------------------------------------------------------------------------

    def confirmed(self, session: LeadSession, then: Callable[[], None]) -> bool:
        """True to go on saving; otherwise asks first and calls `then` once confirmed."""
        today = session.today(self._services.clock.now())
        if session.chosen_kind(today) is not OutcomeKind.DO_NOT_CALL:
            return True
        if self._confirmed == session.request_id:
            return True
        lead = session.item.lead
        dialog = DoNotCallDialog(self._area, lead.company, lead.contact_name, session.reason)
        self.dialog = dialog

        def accepted() -> None:
            if self._current() is not session:
                return
            reason = dialog.chosen_reason()
            session.reason = reason
            self._area.outcome.reason.setEditText(reason)
            self._confirmed = session.request_id
            then()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._back_to_the_lead)
        dialog.open()
        return False

    def _back_to_the_lead(self, _result: int = 0) -> None:
        self._area.window().activateWindow()
        self._area.outcome.reason.setFocus()

    # --- undo -------------------------------------------------------------------------------

    def saved(self, receipt: OutcomeReceipt, draft: Draft | None) -> None:
        # A do-not-call is never undone (the service refuses it): no offer to. Nor is the
        # outcome saved before it offered any more: undo is of the last outcome only.
        if (
            draft is not None
            and not receipt.replayed
            and receipt.status != LeadStatus.DO_NOT_CALL.value
        ):
            self.offer.offer(receipt, draft)
        elif not receipt.replayed:
            self.offer.withdraw()

    def undo(self) -> None:
        area, last = self._area, self.offer.last
        if last is None:
            area.status.setText(
                QCoreApplication.translate(
                    "SaferOutcomes", "There is no outcome to undo: only the last one, within 30 s."
                )
            )
            return
        if self._undoing or self._busy():
            return
        current = self._current()
        if current is not None and (current.answers or current.notes.strip() or current.kind):
            area.banner.show_message(
                QCoreApplication.translate(
                    "SaferOutcomes",
                    "Lead {open} is open with your work on it: save it first. Lead {saved} can "
                    "no longer be undone from here.",
                ).format(open=current.lead_id, saved=last.receipt.lead_id),
                error=True,
                topic="undo",
            )
            return
        release_id = current.lead_id if current is not None else None
        workspace, queue, actor = self._services.workspace, self._services.queue, self._actor
        attempt_id = last.receipt.attempt_id

        def work() -> WorkItem:
            item = workspace.undo_outcome(actor, attempt_id)
            if release_id is not None:
                queue.release(actor, release_id, "given back to undo the previous outcome")
            return item

        def done(item: WorkItem) -> None:
            self._undoing = False
            self.offer.withdraw()
            if release_id is not None:
                self._drafts.delete(release_id)
            area.routing.close_step()
            script = self._library.script(item)
            # A fresh request id: the undone save's id stays spent.
            draft = {**last.draft, "request_id": str(uuid.uuid4()), "version": item.lead.version}
            self._reopen(
                LeadSession.from_draft(item, script, known(draft, script)),
                QCoreApplication.translate(
                    "SaferOutcomes",
                    "Outcome undone: lead {lead} is yours again, as it was before saving.",
                ).format(lead=item.lead.id),
            )

        def failed(exc: Exception) -> None:
            self._undoing = False
            self.offer.withdraw()
            message = QCoreApplication.translate("SaferOutcomes", "Could not undo: {problem}")
            message = message.format(problem=problem_text(exc))
            area.banner.show_message(message, error=True, topic="undo")
            area.status.setText(message)  # not "Undoing…" any longer

        # A problem with an earlier undo is not this one's.
        area.banner.clear("undo")
        self._undoing = True
        area.status.setText(
            QCoreApplication.translate(
                "SaferOutcomes", "Undoing the outcome of lead {lead_id}…"
            ).format(lead_id=last.receipt.lead_id)
        )
        self._calls.submit(work, done, failed)
