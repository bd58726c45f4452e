"""A Ctrl-C or a SIGTERM can break off a write anywhere, even while a statement of it is
still open: the unit of work around it still ends the transaction, so the next write (the
import recording that it was interrupted) does not find the database busy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from qualifier_app.persistence.bulk import driver_cursor
from qualifier_app.persistence.database import Database
from qualifier_app.settings import DatabaseTimeouts

COUNTING = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "


def a_cursor_not_yet_closed(session: Session) -> Any:
    """As a chunk's rows were written: `driver_cursor`'s block broken off before its close."""
    writing = driver_cursor(session, "writing the center")
    cursor = writing.__enter__()
    marker = "?" if session.get_bind().dialect.name == "sqlite" else "%s"
    cursor.executemany(f"UPDATE center SET name = {marker}", [("Broken",), ("off",)])
    return writing


def a_result_half_read(session: Session) -> Any:
    """As the queues were read for a chunk: rows still to come when it was broken off."""
    session.execute(text("UPDATE center SET name = 'Broken off'"))
    result = session.execute(text(COUNTING + "SELECT i FROM n"))
    assert result.fetchone() is not None
    return result


def a_connection_dropped_mid_statement(session: Session) -> Any:
    """As when the interruption came inside SQLAlchemy's own execute, which drops the
    connection itself before the unit of work sees anything."""
    result = a_result_half_read(session)
    session.connection().invalidate()
    return result


@pytest.mark.parametrize(
    "broken_off",
    [a_cursor_not_yet_closed, a_result_half_read, a_connection_dropped_mid_statement],
)
def test_a_write_broken_off_mid_statement_holds_no_lock(
    database_url: str, broken_off: Callable[[Session], Any]
) -> None:
    """An import stopped by SIGTERM read as "running" for minutes: the signal came with a
    statement still open, and an SQLite connection closed so keeps its transaction, and the
    write lock, for as long as the statement lives (as long as the interruption's traceback,
    which holds it)."""
    db = Database.from_url(database_url, timeouts=DatabaseTimeouts(sqlite_busy_seconds=1))
    held: Any = None
    try:
        with pytest.raises(KeyboardInterrupt), db.unit_of_work() as uow:
            held = broken_off(uow.session)
            raise KeyboardInterrupt
        assert held is not None  # still alive, as in the interruption's traceback
        with db.unit_of_work() as uow:
            uow.session.execute(text("UPDATE center SET name = 'Recorded'"))
            uow.commit()
        with db.unit_of_work(write=False) as uow:
            names = uow.session.execute(text("SELECT name FROM center")).scalars().all()
        assert set(names) <= {"Recorded"}
    finally:
        db.dispose()
