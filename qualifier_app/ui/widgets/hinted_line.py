"""A one-line field never narrower than its hint (placeholder) in the language shown."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

# What QLineEdit keeps between its contents and the text, on either side.
INNER_MARGIN = 2


class HintedLineEdit(QLineEdit):
    def __init__(self, hint: str, least: str = "", parent: QWidget | None = None) -> None:
        """`least`: a sample text the field has room for whatever its hint."""
        super().__init__(parent)
        self.setPlaceholderText(hint)
        self._least = least

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Measured when asked, not when made: the font and the stylesheet's padding are
        # only known once the field is polished.
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        margins = self.textMargins()
        wide = max(
            metrics.horizontalAdvance(self.placeholderText()),
            metrics.horizontalAdvance(self._least),
        )
        text = QSize(wide + 2 * INNER_MARGIN + margins.left() + margins.right(), hint.height())
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, self)
        return QSize(max(hint.width(), needed.width()), hint.height())
