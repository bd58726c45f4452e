"""The Database: one engine, and units of work that roll back unless committed."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from psycopg.pq import ExecStatus
from psycopg.rows import dict_row
from sqlalchemy import Engine, Executable, TextClause, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from qualifier_app.domain.errors import DatabaseUnavailable, PermissionDenied, QualifierError
from qualifier_app.domain.text import message
from qualifier_app.persistence.engine import behind_pooler, create_db_engine, describe
from qualifier_app.settings import DatabaseConnections, DatabaseTimeouts

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine.interfaces import DBAPICursor


class PoolerAnswered(DatabaseUnavailable):
    """PgBouncer answered where the settings name PostgreSQL itself."""


def unavailable(exc: DBAPIError, where: str) -> DatabaseUnavailable:
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    return unavailable_because(detail, where)


def unavailable_because(detail: str, where: str) -> DatabaseUnavailable:
    """What a person is told when the database cannot be used; `detail` is the driver's
    first line."""
    if "database is locked" in detail:
        return DatabaseUnavailable(
            message("{where} is busy (another program holds a write lock)", where=where)
        )
    if "unsupported startup parameter" in detail:
        # PgBouncer refuses the server settings a direct connection sends at startup.
        return PoolerAnswered(
            message(
                '{where} answers like PgBouncer ({detail}): set pooler = "pgbouncer" in '
                "[database] of the settings, or add ?pooler=pgbouncer to its url",
                where=where,
                detail=detail,
            )
        )
    if "server login has been failing" in detail:
        # PgBouncer's own sign-in to the server fails (its look-up login lost its way into a
        # restored database, say) and it stops trying for a while: the person did nothing wrong.
        return DatabaseUnavailable(
            message(
                "{where} answers, but PgBouncer cannot sign in to the PostgreSQL server behind "
                "it ({detail}): its administrator finds why in PgBouncer's log (after a backup "
                "was restored, PgBouncer's look-up is given again: README, Through PgBouncer)",
                where=where,
                detail=detail,
            )
        )
    if "no password supplied" in detail:
        # A command that connects as the URL's login (db upgrade, setup): libpq found no
        # password for it, or the URL names none and libpq tried the system user's name.
        login = where.partition(" ")[2].partition("@")[0] if "@" in where else ""
        if login:
            return DatabaseUnavailable(
                message(
                    "{where} asks for {login}'s password and none was given: keep it in the "
                    "OS keyring (qualifier keyring database), ~/.pgpass or PGPASSWORD",
                    where=where,
                    login=login,
                )
            )
        return DatabaseUnavailable(
            message(
                "{where} asks for a password and none was given: name the database login in "
                "the URL (postgresql://LOGIN@HOST/DATABASE) and keep its password in the OS "
                "keyring (service qualifier-database), ~/.pgpass or PGPASSWORD",
                where=where,
            )
        )
    return DatabaseUnavailable(
        message("cannot reach the database ({where}): {detail}", where=where, detail=detail)
    )


# The server's time, as the first statement of a transaction. On SQLite a writing transaction
# has taken its write lock (BEGIN IMMEDIATE) by the time this runs, so the moment read is the
# moment the change got its turn, not when it started waiting.
_SERVER_NOW = {
    "postgresql": text("SELECT now()"),
    "sqlite": text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')"),
}


def server_time(session: Session) -> datetime:
    """The database's current time, in UTC, read in `session`'s transaction."""
    dialect = session.get_bind().dialect.name
    value = session.execute(_SERVER_NOW[dialect]).scalar_one()
    if isinstance(value, str):  # SQLite: 'YYYY-MM-DD HH:MM:SS.SSS', always UTC
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise TypeError(f"the database answered {value!r} for its time")
    return value.astimezone(UTC)


# A pooled connection that died while it waited (the server or the pooler restarted) fails
# at once: the kernel already has the reset. A call that fails only after a wait is a network
# in trouble, and asking again would double the person's wait.
DEAD_AT_ONCE_SECONDS = 2.0


class RetryingSession(Session):
    """A session whose transaction's first statement is asked again, once, on a fresh
    connection when the pooled one turns out to be dead: nothing of the transaction has run,
    so this is the pool's pre-ping without its round trip on every checkout. A failure later
    in a transaction is not retried: the work may have had effects outside the database, and
    a COMMIT whose reply was lost may have been kept (outcomes carry request ids for the
    caller's retry)."""

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        if self.in_transaction():
            return super().execute(*args, **kwargs)
        began = time.monotonic()
        try:
            return super().execute(*args, **kwargs)
        except DBAPIError as exc:
            if not dead_at_once(exc, began):
                raise
            self.rollback()
        return super().execute(*args, **kwargs)


def dead_at_once(exc: DBAPIError, began: float) -> bool:
    """Whether a call that began at `began` (monotonic) failed on a pooled connection that
    was already dead: worth asking once more on a fresh one."""
    return bool(exc.connection_invalidated) and time.monotonic() - began <= DEAD_AT_ONCE_SECONDS


def as_unavailable(exc: BaseException | None, where: str) -> DatabaseUnavailable | None:
    """The error a person is shown for a database that cannot be reached or is busy; None
    for any other error."""
    if isinstance(exc, DBAPIError) and (
        exc.connection_invalidated or isinstance(exc, OperationalError)
    ):
        return unavailable(exc, where)
    if isinstance(exc, PoolTimeout):
        return DatabaseUnavailable(
            message(
                "{where} is busy: this workstation's connection stayed in use",
                where=where,
            )
        )
    return None


INSUFFICIENT_PRIVILEGE = "42501"
_POLICY_TABLE = re.compile(r'row-level security policy (?:"[^"]*" )?for table "([^"]+)"')


def as_refused(exc: BaseException | None) -> PermissionDenied | None:
    """The refusal a person is shown when the database's grants or row-level security
    refused what their own login asked (on PostgreSQL): what the service layer let through
    but the database did not. None for any other error."""
    if not isinstance(exc, DBAPIError) or exc.orig is None:
        return None
    if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    detail = str(exc.orig).strip().splitlines()[0]
    policy = _POLICY_TABLE.search(detail)
    if policy is not None:
        return PermissionDenied(
            message(
                "the database refused this change to {table}: row-level security does not "
                "let your login make it; nothing was saved",
                table=policy[1],
            )
        )
    return PermissionDenied(
        message("the database refused this: {detail}; nothing was saved", detail=detail)
    )


def as_shown(exc: BaseException | None, where: str) -> QualifierError | None:
    """What a person is shown for a database error they can do something about; None for
    any other error (a fault of ours, shown as such)."""
    return as_unavailable(exc, where) or as_refused(exc)


class UnitOfWork:
    """A transaction around one use case. Leaving the block without commit() rolls back."""

    def __init__(self, factory: sessionmaker[RetryingSession], where: str) -> None:
        self._factory = factory
        self._where = where
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc is not None and not isinstance(exc, Exception):
                # Ctrl-C may have broken off the driver mid-statement (psycopg's pipeline
                # still busy): such a connection can be neither rolled back nor reset for
                # the pool, and trying says so on stderr, in place of the interruption.
                # Dropped instead; the server rolls its transaction back as it goes.
                with contextlib.suppress(Exception):
                    self.session.invalidate()
            elif not self._committed:
                self.session.rollback()
        except DBAPIError:
            pass  # the connection is gone; the error below says so
        finally:
            self.session.close()
        shown = as_shown(exc, self._where)
        if shown is not None:
            raise shown from exc


class OneStatement:
    """A single statement that is atomic by itself (the claim, an outcome, a heartbeat), on
    a plain connection: no ORM session, identity map or unit of work around it. On
    PostgreSQL it runs in autocommit, one round trip; on SQLite in its BEGIN IMMEDIATE.
    As RetryingSession, a pooled connection found dead at once is replaced and the
    statement sent again: it cannot have run."""

    def __init__(self, engine: Engine, where: str) -> None:
        self._engine = engine
        self._where = where
        # PostgreSQL: the SQL of each textual statement, as the driver takes it.
        self._driver_sql: dict[int, tuple[Executable, str]] | None = (
            {} if engine.dialect.name == "postgresql" else None
        )

    def execute(
        self, statement: Executable, params: Mapping[str, Any]
    ) -> Sequence[Mapping[Any, Any]]:
        """The statement's rows, as mappings by column name."""
        try:
            try:
                began = time.monotonic()
                return self._run(statement, params)
            except DBAPIError as exc:
                if not dead_at_once(exc, began):
                    raise
            return self._run(statement, params)
        except (DBAPIError, PoolTimeout) as exc:
            shown = as_shown(exc, self._where)
            if shown is None:
                raise
            raise shown from exc

    def _run(self, statement: Executable, params: Mapping[str, Any]) -> Sequence[Mapping[Any, Any]]:
        sql = self._sql_for_driver(statement)
        with self._engine.connect() as connection:
            if sql is None:
                rows = connection.execute(statement, params).mappings().all()
                connection.commit()
                return list(rows)
            # The claim, an outcome and a heartbeat are called all day: straight to the
            # driver, past SQLAlchemy's compiling and result objects (a fifth of a claim's
            # and outcome's CPU on the workstation), but through the connection's own cursor
            # execution, so its events fire (the reply deadline) and a dead connection is
            # invalidated and reported as ever. In autocommit there is nothing to commit.
            driver = cast("psycopg.Connection[Any]", connection.connection.dbapi_connection)
            cursor = driver.cursor(row_factory=dict_row)
            try:
                connection._cursor_execute(cast("DBAPICursor", cursor), sql, dict(params))
                # The result's status, not `description`: that builds a column object for
                # each of the card's columns on every call.
                result = cursor.pgresult
                returned = result is not None and result.status == ExecStatus.TUPLES_OK
                return cursor.fetchall() if returned else []
            finally:
                cursor.close()

    def _sql_for_driver(self, statement: Executable) -> str | None:
        """The driver's SQL for a textual statement on PostgreSQL; None for anything else."""
        if self._driver_sql is None or not isinstance(statement, TextClause):
            return None
        known = self._driver_sql.get(id(statement))
        if known is None or known[0] is not statement:
            known = (statement, str(statement.compile(dialect=self._engine.dialect)))
            self._driver_sql[id(statement)] = known
        return known[1]


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.description = describe(engine.url)
        writer = engine.execution_options(qualifier_write=True)
        autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._reads = sessionmaker(engine, class_=RetryingSession, expire_on_commit=False)
        self._writes = sessionmaker(writer, class_=RetryingSession, expire_on_commit=False)
        # Reads that are statements each by itself: on PostgreSQL no BEGIN and no ROLLBACK.
        # Not behind a transaction pooler: there each statement would be a transaction that
        # waits for a server connection of its own, where the read's transaction waits once.
        self._lookups = (
            sessionmaker(autocommit, class_=RetryingSession, expire_on_commit=False)
            if self.dialect == "postgresql" and not behind_pooler(engine)
            else self._reads
        )
        # One statement that is its own transaction: no BEGIN and no COMMIT to wait for.
        # SQLite keeps its BEGIN IMMEDIATE (a round trip there costs nothing).
        self._statements = OneStatement(
            autocommit if self.dialect == "postgresql" else writer, self.description
        )

    @classmethod
    def from_url(
        cls,
        url: str,
        pool_size: int | None = None,
        timeouts: DatabaseTimeouts | None = None,
        connections: DatabaseConnections | None = None,
    ) -> Database:
        return cls(
            create_db_engine(url, pool_size=pool_size, timeouts=timeouts, connections=connections)
        )

    def unit_of_work(self, *, write: bool = True, acting: str | None = None) -> UnitOfWork:
        """`acting`: the login of the person the work is for. The app's own connection is
        already one person's or the owner's and ignores it; the test suite's routes each
        unit of work to the person's own login role with it."""
        del acting
        return UnitOfWork(self._writes if write else self._reads, self.description)

    def lookup(self, *, acting: str | None = None) -> UnitOfWork:
        """For reads whose statements need not share a transaction (each sees the database
        as it is when it runs, as in a READ COMMITTED transaction): on PostgreSQL in
        autocommit, without the BEGIN and ROLLBACK round trips; behind a transaction pooler
        in a transaction all the same. `acting` as for `unit_of_work`."""
        del acting
        return UnitOfWork(self._lookups, self.description)

    def one_statement(self, *, acting: str | None = None) -> OneStatement:
        """For work that is a single statement atomic by itself (the claim, an outcome, a
        heartbeat): on PostgreSQL in autocommit, in one round trip. `acting` as for
        `unit_of_work`."""
        del acting
        return self._statements

    def engine_for(self, acting: str | None) -> Engine:
        """The engine that `acting`'s work runs on (see `unit_of_work`): this one."""
        del acting
        return self.engine

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def ping(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            self.dispose()
            raise unavailable(exc, self.description) from exc

    def server_now(self) -> datetime:
        """The database's time now, in UTC (its own short transaction)."""
        try:
            with self._reads() as session:
                return server_time(session)
        except DBAPIError as exc:
            raise unavailable(exc, self.description) from exc

    def dispose(self) -> None:
        self.engine.dispose()
