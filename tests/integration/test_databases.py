"""Engines, schema versions and the bad inputs around them."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qualifier_app.domain.errors import DatabaseUnavailable, InvalidInput, SchemaMismatch
from qualifier_app.paths import migrations_dir
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import create_db_engine, describe, parse_database_url
from tests.support.cli import in_process
from tests.support.databases import (
    PGBOUNCER_URL_ENV,
    PostgresTemplates,
    libpq,
    postgres_required,
    required,
)

SECOND_REVISION = '''
"""a later schema, for tests"""
import sqlalchemy as sa
from alembic import op

revision = "0900"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("teams") as batch:
        batch.add_column(sa.Column("motto", sa.String(80), nullable=True))


def downgrade():
    with op.batch_alter_table("teams") as batch:
        batch.drop_column("motto")
'''


@pytest.fixture
def later_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the migrations with one more revision: this app build is 'newer'."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.head_revision()
    (folder / "versions" / "0900_later.py").write_text(SECOND_REVISION.format(head=head))
    monkeypatch.setattr(schema, "migrations_dir", lambda: folder)
    return folder


def test_older_schema_is_refused_until_upgraded(database_url: str, later_migrations: Path) -> None:
    engine = create_db_engine(database_url)
    original = schema.current_revision(engine)
    try:
        with pytest.raises(SchemaMismatch, match=r"older than this version.*qualifier db upgrade"):
            schema.check(engine)
        backup = schema.upgrade(engine).backup
        schema.check(engine)
        assert schema.current_revision(engine) == "0900"
        if engine.dialect.name == "sqlite":
            assert backup is not None and backup.exists()
            with sqlite3.connect(backup) as copy:
                old = copy.execute("SELECT version_num FROM alembic_version").fetchone()
            assert old == (original,)
        else:
            assert backup is None
    finally:
        engine.dispose()


def test_newer_schema_is_refused(database_url: str) -> None:
    engine = create_db_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
        with pytest.raises(SchemaMismatch, match="newer than this version of Qualifier"):
            schema.check(engine)
        with pytest.raises(SchemaMismatch, match="newer"):
            schema.upgrade(engine)
    finally:
        engine.dispose()


def test_empty_database_asks_for_upgrade(empty_database_url: str) -> None:
    engine = create_db_engine(empty_database_url)
    try:
        with pytest.raises(
            SchemaMismatch, match=r"empty \((SQLite|PostgreSQL) .+\); run `qualifier db upgrade`"
        ):
            schema.check(engine)
    finally:
        engine.dispose()


def test_foreign_database_is_refused(empty_database_url: str) -> None:
    engine = create_db_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE somebody_elses (id INTEGER)"))
        with pytest.raises(SchemaMismatch, match="not created by Qualifier"):
            schema.check(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://root@localhost/q", "database 'mysql' is not supported"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        create_db_engine(url)


def test_sqlite_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        create_db_engine(f"sqlite:///{tmp_path / 'nowhere' / 'q.sqlite3'}")


def test_sqlite_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Permissions cannot be tested for real as root, so the access check is what we stage.
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    with pytest.raises(InvalidInput, match=r"read-only; cannot create q\.sqlite3"):
        create_db_engine(f"sqlite:///{folder / 'q.sqlite3'}")


def test_sqlite_read_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "q.sqlite3"
    path.write_bytes(b"")
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode)
    )
    with pytest.raises(InvalidInput, match="read-only or not readable"):
        create_db_engine(f"sqlite:///{path}")


def test_unreachable_server_is_one_clear_error() -> None:
    db = Database.from_url("postgresql://nobody@127.0.0.1:1/nothing")
    with pytest.raises(DatabaseUnavailable, match="cannot reach the database"):
        db.ping()


def test_descriptions_never_show_a_password() -> None:
    url = parse_database_url("postgresql://rita:secret@db.example:5433/q")
    assert describe(url) == "PostgreSQL rita@db.example:5433/q"
    assert "secret" not in describe(url)
    # A workstation's URL names no login.
    assert (
        describe(parse_database_url("postgresql://db.example/q")) == "PostgreSQL db.example:5432/q"
    )


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite:///{tmp_path / 'q.sqlite3'}")
    with db.unit_of_work(write=False) as uow:
        assert uow.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert uow.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_sqlite_writers_take_the_lock_at_begin(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    db = Database.from_url(f"sqlite:///{path}")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with db.unit_of_work(write=False) as reader:
            reader.session.execute(text("SELECT 1"))
            other.execute("BEGIN IMMEDIATE")  # a reader does not block a writer
            other.execute("ROLLBACK")
        with db.unit_of_work() as writer:
            writer.session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        db.dispose()


@pytest.mark.postgres
def test_a_login_without_a_password_is_told_where_to_give_one(
    postgres_templates: PostgresTemplates | None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = make_url(postgres_required(postgres_templates).server_url)
    for variable in ("PGPASSWORD", "PGUSER"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    # A workstation's URL given to `db upgrade`: no login, so libpq tries the system user's
    # name, and the server asks for a password nobody gave.
    where = f"PostgreSQL 127.0.0.1:{server.port}/postgres"
    ran = in_process(capsys, monkeypatch)(
        "--db", f"postgresql://127.0.0.1:{server.port}/postgres", "db", "upgrade"
    )
    assert (ran.returncode, ran.stderr) == (
        2,
        f"qualifier: error: {where} asks for a password and none was given: name the "
        "database login in the URL (postgresql://LOGIN@HOST/DATABASE) and keep its password "
        "in the OS keyring (service qualifier-database), ~/.pgpass or PGPASSWORD\n",
    )
    # A URL that names its login is not told to name one.
    named = in_process(capsys, monkeypatch)(
        "--db", f"postgresql://nobody.here@127.0.0.1:{server.port}/postgres", "db", "upgrade"
    )
    assert (named.returncode, named.stderr) == (
        2,
        f"qualifier: error: PostgreSQL nobody.here@127.0.0.1:{server.port}/postgres asks for "
        "nobody.here's password and none was given: keep it in the OS keyring (qualifier "
        "keyring database), ~/.pgpass or PGPASSWORD\n",
    )


UPGRADE_DIRECTLY = (
    "qualifier: error: `qualifier db upgrade` runs against PostgreSQL directly, never through "
    "PgBouncer: give it the server's own address and port\n"
)


@pytest.mark.postgres
@pytest.mark.direct_only
def test_db_upgrade_through_pgbouncer_is_sent_to_the_server(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = in_process(capsys, monkeypatch)
    # Settings that say PgBouncer: refused before connecting.
    named = run("--db", "postgresql://dba@127.0.0.1:1/qualifier?pooler=pgbouncer", "db", "upgrade")
    assert (named.returncode, named.stderr) == (2, UPGRADE_DIRECTLY)
    # PgBouncer's address given as the server's: told so, not to set `pooler`.
    pooler = os.environ.get(PGBOUNCER_URL_ENV)
    if not pooler:
        required("PgBouncer", "run the suite with `make test`")
    answered = run("--db", libpq(pooler), "db", "upgrade")
    assert (answered.returncode, answered.stderr) == (2, UPGRADE_DIRECTLY)


@pytest.mark.postgres
@pytest.mark.direct_only
def test_signing_in_to_a_database_not_upgraded_yet_says_what_to_run(
    postgres_templates: PostgresTemplates | None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    templates = postgres_required(postgres_templates)
    url = make_url(templates.fresh(migrated=False))
    # A workstation's address: the sign-in role comes first, the person after it.
    workstation = f"postgresql://{url.host}:{url.port}/{url.database}"
    where = f"PostgreSQL qualifier_sign_in@{url.host}:{url.port}/{url.database}"
    run = in_process(capsys, monkeypatch)
    try:
        # Made and not upgraded: the sign-in role's functions are not there.
        ran = run("--db", workstation, "queue", "stats", "--as", "ada", "--password-stdin",
                  stdin="a password\n")  # fmt: skip
        assert (ran.returncode, ran.stderr) == (
            2,
            f"qualifier: error: {where} has no Qualifier schema yet, or one older than this "
            "version of Qualifier: an administrator runs `qualifier db upgrade`\n",
        )
        # The README's REVOKE CONNECT … FROM PUBLIC, and no upgrade yet to let the role in.
        with psycopg.connect(libpq(templates.server_url), autocommit=True) as admin:
            admin.execute(f'REVOKE CONNECT ON DATABASE "{url.database}" FROM PUBLIC')
        ran = run("--db", workstation, "queue", "stats", "--as", "ada", "--password-stdin",
                  stdin="a password\n")  # fmt: skip
        assert (ran.returncode, ran.stderr) == (
            2,
            f"qualifier: error: {where} does not let the sign-in role qualifier_sign_in "
            "connect: an administrator runs `qualifier db upgrade`, which lets it\n",
        )
    finally:
        templates.drop(url.render_as_string(hide_password=False))
