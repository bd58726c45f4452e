"""A form's field with its problem beneath it, for every form of the app."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidFields, InvalidInput
from qualifier_app.ui.shell import style


def in_form_order(exc: Exception, fields: Sequence[str]) -> list[Exception]:
    """The problems `exc` names (several for InvalidFields), in the order of the form's
    fields, those of no field last: the first is the one whose field takes the keyboard."""
    problems: list[Exception] = list(exc.problems) if isinstance(exc, InvalidFields) else [exc]

    def place(problem: Exception) -> int:
        field = problem.field if isinstance(problem, InvalidInput) else None
        return fields.index(field) if field in fields else len(fields)

    return sorted(problems, key=place)


def focus_goes_to(holder: QWidget, field: QWidget) -> None:
    """`holder` (a field and its messages) passes the focus to `field`: the mnemonic of the
    form row's label (Alt+R for "&Reason"), whose buddy the holder is, reaches the field. A
    label gives the focus only to a buddy that takes it; Tab still stops at the field alone."""
    holder.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    holder.setFocusProxy(field)


def with_problem_line(label: str, widget: QWidget) -> tuple[QWidget, QLabel]:
    """`widget` over a hidden, word-wrapped problem line: (the two together, the line).

    The field keeps its own height when the line appears: a form layout that runs short of
    height otherwise squeezes the field (to a sliver whose text cannot be read) before the
    window grows."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    field = label.replace("&", "")
    error.setAccessibleName(
        QCoreApplication.translate("FieldProblem", "{field} problem").format(field=field)
    )
    error.hide()
    if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):  # one line high
        widget.setMinimumHeight(widget.sizeHint().height())
    widget.setAccessibleName(field)
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    focus_goes_to(holder, widget)
    return holder, error


class FieldForm:
    """A form whose fields each have an error label right below them."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget, field: QWidget | None = None) -> None:
        """`widget` in a row of its own; its problem marks `field` (a line in the widget, say
        beside its button), which takes the focus, else the widget itself."""
        holder, error = with_problem_line(label, widget)
        self.layout.addRow(label, holder)
        marked = field or widget
        if field is not None:
            widget.setFocusProxy(field)
        self.fields[key] = marked
        self.errors[key] = error
        if isinstance(marked, QLineEdit):
            marked.textEdited.connect(lambda _text, key=key: self._edited(key))

    def _edited(self, key: str) -> None:
        """Typing in a field takes its problem away; the others stay until the next try."""
        self.errors[key].hide()
        style.set_invalid(self.fields[key], False)

    def clear(self) -> None:
        for key, error in self.errors.items():
            error.hide()
            error.clear()
            style.set_invalid(self.fields[key], False)

    def show(self, field: str | None, message: str, *, focus: bool = True) -> bool:
        """Show the message next to its field (and move there, unless `focus` is False: a
        problem found on opening a record, while the person still browses the list); False
        when no field fits."""
        if field not in self.fields:
            return False
        assert field is not None
        self.errors[field].setText(message)
        self.errors[field].show()
        style.set_invalid(self.fields[field], True)
        if focus:
            self.fields[field].setFocus()
        return True
