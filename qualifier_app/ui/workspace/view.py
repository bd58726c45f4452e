"""The Workspace's layout: the queue on the left, the lead card, local clock and script in
the centre, the outcome and the partner step on the right; a banner above, a status line
below. What the widgets do when the rep acts is the controller's (`area.py`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.clock import LocalClock
from qualifier_app.ui.workspace.lead_card import LeadCard
from qualifier_app.ui.workspace.outcome_panel import OutcomePanel
from qualifier_app.ui.workspace.queue_panel import QueuePanel
from qualifier_app.ui.workspace.routing_step import RoutingStep
from qualifier_app.ui.workspace.script_view import ScriptView
from qualifier_app.ui.workspace.session import LeadSession


class WorkspaceView(QWidget):
    def __init__(
        self,
        *,
        check_contact: Callable[[str, str], None],
        today: Callable[[], date],
        now: Callable[[], datetime],
    ) -> None:
        super().__init__()
        self.banner = Banner()
        self.queue_panel = QueuePanel()
        self.card = LeadCard(check_contact)
        self.clock = LocalClock()
        self.script = ScriptView(today)
        self.outcome = OutcomePanel(now)
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
        self.undo_button = QPushButton()
        self.undo_button.setAccessibleName("Undo last outcome")

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
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)

    def show_claiming(self, claiming: bool) -> None:
        self.progress.setVisible(claiming)
        self.queue_panel.next_button.setEnabled(not claiming)

    def show_nothing_eligible(self, text: str) -> None:
        self.card.company.setText("No lead is eligible now")
        self.card.contact.setText(text)
        self.status.setText(text)
        self.banner.show_message(text, topic="empty")

    def load_lead(
        self,
        session: LeadSession,
        values: dict[str, str],
        *,
        started_at: datetime,
        now: datetime,
        assessment: bant.Assessment | None,
    ) -> None:
        self.card.load(session)
        self.clock.set_lead(session.item.lead, started_at)
        self.clock.tick(now)
        self.script.load(session, values)
        self.outcome.load(session, assessment)
        self.routing.close_step()

    def clear_lead(self) -> None:
        self.card.clear()
        self.clock.clear()
        self.script.clear()
        self.outcome.clear()

    def show_problem(self, field: str, message: str) -> None:
        """Next to the field it is about; in the banner when no field on screen is."""
        shown = self.outcome.show_problem(field, message) or self.script.show_problem(
            field, message
        )
        if not shown and field in {"phone", "email"}:
            target = self.card.field(field)
            if target is not None:
                target.show_problem(message)
                shown = True
        if not shown:
            self.banner.show_message(message, error=True, topic="problem")
        self.status.setText(message)
