"""Throwaway databases for tests, each built by running the real migrations.

Migrations run once per session into a template (a SQLite file, a PostgreSQL template
database); each test gets a fresh copy, which is much faster than migrating every time.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from sqlalchemy.engine import make_url

from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine

PG_URL_ENV = "QUALIFIER_TEST_PG_URL"
PGBOUNCER_URL_ENV = "QUALIFIER_TEST_PGBOUNCER_URL"
# When the suite runs in parallel processes (pytest-xdist), one server per process, separated
# by spaces, in the order of the workers (gw0, gw1, ...); and a PgBouncer in front of each.
PG_URLS_ENV = "QUALIFIER_TEST_PG_URLS"
PGBOUNCER_URLS_ENV = "QUALIFIER_TEST_PGBOUNCER_URLS"
# Set (to 1) by the suite's pooler pass: every test database is reached through PgBouncer.
THROUGH_POOLER_ENV = "QUALIFIER_TEST_THROUGH_POOLER"


def take_worker_server() -> None:
    """In a parallel worker, make this worker's own server (and pooler) the one every test and
    every command it starts sees. Login roles belong to a server, not to one database, so two
    processes creating the same people on one server would change each other's."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return
    index = int(worker.removeprefix("gw"))
    shared = os.environ.get(PG_URL_ENV) and not os.environ.get(PG_URLS_ENV)
    if shared and int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")) > 1:
        raise RuntimeError(
            f"parallel workers need a PostgreSQL server each ({PG_URLS_ENV}); "
            "run them through scripts/run_suite.py"
        )
    for many, one in ((PG_URLS_ENV, PG_URL_ENV), (PGBOUNCER_URLS_ENV, PGBOUNCER_URL_ENV)):
        urls = os.environ.get(many, "").split()
        if not urls:
            continue
        if index >= len(urls):
            raise RuntimeError(f"worker {worker} has no server of its own in {many}")
        os.environ[one] = urls[index]


def postgres_url() -> str | None:
    return os.environ.get(PG_URL_ENV) or None


def through_pooler() -> bool:
    """This run is the suite's pooler pass: every test database is reached through PgBouncer."""
    return os.environ.get(THROUGH_POOLER_ENV) == "1"


def pooler_url() -> str | None:
    """PgBouncer's address when the tests' databases are to be reached through it."""
    if not through_pooler():
        return None
    url = os.environ.get(PGBOUNCER_URL_ENV)
    if not url:
        raise RuntimeError(f"{THROUGH_POOLER_ENV}=1 needs {PGBOUNCER_URL_ENV}")
    return url


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def required(part: str, how: str) -> NoReturn:
    """A test cannot run without `part`: a failure in CI, where everything is installed,
    and a skip elsewhere, saying `how` to get it."""
    if in_ci():
        pytest.fail(f"{part} is required in CI")
    pytest.skip(f"no {part}: {how}")


def postgres_required(templates: PostgresTemplates | None) -> PostgresTemplates:
    """The test server's databases (`required` without a server)."""
    if templates is None:
        required("PostgreSQL", "run the suite with `make test`")
    return templates


def server_url() -> str:
    """The test server's own URL (`required` without one)."""
    url = postgres_url()
    if url is None:
        required("PostgreSQL", "run the suite with `make test`")
    return url


def on_the_server(url: str) -> str:
    """`url`'s database reached on the server itself: the schema's upgrade never goes through
    the pooler (the suite's pooler pass hands the tests PgBouncer's address)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or "pooler" not in parsed.query:
        return url
    server = make_url(server_url()).set(database=parsed.database)
    return server.render_as_string(hide_password=False)


def libpq(url: str, database: str | None = None) -> str:
    """`url` (optionally another database on its server) as libpq takes it."""
    parsed = make_url(url)
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def share_logins(admin: psycopg.Connection, name: str) -> None:
    """The tests' databases share a server, and their people share names (rita, ada): each
    database may give a person the login another one made (migration 0059)."""
    admin.execute(f"ALTER DATABASE \"{name}\" SET qualifier.logins = 'shared'")


def _admin(url: str) -> psycopg.Connection:
    return psycopg.connect(libpq(url, "postgres"), autocommit=True)


class SqliteTemplates:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.template: Path | None = None

    def fresh(self, target: Path, *, migrated: bool = True) -> str:
        if not migrated:
            return f"sqlite:///{target}"
        if self.template is None:
            self.template = self.folder / "template.sqlite3"
            engine = create_db_engine(f"sqlite:///{self.template}")
            schema.upgrade(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
        shutil.copyfile(self.template, target)
        return f"sqlite:///{target}"


class PostgresTemplates:
    """Fresh copies of a migrated template. Copying and dropping one costs the server about
    30 ms of CPU in memory (tmpfs), far more on a disk; a thread keeps the next copies ready and
    drops used ones while the tests run, so a test rarely waits for either."""

    AHEAD = 2

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.pooler_url = pooler_url()
        self.template: str | None = None
        self.created: list[str] = []
        self._ready: queue.Queue[str] = queue.Queue(maxsize=self.AHEAD)
        self._stop = threading.Event()
        self._maker: threading.Thread | None = None
        self._dropper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drop-db")
        # One connection drops them all: a new one per test was one more backend to start.
        self._drop_admin: psycopg.Connection | None = None
        self._dropped: set[str] = set()

    def fresh(self, *, migrated: bool = True) -> str:
        if not migrated:
            name = f"qt_{uuid.uuid4().hex[:16]}"
            with _admin(self.server_url) as admin:
                admin.execute(f'CREATE DATABASE "{name}"')
                share_logins(admin, name)
            self.created.append(name)
            return self._url(name)
        if self.template is None:
            self.template = self._make_template()
        if self._maker is None:
            self._maker = threading.Thread(target=self._make_copies, daemon=True)
            self._maker.start()
        name = self._ready.get(timeout=300)
        return self._url(name)

    def drop(self, url: str) -> None:
        self._dropper.submit(self._drop, make_url(url).database)

    def drop_all(self) -> None:
        self._stop.set()
        while not self._ready.empty():
            self._ready.get_nowait()
        if self._maker is not None:
            self._maker.join(timeout=60)
        self._dropper.shutdown(wait=True)
        for name in [*self.created, self.template]:
            if name and name not in self._dropped:
                self._drop(name)
        if self._drop_admin is not None:
            self._drop_admin.close()

    def _url(self, name: str) -> str:
        """What a test gets: the database directly, or through the pooler in its pass (the
        URL then says so, so every engine the test makes is built for the pooler)."""
        if self.pooler_url is None:
            return self._direct(name)
        through = make_url(self.pooler_url).set(database=name)
        return through.update_query_dict({"pooler": "pgbouncer"}).render_as_string(False)

    def _direct(self, name: str) -> str:
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def _make_template(self) -> str:
        name = f"qt_template_{uuid.uuid4().hex[:8]}"
        with _admin(self.server_url) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        engine = create_db_engine(self._direct(name))
        schema.upgrade(engine)
        engine.dispose()
        return name

    def _make_copies(self) -> None:
        with _admin(self.server_url) as admin:
            while not self._stop.is_set():
                name = f"qt_{uuid.uuid4().hex[:16]}"
                # FILE_COPY copies the files; WAL_LOG (the default) writes every page of
                # the template to the WAL and leaves it dirty in shared buffers, which cost
                # the server about twice the CPU per copy and drop.
                admin.execute(
                    f'CREATE DATABASE "{name}" TEMPLATE "{self.template}" STRATEGY FILE_COPY'
                )
                # A copy takes the template's contents, not its rights: as the migrations
                # left the template, only supervisors and admins make temporary tables
                # (0038_i12_no_shadow_tables, 0039_i12_people_write_their_own).
                admin.execute(f'REVOKE TEMPORARY ON DATABASE "{name}" FROM PUBLIC')
                admin.execute(
                    f'GRANT TEMPORARY ON DATABASE "{name}" TO qualifier_supervisor, qualifier_admin'
                )
                # A test's clock is its own, and may run ahead of the server's: on a test
                # database the time a person's claim or outcome passes counts.
                admin.execute(f"ALTER DATABASE \"{name}\" SET qualifier.clock = 'given'")
                share_logins(admin, name)
                self.created.append(name)
                while not self._stop.is_set():
                    try:
                        self._ready.put(name, timeout=0.5)
                        break
                    except queue.Full:
                        continue

    def _drop(self, name: str | None) -> None:
        """In the dropper's thread, or once it has ended (`drop_all`)."""
        if self._drop_admin is None or self._drop_admin.closed:
            self._drop_admin = _admin(self.server_url)
        self._drop_admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._dropped.add(str(name))
