"""Run service calls off the GUI thread; results and errors come back as signals.

Every database or file call from the UI goes through `Workers.submit`. Only plain data
crosses back. The pool is owned by the application and drained on quit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from qualifier_app.ui.shell import unexpected

T = TypeVar("T")


class _Signals(QObject):
    # Qt carries any Python value as `object`; the types are kept by Task and submit().
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


class Task(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.name = getattr(fn, "__qualname__", type(fn).__name__)

    @Slot()
    def run(self) -> None:
        try:
            value = self.fn()
        except Exception as exc:
            unexpected.keep(exc)
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def _while_alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """The callback, skipped once a widget it belongs to or refers to has been deleted: a
    window closed while its call ran must not be called back (Qt would raise)."""
    owner = getattr(callback, "__self__", None)
    widgets = [owner] if isinstance(owner, QObject) else []
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # a cell not filled yet
            continue
        if isinstance(value, QObject):
            widgets.append(value)
    if not widgets:
        return callback

    def deliver(value: Any) -> None:
        if all(shiboken6.isValid(widget) for widget in widgets):
            callback(value)

    return deliver


class Workers(QObject):
    """The application's thread pool for service calls."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Task[Any]] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Task[T]:
        task: Task[T] = Task(fn)
        if self._closed:
            # Quitting: a window's timer may still fire; nothing new starts, nothing reports.
            return task
        # Connected before start, so no result can be emitted into the void.
        if on_result is not None:
            task.signals.result.connect(_while_alive(on_result))
        if on_error is not None:
            task.signals.error.connect(_while_alive(on_error))
        task.signals.finished.connect(lambda: self._done(task))
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    def _done(self, task: Task[Any]) -> None:
        self._running.discard(task)
        if not self._running and not self._closed:
            self.busy_changed.emit(False)

    @property
    def active(self) -> int:
        return len(self._running)

    def running(self) -> list[str]:
        """What is running, by the name of its function (for a report that something hangs)."""
        return sorted(task.name for task in self._running)

    def drain(self, timeout_ms: int = 10_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def close(self, timeout_ms: int = 10_000) -> bool:
        """On quit: start nothing more, and wait for what is running."""
        self._closed = True
        return self.drain(timeout_ms)
