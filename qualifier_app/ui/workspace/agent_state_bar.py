"""The rep's agent state on the workspace's status line: Ready, After-call work, Break,
Lunch, Training or Meeting, with a reason where one helps and the time in the state; a team
lead's pause shows as such. By keyboard: Ctrl+Shift+A reaches the state box, the arrows
choose and Enter sets it; an away state first asks for its reason (Enter sets it; an empty
reason is fine). Arrowing through the box changes nothing until Enter, and a choice left
unset when the focus leaves the bar goes back to the state the rep is in."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
)

from qualifier_app.services.workspace.agent_states import (
    REASON_MAX,
    AgentStateKind,
    AgentStatus,
)
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.widgets.hinted_line import HintedLineEdit

# Away states say why; Ready and after-call work speak for themselves.
WITHOUT_REASON = (AgentStateKind.READY, AgentStateKind.AFTER_CALL_WORK)


def clock_text(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class AgentStateBar(QFrame):
    chosen = Signal(str, str)  # state, reason

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("My state"))
        for kind in AgentStateKind:
            self.state.addItem(i18n.translated(kind.label), kind.value)
        self.reason = HintedLineEdit(self.tr("Reason, then Enter"), least="M" * 12)
        self.reason.setAccessibleName(self.tr("Reason for the state"))
        self.reason.setMaxLength(REASON_MAX)
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.setAccessibleName(self.tr("Set my state"))
        self.time = QLabel()
        self.time.setObjectName("callTimer")
        self.time.setAccessibleName(self.tr("Time in state"))
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("0:00:00"))
        self.notice = QLabel()
        self.notice.setObjectName("fieldError")
        self.notice.setAccessibleName(self.tr("State notice"))
        # Takes the room the status line leaves; never widens the window.
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.reason)
        layout.addWidget(self.set_button)
        layout.addWidget(self.time)
        layout.addWidget(self.notice, 1)
        self.status: AgentStatus | None = None
        self._shown_at: datetime | None = None  # this workstation's time when `status` came
        self.state.installEventFilter(self)
        self.reason.returnPressed.connect(self._reason_entered)
        self.set_button.clicked.connect(self._reason_entered)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def kind(self) -> AgentStateKind:
        return AgentStateKind(self.state.currentData())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.state
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            self._picked()
            return True
        return super().eventFilter(watched, event)

    def _picked(self) -> None:
        kind = self.kind()
        if kind in WITHOUT_REASON:
            self.reason.clear()
            self.chosen.emit(kind.value, "")
        else:
            self.reason.clear()
            self.reason.setFocus()

    def _focus_moved(self, old: QObject | None, new: QObject | None) -> None:
        """A state picked but not set (a stray key in the box, a reason never entered) would
        stay on show as if it were the rep's: once the focus leaves the bar, the box and the
        reason show the state the rep is in again."""
        if self._inside(old) and not self._inside(new) and self.status is not None:
            self.state.setCurrentIndex(self.state.findData(self.status.state.value))
            self.reason.setText(self.status.reason)

    def _inside(self, widget: QObject | None) -> bool:
        """In the bar, its box's list of states included (a popup window of its own)."""
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parent()
        return False

    def _reason_entered(self) -> None:
        kind = self.kind()
        self.chosen.emit(kind.value, "" if kind in WITHOUT_REASON else self.reason.text())

    def show_status(self, status: AgentStatus, now: datetime) -> None:
        self.status = status
        self._shown_at = now
        self.state.setCurrentIndex(self.state.findData(status.state.value))
        if not self.reason.hasFocus():
            self.reason.setText(status.reason)
        if status.paused:
            self.show_notice(self.tr("Paused by your team lead: no leads until resumed"))
        else:
            self.notice.hide()
        self.tick(now)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def time_in_state(self, now: datetime) -> timedelta | None:
        if self.status is None or self._shown_at is None:
            return None
        return self.status.time_in_state(self.status.at + (now - self._shown_at))

    def tick(self, now: datetime) -> None:
        in_state = self.time_in_state(now)
        if self.status is None or in_state is None:
            self.time.setText("")
            return
        if self.status.paused:
            self.time.setText(self.tr("Paused"))
            return
        self.time.setText(clock_text(in_state))

    def after_call_work_over(self, now: datetime) -> bool:
        status = self.status
        if status is None or status.ends_at is None or self._shown_at is None:
            return False
        return status.at + (now - self._shown_at) >= status.ends_at
