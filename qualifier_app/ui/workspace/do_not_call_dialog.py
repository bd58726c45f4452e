"""Asking before a lead goes on the do-not-call list: it applies at once, company-wide, to
every lead with the same phone or e-mail, so it takes a confirmation and a reason."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.outcomes import REASON_PRESETS, OutcomeKind, reason_text
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.window_height import grow_to_show_all


class DoNotCallDialog(QDialog):
    def __init__(self, parent: QWidget, company: str, contact: str, reason: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Do not call"))
        question = QLabel(
            self.tr(
                "Put {value} ({value2}) on the do-not-call list? Nobody will call this "
                "phone number or e-mail again, on any lead."
            ).format(
                value=contact or self.tr("this contact"), value2=company or self.tr("no company")
            )
        )
        question.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        line = self.reason.lineEdit()
        assert line is not None  # an editable combo box has one
        self._line: QLineEdit = line
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for preset in REASON_PRESETS[OutcomeKind.DO_NOT_CALL]:
            self.reason.addItem(i18n.translated(preset), str(preset))
        self.reason.setEditText(i18n.translated(reason_text(reason)))
        self.reason.setAccessibleName(self.tr("Do-not-call reason"))
        self.problem = QLabel("")
        self.problem.setObjectName("fieldError")
        self.problem.setAccessibleName(self.tr("Do-not-call reason problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            self.tr("Put on the do-not-call list"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setAccessibleName(self.tr("Confirm do not call"))
        self.confirm.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        # An editable combo box keeps Return for itself: Return in the reason confirms.
        self._line.returnPressed.connect(self._accept)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.problem)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reason.setFocus()
        self._line.selectAll()  # typing replaces the proposed reason

    def chosen_reason(self) -> str:
        """As it is kept: a preset in English, a typed reason as typed."""
        shown = self.reason.currentText().strip()
        index = self.reason.findText(shown)
        return str(self.reason.itemData(index)) if index >= 0 else shown

    def _accept(self) -> None:
        if not self.chosen_reason():
            self.problem.setText(self.tr("Say why: the reason is kept with the do-not-call entry."))
            self.problem.show()
            grow_to_show_all(self)
            self.reason.setFocus()
            return
        self.accept()
