"""The call bar and my callbacks: Next lead, leads eligible now and my figures today in one
strip above the call; my callbacks in a list the view places under the lead card."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.calling_hours import duration_text
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.services.workspace.dto import RepDay
from qualifier_app.services.workspace.rep_day import ELIGIBLE_CAP
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.figures import figure_card


class QueuePanel(QFrame):
    CAPTIONS = (
        QT_TRANSLATE_NOOP("Figures", "Eligible now"),
        QT_TRANSLATE_NOOP("Figures", "Attempts today"),
        QT_TRANSLATE_NOOP("Figures", "Contacts today"),
        QT_TRANSLATE_NOOP("Figures", "Qualified today"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.next_button = QPushButton(self.tr("&Next lead  (Ctrl+N)"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(self.tr("Next lead"))
        self.status = QLabel("")
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Queue status"))
        self.status.setMinimumWidth(160)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.figures: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        for caption in self.CAPTIONS:
            card, value = figure_card(caption, compact=True)
            self.figures[caption] = value
            layout.addWidget(card)
        layout.addWidget(self.status, 1)
        self._strip = layout
        # Placed by the view under the lead card.
        self.callbacks_box = QWidget()
        callbacks_title = QLabel(self.tr("My callbacks"))
        callbacks_title.setObjectName("sectionTitle")
        self.callbacks = QListWidget()
        self.callbacks.setAccessibleName(self.tr("My callbacks"))
        self.callbacks.setMinimumHeight(80)
        # A long company and name wrap in the column, not past it behind a scroll bar.
        self.callbacks.setWordWrap(True)
        self.callbacks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.callbacks.setResizeMode(QListWidget.ResizeMode.Adjust)
        column = QVBoxLayout(self.callbacks_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(callbacks_title)
        column.addWidget(self.callbacks, 1)

    def add_call_buttons(self, call: QWidget, hang_up: QWidget, notice: QWidget) -> None:
        """Call and Hang up, right after Next lead, and why a call cannot be made beside."""
        self._strip.insertWidget(1, call, 0, Qt.AlignmentFlag.AlignTop)
        self._strip.insertWidget(2, hang_up, 0, Qt.AlignmentFlag.AlignTop)
        self._strip.insertWidget(3, notice, 0, Qt.AlignmentFlag.AlignTop)

    def show_day(self, day: RepDay, now: datetime) -> None:
        values = (day.eligible_now, day.attempts, day.contacts, day.qualified)
        for caption, value in zip(self.CAPTIONS, values, strict=True):
            self.figures[caption].setText(i18n.number(value))
        eligible = i18n.number(day.eligible_now) + ("+" if day.eligible_now >= ELIGIBLE_CAP else "")
        self.figures["Eligible now"].setText(eligible)
        self.callbacks.clear()
        for callback in day.callbacks:
            at = callback.at.astimezone()
            due = self.tr("DUE · ") if callback.due else ""
            self.callbacks.addItem(
                f"{due}{i18n.weekday_time(at, now)} · {callback.company} — {callback.contact_name}"
            )
        if not day.callbacks:
            self.callbacks.addItem(self.tr("No callbacks for you"))
        if day.eligible_now >= ELIGIBLE_CAP:
            self.status.setText(
                self.tr("{eligible} leads eligible for you now").format(eligible=eligible)
            )
        elif day.eligible_now:
            self.status.setText(
                i18n.plural(
                    day.eligible_now,
                    QT_TRANSLATE_NOOP("Counts", "{n} lead eligible for you now"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads eligible for you now"),
                )
            )
        elif day.next_eligible_at is not None:
            self.status.setText(
                self.tr(
                    "Nothing eligible now; the next lead becomes eligible at {when} your time"
                ).format(when=i18n.weekday_time(day.next_eligible_at.astimezone()))
            )
        elif any(held.leads for held in day.blocked):
            # Waiting, but held back with no time to wait for (a call cap, a stale registry).
            self.status.setText(self.tr("Nothing eligible now"))
        elif day.works_no_queue is not None:
            self.status.setText(sentence(day.works_no_queue))
        else:
            self.status.setText(self.tr("Nothing is waiting in your queues"))
        self._show_blocked(day)

    def _show_blocked(self, day: RepDay) -> None:
        """Why leads of the rep's queues are held back now (a stale registry, a place's
        rule), and how many: the first reason in the strip, all of them on hover."""
        lines = [i18n.translated(held.line) for held in day.blocked]
        self.status.setToolTip("\n".join(lines))
        if lines:
            more = self.tr(" (+%n more)", "", len(lines) - 1) if len(lines) > 1 else ""
            held_back = self.tr("Held back: ")
            self.status.setText(f"{self.status.text()}\n{held_back}{lines[0]}{more}")


def sentence(said: str) -> str:
    """A service's message, translated, as a sentence of its own."""
    text = i18n.translated(said)
    return text[:1].upper() + text[1:] + "."


def nothing_eligible_text(exc: NothingEligible, now: datetime) -> str:
    at = exc.next_eligible_at
    if at is None:
        return sentence(exc.message)
    local = at.astimezone()
    wait = duration_text((at - now).total_seconds())
    return QCoreApplication.translate(
        "WorkspaceArea",
        "No lead is eligible now. The next one becomes eligible at {when} your time (in {wait}).",
    ).format(when=i18n.weekday_time(local), wait=wait)
