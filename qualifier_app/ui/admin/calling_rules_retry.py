"""The retry rules in the calling rules editor: the attempt cap, the minutes until the next
call after each no-contact disposition, and how long nurture leads rest. Shared by every
workstation (stored in the database, audited); administrators change them, supervisors read
them. A workstation whose settings file sets a value itself keeps its own, and says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.retry import NO_CONTACT
from qualifier_app.services.admin.retry_rules import (
    RetryDraft,
    RetryView,
    delay_field,
    parse_minutes,
)
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.forms import EditorForm, message_of


def _whole(text: str, field: str, what: str) -> int:
    cleaned = text.strip()
    if not cleaned.isdigit():
        shown = cleaned or QCoreApplication.translate("RetryPanel", "nothing")
        raise InvalidInput(
            QCoreApplication.translate(
                "RetryPanel", "{text} is not a whole number of {what}"
            ).format(text=shown, what=what),
            field,
        )
    return int(cleaned)


class RetryPanel(QWidget):
    def __init__(self, context: AreaContext, may_change: bool) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._may_change = may_change
        self._typed = False  # edits not saved yet: a reload of the list keeps them
        self.max_attempts = QLineEdit()
        self.max_attempts.setPlaceholderText(self.tr("calls per lead before nurture"))
        self.delays = {d.value: QLineEdit() for d in NO_CONTACT}
        for line in self.delays.values():
            line.setPlaceholderText(
                self.tr("e.g. 120, 240, 1440 (the last repeats; empty: no more calls)")
            )
        self.recycle_days = QLineEdit()
        self.recycle_days.setPlaceholderText(self.tr("days until a nurtured lead is called again"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("optional: why (kept in the audit log)"))
        self.form = EditorForm(
            self.tr("Retries after a call that reached nobody"), self.tr("&Update retries")
        )
        self.save_button = self.form.save_button
        fields: list[tuple[str, str, QWidget]] = [
            ("max_attempts", self.tr("Ma&x attempts"), self.max_attempts)
        ]
        fields += [
            (delay_field(name), self._labels()[name], line) for name, line in self.delays.items()
        ]
        fields += [
            ("nurture_recycle_days", self.tr("Nurture &for, days"), self.recycle_days),
            ("reason", self.tr("Why (retries)"), self.reason),
        ]
        panel = self.form.build(fields)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Retry rules status"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(panel)
        box.addWidget(self.status)
        self.save_button.clicked.connect(self.save)
        for line in (self.max_attempts, *self.delays.values(), self.recycle_days, self.reason):
            line.returnPressed.connect(self.save)
            line.textEdited.connect(self._edited)
            line.setReadOnly(not may_change)
        self.save_button.setEnabled(may_change)

    def _labels(self) -> dict[str, str]:
        return {
            "no_answer": self.tr("No answer, m&inutes"),
            "busy": self.tr("&Busy, minutes"),
            "voicemail_left": self.tr("Voicemail &left, minutes"),
            "wrong_number": self.tr("Wron&g number, minutes"),
            "bad_number": self.tr("Bad number, minutes"),
        }

    def reload(self) -> None:
        service, actor = self._context.services.retry_rules, self._actor
        self._context.workers.submit(lambda: service.view(actor), self._shown, self._failed)

    def _edited(self) -> None:
        self._typed = True

    def _shown(self, view: RetryView) -> None:
        shared = view.shared
        if not self._typed:
            self.max_attempts.setText(str(shared.max_attempts))
            for name, line in self.delays.items():
                line.setText(", ".join(str(m) for m in shared.delays.get(name, ())))
            self.recycle_days.setText(str(shared.nurture_recycle_days))
        if view.saved_at is None:
            where = self.tr(
                "Not saved in the database yet: each workstation follows its settings file. "
                "Saving makes these the rules of every workstation."
            )
        else:
            where = self.tr("Shared by every workstation; saved {when} UTC by {who}.").format(
                when=i18n.moment(view.saved_at), who=view.saved_by
            )
        if view.overridden:
            names = ", ".join(
                name.replace("delay_", "").replace("_", " ") for name in view.overridden
            )
            where += " " + self.tr(
                "This workstation's settings file sets its own: {names}."
            ).format(names=names)
        self.status.setText(where)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def draft(self) -> RetryDraft:
        """The form as typed, or InvalidInput naming the field at fault."""
        return RetryDraft(
            _whole(self.max_attempts.text(), "max_attempts", self.tr("calls")),
            {
                name: parse_minutes(line.text(), delay_field(name))
                for name, line in self.delays.items()
            },
            _whole(self.recycle_days.text(), "nurture_recycle_days", self.tr("days")),
        )

    def save(self) -> None:
        if not self._may_change:
            return
        self.form.reset()
        try:
            draft = self.draft()
        except InvalidInput as exc:
            self.form.failed(exc)
            return
        service, actor, reason = self._context.services.retry_rules, self._actor, self.reason.text()
        self.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.save(actor, draft, reason), self._saved, self.form.failed
        )

    def _saved(self, view: RetryView) -> None:
        self.save_button.setEnabled(True)
        self.reason.clear()
        self._typed = False
        self._shown(view)
        self.status.setText(
            self.tr("Saved: the next call outcome follows these rules.") + " " + self.status.text()
        )
