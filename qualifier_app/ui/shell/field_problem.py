"""A form's field with its problem beneath it, for every form of the app."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidFields, InvalidInput


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
