"""The callback's date and time, typed in one of the lead's time zones, named beside it.

The zone first chosen is the one the service proposes for the lead (its region's, the
center's own, else the one most of its zones' people live in); Alt+Z picks another of the
lead's zones, by the arrows or its first letters. Changing the zone keeps the moment and
shows it in the zone chosen. Below, the same moment in the rep's time and the lead's other
zones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import calling_window as cw
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.workspace.clock import ZONE_LINES
from qualifier_app.ui.workspace.session import LeadSession


def zone_caption(name: str, now: datetime) -> str:
    """ "New York (EST)": the place without its continent, by which the list is searched."""
    place = name.partition("/")[2] or name
    return f"{place.replace('_', ' ')} ({now.astimezone(cw.zone(name)).tzname()})"


class CallbackPicker(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Callback date and time in the prospect's time"))
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Time zone the callback time is in"))
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("in &zone"))
        label.setBuddy(self.zone)
        # The zone under the time, not beside it: the outcome column keeps its width.
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.zone, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.when)
        column.addLayout(row)
        self.setFocusProxy(self.when)

    def show_zones(self, zones: Sequence[str], chosen: str, now: datetime) -> None:
        """The lead's zones, by place name, with `chosen` (kept by a draft) among them."""
        names = sorted({*zones, chosen} - {""}, key=lambda name: zone_caption(name, now))
        self.zone.blockSignals(True)
        self.zone.clear()
        for name in names:
            self.zone.addItem(zone_caption(name, now), name)
            self.zone.setItemData(self.zone.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.zone.setCurrentIndex(max(0, self.zone.findData(chosen)))
        self.zone.blockSignals(False)

    def show_local(self, local: datetime) -> None:
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def local_text(self) -> str:
        return self.when.dateTime().toString("yyyy-MM-ddTHH:mm")

    def chosen_zone(self) -> str:
        return str(self.zone.currentData() or "")

    def summary(self, session: LeadSession, now: datetime) -> str:
        """The callback in the rep's time and the lead's other zones, or "" when unknown."""
        if not session.callback_zone:
            return ""
        try:
            at = session.callback_at()
        except ValueError:
            return ""
        if at is None:
            return ""
        others = cw.local_times_by_offset(
            [zone for zone in session.item.lead.time_zones if zone != session.callback_zone], at
        )
        mine = at.astimezone()
        text = self.tr("Prospect's time ({zone}) · your time {mine} {mine_zone}").format(
            zone=session.callback_zone,
            mine=i18n.weekday_time(mine, now),
            mine_zone=mine.tzname(),
        )
        times = [(i18n.time_of_day(local), names) for local, names in others]
        count = sum(len(names) for _, names in others)
        if 0 < count <= ZONE_LINES:
            named = [f"{time} {zone}" for time, names in times for zone in names]
            text += self.tr(" · also {times}").format(times=", ".join(named))
        elif count:
            # A lead anywhere in the US: its 28 other zones, named, filled the column.
            text += self.tr(" · also {count} other time zones, from {earliest} to {latest}").format(
                count=count,
                earliest=f"{times[0][0]} {times[0][1][0]}",
                latest=f"{times[-1][0]} {times[-1][1][0]}",
            )
        return text
