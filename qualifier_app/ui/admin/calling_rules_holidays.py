"""The holidays of one place in the calling rules editor: the dates that block calling
there, added and removed by administrators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.admin.calling_rules import HolidayView
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    fill_table,
    make_table,
    message_of,
    takes_the_rest,
)

HOLIDAY_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Date"), QT_TRANSLATE_NOOP("Columns", "Holiday"))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            QCoreApplication.translate(
                "CallingRulesHolidays", "{value} is not a date like 2026-12-25"
            ).format(
                value=text.strip() or QCoreApplication.translate("CallingRulesHolidays", "nothing")
            ),
            "on",
        ) from None


class HolidaysPanel(QWidget):
    def __init__(self, context: AreaContext, may_change: bool, changed: Callable[[], None]) -> None:
        super().__init__()
        self._changed = changed  # the rules list counts each place's holidays
        self._context = context
        self._actor = context.signed_in.actor
        self._place: str | None = None
        self._holidays: tuple[HolidayView, ...] = ()
        self.table = make_table(HOLIDAY_COLUMNS, self.tr("Holidays"))
        self.status = QLabel(self.tr("Choose a rule to see its holidays"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        self.on = QLineEdit()
        self.on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional, e.g. Christmas Day"))
        self.adding = EditorForm(
            self.tr("Holidays: no calls on these dates"), self.tr("&Add holiday")
        )
        form = self.adding.build(
            [("on", self.tr("&Date"), self.on), ("name", self.tr("Holiday na&me"), self.name)]
        )
        self.remove_button = QPushButton(self.tr("Remo&ve holiday"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(form)
        box.addWidget(takes_the_rest(self.table, rows=1), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.remove_button)
        box.addLayout(bottom)
        self.adding.save_button.clicked.connect(self.add)
        self.on.returnPressed.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        for widget in (self.on, self.name, self.adding.save_button, self.remove_button):
            widget.setEnabled(may_change)
        self._may_change = may_change

    def show_place(self, place: str | None) -> None:
        self._place = place
        self.adding.reset()
        if place is None:
            fill_table(self.table, [])
            self.status.setText(self.tr("Choose a rule to see its holidays"))
            return
        self.adding.heading.setText(
            self.tr("Holidays of {value}").format(value=place or self.tr("every place (default)"))
        )
        self.reload()

    def reload(self) -> None:
        if self._place is None:
            return
        service, actor, place = self._context.services.calling_rules, self._actor, self._place
        self._context.workers.submit(
            lambda: (place, service.holidays(actor, place)), self._listed, self._failed
        )

    def _listed(self, found: tuple[str, tuple[HolidayView, ...]]) -> None:
        place, holidays = found
        if place != self._place:
            return  # another place chosen since
        self._holidays = holidays
        fill_table(self.table, [[i18n.day(h.on), h.name] for h in holidays])
        counted = i18n.plural(
            len(holidays),
            QT_TRANSLATE_NOOP("Counts", "{n} holiday"),
            QT_TRANSLATE_NOOP("Counts", "{n} holidays"),
        )
        if holidays:
            # Holidays are dated rows: a year after the last one listed may hold any of them,
            # so the claim holds the place's leads back then (domain/calling_rules.py).
            last = max(h.on for h in holidays).year
            counted += " · " + self.tr(
                "listed through {year}: from {day} this place's leads wait until that "
                "year's holidays are added"
            ).format(year=last, day=i18n.day(date(last + 1, 1, 1)))
        self.status.setText(counted)
        self.status.setToolTip(counted)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def add(self) -> None:
        self.adding.reset()
        if self._place is None or not self._may_change:
            return
        try:
            on = _day(self.on.text())
        except InvalidInput as exc:
            self.adding.failed(exc)
            return
        service, actor, place, name = (
            self._context.services.calling_rules,
            self._actor,
            self._place,
            self.name.text(),
        )
        self.adding.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.add_holiday(actor, place, on, name), self._added, self.adding.failed
        )

    def _added(self, _: None) -> None:
        self.adding.save_button.setEnabled(True)
        self.on.clear()
        self.name.clear()
        self.on.setFocus()
        self.reload()
        self._changed()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()  # the row the keyboard is on
        if self._place is None or not 0 <= row < len(self._holidays) or not self._may_change:
            return
        chosen = self._holidays[row]
        service, actor = self._context.services.calling_rules, self._actor
        self._context.workers.submit(
            lambda: service.remove_holiday(actor, chosen.place, chosen.on),
            self._removed,
            self._failed,
        )

    def _removed(self, _: None) -> None:
        self.reload()
        self._changed()
