"""The application stylesheet, shipped in resources/style."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from qualifier_app.paths import resources_dir


def apply(app: QApplication) -> None:
    path = resources_dir() / "style" / "qualifier.qss"
    if path.exists():
        app.setStyleSheet(path.read_text("utf-8"))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a field as invalid; the stylesheet draws it red."""
    if bool(widget.property("invalid")) == invalid:
        return  # re-polishing is costly, and forms call this on every keystroke
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
