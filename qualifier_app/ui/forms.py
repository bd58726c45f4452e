"""Form and table helpers shared by the editing areas (partners, campaigns)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import QualifierError
from qualifier_app.ui import style


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def message_of(exc: Exception) -> str:
    return str(exc) if isinstance(exc, QualifierError) else f"Unexpected problem: {exc!r}"


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def make_table(columns: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class FieldForm:
    """A form whose fields each have an error label right below them."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setAccessibleName(f"{label.replace('&', '')} problem")
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        widget.setAccessibleName(label.replace("&", ""))
        self.layout.addRow(label, holder)
        self.fields[key] = widget
        self.errors[key] = error

    def clear(self) -> None:
        for key, error in self.errors.items():
            error.hide()
            error.clear()
            style.set_invalid(self.fields[key], False)

    def show(self, field: str | None, message: str) -> bool:
        """Show the message next to its field; False when no field fits."""
        if field not in self.fields:
            return False
        assert field is not None
        self.errors[field].setText(message)
        self.errors[field].show()
        style.set_invalid(self.fields[field], True)
        self.fields[field].setFocus()
        return True
