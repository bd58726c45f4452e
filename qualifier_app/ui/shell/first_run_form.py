"""A small form for the shell's own windows (first run, passwords): each field with its
error label right below it, a banner for problems that belong to no field, and a button.

The shell sits below `ui/widgets` in the layers, so it keeps this helper of its own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.field_problem import in_form_order, with_problem_line


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
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def build(self, fields: Sequence[tuple[str, str, QWidget]]) -> QWidget:
        layout = QFormLayout()
        for key, label, widget in fields:
            holder, error = with_problem_line(label, widget)
            layout.addRow(label, holder)
            self.fields[key] = widget
            self.errors[key] = error
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, key=key: self._edited(key))
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.banner)
        box.addLayout(layout)
        box.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        return panel

    def _edited(self, key: str) -> None:
        """Typing in a field takes its message away; the others stay until the next try."""
        self.errors[key].hide()
        style.set_invalid(self.fields[key], False)

    def reset(self) -> None:
        self.banner.hide()
        for key, error in self.errors.items():
            error.hide()
            error.clear()
            style.set_invalid(self.fields[key], False)

    def failed(self, exc: Exception) -> None:
        """Each message next to its field (the first one's takes the focus), or in the
        banner."""
        self.save_button.setEnabled(True)
        for problem in reversed(in_form_order(exc, list(self.fields))):
            self._one(problem)

    def _one(self, exc: Exception) -> None:
        field = exc.field if isinstance(exc, InvalidInput) else None
        if field in self.fields:
            assert field is not None
            self.errors[field].setText(message_of(exc))
            self.errors[field].show()
            style.set_invalid(self.fields[field], True)
            self.fields[field].setFocus()
        else:
            self.banner.setText(message_of(exc))
            self.banner.show()
