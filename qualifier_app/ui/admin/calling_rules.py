"""Calling rules (administrators change them, supervisors read them): the default rule and
the rules of countries and regions (window, days of the week, calls a day and a week per
number), the holidays that block calling in each, and the retry rules (calling_rules_retry). Stored
in the database, so every workstation calls by the same rules (each re-reads them within a
minute)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.calling_rules import ALL_DAYS, DAY_NAMES
from qualifier_app.domain.errors import Gathered, InvalidInput
from qualifier_app.domain.roles import Role
from qualifier_app.services.admin.calling_rules import (
    RULE_HEADERS,
    RuleDraft,
    RuleView,
    checked_rule,
)
from qualifier_app.ui.admin.calling_rules_holidays import HolidaysPanel
from qualifier_app.ui.admin.calling_rules_retry import RetryPanel
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.keys import make_action, native
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    chosen_after_reload,
    fill_table,
    make_table,
    message_of,
    scrolled,
    takes_the_rest,
)


def _cap(text: str, field: str) -> int | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise InvalidInput(
            QCoreApplication.translate(
                "CallingRules", "{cleaned!r} is not a whole number of calls (empty: no cap)"
            ).format(cleaned=cleaned),
            field,
        )
    return int(cleaned)


class CallingRulesArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._may_change = self._actor.role is Role.ADMIN
        self._rules: tuple[RuleView, ...] = ()
        self._editing: RuleView | None = None

        self.table = make_table(RULE_HEADERS, self.tr("Calling rules"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton(self.tr("&New rule"))
        self.remove_button = QPushButton(self.tr("Remove &rule"))
        self.retry = RetryPanel(context, self._may_change)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "A lead follows its region's rule, else its country's, else the default (place "
                "left empty; without one, the settings file's window). Windows are local time "
                "at the called party; workstations follow a change within a minute."
            )
            + ("" if self._may_change else " " + self.tr("Administrators change these rules."))
        )
        hint.setWordWrap(True)
        hint.setObjectName("subtitle")
        left_box.addWidget(hint)
        left_box.addWidget(takes_the_rest(self.table), 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.new_button)
        left_box.addLayout(buttons)
        left_box.addWidget(self.retry)

        self.holidays = HolidaysPanel(context, self._may_change, self.reload)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self._build_form())
        right_box.addWidget(self.holidays, 1)
        splitter = QSplitter()
        splitter.addWidget(scrolled(left))
        splitter.addWidget(scrolled(right))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove)
        self.save_button.clicked.connect(self.save)
        for field in (self.place, self.start, self.end, self.per_day, self.per_week):
            field.returnPressed.connect(self.save)
        save = make_action(self, "save")
        save.triggered.connect(self.save)
        self.addAction(save)
        self._lock_unless_admin()
        self.live = LiveList(self, context, self.reload)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Loaded when first shown: a tab nobody opens costs the database nothing.
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def _lock_unless_admin(self) -> None:
        """Supervisors read the rules: the form shows them but changes nothing."""
        for widget in (self.new_button, self.remove_button, self.save_button, self.reason):
            widget.setEnabled(self._may_change)
        for line in (self.place, self.start, self.end, self.per_day, self.per_week, self.source):
            line.setReadOnly(not self._may_change)
        for box in self.days:
            box.setEnabled(self._may_change)

    def _build_form(self) -> QWidget:
        self.editor = EditorForm(self.tr("New rule"), self.tr("Save rule"))
        self.save_button = self.editor.save_button
        self.save_button.setToolTip(native("Ctrl+S"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("US, US-FL, DE … (empty: the default)"))
        self.start = QLineEdit("08:00")
        self.start.setPlaceholderText(self.tr("HH:MM"))
        self.end = QLineEdit("21:00")
        self.end.setPlaceholderText(self.tr("HH:MM"))
        days = QWidget()
        days_box = QHBoxLayout(days)
        days_box.setContentsMargins(0, 0, 0, 0)
        # Qt's short day names in the person's language; ISO weekdays, Monday first.
        self.days = [
            QCheckBox(QLocale().dayName(day, QLocale.FormatType.ShortFormat))
            for day in range(1, len(DAY_NAMES) + 1)
        ]
        for day, box in enumerate(self.days, start=1):
            box.setAccessibleName(QLocale().dayName(day, QLocale.FormatType.LongFormat))
            box.setChecked(True)
            days_box.addWidget(box)
        self.per_day = QLineEdit()
        self.per_day.setPlaceholderText(self.tr("empty: no cap"))
        self.per_week = QLineEdit()
        self.per_week.setPlaceholderText(self.tr("empty: no cap"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("the law that sets these hours"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("optional: why (kept in the audit log)"))
        return self.editor.build(
            [
                ("place", self.tr("&Place"), self.place),
                ("start", self.tr("Window s&tart"), self.start),
                ("end", self.tr("Window &end"), self.end),
                ("weekdays", self.tr("Days"), days),
                ("calls_per_day", self.tr("&Calls a day"), self.per_day),
                ("calls_per_week", self.tr("Calls a &week"), self.per_week),
                ("source", self.tr("S&ource"), self.source),
                ("reason", self.tr("Wh&y"), self.reason),
            ]
        )

    def reload(self, select_place: str | None = None) -> None:
        asked_while = self._selected_place()
        service, actor = self._context.services.calling_rules, self._actor
        self._context.workers.submit(
            lambda: service.rules(actor),
            lambda rules: self._listed(rules, select_place, asked_while),
            self._failed,
        )
        self.retry.reload()

    def _listed(
        self, rules: tuple[RuleView, ...], select_place: str | None, asked_while: str | None
    ) -> None:
        keep = chosen_after_reload(select_place, asked_while, self._selected_place())
        self._rules = rules
        self.table.blockSignals(True)
        fill_table(self.table, [list(rule.cells()) for rule in rules])
        self.table.blockSignals(False)
        saved = next((r.label for r in rules if r.place == select_place), None)
        self.status.setText(
            i18n.plural(
                len(rules),
                QT_TRANSLATE_NOOP("Counts", "{n} rule"),
                QT_TRANSLATE_NOOP("Counts", "{n} rules"),
            )
            + (self.tr("; saved the rule of {place}").format(place=saved) if saved else "")
        )
        places = [rule.place for rule in rules]
        if keep is not None and keep in places:
            # The rule chosen meanwhile is marked again, its editor (and what is typed) kept.
            self.table.blockSignals(keep != select_place)
            self.table.selectRow(places.index(keep))
            self.table.blockSignals(False)
            if keep == select_place:
                self._selected()

    def _selected_place(self) -> str | None:
        return self._editing.place if self._editing is not None else None

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        rule = self._rules[rows[0].row()]
        self._editing = rule
        self.editor.reset()
        self.editor.heading.setText(self.tr("Rule: {label}").format(label=rule.label))
        self.place.setText(rule.place)
        self.place.setReadOnly(True)  # a rule keeps its place: add a new one instead
        self.start.setText(rule.start)
        self.end.setText(rule.end)
        for digit, box in zip(ALL_DAYS, self.days, strict=True):
            box.setChecked(digit in rule.weekdays)
        self.per_day.setText(str(rule.calls_per_day or ""))
        self.per_week.setText(str(rule.calls_per_week or ""))
        self.source.setText(rule.source)
        self.reason.clear()
        self.holidays.show_place(rule.place)

    def start_new(self) -> None:
        if not self._may_change:
            return
        self._editing = None
        self.table.clearSelection()
        self.editor.reset()
        self.editor.heading.setText(self.tr("New rule"))
        self.place.setReadOnly(False)
        for line in (self.place, self.per_day, self.per_week, self.source, self.reason):
            line.clear()
        self.start.setText("08:00")
        self.end.setText("21:00")
        for box in self.days:
            box.setChecked(True)
        self.holidays.show_place(None)
        self.place.setFocus()

    def save(self) -> None:
        if not self._may_change:
            return
        self.editor.reset()
        # Every field at fault named at once: the caps as typed, then the rule as the
        # service checks it (no database needed for that).
        gathered = Gathered()
        per_day = gathered.check(lambda: _cap(self.per_day.text(), "calls_per_day"))
        per_week = gathered.check(lambda: _cap(self.per_week.text(), "calls_per_week"))
        draft = RuleDraft(
            self.place.text(),
            self.start.text(),
            self.end.text(),
            "".join(d for d, box in zip(ALL_DAYS, self.days, strict=True) if box.isChecked()),
            per_day,
            per_week,
            self.source.text(),
        )
        gathered.check(lambda: checked_rule(draft))
        try:
            gathered.done()
        except InvalidInput as exc:
            self.editor.failed(exc)
            return
        service, actor, reason = (
            self._context.services.calling_rules,
            self._actor,
            self.reason.text(),
        )
        self.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.save_rule(actor, draft, reason), self._saved, self.editor.failed
        )

    def _saved(self, rule: RuleView) -> None:
        self.save_button.setEnabled(True)
        self._editing = rule
        self.reload(rule.place)

    def remove(self) -> None:
        rule = self._editing
        if not self._may_change or rule is None:
            return
        service, actor, reason = (
            self._context.services.calling_rules,
            self._actor,
            self.reason.text(),
        )
        self._context.workers.submit(
            lambda: service.remove_rule(actor, rule.place, reason),
            self._removed,
            self.editor.failed,
        )

    def _removed(self, _: None) -> None:
        self.start_new()
        self.reload()
