"""The prospect's local time as a live clock, whether calling is allowed now, and the call
timer. Time comes from the application's clock, so tests control it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.calling_hours import window_state
from qualifier_app.services.queue.dto import ClaimedLead
from qualifier_app.ui.shell import i18n

# Lines of local times the clock shows at most.
ZONE_LINES = 3


WORD_JOINER = "\u2060"


class LocalClock(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.times = QLabel()
        self.times.setObjectName("clock")
        self.times.setAccessibleName(self.tr("Prospect's local time"))
        self.window_label = QLabel()
        self.window_label.setObjectName("windowClosed")
        self.window_label.setWordWrap(True)
        self.window_label.setAccessibleName(self.tr("Calling window"))
        self.own = QLabel()
        self.own.setObjectName("subtitle")
        self.own.setAccessibleName(self.tr("Your own time"))
        self.timer = QLabel()
        self.timer.setObjectName("callTimer")
        self.timer.setAccessibleName(self.tr("Call timer"))
        # A compact strip above the script: local time and calling window on the left, the
        # call timer and the rep's own time on the right. Texts wrap in place.
        for label in (self.times, self.window_label):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.window_label.setMinimumWidth(120)
        self.own.setMinimumWidth(self.own.fontMetrics().horizontalAdvance("Your time 00:00 CEST"))
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.times, 0, 0)
        layout.addWidget(self.timer, 0, 1)
        layout.addWidget(self.window_label, 1, 0)
        layout.addWidget(self.own, 1, 1)
        layout.setColumnStretch(0, 1)
        self.lead: ClaimedLead | None = None
        self.call_started: datetime | None = None
        self.is_open = False
        self.clear()

    def clear(self) -> None:
        self.lead = None
        self.call_started = None
        self.times.setText("--:--")
        self.window_label.setText(self.tr("No lead open"))
        self.own.setText("")
        self.timer.setText(self.tr("Call 00:00"))

    def set_lead(self, lead: ClaimedLead, call_started: datetime | None) -> None:
        """`call_started`: when the rep dialled; None before dialling (the timer waits)."""
        self.lead = lead
        self.call_started = call_started
        self.timer.setText(self.tr("Not dialled"))

    def restart_timer(self, now: datetime) -> None:
        self.call_started = now

    def start_call(self, now: datetime) -> None:
        self.call_started = now
        self.timer.setText(self.tr("On call 00:00"))

    def show_call_ended(self, seconds: int) -> None:
        """Hung up: the timer stops and shows the talk time."""
        self.call_started = None
        minutes, seconds = divmod(seconds, 60)
        self.timer.setText(self.tr("Talked {m:02d}:{s:02d}").format(m=minutes, s=seconds))

    def _lines(self, zones: Sequence[str], now: datetime) -> list[str]:
        """A line for each local time the lead may be in; past ZONE_LINES, the earliest and
        the latest (a lead anywhere in the US listed 29 zones, down past the window's end)."""
        times = cw.local_times_by_offset(zones, now)
        lines = [self._line(local, names) for local, names in times]
        if len(lines) <= ZONE_LINES:
            return lines
        between = sum(len(names) for _, names in times[1:-1])
        more = self.tr("… {count} more time zones in between").format(count=between)
        return [lines[0], more, lines[-1]]

    def _line(self, local: datetime, names: Sequence[str]) -> str:
        # Joined after its slash, a zone's name wraps whole ("America/" then "New_York" read
        # as two things), the line before it.
        zone = names[0].replace("/", "/" + WORD_JOINER)
        line = f"{i18n.weekday_time(local)} {local.tzname()} — {zone}"
        if len(names) > 1:
            line += " " + self.tr("and {count} more").format(count=len(names) - 1)
        return line

    def tick(self, now: datetime) -> None:
        lead = self.lead
        if lead is None:
            return
        zones = lead.time_zones
        self.times.setText("\n".join(self._lines(zones, now)) or self.tr("time zone unknown"))
        try:
            window = cw.CallingWindow.parse(lead.calling_window)
        except ValueError:
            window = cw.DEFAULT_WINDOW
        self.is_open, text = window_state(zones, window, now)
        self.window_label.setText(i18n.translated(text))
        name = "windowOpen" if self.is_open else "windowClosed"
        if self.window_label.objectName() != name:
            self.window_label.setObjectName(name)
            self.window_label.style().unpolish(self.window_label)
            self.window_label.style().polish(self.window_label)
        mine = now.astimezone()
        self.own.setText(
            self.tr("Your time {time} {zone}").format(
                time=i18n.time_of_day(mine), zone=mine.tzname()
            )
        )
        if self.call_started is not None:
            seconds = max(0, int((now - self.call_started).total_seconds()))
            minutes, seconds = divmod(seconds, 60)
            self.timer.setText(self.tr("On call {m:02d}:{s:02d}").format(m=minutes, s=seconds))
