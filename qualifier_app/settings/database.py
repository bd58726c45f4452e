"""The [database] section of the settings file: timeouts, connections and TLS; and which
database a URL reaches, for what the workstation keeps apart per database."""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy.engine import make_url

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message


def database_identity(url: str) -> str:
    """Which database a URL reaches, whoever signs in: dialect, host, port and database name
    (an SQLite file by its absolute path); never the user name or the password."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        name = parsed.database or ""
        where = name if name in ("", ":memory:") else str(Path(name).expanduser().resolve())
        return f"sqlite:{where}"
    host = (parsed.host or "localhost").lower()
    return f"{backend}://{host}:{parsed.port or ''}/{parsed.database}"


def database_tag(identity: str) -> str:
    """A database's identity (`database_identity`) as a short name for files and folders:
    what a workstation keeps per database (drafts, the outbox) carries it, so that two
    databases on one workstation (two centers, a test copy) never share a file."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class DatabaseTimeouts:
    """How long the app waits for the database before it says the connection is lost.

    On PostgreSQL: connect, each statement, a transaction left idle (a crashed workstation
    must not hold row locks), and TCP keepalives and a user timeout, so that a dead network
    is noticed instead of waited on. On SQLite: how long a writer waits for the write lock.
    """

    connect_seconds: int = 10
    statement_seconds: int = 30
    idle_in_transaction_seconds: int = 60
    keepalive_idle_seconds: int = 10
    keepalive_interval_seconds: int = 5
    keepalive_count: int = 3
    sqlite_busy_seconds: int = 30

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise InvalidInput(
                    message(
                        "[database] {name} must be a whole number of at least 1, not {value!r}",
                        name=name,
                        value=value,
                    ),
                    name,
                )

    @property
    def network_seconds(self) -> int:
        """After this long without an answer the server is taken for unreachable."""
        return self.keepalive_idle_seconds + self.keepalive_interval_seconds * self.keepalive_count


POOLERS = ("", "pgbouncer")


@dataclass(frozen=True)
class DatabaseConnections:
    """How many server connections a workstation uses, and what sits between it and the
    server (settings file, [database]; PostgreSQL only).

    The GUI's workers, the lease heartbeat and the change feed take turns on `pool_size`
    connections (one by default, so 500 workstations need 500 server connections at most,
    and far fewer through PgBouncer); a call waits up to `pool_wait_seconds` for its turn.
    `pooler = "pgbouncer"`: PgBouncer in transaction pooling mode is in between, so no
    server-side prepared statements and no startup options (the timeouts are set in each
    transaction instead). The change feed asks the database every `change_poll_seconds`.
    """

    pool_size: int = 1
    pool_overflow: int = 0
    pool_wait_seconds: int = 60
    pooler: str = ""
    change_poll_seconds: float = 1.0

    def __post_init__(self) -> None:
        if not isinstance(self.pool_size, int) or self.pool_size < 1:
            raise InvalidInput(
                message(
                    "[database] {name} must be a whole number of at least 1, not {value!r}",
                    name="pool_size",
                    value=self.pool_size,
                ),
                "pool_size",
            )
        if not isinstance(self.pool_overflow, int) or self.pool_overflow < 0:
            raise InvalidInput(
                message(
                    "[database] {name} must be a whole number of at least 0, not {value!r}",
                    name="pool_overflow",
                    value=self.pool_overflow,
                ),
                "pool_overflow",
            )
        if not isinstance(self.pool_wait_seconds, int) or self.pool_wait_seconds < 1:
            raise InvalidInput(
                message(
                    "[database] {name} must be a whole number of at least 1, not {value!r}",
                    name="pool_wait_seconds",
                    value=self.pool_wait_seconds,
                ),
                "pool_wait_seconds",
            )
        if self.pooler not in POOLERS:
            raise InvalidInput(
                message(
                    '[database] pooler must be empty or "pgbouncer", not {pooler!r}',
                    pooler=self.pooler,
                ),
                "pooler",
            )
        poll = self.change_poll_seconds
        if isinstance(poll, bool) or not isinstance(poll, int | float) or not 0.1 <= poll <= 60:
            raise InvalidInput(
                message(
                    "[database] change_poll_seconds must be 0.1 to 60, not {poll!r}", poll=poll
                ),
                "change_poll_seconds",
            )

    @property
    def behind_pooler(self) -> bool:
        return bool(self.pooler)


# The [database] keys that are neither timeouts nor connections: the URL, TLS (see with_tls)
# and the sign-in role's password.
NOT_TIMEOUTS = frozenset({"url", "sslmode", "sslrootcert", "sign_in_password"})


def database_sections(section: dict[str, Any]) -> tuple[DatabaseTimeouts, DatabaseConnections]:
    timeout_keys = set(vars(DatabaseTimeouts()))
    connection_keys = set(vars(DatabaseConnections()))
    values = {key: value for key, value in section.items() if key not in NOT_TIMEOUTS}
    unknown = sorted(set(values) - timeout_keys - connection_keys)
    if unknown:
        known = sorted(NOT_TIMEOUTS | timeout_keys | connection_keys)
        raise InvalidInput(
            message(
                "settings file: [database] has an unknown key {key!r} (known: {known})",
                key=unknown[0],
                known=", ".join(known),
            )
        )
    try:
        return (
            DatabaseTimeouts(**{k: v for k, v in values.items() if k in timeout_keys}),
            DatabaseConnections(**{k: v for k, v in values.items() if k in connection_keys}),
        )
    except InvalidInput as exc:
        raise InvalidInput(
            message("settings file: {problem}", problem=exc.message), exc.field
        ) from None


def with_tls(url: str, database: dict[str, Any]) -> str:
    """`[database] sslmode` and `sslrootcert` (the CA file) for PostgreSQL, added to the URL
    unless it names them itself; libpq's PGSSLMODE and PGSSLROOTCERT work as well."""
    tls = {key: database[key] for key in ("sslmode", "sslrootcert") if database.get(key)}
    if not tls or not url.startswith(("postgresql", "postgres")):
        return url
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    for key, value in tls.items():
        query.setdefault(key, str(Path(value).expanduser()) if key == "sslrootcert" else value)
    return urlunsplit(parts._replace(query=urlencode(query)))
