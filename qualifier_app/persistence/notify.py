"""Knowing when the shared data changed, without asking the big tables.

PostgreSQL: triggers (migration 0006) NOTIFY on the channel `qualifier_changes` when leads,
attempts, users or sessions change; a dedicated connection LISTENs. SQLite: `PRAGMA
data_version` on a connection of our own changes whenever any other connection commits, so
polling it is nearly free.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from sqlalchemy import Engine

CHANNEL = "qualifier_changes"
SQLITE_POLL_SECONDS = 0.25


class ChangeFeed(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True as soon as something changed."""
        ...

    def close(self) -> None: ...


class _PostgresFeed:
    def __init__(self, engine: Engine) -> None:
        self._raw: Any = engine.raw_connection()
        self._connection: Any = self._raw.driver_connection
        assert self._connection is not None
        self._raw.detach()  # a listening connection never goes back to the pool
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        changed = False
        for _ in self._connection.notifies(timeout=timeout, stop_after=1):
            changed = True
        if changed:  # drain what arrived together, so one burst is one change
            for _ in self._connection.notifies(timeout=0.05):
                pass
        return changed

    def close(self) -> None:
        self._connection.close()


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


def open_feed(engine: Engine) -> ChangeFeed:
    if engine.dialect.name == "postgresql":
        return _PostgresFeed(engine)
    return _SqliteFeed(engine)
