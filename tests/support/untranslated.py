"""A service's words (a `Message`) handed to a widget as they are reach the screen in
English whatever the person's language: every text setter the app uses notes it here, and
each GUI test fails on what it noted (the app calls i18n.translated or problem_text first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from qualifier_app.domain.text import Message

SETTERS: dict[type, tuple[str, ...]] = {
    QLabel: ("setText",),
    QAbstractButton: ("setText",),
    QLineEdit: ("setText", "setPlaceholderText"),
    QPlainTextEdit: ("setPlainText", "setPlaceholderText"),
    QTextEdit: ("setPlainText", "setPlaceholderText"),
    QMessageBox: ("setText", "setInformativeText"),
    QStatusBar: ("showMessage",),
    QTableWidgetItem: ("setText", "setToolTip"),
    QComboBox: ("addItem", "setItemText", "setPlaceholderText"),
    QListWidget: ("addItem",),
    QGroupBox: ("setTitle",),
    QTabWidget: ("setTabText", "addTab"),
    QWidget: ("setToolTip", "setAccessibleName", "setWindowTitle"),
}

noted: list[str] = []


def _noting(kind: type, name: str, setter: Callable[..., Any]) -> Callable[..., Any]:
    def set_text(self: object, *args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, Message):
                noted.append(f"{kind.__name__}.{name}({value.source!r})")
        return setter(self, *args, **kwargs)

    return set_text


def install() -> None:
    for kind, names in SETTERS.items():
        for name in names:
            setter = kind.__dict__.get(name) or getattr(kind, name)
            if getattr(setter, "__wrapped_setter__", False):
                continue
            noting = _noting(kind, name, setter)
            noting.__wrapped_setter__ = True  # type: ignore[attr-defined]
            setattr(kind, name, noting)
