"""The reply watchdog's thread ends when its engine has stopped calling, and comes back."""

from __future__ import annotations

import socket
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
