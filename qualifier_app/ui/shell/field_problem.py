"""A form's field with its problem beneath it, for every form of the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidInput

T = TypeVar("T")


class Problems(Exception):
    """Every field of a form that cannot be read, to be named next to each at once."""

    def __init__(self, problems: list[InvalidInput]) -> None:
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


class Gathered:
    """Reads a form's fields one check at a time, keeping each problem instead of stopping
    at the first; `done()` raises Problems when there was any."""

    def __init__(self) -> None:
        self.found: list[InvalidInput] = []

    def check(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except InvalidInput as exc:
            self.found.append(exc)
            # Never read: done() refuses the form once a problem is found.
            return None  # type: ignore[return-value]

    def done(self) -> None:
        if self.found:
            raise Problems(self.found)


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
