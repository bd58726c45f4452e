"""The scoring rules as a form: the thresholds that make a lead Enterprise, the point tables
(company size, industry, title, product interest, source, recency, touches) and the queue
rules, first match wins. It edits a copy of the rules and says `changed` after every edit
that reads; the area previews the effect on the queue and applies them."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from qualifier_app.ui.admin.form_and_json import DefinitionForm, cell_text, editable
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP

# name, key column, how the table is read, sort: +1 lowest first, -1 highest first, 0 as is
POINT_TABLES: tuple[tuple[str, str, str, int], ...] = (
    (
        "employees",
        QT_TRANSLATE_NOOP("ScoringForm", "At least employees"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first size reached, from the largest"),
        -1,
    ),
    (
        "industry",
        QT_TRANSLATE_NOOP("ScoringForm", "Industry contains"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first keyword found in the industry"),
        0,
    ),
    (
        "title",
        QT_TRANSLATE_NOOP("ScoringForm", "Title word"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first word or phrase found in the title"),
        0,
    ),
    (
        "product_interest",
        QT_TRANSLATE_NOOP("ScoringForm", "Interest contains"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first keyword found"),
        0,
    ),
    (
        "source",
        QT_TRANSLATE_NOOP("ScoringForm", "Source contains"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first keyword found in the source"),
        0,
    ),
    (
        "recency_days",
        QT_TRANSLATE_NOOP("ScoringForm", "Inquired within days"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first limit not exceeded, from the shortest"),
        1,
    ),
    (
        "touches",
        QT_TRANSLATE_NOOP("ScoringForm", "At least touches"),
        QT_TRANSLATE_NOOP("ScoringForm", "the first count reached, from the highest"),
        -1,
    ),
)
TABLE_NAMES = {
    "employees": QT_TRANSLATE_NOOP("ScoringForm", "Employees"),
    "industry": QT_TRANSLATE_NOOP("ScoringForm", "Industry"),
    "title": QT_TRANSLATE_NOOP("ScoringForm", "Title"),
    "product_interest": QT_TRANSLATE_NOOP("ScoringForm", "Product interest"),
    "source": QT_TRANSLATE_NOOP("ScoringForm", "Source"),
    "recency_days": QT_TRANSLATE_NOOP("ScoringForm", "Recency days"),
    "touches": QT_TRANSLATE_NOOP("ScoringForm", "Touches"),
}
KEYED = {"industry", "product_interest", "source"}  # stored as {keyword: points}
TEXT_KEYS = KEYED | {"title"}
QUEUE_COLUMNS = (
    QT_TRANSLATE_NOOP("ScoringForm", "Queue"),
    QT_TRANSLATE_NOOP("ScoringForm", "Segment"),
    QT_TRANSLATE_NOOP("ScoringForm", "Countries"),
    QT_TRANSLATE_NOOP("ScoringForm", "Regions"),
    QT_TRANSLATE_NOOP("ScoringForm", "Languages"),
    QT_TRANSLATE_NOOP("ScoringForm", "Campaigns"),
)
CONDITIONS = ("segment", "countries", "regions", "languages", "campaigns")


def _number(text: str) -> int | float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.blockSignals(False)
    table.resizeColumnsToContents()


class ScoringForm(DefinitionForm):
    def __init__(self) -> None:
        super().__init__()
        self.rules: dict[str, Any] = {}
        self._filling = False
        self.min_employees = QLineEdit()
        self.min_revenue = QLineEdit()
        thresholds = QFormLayout()
        thresholds.addRow(self.tr("Enterprise from &employees"), self.min_employees)
        thresholds.addRow(self.tr("or annual re&venue"), self.min_revenue)
        self.min_employees.setAccessibleName(self.tr("Enterprise from employees"))
        self.min_revenue.setAccessibleName(self.tr("Enterprise from annual revenue"))

        self.table_choice = QComboBox()
        self.table_choice.setAccessibleName(self.tr("Point table"))
        for name, _, _, _ in POINT_TABLES:
            self.table_choice.addItem(self.tr(TABLE_NAMES[name]), name)
        self.points = QTableWidget(0, 2)
        self.points.setAccessibleName(self.tr("Points"))
        editable(self.points)
        self.points_hint = QLabel()
        self.points_hint.setObjectName("subtitle")
        self.points_hint.setWordWrap(True)
        self.add_point = QPushButton(self.tr("Add &row"))
        self.remove_point = QPushButton(self.tr("Re&move row"))

        self.queues = QTableWidget(0, len(QUEUE_COLUMNS))
        self.queues.setHorizontalHeaderLabels([self.tr(c) for c in QUEUE_COLUMNS])
        self.queues.setAccessibleName(self.tr("Queue rules"))
        editable(self.queues)
        self.add_queue = QPushButton(self.tr("Add q&ueue rule"))
        self.remove_queue = QPushButton(self.tr("Remove queue ru&le"))
        self.queue_up = QPushButton(self.tr("Rule u&p"))
        self.queue_down = QPushButton(self.tr("Rule d&own"))

        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Scoring form problems"))
        self.problems.hide()
        self._lay_out(thresholds)
        self._connect()

    def _lay_out(self, thresholds: QFormLayout) -> None:
        choose = QHBoxLayout()
        caption = QLabel(self.tr("Point &table"))
        caption.setBuddy(self.table_choice)
        choose.addWidget(caption)
        choose.addWidget(self.table_choice, 1)
        choose.addWidget(self.add_point)
        choose.addWidget(self.remove_point)
        queue_buttons = QHBoxLayout()
        queue_buttons.addStretch()
        for button in (self.add_queue, self.remove_queue, self.queue_up, self.queue_down):
            queue_buttons.addWidget(button)
        queues_hint = QLabel(
            self.tr(
                "Queue rules, first match wins: empty cells match anything; lists are "
                "comma-separated (countries US, CA; regions US-FL). The last rule should "
                "match everything."
            )
        )
        queues_hint.setObjectName("subtitle")
        queues_hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(thresholds)
        box.addLayout(choose)
        box.addWidget(self.points_hint)
        box.addWidget(self.points, 2)
        box.addWidget(queues_hint)
        box.addWidget(self.queues, 2)
        box.addLayout(queue_buttons)
        box.addWidget(self.problems)

    def _connect(self) -> None:
        self.min_employees.textEdited.connect(self._thresholds_edited)
        self.min_revenue.textEdited.connect(self._thresholds_edited)
        self.table_choice.currentIndexChanged.connect(self._show_points)
        self.points.itemChanged.connect(self._points_edited)
        self.queues.itemChanged.connect(self._queues_edited)
        self.add_point.clicked.connect(self.new_point)
        self.remove_point.clicked.connect(self.drop_point)
        self.add_queue.clicked.connect(self.new_queue_rule)
        self.remove_queue.clicked.connect(self.drop_queue_rule)
        self.queue_up.clicked.connect(lambda: self.move_queue_rule(-1))
        self.queue_down.clicked.connect(lambda: self.move_queue_rule(1))

    # --- showing --------------------------------------------------------------------------

    def load(self, rules: dict[str, Any]) -> None:
        self.rules = copy.deepcopy(rules)
        segments = self.rules.get("segments") or {}
        self.min_employees.setText(str(segments.get("enterprise_min_employees", "")))
        self.min_revenue.setText(str(segments.get("enterprise_min_annual_revenue", "")))
        self._show_points()
        self._show_queues()
        self._problem([])

    def current(self) -> dict[str, Any]:
        return self.rules

    def _table(self) -> tuple[str, str, str, int]:
        return POINT_TABLES[max(0, self.table_choice.currentIndex())]

    def _show_points(self) -> None:
        name, key_column, reading, _ = self._table()
        self.points.setHorizontalHeaderLabels([self.tr(key_column), self.tr("Points")])
        self.points_hint.setText(self.tr("Points for {reading}.").format(reading=self.tr(reading)))
        raw = (self.rules.get("points") or {}).get(name) or ()
        pairs = list(raw.items()) if isinstance(raw, dict) else [tuple(pair) for pair in raw]
        _fill(self.points, [[str(key), str(points)] for key, points in pairs])

    def _show_queues(self) -> None:
        rows = []
        for rule in self.rules.get("queues") or ():
            when = rule.get("when") or {}
            cells = [str(rule.get("queue", "")), str(when.get("segment", ""))]
            cells += [", ".join(str(v) for v in when.get(name) or ()) for name in CONDITIONS[1:]]
            rows.append(cells)
        _fill(self.queues, rows)

    def _problem(self, texts: list[str]) -> None:
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))

    # --- editing --------------------------------------------------------------------------

    def _thresholds_edited(self) -> None:
        employees = _number(self.min_employees.text().strip())
        revenue = _number(self.min_revenue.text().strip())
        if employees is None or revenue is None:
            self._problem([self.tr("The Enterprise thresholds must be numbers")])
            return
        segments = self.rules.setdefault("segments", {})
        segments["enterprise_min_employees"] = employees
        segments["enterprise_min_annual_revenue"] = revenue
        self._problem([])
        self.changed.emit()

    def _points_edited(self) -> None:
        name, key_column, _, order = self._table()
        pairs: list[list[Any]] = []
        for row in range(self.points.rowCount()):
            key_text, points_text = cell_text(self.points, row, 0), cell_text(self.points, row, 1)
            if not key_text and not points_text:
                continue  # a new row not filled in yet
            key: Any = key_text.lower() if name in TEXT_KEYS else _number(key_text)
            points = _number(points_text)
            if key in (None, "") or points is None or not float(points).is_integer():
                self._problem(
                    [
                        self.tr("Row {row}: {column} and whole points, please").format(
                            row=row + 1, column=key_column.lower()
                        )
                    ]
                )
                return
            pairs.append([key, int(points)])
        if order:
            pairs.sort(key=lambda pair: pair[0] * order)
        table = self.rules.setdefault("points", {})
        table[name] = {k: p for k, p in pairs} if name in KEYED else pairs
        self._problem([])
        self.changed.emit()

    def _queues_edited(self) -> None:
        rules = []
        for row in range(self.queues.rowCount()):
            queue = cell_text(self.queues, row, 0)
            filled = [cell_text(self.queues, row, c) for c in range(1, len(QUEUE_COLUMNS))]
            if not queue and not any(filled):
                continue  # a new row not filled in yet
            if not queue:
                self._problem([self.tr("Queue rule {row} needs a queue").format(row=row + 1)])
                return
            when: dict[str, Any] = {}
            segment = cell_text(self.queues, row, 1).lower()
            if segment:
                when["segment"] = segment
            for column, name in enumerate(CONDITIONS[1:], start=2):
                values = [v.strip() for v in cell_text(self.queues, row, column).split(",")]
                values = [v.upper() if name in {"countries", "regions"} else v for v in values if v]
                if values:
                    when[name] = values
            rules.append({"queue": queue, "when": when})
        self.rules["queues"] = rules
        self._problem([])
        self.changed.emit()

    def new_point(self) -> None:
        self.points.insertRow(self.points.rowCount())
        self.points.setFocus()
        self.points.setCurrentCell(self.points.rowCount() - 1, 0)

    def drop_point(self) -> None:
        row = self.points.currentRow()
        if row >= 0:
            self.points.removeRow(row)
            self._points_edited()

    def new_queue_rule(self) -> None:
        row = max(0, self.queues.rowCount() - 1)  # before the catch-all at the end
        self.queues.insertRow(row)
        self.queues.setFocus()
        self.queues.setCurrentCell(row, 0)

    def drop_queue_rule(self) -> None:
        row = self.queues.currentRow()
        if row >= 0:
            self.queues.removeRow(row)
            self._queues_edited()

    def move_queue_rule(self, step: int) -> None:
        row, to = self.queues.currentRow(), self.queues.currentRow() + step
        if not (0 <= row < self.queues.rowCount() and 0 <= to < self.queues.rowCount()):
            return
        rules = self.rules.get("queues") or []
        if max(row, to) < len(rules):
            rules[row], rules[to] = rules[to], rules[row]
        self._show_queues()
        self.queues.setCurrentCell(to, self.queues.currentColumn())
        self.changed.emit()
