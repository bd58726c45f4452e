"""After a sales-ready outcome: the proposed partner, and the rep's confirmation.

This step appears only when the application has partner routing (`services.routing`, with
`propose(actor, lead_id)` and `route(actor, lead_id, partner_id=None, override_reason="",
request_id=...)`). Without it, a sales-ready lead simply waits as "ready for partner".
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


def describe(proposal: Any) -> tuple[str, str]:
    """(partner name, why) from the routing service's proposal."""
    name = next(
        (
            str(getattr(proposal, attr))
            for attr in ("partner_name", "name", "partner")
            if getattr(proposal, attr, None)
        ),
        str(proposal),
    )
    return name, str(getattr(proposal, "why", "") or "")


class RoutingStep(QFrame):
    confirmed = Signal()
    postponed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.heading = QLabel("Proposed partner")
        self.heading.setObjectName("sectionTitle")
        self.partner = QLabel()
        self.partner.setObjectName("title")
        self.partner.setAccessibleName("Proposed partner")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setAccessibleName("Why this partner")
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.confirm_button = QPushButton("&Confirm and send  (Ctrl+Enter)")
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setAccessibleName("Confirm the proposed partner")
        self.later_button = QPushButton("&Later")
        self.later_button.setAccessibleName("Leave the lead ready for a partner")
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch()
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.partner)
        layout.addWidget(self.why)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self.confirmed)
        self.later_button.clicked.connect(self.postponed)
        self.lead_id: int | None = None
        self.request_id = ""
        self.hide()

    def show_proposal(self, lead_id: int, proposal: Any) -> None:
        self.lead_id = lead_id
        # One request id per proposal shown, so a resent confirmation routes once.
        self.request_id = str(uuid.uuid4())
        name, why = describe(proposal)
        self.partner.setText(name)
        self.why.setText(why or "")
        self.problem.hide()
        self.confirm_button.setEnabled(True)
        self.show()
        self.confirm_button.setFocus()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.confirm_button.setEnabled(True)

    def close_step(self) -> None:
        self.lead_id = None
        self.hide()
