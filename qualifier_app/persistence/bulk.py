"""Writing many rows fast: COPY on PostgreSQL, executemany on SQLite.

Rows are tuples in the order of `columns`, holding the application's values (aware UTC
datetimes, Decimal money, dicts for JSON); they are converted here the way the column types
would convert them, because the fast paths skip SQLAlchemy's per-value processing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import Boolean, Date, Table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from qualifier_app.persistence.types import JsonType, Money, UTCDateTime

SQLITE_BATCH = 20_000


def _sqlite_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    # SQLAlchemy's own format; strftime("%Y") would write year 1 as "1", which it cannot read.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _money(value: Decimal | int | None) -> int | None:
    if value is None:
        return None
    return int((Decimal(value) * 100).to_integral_value())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _converters(table: Table, columns: Sequence[str], sqlite: bool) -> list[Callable[[Any], Any]]:
    found: list[Callable[[Any], Any]] = []
    for name in columns:
        kind = table.c[name].type
        if isinstance(kind, Money):
            found.append(_money)
        elif isinstance(kind, UTCDateTime) and sqlite:
            found.append(_sqlite_datetime)
        elif kind is JsonType or type(kind).__name__ in {"JSON", "JSONB", "Variant"}:
            found.append(_json)
        elif isinstance(kind, Date) and sqlite:
            found.append(_date)
        elif isinstance(kind, Boolean) and sqlite:
            found.append(_bool)
        else:
            found.append(lambda value: value)
    return found


@contextmanager
def driver_cursor(session: Session, doing: str) -> Iterator[Any]:
    """A cursor of the session's own driver connection, for what SQLAlchemy does not do
    (COPY, batches without a statement object per row). Its errors are raised as
    SQLAlchemy's are: a connection lost meanwhile is dropped from the pool, and the person is
    told the database went away, not shown the driver's traceback."""
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    dialect = connection.dialect
    cursor = driver.cursor()
    try:
        yield cursor
    except dialect.loaded_dbapi.Error as exc:
        lost = dialect.is_disconnect(exc, driver, cursor)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            doing,
            None,
            exc,
            dialect.loaded_dbapi.Error,
            connection_invalidated=lost,
            dialect=dialect,
        ) from exc
    finally:
        # Broken off by a Ctrl-C, this block may end only when the cursor is collected, with
        # its connection closed already: nothing is left to close then.
        with suppress(dialect.loaded_dbapi.Error):
            cursor.close()


def write_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> int:
    """Insert `rows` into `table` within the session's transaction; returns the count."""
    sqlite = session.connection().dialect.name == "sqlite"
    convert = _converters(table, columns, sqlite)
    needs = [index for index, fn in enumerate(convert) if fn.__name__ != "<lambda>"]
    count = 0
    with driver_cursor(session, f"writing {table.name}") as cursor:
        if sqlite:
            return _insert_batches(cursor, _insert(table, columns, "?"), rows, convert, needs)
        row_security = cursor.execute("SELECT row_security_active(%s)", (table.name,))
        if row_security.fetchone()[0]:
            # Connected as a person, not the owner: PostgreSQL refuses COPY into a table
            # whose row-level security applies; batched INSERTs are checked row by row.
            return _insert_batches(cursor, _insert(table, columns, "%s"), rows, convert, needs)
        copy_sql = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
        with cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(_convert_row(row, convert, needs) if needs else row)
                count += 1
    return count


def _insert(table: Table, columns: Sequence[str], mark: str) -> str:
    marks = ", ".join(mark for _ in columns)
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608


def _insert_batches(
    cursor: Any,
    statement: str,
    rows: Iterable[tuple[Any, ...]],
    convert: list[Callable[[Any], Any]],
    needs: list[int],
) -> int:
    count = 0
    iterator = iter(rows)
    while batch := list(islice(iterator, SQLITE_BATCH)):
        if needs:
            batch = [_convert_row(row, convert, needs) for row in batch]
        cursor.executemany(statement, batch)
        count += len(batch)
    return count


def _convert_row(
    row: tuple[Any, ...], convert: list[Callable[[Any], Any]], needs: list[int]
) -> tuple[Any, ...]:
    values = list(row)
    for index in needs:
        values[index] = convert[index](values[index])
    return tuple(values)


def next_id(session: Session, table: Table) -> int:
    found = session.execute(text(f"SELECT max(id) FROM {table.name}")).scalar()  # noqa: S608
    return int(found or 0) + 1


def reset_sequence(session: Session, table: Table) -> None:
    """After rows were written with explicit ids, let PostgreSQL's own ids carry on past them."""
    if session.connection().dialect.name != "postgresql":
        return
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )
    )


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """`count` new ids for rows written with explicit ids while others may write too: taken
    from the sequence on PostgreSQL; on SQLite the next ones, which nobody else can take
    while this transaction holds the write lock (BEGIN IMMEDIATE)."""
    if count == 0:
        return []
    if session.connection().dialect.name == "postgresql":
        return list(
            session.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :n)"
                ),
                {"table": table.name, "n": count},
            ).scalars()
        )
    first = next_id(session, table)
    return list(range(first, first + count))
