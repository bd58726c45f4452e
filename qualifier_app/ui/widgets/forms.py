"""Form and table helpers shared by the editing areas (partners, campaigns)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.first_run_form import CheckedForm

T = TypeVar("T")


def narrow(combo: QComboBox, characters: int = 12) -> QComboBox:
    """A choice that asks for room for `characters`, not for its longest item (its list still
    shows every item in full): side by side in a form it keeps the window within a 1280-pixel
    screen in the longer languages."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def typed_path(text: str) -> Path:
    """A file's path as typed or pasted: Windows' "Copy as path" puts it in double quotes,
    other tools in single ones."""
    text = text.strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return Path(text).expanduser()


def message_of(exc: Exception) -> str:
    return i18n.problem_text(exc)


def chosen_after_reload(saved: T | None, asked_while: T | None, editing: T | None) -> T | None:
    """Whom a list reloaded after a save selects: the one saved, unless the person chose
    another (or began a new one: None) while it loaded. The editor shows that one: its
    typing must not be replaced, and its buttons must not act on the one saved."""
    return editing if editing != asked_while else saved


# Where a list puts a figure: on the right, so that a column's digits line up.
FIGURE_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Numeral(str):
    """A count or an amount in a list: right-aligned, so that a column's digits line up."""


def numeral(value: int | float | Decimal, decimals: int = 0) -> Numeral:
    """`value` with the locale's digits and separators, as a list shows a figure."""
    return Numeral(i18n.number(value, decimals))


def table_item(value: str) -> QTableWidgetItem:
    text = i18n.translated(value)  # a service's words (a Message) in the person's language
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if isinstance(value, Numeral):
        item.setTextAlignment(FIGURE_ALIGNMENT)
    return item


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, table_item(value))
    table.resizeColumnsToContents()


def make_table(columns: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(i18n.columns(columns))
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    # Each column as wide as its title first: the last one, stretched, falls back to the
    # width it had when it began to stretch once the others leave it no room, and a German
    # title ("Hinzugefügt (UTC)") is wider than Qt's default 100 px.
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # the arrows move in it, Tab goes on
    return table


class EditorForm(CheckedForm):
    """The right half of a list editor: a heading, a banner for problems that belong to no
    field, the fields (each with its error label) and the save button."""

    def build(self, fields: Sequence[tuple[str, str, QWidget]]) -> QWidget:
        panel, box = self.panel(fields)
        box.addStretch()
        return panel

    def in_one_line(self, key: str, label: str, field: QWidget) -> QWidget:
        """One field (a save's "why") and the save button on one line, the banner above: for
        a save panel under a form that needs the room."""
        self.form.add(key, label, field)
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.banner)
        row = QHBoxLayout()
        row.addLayout(self.form.layout, 1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        return panel


def takes_the_rest(table: QTableWidget, rows: int = 3) -> QTableWidget:
    """A table in a scrolled column that takes the height its column has left, `rows` rows
    at least: asking for its full height, it would push what is below it out of sight."""
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    header = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(header + table.verticalHeader().defaultSectionSize() * rows)
    return table


def scrolled(column: QWidget) -> QScrollArea:
    """A column of forms that scrolls rather than making the window taller than a 720-pixel
    screen, or squeezing a field under the problem line that appeared beneath it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(column)
    return scroll


def list_beside_form(
    table: QTableWidget,
    status: QLabel,
    new_button: QPushButton,
    form: QWidget,
    hint: QLabel | None = None,
    more: Sequence[QPushButton] = (),
) -> QSplitter:
    """The list with its status line and "new" button (and `more`) on the left, the form on
    the right."""
    left = QWidget()
    box = QVBoxLayout(left)
    box.setContentsMargins(0, 0, 0, 0)
    if hint is not None:
        box.addWidget(hint)
    box.addWidget(table)
    bottom = QHBoxLayout()
    bottom.addWidget(status, 1)
    bottom.addWidget(new_button)
    for button in more:
        bottom.addWidget(button)
    box.addLayout(bottom)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(scrolled(form))
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter
