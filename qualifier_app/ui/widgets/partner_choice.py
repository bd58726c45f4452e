"""Handing a sales-ready lead to a partner: the proposal, why, and a reasoned override.

The rep workspace opens this when a rep marks a lead sales-ready; the Partners area opens it
for leads that are still waiting.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.services.partners.dto import HandoffSummary, PartnerChoice, RoutingProposal
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.area import AreaContext


class PartnerChoiceDialog(QDialog):
    handed_off = Signal(HandoffSummary)

    def __init__(self, context: AreaContext, lead_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lead_id = lead_id
        # One request id per dialog: pressing "Hand off" again after a dropped connection
        # finds the handoff already made instead of making a second one.
        self._request_id = str(uuid.uuid4())
        self._proposal: RoutingProposal | None = None
        self.setWindowTitle(self.tr("Hand off lead {lead_id}").format(lead_id=lead_id))
        self.setMinimumWidth(620)

        self.heading = QLabel(self.tr("Finding the best partner…"))
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Eligible partners"))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why this partner"))
        self.why.setObjectName("banner")
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for another partner"))
        self.reason.setPlaceholderText(self.tr("Why not the proposed partner? (required)"))
        self.reason.setEnabled(False)
        self.reason_error = QLabel()
        self.reason_error.setObjectName("fieldError")
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        self.problem = QLabel()
        self.problem.setObjectName("bannerError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.hand_off = QPushButton(self.tr("&Hand off"))
        self.hand_off.setDefault(True)
        self.hand_off.setEnabled(False)
        self._lay_out()
        self.choices.currentRowChanged.connect(self._chosen)
        self.hand_off.clicked.connect(self.submit)
        # Ctrl+Enter hands off here as it saves the outcome that opened this dialog.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self._propose()

    def _propose(self, note: str = "") -> None:
        """Ask for the partners eligible now; `note` says why they are shown again."""
        self._proposal = None
        self.choices.clear()
        self.hand_off.setEnabled(False)
        routing, actor, lead_id = (
            self._context.services.routing,
            self._context.signed_in.actor,
            self._lead_id,
        )

        def show(proposal: RoutingProposal) -> None:
            self._show(proposal)
            if note:
                self.problem.setText(note)
                self.problem.show()

        self._context.workers.submit(lambda: routing.propose(actor, lead_id), show, self._failed)

    def _lay_out(self) -> None:
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.choices)
        layout.addWidget(self.why)
        reason_label = QLabel(self.tr("&Reason for choosing another partner"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.hand_off)
        layout.addLayout(buttons)

    def _candidates(self) -> list[PartnerChoice]:
        if self._proposal is None or self._proposal.proposed is None:
            return []
        return [self._proposal.proposed, *self._proposal.alternatives]

    def _show(self, proposal: RoutingProposal) -> None:
        self._proposal = proposal
        if proposal.proposed is None:
            self.heading.setText(
                self.tr("No partner can take {value} now").format(
                    value=proposal.company or self.tr("this lead")
                )
            )
            self.why.setText(i18n.translated(proposal.explanation))
            return
        for choice in self._candidates():
            label = (
                self.tr("{rank}. {name} — proposed")
                if choice.rank == 1
                else self.tr("{rank}. {name}")
            ).format(rank=choice.rank, name=choice.name)
            self.choices.addItem(QListWidgetItem(label))
        self.choices.setCurrentRow(0)
        self.hand_off.setEnabled(True)
        self.choices.setFocus()

    def _chosen(self, row: int) -> None:
        candidates = self._candidates()
        if not 0 <= row < len(candidates):
            return
        choice = candidates[row]
        company = self._proposal.company if self._proposal is not None else None
        self.heading.setText(
            self.tr("{value} goes to {name}").format(
                value=company or self.tr("This lead"), name=choice.name
            )
        )
        self.why.setText(i18n.translated(choice.why))
        overriding = row > 0
        self.reason.setEnabled(overriding)
        if not overriding:
            self.reason.clear()
            self._reason_problem("")

    def _reason_problem(self, message: str) -> None:
        self.reason_error.setText(message)
        self.reason_error.setVisible(bool(message))
        style.set_invalid(self.reason, bool(message))

    def submit(self) -> None:
        candidates = self._candidates()
        row = self.choices.currentRow()
        if not candidates or not 0 <= row < len(candidates) or not self.hand_off.isEnabled():
            return
        choice = candidates[row]
        reason = self.reason.text().strip()
        if row > 0 and not reason:
            self._reason_problem(
                self.tr("Say why {chosen} instead of {first}.").format(
                    chosen=choice.name, first=candidates[0].name
                )
            )
            self.reason.setFocus()
            return
        self._reason_problem("")
        self.problem.hide()
        self.hand_off.setEnabled(False)
        self.hand_off.setText(self.tr("Handing off…"))
        routing, actor = self._context.services.routing, self._context.signed_in.actor
        lead_id, request_id = self._lead_id, self._request_id
        # The proposed partner goes as "the one proposed now, if still this one": when a handoff
        # elsewhere moved the rotation meanwhile, the lead goes nowhere the rep did not see.
        partner_id, proposed = (None, choice.partner_id) if row == 0 else (choice.partner_id, None)
        self._context.workers.submit(
            lambda: routing.route(
                actor,
                lead_id,
                partner_id=partner_id,
                override_reason=reason,
                request_id=request_id,
                proposed=proposed,
            ),
            self._done,
            self._failed,
        )

    def _done(self, handoff: HandoffSummary) -> None:
        self.handed_off.emit(handoff)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.hand_off.setText(self.tr("&Hand off"))
        self.hand_off.setEnabled(self._proposal is not None and self._proposal.proposed is not None)
        message = i18n.problem_text(exc)
        if isinstance(exc, Conflict) and self._proposal is not None:
            self._propose(message)  # another partner is proposed now: show who and why
            return
        if isinstance(exc, InvalidInput) and exc.field == "override_reason":
            self._reason_problem(message)
            return
        self.problem.setText(message)
        self.problem.show()
