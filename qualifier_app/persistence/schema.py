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
from sqlalchemy import Connection, Engine, inspect

from qualifier_app.domain.errors import SchemaMismatch
from qualifier_app.domain.text import message
from qualifier_app.paths import create_private_file, migrations_dir
from qualifier_app.persistence.engine import LONG_REPLY_OPTION, describe

# How long a migration's statement may wait for its reply (a day: in effect, no deadline).
MIGRATION_REPLY_SECONDS = 24 * 3600


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
    head = head_revision()
    if current == head:
        return
    if current is None:
        if inspect(engine).get_table_names():
            raise SchemaMismatch(
                message("this database was not created by Qualifier (no schema version found)")
            )
        raise SchemaMismatch(
            message(
                "the database is empty ({database}); run `qualifier db upgrade` to create it",
                database=describe(engine.url),
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


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Bring the schema up to `revision`; returns the SQLite backup made first, if any."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        check(engine)
    backup = None
    if current is not None and current != head_revision():
        backup = backup_sqlite(engine)
    _run(engine, lambda config: command.upgrade(config, revision))
    return backup


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step: object) -> None:
    config = alembic_config()
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        step(config)  # type: ignore[operator]


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for migrations: on PostgreSQL neither the server's statement timeout nor
    the client's wait for a reply (engine.ReplyDeadlines) applies, since a migration may
    rewrite a table of millions of rows; both are for calls a person waits on. Keepalives
    and the TCP user timeout still notice a dead network."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execution_options(**{LONG_REPLY_OPTION: MIGRATION_REPLY_SECONDS})
            # SET LOCAL, in the migrations' own transaction (env.py commits it), so nothing
            # stays behind on a pooled server connection.
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
        yield connection
