"""Schema versions: upgrade (with a backup of SQLite files first), and refusing a mismatch."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from qualifier_app.domain.errors import SchemaMismatch
from qualifier_app.domain.text import message
from qualifier_app.paths import create_private_file, migrations_dir
from qualifier_app.persistence.engine import LONG_REPLY_OPTION, describe

# How long a migration's statement may wait for its reply (a day: in effect, no deadline).
MIGRATION_REPLY_SECONDS = 24 * 3600
INSUFFICIENT_PRIVILEGE = "42501"
LOCK_NOT_AVAILABLE = "55P03"
# How long a migration may wait for a table lock before it gives up (nothing applied).
LOCK_WAIT_SECONDS = 15
# The advisory lock two upgrades of one database take turns on ("qualifier schema").
UPGRADE_LOCK = 0x7175616C_5343484D & 0x7FFFFFFFFFFFFFFF


def alembic_config(location: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", location or str(migrations_dir()))
    return config


@dataclass(frozen=True)
class _Revisions:
    head: str
    known: frozenset[str]


@functools.cache
def _revisions(location: str) -> _Revisions:
    """Read once per folder and process: alembic compiles every migration file to find the
    head, about 25 ms that every command and every opened database would otherwise pay."""
    scripts = ScriptDirectory.from_config(alembic_config(location))
    head = scripts.get_current_head()
    assert head is not None
    return _Revisions(head, frozenset(script.revision for script in scripts.walk_revisions()))


def head_revision() -> str:
    return _revisions(str(migrations_dir())).head


def known_revisions() -> frozenset[str]:
    return _revisions(str(migrations_dir())).known


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def state(engine: Engine) -> SchemaState:
    return SchemaState(current_revision(engine), head_revision())


def check(engine: Engine) -> None:
    """Refuse to work on a schema this version of the app does not know exactly."""
    current = current_revision(engine)
    if current is None and inspect(engine).get_table_names():
        raise SchemaMismatch(
            message("this database was not created by Qualifier (no schema version found)")
        )
    check_revision(current, describe(engine.url))


def check_revision(current: str | None, database: str) -> None:
    """Refuse a schema version other than this version's head, saying what to do: `current`
    as the database holds it (None: no schema yet), read however the caller may read it
    (on a workstation, through the sign-in role)."""
    head = head_revision()
    if current == head:
        return
    if current is None:
        raise SchemaMismatch(
            message(
                "the database is empty ({database}); run `qualifier db upgrade` to create it",
                database=database,
            )
        )
    if current not in known_revisions():
        raise SchemaMismatch(
            message(
                "the database schema ({current}) is newer than this version of "
                "Qualifier ({head}); install the newer Qualifier instead",
                current=current,
                head=head,
            )
        )
    raise SchemaMismatch(
        message(
            "the database schema ({current}) is older than this version of "
            "Qualifier ({head}); run `qualifier db upgrade`",
            current=current,
            head=head,
        )
    )


def backup_sqlite(engine: Engine, now: datetime | None = None) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source_path = Path(database)
    if not source_path.exists() or source_path.stat().st_size == 0:
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = source_path.with_name(f"{source_path.name}.{stamp}.bak")
    create_private_file(target)  # a copy of every lead: readable by this user only
    # The backup API copies a consistent snapshot even while other programs have it open.
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def create_if_empty(engine: Engine) -> bool:
    """Give a database without a single table this version's schema; True if it did."""
    if current_revision(engine) is not None or inspect(engine).get_table_names():
        return False
    upgrade(engine)
    return True


@dataclass(frozen=True)
class Upgraded:
    before: str | None  # the revision found when this upgrade's turn came
    after: str | None
    backup: Path | None  # of an SQLite file, made first


def upgrade(
    engine: Engine, revision: str = "head", lock_wait_seconds: int = LOCK_WAIT_SECONDS
) -> Upgraded:
    """Bring the schema up to `revision`."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        check(engine)
    backup = None
    if current is not None and current != head_revision():
        backup = backup_sqlite(engine)
    before = _run(engine, lambda config: command.upgrade(config, revision), lock_wait_seconds)
    return Upgraded(before, current_revision(engine), backup)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step: object, lock_wait_seconds: int = LOCK_WAIT_SECONDS) -> str | None:
    """Run an alembic command on a migration connection; the revision it started from."""
    config = alembic_config()
    try:
        with migration_connection(engine, lock_wait_seconds) as connection:
            # On PostgreSQL read under the upgrade's turn; on SQLite not on this connection,
            # whose first statement must be env.py's foreign-key pragma, outside a transaction.
            before = (
                MigrationContext.configure(connection).get_current_revision()
                if connection.dialect.name == "postgresql"
                else current_revision(engine)
            )
            config.attributes["connection"] = connection
            step(config)  # type: ignore[operator]
            return before
    except DBAPIError as exc:
        refused = _refusal(exc, lock_wait_seconds)
        if refused is None:
            raise
        raise refused from exc


def _refusal(exc: DBAPIError, lock_wait_seconds: int) -> SchemaMismatch | None:
    """An upgrade the server refused, in one line: nothing of it was applied (one
    transaction)."""
    state = getattr(exc.orig, "sqlstate", None)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
    if state == LOCK_NOT_AVAILABLE:
        return SchemaMismatch(
            message(
                "the upgrade waited more than {seconds} s for a table that open sessions are "
                "using, and changed nothing: run it when the workstations are closed, or "
                "give it longer with --lock-wait",
                seconds=lock_wait_seconds,
            )
        )
    if state == INSUFFICIENT_PRIVILEGE:
        return SchemaMismatch(
            message(
                "the database refused the upgrade ({detail}) and nothing was changed: run "
                "`qualifier db upgrade` with the database owner's credentials",
                detail=detail,
            )
        )
    return None


@contextmanager
def migration_connection(
    engine: Engine, lock_wait_seconds: int = LOCK_WAIT_SECONDS
) -> Iterator[Connection]:
    """A connection for migrations: on PostgreSQL neither the server's statement timeout nor
    the client's wait for a reply (engine.ReplyDeadlines) applies, since a migration may
    rewrite a table of millions of rows; both are for calls a person waits on. Keepalives
    and the TCP user timeout still notice a dead network.

    On PostgreSQL the migrations run as the database's owner (a member of it becomes it for
    the transaction), one upgrade at a time, and give up on a table lock they would wait for
    longer than `lock_wait_seconds`: while a DDL statement waits, every workstation's query
    on that table queues behind it."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execution_options(**{LONG_REPLY_OPTION: MIGRATION_REPLY_SECONDS})
            # SET LOCAL, in the migrations' own transaction (env.py commits it), so nothing
            # stays behind on a pooled server connection.
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
            _become_owner(connection)
            # The turn first: the wait for another upgrade is not a wait for a table.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(lock_wait_seconds)}s'")
        yield connection


def _become_owner(connection: Connection) -> None:
    """Objects a migration creates belong to whoever runs it: a superuser's or a DBA's own
    login would own the tables and the owner's security-definer functions, and the grants
    and row-level security would be theirs to bypass."""
    me, owner, member = connection.execute(
        text(
            "SELECT current_user, r.rolname, pg_has_role(current_user, r.oid, 'MEMBER')"
            " FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
            " WHERE d.datname = current_database()"
        )
    ).one()
    if me == owner:
        return
    if not member:
        raise SchemaMismatch(
            message(
                "only the database's owner {owner} may upgrade its schema, and {login} is not "
                "a member of it: run `qualifier db upgrade` with the owner's credentials",
                owner=owner,
                login=me,
            )
        )
    connection.execute(text("SELECT set_config('role', :owner, true)"), {"owner": owner})
