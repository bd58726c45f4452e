"""Windows take the room their screen has: they open no larger than it, and grow to show a
problem whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# A window's title bar and borders, which its size does not count and which are not known
# before the window manager first frames it.
FRAME = QSize(16, 40)


def fit_on_screen(window: QWidget, wanted: QSize) -> None:
    """Size `window` to `wanted`, or to what its screen leaves free for a window (the
    desktop's panels and the window's own frame taken off) where that is less: a window
    taller than a 1280×720 screen opened with its status line below the screen's edge."""
    room = window.screen().availableGeometry()
    fitted = wanted.boundedTo(room.size() - FRAME)
    window.resize(fitted)
    if fitted != wanted:
        window.move(room.topLeft())


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
