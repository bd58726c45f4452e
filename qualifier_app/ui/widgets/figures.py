"""A figure card: a big number with its caption, as used on panels and summaries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


def figure_card(caption: str, *, compact: bool = False) -> tuple[QFrame, QLabel]:
    """The card and the label that shows its value (accessible by the caption)."""
    card = QFrame()
    card.setObjectName("card")
    value = QLabel("–")
    value.setObjectName("figure")
    text = QLabel(QCoreApplication.translate("Figures", caption))
    value.setAccessibleName(text.text())
    text.setObjectName("figureCaption")
    layout = QVBoxLayout(card)
    if compact:
        layout.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(value)
    layout.addWidget(text)
    return card, value
