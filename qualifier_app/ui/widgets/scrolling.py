"""A scroll area that keeps the focused widget in view, for a window shorter than its content.

Qt scrolls a scroll area to a widget that gets focus by Tab, but not to one focused by the
program (a step that appears and takes focus) nor after the content is laid out again under
a widget that already has focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_MARGIN = 8  # pixels shown around the focused widget, so its frame is not cut


class _FocusInView(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        # Once control is back in the event loop: a widget focused as it appears is only
        # where it will stay after its column has been laid out.
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(0)
        self._reveal.timeout.connect(self._show_focus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        content = area.widget()
        if content is not None:
            content.installEventFilter(self)

    def _focus_in_content(self) -> QWidget | None:
        content = self._area.widget()
        focus = QApplication.focusWidget()
        if content is None or focus is None or not content.isAncestorOf(focus):
            return None
        return focus

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._focus_in_content() is new:
            self._reveal.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        laid_out = event.type() in {QEvent.Type.LayoutRequest, QEvent.Type.Resize}
        if laid_out and watched is self._area.widget() and self._focus_in_content():
            self._reveal.start()
        return False

    def _show_focus(self) -> None:
        focus = self._focus_in_content()
        if focus is not None and focus.isVisible():
            self._area.ensureWidgetVisible(focus, _MARGIN, _MARGIN)


def keep_focus_in_view(area: QScrollArea) -> None:
    """Scroll `area` to the focused widget inside it whenever focus moves there or the
    content is laid out again; call once its content widget is set."""
    _FocusInView(area)


def focus_if_lost(area: QWidget, widget: QWidget) -> None:
    """Give `widget` the keyboard when nothing has it, or what had it in `area` went away
    (disabled or hidden with the lead it belonged to): typing must never go nowhere. Focus
    elsewhere (another area, a dialog) is left where it is."""
    focused = QApplication.focusWidget()
    if focused is None or (
        area.isAncestorOf(focused) and not (focused.isEnabled() and focused.isVisible())
    ):
        widget.setFocus()
