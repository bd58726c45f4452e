"""After a sales-ready outcome: the proposed partner, why, and the rep's confirmation.

The rep confirms the proposal (Ctrl+Enter), picks another eligible partner with a reason
(the partner choice dialog), or leaves the lead "ready for partner" for later routing.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from qualifier_app.services.partners.dto import RoutingProposal
from qualifier_app.ui.shell import i18n


class RoutingStep(QFrame):
    confirmed = Signal()
    postponed = Signal()
    choose_other = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.heading = QLabel(self.tr("Proposed partner"))
        self.heading.setObjectName("sectionTitle")
        self.partner = QLabel()
        self.partner.setObjectName("title")
        self.partner.setAccessibleName(self.tr("Proposed partner"))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why this partner"))
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.confirm_button = QPushButton(self.tr("&Confirm and send  (Ctrl+Enter)"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setAccessibleName(self.tr("Confirm the proposed partner"))
        self.other_button = QPushButton(self.tr("Choose an&other…"))
        self.other_button.setAccessibleName(self.tr("Choose another partner, with a reason"))
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setAccessibleName(self.tr("Leave the lead ready for a partner"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch()
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.partner)
        layout.addWidget(self.why)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self.confirmed)
        self.other_button.clicked.connect(self.choose_other)
        self.later_button.clicked.connect(self.postponed)
        self.lead_id: int | None = None
        self.request_id = ""
        self.proposed_partner_id: int | None = None
        self.hide()

    def show_proposal(self, lead_id: int, proposal: RoutingProposal) -> None:
        self.lead_id = lead_id
        # One request id per proposal shown, so a resent confirmation routes once.
        self.request_id = str(uuid.uuid4())
        eligible = proposal.proposed is not None
        # Confirm sends the lead to this partner, or to none (the proposal changed meanwhile).
        self.proposed_partner_id = proposal.proposed.partner_id if proposal.proposed else None
        if proposal.partner_refused:
            self.partner.setText(self.tr("Not for a partner: the prospect said no"))
        else:
            self.partner.setText(
                proposal.proposed.name
                if proposal.proposed
                else self.tr("No partner can take it now")
            )
        self.why.setText(i18n.translated(proposal.explanation))
        self.problem.hide()
        self.confirm_button.setEnabled(eligible)
        self.other_button.setEnabled(bool(proposal.alternatives))
        self.show()
        (self.confirm_button if eligible else self.later_button).setFocus()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.confirm_button.setEnabled(True)

    def close_step(self) -> None:
        self.lead_id = None
        self.hide()
