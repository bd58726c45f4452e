"""A person's data on request, from the lead record: export it to a zip (supervisors and
administrators), erase it (administrators, with a reason and a confirmation), or ask an
administrator to erase it (supervisors). The work runs on the worker pool."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.roles import Action, Actor
from qualifier_app.services.compliance.person import PersonErasure, PersonExport, PersonService
from qualifier_app.services.compliance.person_lookup import PersonQuery
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.forms import message_of


class ErasureDialog(QDialog):
    """The reason, and a tick that says the erasure cannot be undone; OK only with both."""

    def __init__(self, parent: QWidget | None, lead_id: int, *, request: bool) -> None:
        super().__init__(parent)
        self.setObjectName("erasureDialog")
        if request:
            self.setWindowTitle(self.tr("Ask for erasure"))
            intro = self.tr(
                "Ask an administrator to erase the person of lead %1 everywhere. "
                "The request is kept in the audit."
            ).replace("%1", str(lead_id))
        else:
            self.setWindowTitle(self.tr("Erase a person"))
            intro = self.tr(
                "Erase the person of lead %1 everywhere: leads, calls, answers, handoff "
                "packages, drafts and the audit's personal values. Their phone and e-mail stay "
                "on the do-not-call list as hashes only. This cannot be undone."
            ).replace("%1", str(lead_id))
        text = QLabel(intro)
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("erasureReason")
        self.reason.setPlaceholderText(self.tr("Why: the person's request, its date and channel"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.confirm = QCheckBox(
            self.tr("I understand that this cannot be undone")
            if not request
            else self.tr("The person asked for it")
        )
        self.confirm.setObjectName("erasureConfirm")
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Send the request") if request else self.tr("Erase"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self.confirm.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _check(self) -> None:
        ready = bool(self.reason.text().strip()) and self.confirm.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        if not self.reason.text().strip() and self.confirm.isChecked():
            self.problem.setText(self.tr("Say why the person is erased"))
            self.problem.show()
        else:
            self.problem.hide()


class PersonActions(QObject):
    """The lead record's buttons for the person's data, and what they do."""

    def __init__(
        self,
        parent: QWidget,
        person: PersonService,
        actor: Actor,
        workers: Workers,
        show: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent, self._person, self._actor, self._workers = parent, person, actor, workers
        self._show = show
        self.lead_id: int | None = None
        self.export_button = QPushButton(self.tr("E&xport person data…"))
        self.export_button.setObjectName("personExport")
        self.export_button.setToolTip(self.tr("Every row about the person, as JSON in a zip"))
        erase = actor.may(Action.ERASE_PERSON)
        self.erase_button = QPushButton(
            self.tr("&Erase person…") if erase else self.tr("Ask for &erasure…")
        )
        self.erase_button.setObjectName("personErase")
        self._request_only = not erase
        allowed = actor.may(Action.EXPORT_PERSON)
        for button in (self.export_button, self.erase_button):
            button.setVisible(allowed)
            button.setEnabled(False)
            button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        # Tests answer the save dialog here; people get the platform's own.
        self.choose_file: Callable[[str], str] = self._save_dialog
        self.erasure_dialog: ErasureDialog | None = None

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.export_button, self.erase_button

    def set_lead(self, lead_id: int | None) -> None:
        self.lead_id = lead_id
        for button in self.buttons:
            button.setEnabled(lead_id is not None)

    def _save_dialog(self, proposed: str) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the person's data"), proposed, self.tr("Zip (*.zip)")
        )
        return chosen

    def export(self) -> None:
        if self.lead_id is None:
            return
        chosen = self.choose_file(str(Path.home() / f"person-lead-{self.lead_id}.zip"))
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".zip":
            out = out.with_suffix(".zip")
        person, actor, query = self._person, self._actor, PersonQuery(lead_id=self.lead_id)
        self.export_button.setEnabled(False)
        self._workers.submit(lambda: person.export(actor, query, out), self._exported, self._failed)

    def _exported(self, result: PersonExport) -> None:
        self.export_button.setEnabled(True)
        self._show(
            self.tr("{rows} about {leads} written to {path}").format(
                rows=_rows(result.rows), leads=_leads(result.leads), path=result.path
            )
        )

    def erase(self) -> None:
        if self.lead_id is None:
            return
        dialog = ErasureDialog(self._parent, self.lead_id, request=self._request_only)
        self.erasure_dialog = dialog
        dialog.accepted.connect(lambda: self._erase(dialog.reason.text()))
        dialog.open()

    def _erase(self, reason: str) -> None:
        if self.lead_id is None:
            return
        person, actor, query = self._person, self._actor, PersonQuery(lead_id=self.lead_id)
        self.erase_button.setEnabled(False)
        if self._request_only:
            self._workers.submit(
                lambda: person.request_erasure(actor, query, reason), self._requested, self._failed
            )
        else:
            self._workers.submit(
                lambda: person.erase(actor, query, reason), self._erased, self._failed
            )

    def _requested(self, lead_ids: tuple[int, ...]) -> None:
        self._show(
            self.tr("Erasure requested for {leads}; an administrator erases it").format(
                leads=_leads(len(lead_ids))
            )
        )

    def _erased(self, result: PersonErasure) -> None:
        self.export_button.setEnabled(False)
        files = i18n.plural(
            result.files_shredded,
            QT_TRANSLATE_NOOP("Counts", "{n} file"),
            QT_TRANSLATE_NOOP("Counts", "{n} files"),
        )
        self._show(
            self.tr(
                "Erased: {leads}, {rows} replaced, {files} shredded; phone and e-mail stay on "
                "the do-not-call list as hashes"
            ).format(
                leads=_leads(len(result.lead_ids)), rows=_rows(result.rows_changed), files=files
            )
        )

    def _failed(self, exc: Exception) -> None:
        for button in self.buttons:
            button.setEnabled(self.lead_id is not None)
        self._show(message_of(exc))


def _leads(count: int) -> str:
    return i18n.plural(
        count, QT_TRANSLATE_NOOP("Counts", "{n} lead"), QT_TRANSLATE_NOOP("Counts", "{n} leads")
    )


def _rows(count: int) -> str:
    return i18n.plural(
        count, QT_TRANSLATE_NOOP("Counts", "{n} row"), QT_TRANSLATE_NOOP("Counts", "{n} rows")
    )
