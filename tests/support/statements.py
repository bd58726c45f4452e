"""What a person's workstation sends to the database, statement by statement."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine

from qualifier_app.app import Services
from qualifier_app.domain.roles import Actor
from tests.support.as_person import PersonRoutedDatabase


def engine_of(services: Services, actor: Actor) -> Engine:
    """The engine the actor's work goes through: their own login's on PostgreSQL."""
    if isinstance(services.db, PersonRoutedDatabase):
        return services.db.engine_for(actor.login)
    return services.db.engine


@contextmanager
def statements_sent(services: Services, actor: Actor) -> Iterator[list[tuple[str, bool]]]:
    """Each statement the actor's engine sends, up to its first parenthesis, and whether in
    autocommit (no BEGIN before it, no COMMIT after it)."""
    sent: list[tuple[str, bool]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        sent.append((statement.split("(")[0], conn.connection.dbapi_connection.autocommit))

    engine = engine_of(services, actor)
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", seen)
