"""A form that edits a JSON definition, with the JSON itself on a second tab.

The form is the editor: every edit it reports is written into the JSON text, which the area
validates, previews and saves as before. Text typed on the JSON tab comes back into the form
when the form's tab is shown again (if it reads as a JSON object)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)


class DefinitionForm(QWidget):
    """A form over a JSON definition: `load` shows one, `current` is the edited one."""

    changed = Signal()

    def load(self, definition: dict[str, Any]) -> None:
        raise NotImplementedError

    def current(self) -> dict[str, Any]:
        raise NotImplementedError


class FormAndJson(QTabWidget):
    def __init__(self, form: DefinitionForm, editor: QPlainTextEdit) -> None:
        super().__init__()
        self.form = form
        self.editor = editor
        self.addTab(form, self.tr("&Form"))
        self.addTab(editor, self.tr("&JSON"))
        form.changed.connect(self._form_changed)
        self.currentChanged.connect(self._shown)

    def load(self, definition: dict[str, Any]) -> None:
        """Show a stored definition in both views, unmodified."""
        self.editor.setPlainText(json.dumps(definition, indent=2, ensure_ascii=False))
        self.editor.document().setModified(False)
        self.form.load(definition)

    def _form_changed(self) -> None:
        text = json.dumps(self.form.current(), indent=2, ensure_ascii=False)
        self.editor.setPlainText(text)
        self.editor.document().setModified(True)

    def _shown(self, index: int) -> None:
        if self.widget(index) is not self.form:
            return
        try:
            typed = json.loads(self.editor.toPlainText())
        except json.JSONDecodeError:
            return  # the check line says what is wrong; the form keeps the last good one
        if isinstance(typed, dict) and typed != self.form.current():
            self.form.load(typed)


def editable(table: QTableWidget) -> None:
    """A table edited by typing into its cells; Tab leaves it, the arrows move in it."""
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    table.setTabKeyNavigation(False)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""
