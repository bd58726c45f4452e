"""The reply watchdog's thread ends when its engine has stopped calling, and comes back."""

from __future__ import annotations

import contextlib
import math
import socket
import time
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from qualifier_app.persistence import engine
from qualifier_app.persistence.engine import ReplyDeadlines


class _Connection:
    """What the watchdog reads of a driver connection: its socket and whether it is closed."""

    def __init__(self, sock: socket.socket) -> None:
        self.pgconn = SimpleNamespace(socket=sock.fileno())
        self.closed = False


def _connection(sock: socket.socket) -> _Connection:
    return _Connection(sock)


@contextlib.contextmanager
def _watched(deadlines: ReplyDeadlines) -> Iterator[tuple[_Connection, socket.socket]]:
    """A connection on a socket pair; closed afterwards, so that a watchdog still running
    never shuts down a later test's socket that reuses the number."""
    left, right = socket.socketpair()
    connection = _connection(left)
    try:
        with left, right:
            yield connection, left
    finally:
        connection.closed = True
        deadlines.disarm(connection)


def _ends(deadlines: ReplyDeadlines, within: float = 10.0) -> bool:
    thread = deadlines._thread
    assert thread is not None
    thread.join(within)
    return not thread.is_alive()


def test_an_idle_watchdog_leaves_no_thread_and_the_next_call_starts_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "IDLE_WATCHDOG_SECONDS", 0.1)
    deadlines = ReplyDeadlines(seconds=60)
    left, right = socket.socketpair()
    with left, right:
        connection = _connection(left)
        deadlines.arm(connection)
        first = deadlines._thread
        deadlines.disarm(connection)
        assert _ends(deadlines)
        assert deadlines._thread is None

        deadlines.arm(connection)
        assert deadlines._thread is not None and deadlines._thread is not first
        assert deadlines._thread.is_alive()
        deadlines.disarm(connection)
        assert _ends(deadlines)


def test_a_watchdog_still_shuts_down_an_overdue_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "IDLE_WATCHDOG_SECONDS", 0.1)
    deadlines = ReplyDeadlines(seconds=0.2)
    left, right = socket.socketpair()
    with left, right:
        connection = _connection(left)
        deadlines.arm(connection)
        left.settimeout(10)
        # Shut down for reading: the blocked read returns end-of-file instead of waiting.
        assert left.recv(1) == b""
        assert _ends(deadlines)


def _waiting(deadlines: ReplyDeadlines, longer_than: float = 0.0, within: float = 10.0) -> None:
    """Until the watchdog has looked and waits for its next look, more than `longer_than`
    seconds away."""
    stop = time.monotonic() + within
    while time.monotonic() < stop:
        with deadlines._lock:
            if time.monotonic() + longer_than < deadlines._looks_at < math.inf:
                return
        time.sleep(0.01)
    raise AssertionError("the watchdog never settled into such a wait")


def test_statements_due_after_the_watchdogs_next_look_do_not_wake_it() -> None:
    deadlines = ReplyDeadlines(seconds=60)
    with _watched(deadlines) as (connection, _):
        deadlines.arm(connection)
        _waiting(deadlines)
        wakes = 0
        notify = deadlines._lock.notify

        def counted(n: int = 1) -> None:
            nonlocal wakes
            wakes += 1
            notify(n)

        deadlines._lock.notify = counted  # type: ignore[method-assign]
        for _ in range(100):  # a workstation's statements, each armed and disarmed
            deadlines.disarm(connection)
            deadlines.arm(connection)
        # (One due before its next look does wake it: the test below.)
        assert wakes == 0


def test_an_earlier_deadline_wakes_a_watchdog_that_waits_long() -> None:
    deadlines = ReplyDeadlines(seconds=60)
    with _watched(deadlines) as (connection, left):
        deadlines.arm(connection)
        deadlines.disarm(connection)
        # Idle, once it has looked after the disarm: it looks again after IDLE_WATCHDOG_SECONDS.
        _waiting(deadlines, longer_than=5)
        deadlines.arm(connection, seconds=0.2)
        # Shut down within a second, not at the idle watchdog's next look.
        left.settimeout(5)
        assert left.recv(1) == b""
