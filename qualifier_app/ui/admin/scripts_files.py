"""Importing a script from a JSON file into the editor, and exporting the one on screen.

An imported script is not saved: it shows in the form, validated and walked by the preview,
until *Save new version* stores it (as `qualifier script import` does at once). Files are
read and written by the workers, never on the GUI thread."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.integrations.files import read_json
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext

JSON_FILES = "JSON (*.json)"


def read_script(path: Path) -> dict[str, Any]:
    found = read_json(path)
    if not isinstance(found, dict):
        raise InvalidInput(
            QCoreApplication.translate(
                "ScriptFiles", "{name} is not a script (a JSON object)"
            ).format(name=path.name),
            "file",
        )
    return found


def write_script(path: Path, definition: dict[str, Any]) -> Path:
    try:
        path.write_text(json.dumps(definition, indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as exc:
        raise InvalidInput(
            QCoreApplication.translate("ScriptFiles", "cannot write {name}: {problem}").format(
                name=path.name, problem=exc.strerror or exc
            ),
            "file",
        ) from None
    return path


class ScriptFiles(QWidget):
    def __init__(
        self,
        context: AreaContext,
        current: Callable[[], dict[str, Any]],
        imported: Callable[[dict[str, Any]], None],
        said: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._context = context
        self._current = current
        self._imported = imported
        self._said = said
        self.import_button = QPushButton(self.tr("&Import JSON…"))
        self.export_button = QPushButton(self.tr("E&xport JSON…"))
        box = QVBoxLayout(self)  # one above the other: the versions column is narrow
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.import_button)
        box.addWidget(self.export_button)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a script"), "", JSON_FILES)
        if name:
            self.import_file(Path(name))

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the script"), "", JSON_FILES)
        if name:
            self.export_file(Path(name))

    def import_file(self, path: Path) -> None:
        self._context.workers.submit(lambda: read_script(path), self._imported, self._failed)

    def export_file(self, path: Path) -> None:
        definition = dict(self._current())
        self._context.workers.submit(
            lambda: write_script(path, definition), self._exported, self._failed
        )

    def _exported(self, path: Path) -> None:
        self._said(self.tr("Written to {path}").format(path=path))

    def _failed(self, exc: Exception) -> None:
        self._said(i18n.translated(str(exc)))
