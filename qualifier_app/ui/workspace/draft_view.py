"""A draft that cannot go back on its lead (a team lead moved the lead, an outcome was
recorded meanwhile): the typed work to read and copy, so it can be passed on to whoever
works the lead now. Nothing here writes to the lead."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.ui.shell import i18n

Draft = dict[str, Any]
# The key a draft carries once its lead was taken away: why, in the rep's words.
LOST = "lost"


def lost_offer_text(lead_id: int, draft: Draft) -> str:
    saved = datetime.fromisoformat(str(draft["saved_at"])).astimezone()
    return QCoreApplication.translate(
        "DraftView",
        "Your unsaved work from {saved} on lead {lead} ({company}) cannot go back on the "
        "lead: {why}. View it to copy your notes.",
    ).format(
        saved=i18n.moment(saved),
        lead=lead_id,
        company=draft.get("company") or QCoreApplication.translate("DraftView", "no company"),
        why=str(draft.get(LOST) or "").rstrip("."),
    )


def _answer(value: Any) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("DraftView", "yes")
            if value
            else QCoreApplication.translate("DraftView", "no")
        )
    return str(value)


def details(draft: Draft, script: bant.Script | None) -> str:
    """Everything typed besides the notes, one line each."""
    lines: list[str] = []
    kind, disposition = draft.get("kind"), draft.get("disposition")
    if kind in {k.value for k in OutcomeKind}:
        lines.append(
            QCoreApplication.translate("DraftView", "Outcome: {kind}").format(
                kind=i18n.translated(OutcomeKind(kind).label)
            )
        )
    if kind == OutcomeKind.NO_CONTACT.value and disposition in {d.value for d in Disposition}:
        lines.append(
            QCoreApplication.translate("DraftView", "Call: {disposition}").format(
                disposition=i18n.translated(Disposition(disposition).label)
            )
        )
    # What the chosen outcome takes; the session keeps defaults for the others.
    wanted = {
        OutcomeKind.CALLBACK.value: ("callback_local",),
        OutcomeKind.NURTURE.value: ("reason", "recycle_on"),
        OutcomeKind.DISQUALIFY.value: ("reason",),
        OutcomeKind.DO_NOT_CALL.value: ("reason",),
    }.get(str(kind), ())
    for key, caption in (
        ("reason", QCoreApplication.translate("DraftView", "Reason")),
        ("callback_local", QCoreApplication.translate("DraftView", "Callback at")),
        ("recycle_on", QCoreApplication.translate("DraftView", "Recycle on")),
        ("overrule_reason", QCoreApplication.translate("DraftView", "Overruled because")),
        ("phone", QCoreApplication.translate("DraftView", "Phone")),
        ("email", QCoreApplication.translate("DraftView", "E-mail")),
    ):
        if draft.get(key) and (key in wanted or key in ("overrule_reason", "phone", "email")):
            lines.append(f"{caption}: {draft[key]}")
    questions = {q.key: q.text for s in script.screens for q in s.questions} if script else {}
    for key, value in (draft.get("answers") or {}).items():
        if value not in (None, ""):
            lines.append(f"{questions.get(key, key)}: {_answer(value)}")
    return "\n".join(lines)


class DraftDialog(QDialog):
    """The typed work of one draft, read-only; the notes can be copied."""

    def __init__(
        self, parent: QWidget, lead_id: int, draft: Draft, script: bant.Script | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved work on lead {lead}").format(lead=lead_id))
        saved = datetime.fromisoformat(str(draft["saved_at"])).astimezone()
        heading = QLabel(
            self.tr("{company}, {contact}; typed {saved}").format(
                company=draft.get("company") or self.tr("no company"),
                contact=draft.get("contact") or self.tr("no contact"),
                saved=i18n.moment(saved),
            )
        )
        heading.setWordWrap(True)
        self.why = QLabel(str(draft.get(LOST) or ""))
        self.why.setObjectName("fieldError")
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why the work cannot go back on the lead"))
        self.why.setVisible(bool(draft.get(LOST)))
        notes_label = QLabel(self.tr("&Notes"))
        self.notes = _read_only(str(draft.get("notes") or ""), self.tr("Notes from the draft"))
        notes_label.setBuddy(self.notes)
        typed = details(draft, script)
        details_label = QLabel(self.tr("&Also typed"))
        self.details = _read_only(typed or self.tr("Nothing else."), self.tr("Also typed"))
        details_label.setBuddy(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy notes"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_notes)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.why)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 2)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.notes.setFocus()

    def copy_notes(self) -> None:
        QGuiApplication.clipboard().setText(self.notes.toPlainText())


def _read_only(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    return box
