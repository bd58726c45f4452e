"""Throwaway databases for tests, each built by running the real migrations.

Migrations run once per session into a template (a SQLite file, a PostgreSQL template
database); each test gets a fresh copy, which is much faster than migrating every time.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine

PG_URL_ENV = "QUALIFIER_TEST_PG_URL"


def postgres_url() -> str | None:
    return os.environ.get(PG_URL_ENV) or None


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _libpq(url: str, database: str | None = None) -> str:
    parsed = make_url(url)
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def _admin(url: str) -> psycopg.Connection:
    return psycopg.connect(_libpq(url, "postgres"), autocommit=True)


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
    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.template: str | None = None
        self.created: list[str] = []

    def fresh(self, *, migrated: bool = True) -> str:
        name = f"qt_{uuid.uuid4().hex[:16]}"
        with _admin(self.server_url) as admin:
            if migrated:
                if self.template is None:
                    self.template = f"qt_template_{uuid.uuid4().hex[:8]}"
                    admin.execute(f'CREATE DATABASE "{self.template}"')
                    engine = create_db_engine(
                        make_url(self.server_url)
                        .set(database=self.template)
                        .render_as_string(hide_password=False)
                    )
                    schema.upgrade(engine)
                    engine.dispose()
                admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
            else:
                admin.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with _admin(self.server_url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        with _admin(self.server_url) as admin:
            for name in [*self.created, self.template]:
                if name:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
