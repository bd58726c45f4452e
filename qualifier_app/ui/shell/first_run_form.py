"""A form: each field with its problem right below it, a banner for problems that belong to
no field, and a button; the shell's own windows (first run, passwords) use it as it is, and
the areas' editors (ui/widgets/forms.py EditorForm) build on it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.field_problem import FieldForm, in_form_order


def message_of(exc: Exception) -> str:
    return i18n.problem_text(exc)


class CheckedForm:
    def __init__(self, heading: str, save_text: str) -> None:
        self.heading = QLabel(heading)
        self.heading.setObjectName("subtitle")
        self.banner = QLabel()
        self.banner.setObjectName("bannerError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.save_button = QPushButton(save_text)
        self.save_button.setObjectName("primary")
        self.form = FieldForm(QFormLayout())
        self.fields = self.form.fields
        self.errors = self.form.errors

    def build(self, fields: Sequence[tuple[str, str, QWidget]]) -> QWidget:
        panel, box = self.panel(fields)
        box.setContentsMargins(0, 0, 0, 0)
        return panel

    def panel(self, fields: Sequence[tuple[str, str, QWidget]]) -> tuple[QWidget, QVBoxLayout]:
        """The heading, the banner, the fields and the button, one under the other."""
        for key, label, widget in fields:
            self.form.add(key, label, widget)
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.addWidget(self.heading)
        box.addWidget(self.banner)
        box.addLayout(self.form.layout)
        box.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        return panel, box

    def reset(self) -> None:
        self.banner.hide()
        self.form.clear()

    def failed(self, exc: Exception) -> None:
        """Each message next to its field (the first one's takes the focus), or in the
        banner."""
        self.save_button.setEnabled(True)
        for problem in reversed(in_form_order(exc, list(self.fields))):
            field = problem.field if isinstance(problem, InvalidInput) else None
            if not self.form.show(field, message_of(problem)):
                self.banner.setText(message_of(problem))
                self.banner.show()
