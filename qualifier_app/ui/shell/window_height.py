"""Windows and dialogs that show a problem in a wrapped label grow to show it whole."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_show_all(window: QWidget) -> None:
    """Grow `window` to the height its layout needs at its width: a word-wrapped label that
    appears (a problem, say) raises the height needed for the width, which the window's
    minimum size does not follow, so without this the label and what is below it are cut."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
