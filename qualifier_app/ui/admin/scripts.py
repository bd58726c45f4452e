"""The BANT script editor (supervisors, administrators): the stored versions, the script as a
form (script_form; its JSON on a second tab) with live validation naming screen and question, a
preview that walks it as a rep would, and saving as a new version. Leads already on screen keep
the version they started with.

A save says which version the editor started from: one saved at another workstation
meanwhile is never overwritten unseen. The save is refused next to the editor, the versions
are read again and the text typed stays; saving again replaces the newer version knowingly."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.domain.bant_validation import check_script
from qualifier_app.domain.errors import Conflict
from qualifier_app.services.admin.scripts import SCRIPT_HEADERS, SavedScript, ScriptVersion
from qualifier_app.ui.admin.form_and_json import FormAndJson
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.admin.script_form import ScriptForm
from qualifier_app.ui.admin.scripts_files import ScriptFiles
from qualifier_app.ui.admin.scripts_preview import ScriptPreview
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.keys import make_action, native
from qualifier_app.ui.widgets.forms import EditorForm, fill_table, make_table, message_of

CHECK_DELAY_MS = 300


class ScriptsArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._versions: tuple[ScriptVersion, ...] = ()
        self._definition: dict[str, Any] | None = None
        # The script and newest version the text on screen started from; None: a file
        # imported, saved as a deliberate replacement.
        self._base: tuple[str, int] | None = None
        self.table = make_table(
            SCRIPT_HEADERS[:3] + SCRIPT_HEADERS[5:6], self.tr("Script versions")
        )
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")

        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setAccessibleName(self.tr("Script JSON"))
        self.check = QLabel(self.tr("Choose a version to edit"))
        self.check.setObjectName("subtitle")
        self.check.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("what changes and why (kept in the audit)"))
        self.saving = EditorForm(self.tr("Save as a new version"), self.tr("Save new version"))
        save_panel = self._build_save_panel()
        middle = QWidget()
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        self.form = ScriptForm()
        self.views = FormAndJson(self.form, self.editor)
        left = self._build_versions()
        middle_box.addWidget(self.views, 1)
        middle_box.addWidget(self.check)
        middle_box.addWidget(save_panel)

        self.preview = ScriptPreview(self._actor.display_name)
        splitter = QSplitter()
        for widget, stretch in ((left, 1), (middle, 5), (self.preview, 2)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([150, 760, 370])
        QVBoxLayout(self).addWidget(splitter)

        self._checker = QTimer(self)
        self._checker.setSingleShot(True)
        self._checker.setInterval(CHECK_DELAY_MS)
        self._checker.timeout.connect(self.validate)
        self.editor.textChanged.connect(self._checker.start)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.saving.save_button.clicked.connect(self.save)
        self.reason.returnPressed.connect(self.save)
        save = make_action(self, "save")
        save.triggered.connect(self.save)
        self.addAction(save)
        self.saving.save_button.setToolTip(native("Ctrl+S"))
        self.saving.save_button.setEnabled(False)
        self.live = LiveList(self, context, self.reload)
        self.reload()

    def _build_versions(self) -> QWidget:
        """The stored versions, and importing or exporting the script on screen."""
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addWidget(self.status)
        self.files = ScriptFiles(
            self._context, self.form.current, self._imported, self.status.setText
        )
        box.addWidget(self.files)
        return left

    def _build_save_panel(self) -> QWidget:
        """Why and the button on one line: the form above needs the room."""
        return self.saving.in_one_line("reason", self.tr("&Why"), self.reason)

    def reload(self) -> None:
        service, actor = self._context.services.scripts, self._actor
        self._context.workers.submit(lambda: service.versions(actor), self._listed, self._failed)

    def _listed(self, versions: tuple[ScriptVersion, ...]) -> None:
        first = not self._versions
        self._versions = versions
        # name, version, segment and answers stored of the service's row
        rows = [[cells[0], cells[1], cells[2], cells[5]] for cells in (v.cells() for v in versions)]
        fill_table(self.table, rows)
        self.status.setText(
            i18n.plural(
                len(versions),
                QT_TRANSLATE_NOOP("Counts", "{n} version"),
                QT_TRANSLATE_NOOP("Counts", "{n} versions"),
            )
        )
        if first and versions:
            self.table.selectRow(0)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.editor.document().isModified():
            return  # an edit in progress is never replaced by a click in the list
        chosen = self._versions[rows[0].row()]
        # An older version chosen while a newer one is listed is started from knowingly.
        base = (chosen.name, max(chosen.version, self._newest(chosen.name)))
        service, actor = self._context.services.scripts, self._actor
        self._context.workers.submit(
            lambda: (base, service.definition(actor, chosen.name, chosen.version)),
            self._loaded,
            self._failed,
        )

    def _newest(self, name: str) -> int:
        """The newest version of `name` listed (0: none)."""
        return max((v.version for v in self._versions if v.name == name), default=0)

    def _loaded(self, loaded: tuple[tuple[str, int], dict[str, Any]]) -> None:
        self._base, definition = loaded
        self._load(definition)

    def _load(self, definition: dict[str, Any]) -> None:
        self.views.load(definition)
        self.validate()

    def _imported(self, definition: dict[str, Any]) -> None:
        """A script from a file: on screen and checked, saved only by Save new version (as a
        deliberate replacement of whatever version is newest then)."""
        self._base = None
        self._load(definition)
        self.editor.document().setModified(True)
        self.status.setText(self.tr("Imported; not saved until Save new version"))

    def validate(self) -> bool:
        """Check the text as it is typed; the save button only for a script that validates."""
        self._checker.stop()
        self._definition = None
        try:
            definition = json.loads(self.editor.toPlainText())
        except json.JSONDecodeError as exc:
            return self._invalid(
                self.tr("Not JSON: {problem} at line {line}, column {column}").format(
                    problem=exc.msg, line=exc.lineno, column=exc.colno
                )
            )
        problems = check_script(definition)
        if problems:
            lines = [i18n.translated(p.text()) for p in problems[:5]]
            more = (
                [self.tr("… and {count} more").format(count=len(problems) - 5)]
                if len(problems) > 5
                else []
            )
            return self._invalid("\n".join([self.tr("Does not validate:"), *lines, *more]))
        self._definition = definition
        script = bant.parse_script(definition)
        self.check.setObjectName("subtitle")
        self.check.setText(
            self.tr("Valid: {screens}, every path ends").format(
                screens=i18n.plural(
                    len(script.screens),
                    QT_TRANSLATE_NOOP("Counts", "{n} screen"),
                    QT_TRANSLATE_NOOP("Counts", "{n} screens"),
                )
            )
        )
        self.check.style().polish(self.check)
        self.saving.save_button.setEnabled(True)
        self.preview.show_script(script)
        return True

    def _invalid(self, text: str) -> bool:
        self.check.setObjectName("fieldError")
        self.check.setText(text)
        self.check.style().polish(self.check)
        self.saving.save_button.setEnabled(False)
        self.preview.show_script(None)
        return False

    def save(self) -> None:
        self.saving.reset()
        if not self.validate() or self._definition is None:
            return
        service, actor = self._context.services.scripts, self._actor
        definition, reason = self._definition, self.reason.text()
        name = str(definition.get("name") or "").strip()
        # Another name than the one loaded is a new script, started from nothing of it.
        based_on = self._base[1] if self._base is not None and self._base[0] == name else None
        self.saving.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.save(actor, definition, reason, based_on=based_on),
            self._saved,
            self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        """Next to the editor. Refused for a version saved meanwhile: the versions are read
        again and the text typed stays, so a second save replaces that version knowingly."""
        self.saving.failed(exc)
        if isinstance(exc, Conflict) and self._definition is not None:
            name = str(self._definition.get("name") or "").strip()
            service, actor = self._context.services.scripts, self._actor
            self._context.workers.submit(
                lambda: (name, service.versions(actor)), self._rebased, self._failed
            )

    def _rebased(self, listed: tuple[str, tuple[ScriptVersion, ...]]) -> None:
        name, versions = listed
        self._listed(versions)
        newest = self._newest(name)
        self._base = (name, newest)
        self.check.setText(
            self.tr("Save new version again to replace {name} v{version} with this text").format(
                name=name, version=newest
            )
        )

    def _saved(self, saved: SavedScript) -> None:
        self.saving.save_button.setEnabled(True)
        info = saved.script
        self._base = (info.name, info.version)
        if saved.created:
            self.reason.clear()
            self.editor.document().setModified(False)
            self.check.setText(
                self.tr("Saved as {name} v{version}: new leads get it").format(
                    name=info.name, version=info.version
                )
            )
        else:
            self.check.setText(
                self.tr("{name} v{version} already says this; nothing saved").format(
                    name=info.name, version=info.version
                )
            )
        self.reload()
