"""Ctrl-C in the middle of a unit of work: the person hears the interruption, and the
connection it broke off never goes back to the pool."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import text

from qualifier_app.persistence.database import Database


def _closed(connection: Any) -> bool:
    if hasattr(connection, "closed"):  # psycopg
        return bool(connection.closed)
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return True
    return False


def test_an_interrupted_unit_of_work_drops_its_connection_and_says_it_was_interrupted(
    database_url: str,
) -> None:
    """The driver may be mid-statement when Ctrl-C comes (psycopg's pipeline still busy):
    rolled back and reset for the pool, such a connection failed, and its failure took the
    interruption's place ("cannot reach the database", exit code 2)."""
    db = Database.from_url(database_url)
    try:
        with pytest.raises(KeyboardInterrupt), db.unit_of_work() as uow:
            uow.session.execute(text("SELECT count(*) FROM leads")).scalar()
            broken = uow.session.connection().connection.dbapi_connection
            raise KeyboardInterrupt
        assert broken is not None and _closed(broken)
        with db.unit_of_work() as uow:
            fresh = uow.session.connection().connection.dbapi_connection
            assert uow.session.execute(text("SELECT count(*) FROM leads")).scalar() == 0
        assert fresh is not broken
    finally:
        db.engine.dispose()
