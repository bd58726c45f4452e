"""Knowing when the shared data changed, without asking the big tables.

PostgreSQL: triggers (migration 0022_i17_feed) add one to a counter row for each committed
transaction that changed leads, attempts, users, sessions or the audit log; the feed asks for
the counters' sum every `poll_seconds`, one read of 64 small rows (a page or two) through the
workstation's own pooled connection. No connection of its own and no LISTEN, so it works
through PgBouncer in transaction pooling mode, and writers never NOTIFY. SQLite: `PRAGMA
data_version` on a connection of our own changes whenever any other connection commits, so
polling it is nearly free.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

SQLITE_POLL_SECONDS = 0.25
POSTGRES_POLL_SECONDS = 1.0
_COUNTERS = text("SELECT sum(version) FROM change_counters")


class ChangeFeed(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True as soon as something changed."""
        ...

    def close(self) -> None: ...


class _PostgresFeed:
    def __init__(self, engine: Engine, poll_seconds: float) -> None:
        # One statement, no transaction around it: one round trip per poll.
        self._engine = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._poll = poll_seconds
        self._next_poll = time.monotonic() + poll_seconds
        self._version = self._read()
        self._lost = self._version is None

    def _sum(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(_COUNTERS).scalar_one())

    def _read(self) -> int | None:
        """The counters' sum; None while the server cannot be reached (a restart of the server
        or the pooler, a long call holding this workstation's connection): the next poll asks
        again, and the pool replaces a dead connection. Any other error (no such table: the
        schema is older than the app) is raised."""
        try:
            return self._sum()
        except PoolTimeout:
            return None
        except DBAPIError as exc:
            if exc.connection_invalidated or isinstance(exc, OperationalError):
                return None
            raise

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if now >= self._next_poll:
                self._next_poll = now + self._poll
                if self._changed():
                    return True
                now = time.monotonic()
            left = deadline - now
            if left <= 0:
                return False
            time.sleep(max(0.0, min(self._next_poll - now, left)))

    def _changed(self) -> bool:
        current = self._read()
        if current is None:
            self._lost = True
            return False
        # After an outage anything may have changed meanwhile.
        changed = current != self._version or self._lost
        self._version, self._lost = current, False
        return changed

    def close(self) -> None:
        """Nothing of its own to close: the feed borrows the pool's connection per poll."""


class _SqliteFeed:
    def __init__(self, engine: Engine) -> None:
        raw: Any = engine.raw_connection()
        self._raw: Any = raw.driver_connection
        raw.detach()
        self._version = self._data_version()

    def _data_version(self) -> int:
        cursor = self._raw.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            current = self._data_version()
            if current != self._version:
                self._version = current
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(SQLITE_POLL_SECONDS, left))

    def close(self) -> None:
        self._raw.close()


def open_feed(engine: Engine, poll_seconds: float = POSTGRES_POLL_SECONDS) -> ChangeFeed:
    if engine.dialect.name == "postgresql":
        return _PostgresFeed(engine, poll_seconds)
    return _SqliteFeed(engine)
