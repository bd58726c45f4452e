"""Ctrl+Tab goes from area to area wherever the keyboard is; Ctrl+PgDown and Ctrl+PgUp go
from tab to tab inside the area shown (the Reports' charts, the Partners' lists)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


class AreaTabKeys(QObject):
    """Watches the tab widgets inside the areas. Qt gives Ctrl+Tab to the innermost tab
    widget around the keyboard: once it was in the Partners' lists, Ctrl+Tab went round them
    and never on to the areas after Partners (some of which have no Alt+number)."""

    def __init__(self, areas: QTabWidget) -> None:
        super().__init__(areas)
        self._areas = areas

    def watch(self, area: QWidget) -> None:
        for inner in area.findChildren(QTabWidget):
            inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        back = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        count = self._areas.count()
        self._areas.setCurrentIndex((self._areas.currentIndex() + (-1 if back else 1)) % count)
        return True


def step_inner_tabs(area: QWidget | None, step: int) -> None:
    """One tab on (or back) in the area's tab widget that holds the keyboard, else in its
    first one shown; the keyboard goes to its tab bar, where the arrow keys go on."""
    if area is None:
        return
    shown = [inner for inner in area.findChildren(QTabWidget) if inner.isVisible()]
    if not shown:
        return
    focus = QApplication.focusWidget()
    holding = [inner for inner in shown if focus is not None and inner.isAncestorOf(focus)]
    # The innermost one around the keyboard: the last of those found (children after parents).
    inner = holding[-1] if holding else shown[0]
    inner.setCurrentIndex((inner.currentIndex() + step) % inner.count())
    inner.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
