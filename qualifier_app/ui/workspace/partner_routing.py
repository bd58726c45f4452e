"""After a sales-ready outcome: propose a partner, and send the lead to it when the rep
confirms, or to another partner the rep chooses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from qualifier_app.domain.errors import Conflict
from qualifier_app.services.partners.dto import HandoffSummary, RoutingProposal
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text
from qualifier_app.ui.workspace.view import WorkspaceView


class PartnerRouting:
    def __init__(
        self,
        context: AreaContext,
        view: WorkspaceView,
        calls: ServiceCalls,
        *,
        done: Callable[[], None],
    ) -> None:
        self._context = context
        self._view = view
        self._calls = calls
        self._done = done
        view.routing.confirmed.connect(self.confirm)
        view.routing.postponed.connect(done)
        view.routing.choose_other.connect(self.choose_other)

    def propose(self, lead_id: int, note: str = "") -> None:
        """Show the partner proposed now; `note` under it (why it is shown again)."""
        routing, actor = self._context.services.routing, self._context.signed_in.actor

        def show(proposal: RoutingProposal) -> None:
            self._view.routing.show_proposal(lead_id, proposal)
            if note:
                self._view.routing.show_problem(note)

        def failed(exc: Exception) -> None:
            self._view.status.setText(
                QCoreApplication.translate(
                    "PartnerRouting",
                    "Lead {lead_id} is ready for a partner; no proposal: {problem_text}",
                ).format(lead_id=lead_id, problem_text=problem_text(exc))
            )
            self._done()

        self._calls.call(
            lambda: routing.propose(actor, lead_id),
            show,
            failed,
            doing=QCoreApplication.translate("PartnerRouting", "proposing a partner"),
        )

    def confirm(self) -> None:
        step = self._view.routing
        lead_id, request_id = step.lead_id, step.request_id
        proposed = step.proposed_partner_id
        if lead_id is None:
            return
        routing, actor = self._context.services.routing, self._context.signed_in.actor
        step.confirm_button.setEnabled(False)

        def routed(handoff: HandoffSummary) -> None:
            self.handed_off(handoff)

        def refused(exc: Exception) -> None:
            if isinstance(exc, Conflict):  # another partner is proposed now: show it
                self.propose(lead_id, problem_text(exc))
            else:
                step.show_problem(problem_text(exc))

        self._calls.call(
            lambda: routing.route(actor, lead_id, request_id=request_id, proposed=proposed),
            routed,
            refused,
            doing=QCoreApplication.translate("PartnerRouting", "sending the lead to the partner"),
        )

    def choose_other(self) -> None:
        lead_id = self._view.routing.lead_id
        if lead_id is None:
            return
        dialog = PartnerChoiceDialog(self._context, lead_id, self._view)
        dialog.handed_off.connect(self.handed_off)
        dialog.open()

    def handed_off(self, handoff: HandoffSummary) -> None:
        self._view.status.setText(
            QCoreApplication.translate(
                "PartnerRouting", "Lead {lead_id} handed to {partner} ({status_text})."
            ).format(
                lead_id=handoff.lead_id, partner=handoff.partner, status_text=handoff.status_text
            )
        )
        self._done()
