"""Timeouts from the settings: no database call waits forever on a server that does not
answer, a statement that runs away, or another program holding SQLite's write lock."""

from __future__ import annotations

import socket
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qualifier_app.domain.errors import DatabaseUnavailable
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import LONG_REPLY_OPTION
from qualifier_app.settings import DatabaseTimeouts

SHORT = DatabaseTimeouts(
    connect_seconds=3,
    statement_seconds=1,
    idle_in_transaction_seconds=7,
    keepalive_idle_seconds=4,
    keepalive_interval_seconds=2,
    keepalive_count=2,
    sqlite_busy_seconds=1,
)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_postgres_sessions_carry_every_timeout(database_url: str) -> None:
    db = Database.from_url(database_url, timeouts=SHORT)
    try:
        with db.engine.connect() as connection:
            shown = {
                name: connection.exec_driver_sql(f"SHOW {name}").scalar_one()
                for name in ("statement_timeout", "idle_in_transaction_session_timeout")
            }
            params = connection.connection.driver_connection.info.get_parameters()  # type: ignore[union-attr]
        assert shown == {"statement_timeout": "1s", "idle_in_transaction_session_timeout": "7s"}
        assert params["connect_timeout"] == "3"
        assert params["keepalives"] == "1"
        assert params["keepalives_idle"] == "4"
        assert params["keepalives_interval"] == "2"
        assert params["keepalives_count"] == "2"
        assert params["tcp_user_timeout"] == "8000"
    finally:
        db.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_runaway_statement_is_cancelled_and_reported(database_url: str) -> None:
    db = Database.from_url(database_url, timeouts=SHORT)
    try:
        with (
            pytest.raises(DatabaseUnavailable, match="statement timeout"),
            db.unit_of_work() as uow,
        ):
            uow.session.execute(text("SELECT pg_sleep(30)"))
        # The pool is healthy afterwards: the next call works.
        with db.unit_of_work(write=False) as uow:
            assert uow.session.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        db.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_statement_marked_long_outlives_the_usual_wait_for_a_reply(database_url: str) -> None:
    # SHORT waits 1 + 3 seconds for a reply; the server's own limit is lifted for both.
    db = Database.from_url(database_url, timeouts=SHORT)
    try:
        with db.unit_of_work() as uow:
            uow.session.execute(text("SET LOCAL statement_timeout = 0"))
            slept = uow.session.execute(
                text("SELECT 1 FROM pg_sleep(6)"),
                execution_options={LONG_REPLY_OPTION: 60},
            ).scalar_one()
        assert slept == 1
        with (
            pytest.raises(DatabaseUnavailable, match="cannot reach the database"),
            db.unit_of_work() as uow,
        ):
            uow.session.execute(text("SET LOCAL statement_timeout = 0"))
            uow.session.execute(text("SELECT pg_sleep(6)"))
    finally:
        db.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_migration_outlives_the_statement_timeout_and_the_usual_wait_for_a_reply(
    database_url: str,
) -> None:
    # What `qualifier db upgrade` and alembic's env.py run migrations on: a statement longer
    # than SHORT's statement timeout (1 s) and reply wait (1 + 3 s) still completes.
    db = Database.from_url(database_url, timeouts=SHORT)
    try:
        with schema.migration_connection(db.engine) as connection:
            assert connection.exec_driver_sql("SHOW statement_timeout").scalar_one() == "0"
            slept = connection.execute(text("SELECT 1 FROM pg_sleep(6)")).scalar_one()
            connection.commit()
        assert slept == 1
        # The connection goes back to the pool with the usual limits.
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW statement_timeout").scalar_one() == "1s"
        with (
            pytest.raises(DatabaseUnavailable, match="cannot reach the database"),
            db.unit_of_work() as uow,
        ):
            uow.session.execute(text("SET LOCAL statement_timeout = 0"))
            uow.session.execute(text("SELECT pg_sleep(6)"))
    finally:
        db.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_connection_to_a_silent_server_gives_up_after_connect_timeout(
    database_url: str,
) -> None:
    # A listening socket that never answers: the TCP handshake completes, the server never
    # speaks. libpq must give up after connect_timeout.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        url = make_url(database_url).set(host="127.0.0.1", port=port)
        db = Database.from_url(
            url.render_as_string(hide_password=False),
            timeouts=DatabaseTimeouts(connect_seconds=2),
        )
        try:
            with pytest.raises(DatabaseUnavailable, match="cannot reach the database"):
                db.ping()
        finally:
            db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_waits_busy_timeout_for_the_write_lock_then_says_so(database_url: str) -> None:
    db = Database.from_url(database_url, timeouts=SHORT)
    path = make_url(database_url).database
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 1000
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(DatabaseUnavailable, match="busy"), db.unit_of_work() as uow:
            uow.session.execute(text("UPDATE users SET failed_logins = 0"))
        other.execute("ROLLBACK")
        with db.unit_of_work() as uow:
            uow.session.execute(text("UPDATE users SET failed_logins = 0"))
            uow.commit()
    finally:
        other.close()
        db.dispose()
