"""The Workspace's service calls: on the worker pool, dropped when they answer after the
Workspace closed, and retried with backoff while the database cannot be reached."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from qualifier_app.domain.errors import (
    AccountDeactivated,
    Conflict,
    DatabaseUnavailable,
    NotFound,
    NothingEligible,
    PermissionDenied,
)
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.banner import Banner

T = TypeVar("T")

CONNECTION = "connection"
# What a deactivated person's calls fail with: their rows are no longer theirs to see.
FOUND_NOTHING = (NotFound, Conflict, NothingEligible, PermissionDenied)
# PostgreSQL's refusal of a login role made NOLOGIN, on the next connection it opens.
LOGIN_REFUSED = "not permitted to log in"


def problem_text(exc: Exception) -> str:
    return i18n.problem_text(exc)


class ServiceCalls(QObject):
    def __init__(
        self,
        owner: QWidget,
        workers: Workers,
        banner: Banner,
        retry_delays_ms: Sequence[int],
        *,
        still_active: Callable[[], bool] = lambda: True,
        deactivated: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(owner)
        self._still_active = still_active
        self._deactivated = deactivated
        self._owner = owner
        self._workers = workers
        self._banner = banner
        self._retry_delays = tuple(retry_delays_ms)
        self._retry_action: Callable[[], None] | None = None
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.retry_now)

    def submit(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Workers.submit, but a reply arriving after the owner closed is dropped."""
        owner = self._owner

        def alive_result(value: T) -> None:
            if on_result is not None and shiboken6.isValid(owner):
                on_result(value)

        def alive_error(exc: Exception) -> None:
            if on_error is not None and shiboken6.isValid(owner):
                on_error(exc)

        self._workers.submit(
            fn,
            alive_result if on_result is not None else None,
            alive_error if on_error is not None else None,
        )

    def call(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[Exception], None],
        *,
        doing: str,
        attempt: int = 0,
    ) -> None:
        """Run `fn` on the pool; while the database is unreachable, say so and try again."""

        def failed(exc: Exception) -> None:
            if isinstance(exc, AccountDeactivated) or LOGIN_REFUSED in str(exc):
                self._deactivated()
                return
            if isinstance(exc, FOUND_NOTHING):
                self.submit(
                    self._still_active,
                    lambda active: on_error(exc) if active else self._deactivated(),
                    lambda _: on_error(exc),
                )
                return
            if isinstance(exc, DatabaseUnavailable):
                delay = self._retry_delays[min(attempt, len(self._retry_delays) - 1)]
                self._retry_action = lambda: self.call(
                    fn, on_result, on_error, doing=doing, attempt=attempt + 1
                )
                self._banner.show_message(
                    self.tr(
                        "Connection lost, your work is kept: the database cannot be reached while "
                        "{doing} ({problem}). Nothing you typed is lost; trying again in "
                        "{seconds} s (attempt {attempt})."
                    ).format(
                        doing=doing,
                        problem=i18n.problem_text(exc),
                        seconds=max(1, delay // 1000),
                        attempt=attempt + 1,
                    ),
                    error=True,
                    topic=CONNECTION,
                    actions=[(self.tr("Try &again now"), self.retry_now)],
                )
                self._retry_timer.start(delay)
                return
            on_error(exc)

        def done(value: T) -> None:
            self._banner.clear(CONNECTION)
            on_result(value)

        self.submit(fn, done, failed)

    def retry_now(self) -> None:
        self._retry_timer.stop()
        action, self._retry_action = self._retry_action, None
        if action is not None:
            action()
