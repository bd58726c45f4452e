"""Changes in the shared data, delivered to the GUI thread as a signal.

A thread of its own blocks in the board service's `watch` (a cheap poll of the database,
through the workstation's one connection on PostgreSQL) and emits `changed`; Qt queues the
signal to the GUI thread.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from qualifier_app.domain.roles import Actor
from qualifier_app.services.board.team_board import BoardService


class ChangeWatcher(QObject):
    changed = Signal()
    stopped = Signal(str)  # why, when the feed failed; polling carries on

    def __init__(self, board: BoardService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self._actor = actor
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="board-changes", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._board.watch(self._actor, self._stop, self._emit_changed)
        except Exception as exc:  # the feed is a nicety; the board keeps polling
            if not self._stop.is_set():
                self._emit_safely(self.stopped, f"{type(exc).__name__}: {exc}")

    def _emit_changed(self) -> None:
        self._emit_safely(self.changed)

    def _emit_safely(self, signal: Any, *args: Any) -> None:
        # The window may be gone while this thread is still winding down.
        if self._stop.is_set():
            return
        try:
            signal.emit(*args)
        except RuntimeError:
            self._stop.set()

    @property
    def stop_event(self) -> threading.Event:
        return self._stop

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(3)
            self._thread = None
