"""The pass rules of a BANT script as a table: for each segment and grade (A, B, C) the
fewest Budget, Authority, Need and Timeline points a lead needs for it. An empty cell asks
nothing of that dimension; a row left empty means the grade is not given by points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.bant import DIMENSIONS
from qualifier_app.domain.scoring import SEGMENTS
from qualifier_app.ui.admin.form_and_json import cell_text, editable

GRADED = ("A", "B", "C")


class PassRulesTable(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._definition: dict[str, Any] | None = None
        self._rows: list[tuple[str, str]] = []
        self.table = QTableWidget(0, len(DIMENSIONS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Budget"), self.tr("Authority"), self.tr("Need"), self.tr("Timeline")]
        )
        self.table.setAccessibleName(self.tr("Pass rules"))
        editable(self.table)
        self.table.verticalHeader().show()  # the rows are named by segment and grade
        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self.problems.hide()
        hint = QLabel(
            self.tr(
                "The fewest points per dimension for each grade; the first grade a lead meets "
                "is its grade, D when none. Empty cell: no minimum; empty row: no such grade."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("subtitle")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addWidget(self.problems)
        self.table.itemChanged.connect(self._edited)

    def show_rules(self, definition: dict[str, Any]) -> None:
        self._definition = definition
        rules = definition.get("pass_rules") or {}
        segments = list(SEGMENTS) + sorted(set(rules) - set(SEGMENTS))
        self._rows = [(segment, grade) for segment in segments for grade in GRADED]
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        self.table.setVerticalHeaderLabels([f"{segment} {grade}" for segment, grade in self._rows])
        for row, (segment, grade) in enumerate(self._rows):
            minimums = (rules.get(segment) or {}).get(grade) or {}
            for column, dimension in enumerate(DIMENSIONS):
                value = minimums.get(dimension)
                self.table.setItem(
                    row, column, QTableWidgetItem("" if value is None else str(value))
                )
        self.table.blockSignals(False)

    def show_problems(self, texts: list[str]) -> None:
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))

    def _edited(self) -> None:
        definition = self._definition
        if definition is None:
            return
        rules: dict[str, dict[str, dict[str, int]]] = {}
        bad: list[str] = []
        for row, (segment, grade) in enumerate(self._rows):
            minimums: dict[str, int] = {}
            for column, dimension in enumerate(DIMENSIONS):
                text = cell_text(self.table, row, column)
                if not text:
                    continue
                if not text.lstrip("-").isdigit():
                    bad.append(
                        self.tr("{segment} {grade}, {dimension}: {text!r} is not whole points")
                        .replace("{text!r}", repr(text))
                        .format(segment=segment, grade=grade, dimension=dimension)
                    )
                    continue
                minimums[dimension] = int(text)
            if minimums:
                rules.setdefault(segment, {})[grade] = minimums
        self.show_problems(bad)
        if bad:
            return  # the script keeps its last readable rules until the cell is put right
        definition["pass_rules"] = rules
        self.changed.emit()
