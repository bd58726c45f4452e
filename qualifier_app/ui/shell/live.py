"""Changes in the shared data, delivered to the GUI thread as a signal.

A thread of its own blocks in the board service's `watch` (a cheap poll of the database,
through the workstation's one connection on PostgreSQL) and emits `changed`; Qt queues the
signal to the GUI thread. Should the feed fail, `stopped` says why and the feed is opened
again after a back-off; `resumed` says when it is.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from qualifier_app.domain.roles import Actor
from qualifier_app.services.board.team_board import BoardService

# Seconds between attempts to open the feed again after it failed; the last one repeats.
RETRY_SECONDS = (2.0, 5.0, 10.0, 30.0, 60.0)


class ChangeWatcher(QObject):
    changed = Signal()
    stopped = Signal(str)  # why, when the feed failed; polling carries on, the feed is retried
    resumed = Signal()  # the feed is open again after it stopped

    def __init__(
        self,
        board: BoardService,
        actor: Actor,
        parent: QObject | None = None,
        retry_seconds: Sequence[float] | None = None,
    ) -> None:
        super().__init__(parent)
        self._board = board
        self._actor = actor
        self._retry_seconds = tuple(retry_seconds or RETRY_SECONDS)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._down = False  # the feed failed and is not open again yet
        self._failures = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="board-changes", daemon=True)
        self._thread.start()

    @property
    def live(self) -> bool:
        """Whether changes arrive as they happen (False from a failure until it reopens)."""
        return not self._down

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._board.watch(self._actor, self._stop, self._emit_changed, ready=self._ready)
                return
            except Exception as exc:  # the feed is a nicety; the board keeps polling
                if self._stop.is_set():
                    return
                self._down = True
                self._emit_safely(self.stopped, _short(f"{type(exc).__name__}: {exc}"))
                delay = self._retry_seconds[min(self._failures, len(self._retry_seconds) - 1)]
                self._failures += 1
                self._stop.wait(delay)

    def _ready(self) -> None:
        self._failures = 0
        if self._down:
            self._down = False
            self._emit_safely(self.resumed)
            # What changed while the feed was down went unreported.
            self._emit_changed()

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


def _short(why: str, limit: int = 80) -> str:
    """The first line, cut to fit the board's status line (a driver's error runs long)."""
    line = why.strip().splitlines()[0] if why.strip() else why
    return line if len(line) <= limit else line[: limit - 1] + "…"
