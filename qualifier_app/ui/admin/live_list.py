"""Keeping an admin area's list current while it is on screen.

The same change feed as the team board (a cheap poll, on PostgreSQL and on SQLite) runs while
the area is shown; a burst of changes becomes one reload. When the area is shown again it
reloads at once, catching up on what changed while it was hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.live import ChangeWatcher

DEBOUNCE_MS = 400


class LiveList(QObject):
    def __init__(self, area: QWidget, context: AreaContext, reload: Callable[[], None]) -> None:
        super().__init__(area)
        self._context = context
        self._reload = reload
        self._watcher: ChangeWatcher | None = None
        self._shown_before = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(reload)
        self._area = area
        area.installEventFilter(self)

    @property
    def running(self) -> bool:
        return self._watcher is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            self._start()
        elif event.type() == QEvent.Type.Hide:
            self._stop()
        return False

    def _start(self) -> None:
        if self._watcher is not None:
            return
        if self._shown_before:
            self._reload()  # what changed while the area was hidden
        self._shown_before = True
        watcher = ChangeWatcher(self._context.services.board, self._context.signed_in.actor, self)
        watcher.changed.connect(self._debounce.start)
        watcher.start()
        self._area.destroyed.connect(watcher.stop_event.set)
        self._watcher = watcher

    def _stop(self) -> None:
        if self._watcher is not None:
            # Not joined: the feed's thread notices within a second and ends on its own.
            self._watcher.stop_event.set()
            self._watcher = None
