"""The Workspace's layout, for the call: the script the rep reads all call long in the
largest pane, in the centre, under the prospect's local time and the call timer; the lead
card (phone and e-mail first) and my callbacks on the left; the outcome and the partner step
on the right; the call bar (Next lead, my figures) and the banner above, a status line below.

The side columns are never narrower than their content needs (the phone and e-mail fields
show a whole number and address) and scroll when the window is short, to the focused widget;
texts wrap in place, so nothing reflows while the rep types and the window keeps the size the
user gave it.
What the widgets do when the rep acts is the controller's (`area.py`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.ui.widgets.scrolling import keep_focus_in_view
from qualifier_app.ui.workspace.agent_state_bar import AgentStateBar
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.clock import LocalClock
from qualifier_app.ui.workspace.lead_card import LeadCard
from qualifier_app.ui.workspace.outcome_panel import OutcomePanel
from qualifier_app.ui.workspace.queue_panel import QueuePanel
from qualifier_app.ui.workspace.routing_step import RoutingStep
from qualifier_app.ui.workspace.script_view import ScriptView
from qualifier_app.ui.workspace.session import LeadSession

SCRIPT_MIN_WIDTH = 320
# The script's width past which a wide screen's spare width is shared with the side columns,
# and the share each side column takes of it, in per cent.
SCRIPT_COMFORTABLE_WIDTH = 760
SIDE_SHARE = 25


class SideColumn(QScrollArea):
    """A side column that scrolls vertically when the window is short and is never narrower
    than its content's minimum width (no horizontal scrolling, nothing squeezed), also when
    its content grows: the partner step is wider than the outcome it appears under."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No Tab stop of its own (it was one, showing no focus): it scrolls to what has it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keep_focus_in_view(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A scroll area does not tell its parent when its content's needs change, so the
        # splitter would keep the column at the width it had before the content grew.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, hint.height())


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
        self.progress.setAccessibleName(self.tr("Taking the next lead"))
        self.progress.hide()
        self.status = QLabel("")
        self.status.setObjectName("subtitle")
        self.status.setAccessibleName(self.tr("Last result"))
        self.status.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setAccessibleName(self.tr("Undo last outcome"))

        left = SideColumn(self.card, self.queue_panel.callbacks_box)
        right = SideColumn(self.outcome, self.routing)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.clock)
        centre_layout.addWidget(self.script, 1)
        self.script.setMinimumWidth(SCRIPT_MIN_WIDTH)
        self.columns = self._three_columns(left, centre, right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.queue_panel)
        layout.addWidget(self.progress)
        layout.addWidget(self.columns, 1)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.status, 1)
        self.bottom.addWidget(self.undo_button)
        layout.addLayout(self.bottom)
        self._add_shift_widgets()
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._problem = ("", "")  # the field and problem the status line last showed
        for contact in (self.card.phone, self.card.email):
            contact.edited.connect(self._contact_edited)

    def _three_columns(self, left: QWidget, centre: QWidget, right: QWidget) -> QSplitter:
        columns = QSplitter()
        columns.setChildrenCollapsible(False)
        columns.addWidget(left)
        columns.addWidget(centre)
        columns.addWidget(right)
        # Extra width goes to the script; the side columns keep what their content needs.
        columns.setStretchFactor(0, 0)
        columns.setStretchFactor(1, 1)
        columns.setStretchFactor(2, 0)
        columns.setSizes([left.minimumSizeHint().width(), 10_000, right.minimumSizeHint().width()])
        # Until the rep drags a column's edge, a wide screen's spare width is shared.
        self._sides = (left, right)
        self._columns_by_hand = False
        columns.splitterMoved.connect(self._columns_moved)
        return columns

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self._columns_by_hand:
            self._share_spare_width()

    def _columns_moved(self) -> None:
        self._columns_by_hand = True

    def _share_spare_width(self) -> None:
        """The side columns at what their content needs plus a share of the width the script
        does not need to be read comfortably (none at 1280 pixels; at 1920, the card's and
        the callbacks' lines are not cut while the script's run 900 pixels long); the script
        has the rest."""
        needs = [side.minimumSizeHint().width() for side in self._sides]
        total = self.columns.width() - 2 * self.columns.handleWidth()
        share = max(0, total - sum(needs) - SCRIPT_COMFORTABLE_WIDTH) * SIDE_SHARE // 100
        sides = [need + share for need in needs]
        self.columns.setSizes([sides[0], max(SCRIPT_MIN_WIDTH, total - sum(sides)), sides[1]])

    def _add_shift_widgets(self) -> None:
        """Call and Hang up after Next lead; the agent state on the status line."""
        self.state_bar = AgentStateBar()
        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.setAccessibleName(self.tr("Call the lead"))
        self.call_button.setToolTip(self.tr("Call the lead's number (F11)"))
        self.hang_up_button = QPushButton(self.tr("Hang up"))
        self.hang_up_button.setAccessibleName(self.tr("Hang up"))
        self.hang_up_button.setToolTip(self.tr("Hang up: the call timer stops (F12)"))
        # Why the lead cannot be dialled now, beside the Call button; hidden while it can.
        self.dial_notice = QLabel()
        self.dial_notice.setObjectName("fieldError")
        self.dial_notice.setWordWrap(True)
        self.dial_notice.setMaximumWidth(320)
        self.dial_notice.setAccessibleName(self.tr("Why the lead cannot be called"))
        self.dial_notice.hide()
        self.queue_panel.add_call_buttons(self.call_button, self.hang_up_button, self.dial_notice)
        self.bottom.insertWidget(0, self.state_bar)

    def show_claiming(self, claiming: bool) -> None:
        self.progress.setVisible(claiming)
        self.queue_panel.next_button.setEnabled(not claiming)

    def show_nothing_eligible(self, text: str) -> None:
        self.card.company.setText(self.tr("No lead is eligible now"))
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
        self.clock.set_lead(session.item.lead, session.dialed_at if session.on_call else None)
        if session.talk_seconds is not None:
            self.clock.show_call_ended(session.talk_seconds)
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
        self._problem = (field, message)

    def _contact_edited(self, field: str, _value: object) -> None:
        """A phone or e-mail put right takes its problem off the status line and banner."""
        contact = self.card.field(field)
        if contact is None or not contact.problem.isHidden() or self._problem[0] != field:
            return
        if self.status.text() == self._problem[1]:
            self.status.setText("")
        self._problem = ("", "")
        self.banner.clear("problem")
