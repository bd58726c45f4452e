"""`db upgrade` on PostgreSQL: as the database's owner whoever runs it, one at a time, and
never stalling the center behind a lock it waits for."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from qualifier_app.domain.errors import SchemaMismatch
from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from tests.support.cli import in_process
from tests.support.databases import PostgresTemplates, libpq, postgres_required

# Upgrades reach the server directly (never through the pooler): the pooler pass adds nothing.
pytestmark = [pytest.mark.postgres, pytest.mark.direct_only]


@pytest.fixture
def empty_postgres(postgres_templates: PostgresTemplates | None) -> Iterator[str]:
    """An empty database on the server, directly (an upgrade is never run through the
    pooler), as the test's superuser."""
    templates = postgres_required(postgres_templates)
    url = make_url(templates.fresh(migrated=False))
    direct = make_url(templates.server_url).set(database=url.database)
    try:
        yield direct.render_as_string(hide_password=False)
    finally:
        templates.drop(str(url))


def _superuser(url: str) -> psycopg.Connection:
    return psycopg.connect(libpq(url), autocommit=True)


def test_a_superuser_upgrades_as_the_databases_owner(empty_postgres: str) -> None:
    """Tables and security-definer functions made by a superuser's (or a DBA's) own login
    would be theirs, and row-level security would not bind their owner's functions."""
    owner = f"owner_{uuid.uuid4().hex[:8]}"
    database = make_url(empty_postgres).database
    with _superuser(empty_postgres) as admin:
        admin.execute(f"CREATE ROLE {owner} NOLOGIN CREATEROLE")
        admin.execute(f'ALTER DATABASE "{database}" OWNER TO {owner}')
        admin.execute(f"ALTER SCHEMA public OWNER TO {owner}")
    engine = create_db_engine(empty_postgres)
    try:
        schema.upgrade(engine)
        with _superuser(empty_postgres) as admin:
            tables = admin.execute(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
            functions = admin.execute(
                "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc"
                " WHERE pronamespace = 'public'::regnamespace"
            ).fetchall()
        assert tables == [(owner,)]
        assert functions == [(owner,)]
    finally:
        engine.dispose()
        with psycopg.connect(libpq(empty_postgres, "postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
            admin.execute(f"DROP OWNED BY {owner}")
            admin.execute(f"DROP ROLE {owner}")


def test_a_login_that_is_not_the_owner_is_refused_in_one_line(
    empty_postgres: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    outsider = f"outsider_{uuid.uuid4().hex[:8]}"
    database = make_url(empty_postgres).database
    with _superuser(empty_postgres) as admin:
        admin.execute(f"CREATE ROLE {outsider} LOGIN PASSWORD 'not the owner 1'")
        admin.execute(f'GRANT CONNECT ON DATABASE "{database}" TO {outsider}')
    try:
        as_outsider = make_url(empty_postgres).set(username=outsider, password="not the owner 1")
        ran = in_process(capsys, monkeypatch)(
            "--db", as_outsider.render_as_string(hide_password=False), "db", "upgrade"
        )
        assert ran.returncode == 2
        assert ran.stderr.count("\n") == 1, ran.stderr
        assert "only the database's owner" in ran.stderr and outsider in ran.stderr
        assert "Traceback" not in ran.stderr
        engine = create_db_engine(empty_postgres)
        try:
            assert schema.current_revision(engine) is None  # nothing was made
        finally:
            engine.dispose()
    finally:
        with _superuser(empty_postgres) as admin:
            admin.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM {outsider}')
            admin.execute(f"DROP ROLE {outsider}")


def test_two_upgrades_at_once_take_turns(empty_postgres: str) -> None:
    """Two workstations' `db upgrade` at the same moment (two processes: alembic runs one
    upgrade per process): the second waits for the first, then finds nothing to do."""
    command = [sys.executable, "-m", "qualifier_app", "--db", empty_postgres, "db", "upgrade"]
    environment = {**os.environ, "QUALIFIER_DATA_DIR": tempfile.mkdtemp()}
    runs = [
        subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    said = sorted(out for out, _ in results)
    assert "up to date" in said[1] or "up to date" in said[0], said
    engine = create_db_engine(empty_postgres)
    try:
        assert schema.current_revision(engine) == schema.head_revision()
    finally:
        engine.dispose()


def test_an_upgrade_gives_up_on_a_lock_instead_of_stalling_everyone(empty_postgres: str) -> None:
    engine = create_db_engine(empty_postgres)
    try:
        schema.upgrade(engine)
        schema.downgrade(engine, "-1")
        before = schema.current_revision(engine)
        with _superuser(empty_postgres) as session:
            # An open transaction holding a table (here the one every migration writes last).
            session.execute("BEGIN")
            session.execute("LOCK TABLE alembic_version IN EXCLUSIVE MODE")
            with pytest.raises(SchemaMismatch, match="waited more than 1 s") as refused:
                schema.upgrade(engine, lock_wait_seconds=1)
            assert "\n" not in str(refused.value)
            session.execute("ROLLBACK")
        assert schema.current_revision(engine) == before
        schema.upgrade(engine)
        assert schema.current_revision(engine) == schema.head_revision()
    finally:
        engine.dispose()
