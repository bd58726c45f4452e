"""The application stylesheet, shipped in resources/style."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from qualifier_app.paths import resources_dir


def apply(app: QApplication) -> None:
    path = resources_dir() / "style" / "qualifier.qss"
    if path.exists():
        app.setStyleSheet(path.read_text("utf-8"))
    app.setFont(unkerned(app.font()))


def unkerned(font: QFont) -> QFont:
    """The font without kerning. Qt sizes a caption by its kerned text but draws the
    underlined Alt letter as a run of its own, which kerning does not reach: "&To" was
    given 14 px and drawn 15 px wide, its "o" cut off (so were "&Week", "&Team", "&Worked by"
    and the German "&Telefon").
    Unkerned, what is measured is what is drawn."""
    font = QFont(font)
    font.setKerning(False)
    return font


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a field as invalid; the stylesheet draws it red."""
    if bool(widget.property("invalid")) == invalid:
        return  # re-polishing is costly, and forms call this on every keystroke
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
