"""Engines for the embedded SQLite file and for a shared PostgreSQL server."""

from __future__ import annotations

import contextlib
import math
import os
import socket
import threading
import time
import weakref
from collections.abc import Iterator, MutableMapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from psycopg.pq import TransactionStatus
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.util import LRUCache

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message, shortened
from qualifier_app.os_keyring import os_keyring
from qualifier_app.paths import create_private_file
from qualifier_app.settings import DatabaseConnections, DatabaseTimeouts

SQLITE_CACHE_KIB = 64 * 1024
KEYRING_SERVICE = "qualifier-database"


def parse_database_url(raw: str) -> URL:
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise InvalidInput(
            message(
                "{url!r} is not a database URL (expected sqlite:///PATH or "
                "postgresql://USER@HOST/DATABASE)",
                url=raw,
            ),
            "database_url",
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.host:  # sqlite://folder/file: one slash short, read as a host
            raise InvalidInput(
                message(
                    "{url!r} is not a SQLite URL: write sqlite:/// and then the file's path",
                    url=raw,
                ),
                "database_url",
            )
        return url.set(drivername="sqlite+pysqlite")
    if backend in {"postgresql", "postgres"}:
        return url.set(drivername="postgresql+psycopg")
    raise InvalidInput(
        message("database {backend!r} is not supported; use SQLite or PostgreSQL", backend=backend),
        "database_url",
    )


def describe(url: URL) -> str:
    """The URL as it may be shown: never with a password."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    # A workstation's URL names no login: whoever signs in is the login.
    login = f"{url.username}@" if url.username else ""
    return f"PostgreSQL {login}{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def sqlite_file_to_be_made(raw_url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist yet: opening the URL would make it."""
    url = parse_database_url(raw_url)
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    path = Path(database)
    try:
        return None if path.exists() else path
    except OSError:  # a name the system refuses: opening it says so
        return None


def remove_sqlite_file(path: Path) -> None:
    """A database file this command made and did not keep, with SQLite's files beside it."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        path.with_name(name).unlink(missing_ok=True)


def _check_sqlite_path(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or url.query.get("mode") == "memory":
        raise InvalidInput(
            message(
                "an in-memory SQLite database ends with the command that opened it; "
                "give a file: sqlite:///PATH"
            ),
            "database_url",
        )
    path = Path(database)
    try:
        _check_sqlite_file(path)
    except OSError as exc:
        # A name the system refuses (too long, a folder on the way that cannot be entered).
        raise InvalidInput(
            message(
                "cannot use the SQLite database {path}: {problem}",
                path=shortened(database),
                problem=exc.strerror or str(exc),
            ),
            "database_url",
        ) from None


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(
            message(
                "the folder {folder} for the SQLite database does not exist", folder=str(folder)
            )
        )
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise InvalidInput(
                message("the SQLite database {path} is read-only or not readable", path=str(path))
            )
        if not os.access(folder, os.W_OK):
            raise InvalidInput(
                message(
                    "the folder {folder} is read-only; SQLite needs to write its journal beside "
                    "the database",
                    folder=str(folder),
                )
            )
    elif not os.access(folder, os.W_OK):
        raise InvalidInput(
            message(
                "the folder {folder} is read-only; cannot create {name} there",
                folder=str(folder),
                name=path.name,
            )
        )
    else:
        # SQLite gives its -wal and -shm files the database file's permissions.
        create_private_file(path)


SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def _check_tls(url: URL) -> None:
    """sslmode and the CA file (sslrootcert) as libpq takes them, checked before connecting."""
    mode = url.query.get("sslmode")
    if mode is not None and mode not in SSL_MODES:
        raise InvalidInput(
            message(
                "sslmode {mode!r} is not one of {modes}", mode=mode, modes=", ".join(SSL_MODES)
            ),
            "sslmode",
        )
    ca_file = url.query.get("sslrootcert")
    if isinstance(ca_file, str) and ca_file != "system" and not os.access(ca_file, os.R_OK):
        raise InvalidInput(
            message("the CA file {path} (sslrootcert) is missing or unreadable", path=ca_file)
        )


def keyring_account(url: URL) -> str:
    """The OS keyring's account of a database login's password: LOGIN@HOST:PORT/DATABASE."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _keyring_password(url: URL) -> str | None:
    """The database password from the OS keyring, if one was stored for this server."""
    try:
        from keyring.errors import KeyringError  # noqa: PLC0415 - slow to import
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return os_keyring().get_password(KEYRING_SERVICE, keyring_account(url))
    except (KeyringError, RuntimeError):
        return None


def _install_sqlite_pragmas(engine: Engine, timeouts: DatabaseTimeouts) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below), so the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {timeouts.sqlite_busy_seconds * 1000}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # SQLite's default page cache is 2 MB; past a few ten thousand leads the indexes no
        # longer fit, and every bulk insert into them reads pages back from the file.
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "invalidate")
    def _on_invalidate(dbapi_connection: Any, _record: Any, _exception: Any) -> None:
        # SQLite has no server to roll back a dropped connection's transaction: closed with a
        # statement still open (a Ctrl-C that broke off a result or a cursor), the connection
        # keeps the transaction, and the write lock, while that statement lives (the
        # interruption's traceback holds it). SQLAlchemy drops a connection so itself on an
        # interruption, and so does a unit of work: a rollback first ends it whatever is open.
        with contextlib.suppress(Exception):
            dbapi_connection.rollback()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front: a deferred transaction that upgrades from
        # read to write can fail with SQLITE_BUSY without waiting for busy_timeout.
        immediate = connection.get_execution_options().get("qualifier_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def server_timeouts(timeouts: DatabaseTimeouts) -> dict[str, int]:
    """What the server itself enforces, in milliseconds: it cancels a long statement and ends
    a transaction left idle (releasing its row locks)."""
    return {
        "statement_timeout": timeouts.statement_seconds * 1000,
        "idle_in_transaction_session_timeout": timeouts.idle_in_transaction_seconds * 1000,
    }


def postgres_timeouts(timeouts: DatabaseTimeouts, *, behind_pooler: bool = False) -> dict[str, Any]:
    """libpq connection parameters that keep a dead server or network from hanging a call:
    the server's own timeouts (see server_timeouts) as startup options, keepalives and the
    TCP user timeout so the client notices a silent network. PgBouncer refuses startup
    options: behind it the server's timeouts are set in each transaction instead
    (_install_transaction_timeouts)."""
    options = {}
    if not behind_pooler:
        options["options"] = " ".join(
            f"-c {name}={value}" for name, value in server_timeouts(timeouts).items()
        )
    return {
        "connect_timeout": timeouts.connect_seconds,
        **options,
        "keepalives": 1,
        "keepalives_idle": timeouts.keepalive_idle_seconds,
        "keepalives_interval": timeouts.keepalive_interval_seconds,
        "keepalives_count": timeouts.keepalive_count,
        # Unacknowledged data (a statement sent into a dead network) gives up after this.
        "tcp_user_timeout": timeouts.network_seconds * 1000,
    }


IDLE_WATCHDOG_SECONDS = 30.0


class ReplyDeadlines:
    """A client-side bound on every wait for PostgreSQL's reply: a statement, a COMMIT or
    ROLLBACK.

    `statement_timeout` makes the server give up on a statement it runs, and keepalives and
    the TCP user timeout catch a network that stops acknowledging. A path that keeps
    acknowledging but forwards nothing (a frozen proxy, VPN or NAT box) escapes both: the
    reply never comes and the call would wait for the whole outage. So each wait is armed
    here, and one watchdog thread shuts down the socket of a connection still waiting after
    `seconds`; the blocked call then fails at once ("cannot reach the database"), the pool
    discards that connection, and the next call reconnects.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._lock = threading.Condition()
        # id(dbapi connection) → (due, its socket's fd, the connection)
        self._armed: dict[int, tuple[float, int, weakref.ref[Any]]] = {}
        self._thread: threading.Thread | None = None
        # When the watchdog looks next. A wait due later needs no wake-up: waking a thread on
        # every statement cost each call a context switch and a turn of the interpreter lock.
        self._looks_at = math.inf

    def arm(self, dbapi_connection: Any, seconds: float | None = None) -> None:
        dbapi_connection = _raw(dbapi_connection)
        try:
            fd = int(dbapi_connection.pgconn.socket)
        except Exception:
            return
        due = time.monotonic() + (seconds or self.seconds)
        with self._lock:
            self._armed[id(dbapi_connection)] = (due, fd, weakref.ref(dbapi_connection))
            if self._thread is None:
                self._looks_at = -math.inf  # a new watchdog looks at once
                self._thread = threading.Thread(
                    target=self._watch, name="db-reply-deadlines", daemon=True
                )
                self._thread.start()
            elif due < self._looks_at:
                self._lock.notify()

    def disarm(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._armed.pop(id(_raw(dbapi_connection)), None)

    def _watch(self) -> None:
        while True:
            with self._lock:
                while not self._armed:
                    # An engine that stopped calling (disposed, or its person signed out)
                    # leaves no thread behind; the next call starts one again.
                    self._looks_at = time.monotonic() + IDLE_WATCHDOG_SECONDS
                    if not self._lock.wait(timeout=IDLE_WATCHDOG_SECONDS) and not self._armed:
                        self._thread = None
                        self._looks_at = math.inf
                        return
                now = time.monotonic()
                overdue = [key for key, (due, _, _) in self._armed.items() if due <= now]
                fds = [self._armed.pop(key)[1:] for key in overdue]
                if not fds:
                    wait = min(entry[0] for entry in self._armed.values()) - now
                    wait = max(0.05, min(wait, 1.0))
                    self._looks_at = now + wait
                    self._lock.wait(timeout=wait)
                    continue
                # It looks again as soon as these are shut down.
                self._looks_at = -math.inf
            for fd, ref in fds:
                if _still_open(ref(), fd):  # never another socket that reuses the number
                    _shut_down(fd)


def _raw(connection: Any) -> Any:
    """The driver's connection, also when SQLAlchemy hands over a proxy of it."""
    return getattr(connection, "dbapi_connection", None) or connection


def _idle(dbapi_connection: Any) -> bool:
    try:
        return bool(_raw(dbapi_connection).info.transaction_status == TransactionStatus.IDLE)
    except Exception:
        return False


def _still_open(dbapi_connection: Any, fd: int) -> bool:
    try:
        return (
            dbapi_connection is not None
            and not dbapi_connection.closed
            and int(dbapi_connection.pgconn.socket) == fd
        )
    except Exception:
        return False


def _shut_down(fd: int) -> None:
    """Shut down the socket behind `fd` (both ways): a read blocked on it returns at once."""
    with contextlib.suppress(OSError):
        duplicate = socket.socket(fileno=os.dup(fd))
        with contextlib.suppress(OSError):
            duplicate.shutdown(socket.SHUT_RDWR)
        duplicate.close()


# Execution option of an engine that reaches PostgreSQL through a transaction pooler.
BEHIND_POOLER_OPTION = "qualifier_behind_pooler"


def behind_pooler(engine: Engine) -> bool:
    """Whether `engine` reaches PostgreSQL through a transaction pooler (PgBouncer)."""
    return bool(engine.get_execution_options().get(BEHIND_POOLER_OPTION, False))


# Execution option: seconds to wait for this statement's reply instead of the usual bound.
LONG_REPLY_OPTION = "qualifier_reply_seconds"


def _install_reply_deadlines(engine: Engine, timeouts: DatabaseTimeouts) -> ReplyDeadlines:
    # The server may run a statement for statement_seconds; its reply then gets as long as a
    # connection may take to be made.
    deadlines = ReplyDeadlines(timeouts.statement_seconds + timeouts.connect_seconds)

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any, _many: Any) -> None:
        # A statement that is known to run long (a national registry's load) says so.
        options = context.execution_options if context is not None else {}
        deadlines.arm(conn.connection.dbapi_connection, options.get(LONG_REPLY_OPTION))

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, *_args: Any) -> None:
        deadlines.disarm(conn.connection.dbapi_connection)

    @event.listens_for(engine, "handle_error")
    def _error(context: Any) -> None:
        if context.connection is not None and not context.connection.invalidated:
            with contextlib.suppress(Exception):
                deadlines.disarm(context.connection.connection.dbapi_connection)

    # A connection leaving a call by any other way (an error, the pool closing, invalidating
    # or taking it back) is not watched any more.
    for pool_event in ("checkin", "close", "invalidate", "soft_invalidate", "close_detached"):

        @event.listens_for(engine, pool_event)
        def _forget(dbapi_connection: Any, *_args: Any) -> None:
            deadlines.disarm(dbapi_connection)

    dialect = engine.dialect
    for name in ("do_commit", "do_rollback", "do_ping"):
        original = getattr(dialect, name)

        def bounded(
            dbapi_connection: Any, _original: Any = original, _ping: bool = name == "do_ping"
        ) -> Any:
            if not _ping and _idle(dbapi_connection):
                # Outside a transaction (autocommit) the driver sends nothing to wait for.
                return _original(dbapi_connection)
            deadlines.arm(dbapi_connection)
            try:
                return _original(dbapi_connection)
            finally:
                deadlines.disarm(dbapi_connection)

        setattr(dialect, name, bounded)
    return deadlines


def _install_transaction_timeouts(engine: Engine, timeouts: DatabaseTimeouts) -> None:
    """Behind a transaction pooler a session setting would stay on a server connection that
    others use next, and startup options are refused: each transaction sets the server's
    timeouts for itself (SET LOCAL), in one statement at its start."""
    statement = "SELECT " + ", ".join(
        f"set_config('{name}', '{value}', true)"
        for name, value in server_timeouts(timeouts).items()
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if not connection.connection.driver_connection.autocommit:  # a single statement's own
            connection.exec_driver_sql(statement)


def application_name(url: URL) -> str:
    """What a DBA sees in pg_stat_activity: the app, the login and the workstation's host
    name (the server keeps 63 bytes)."""
    return f"qualifier {url.username or ''}@{socket.gethostname() or 'unknown'}"[:63]


class SharedStatements(MutableMapping[Any, Any]):
    """The SQL that SQLAlchemy compiled, shared by every engine of this process.

    SQLAlchemy keeps compiled statements per engine, keyed by the engine's dialect object, so
    each new engine compiles every statement once more: a person's own login, each simulated
    workstation, each test's database. Engines made by `create_db_engine` differ only in where
    and as whom they connect, and two dialects of one class that met the same server version
    compile a statement alike: the key names those instead of the object."""

    def __init__(self, size: int) -> None:
        self._compiled: LRUCache[Any, Any] = LRUCache(size)

    @staticmethod
    def _key(key: Any) -> Any:
        dialect, *rest = key
        return (type(dialect), dialect.server_version_info, *rest)

    def __getitem__(self, key: Any) -> Any:
        return self._compiled[self._key(key)]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._compiled.get(self._key(key), default)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._compiled[self._key(key)] = value

    def __delitem__(self, key: Any) -> None:
        del self._compiled[self._key(key)]

    def __iter__(self) -> Iterator[Any]:
        return iter(list(self._compiled))

    def __len__(self) -> int:
        return len(self._compiled)


# As many as SQLAlchemy keeps per engine by default, twice: the app's statements, both kinds.
STATEMENTS = SharedStatements(1000)


def create_db_engine(
    raw_url: str,
    *,
    pool_size: int | None = None,
    timeouts: DatabaseTimeouts | None = None,
    connections: DatabaseConnections | None = None,
) -> Engine:
    """`connections` sets the pool (the app passes the settings'); without it a tool or test
    gets `pool_size` connections (default 5) plus as many again when busy."""
    timeouts = timeouts or DatabaseTimeouts()
    url = parse_database_url(raw_url)
    if url.get_backend_name() == "sqlite":
        _check_sqlite_path(url)
        # No SQL parameters (phones, e-mails, names) in logs or error messages.
        engine = create_engine(url, pool_pre_ping=False, hide_parameters=True)
        engine.update_execution_options(compiled_cache=STATEMENTS)
        _install_sqlite_pragmas(engine, timeouts)
        return engine
    _check_tls(url)
    # `?pooler=pgbouncer` in the URL says the same as `[database] pooler`; libpq must not see it.
    url_pooler = url.query.get("pooler")
    url = url.difference_update_query(["pooler"])
    if connections is None:
        size = pool_size or 5
        connections = DatabaseConnections(pool_size=size, pool_overflow=size)
    if isinstance(url_pooler, str) and not connections.pooler:
        connections = replace(connections, pooler=url_pooler)
    connect_args: dict[str, Any] = {
        "application_name": application_name(url),
        **postgres_timeouts(timeouts, behind_pooler=connections.behind_pooler),
    }
    if connections.behind_pooler:
        # Consecutive transactions may run on different server connections: a statement
        # prepared on one is unknown on the next.
        connect_args["prepare_threshold"] = None
    if url.password is None and "PGPASSWORD" not in os.environ:
        password = _keyring_password(url)
        if password:
            connect_args["password"] = password
    engine = create_engine(
        url,
        connect_args=connect_args,
        # No ping round trip per checkout: a connection found dead on the first statement of
        # a transaction is replaced and the statement retried (database.RetryingSession).
        pool_pre_ping=False,
        pool_size=connections.pool_size,
        max_overflow=connections.pool_overflow,
        pool_timeout=connections.pool_wait_seconds,
        hide_parameters=True,
    )
    engine.update_execution_options(
        compiled_cache=STATEMENTS, **{BEHIND_POOLER_OPTION: connections.behind_pooler}
    )
    if connections.behind_pooler:
        _install_transaction_timeouts(engine, timeouts)
    _install_reply_deadlines(engine, timeouts)
    return engine
