"""Fixtures shared by every test: databases on SQLite and PostgreSQL, services, a clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.persistence.database import Database
from qualifier_app.services.accounts import passwords
from qualifier_app.settings import Settings
from tests.support.as_person import PersonRoutedDatabase
from tests.support.databases import (
    PostgresTemplates,
    SqliteTemplates,
    in_ci,
    postgres_required,
    postgres_url,
    take_worker_server,
    through_pooler,
)
from tests.support.factories import Factory
from tests.support.smtp import SmtpServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A wait ends as soon as what it waits for happens. pytest-qt gives up after 5 s by default,
# too soon for a worker thread's database call while the whole suite runs on two cores.
PATIENCE_MS = 20_000
WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive")
for _wait in WAITS:
    getattr(QtBot, _wait).__kwdefaults__["timeout"] = PATIENCE_MS

# On PostgreSQL the tests in these folders run each person's work as their own login role.
AS_PERSON_FOLDERS = tuple(
    Path(__file__).parent / folder for folder in ("integration", "gui", "faults", "e2e")
)
# 10:00 in New York, 16:00 in Berlin, 15:00 in London: most calling windows are open.
START = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def pytest_configure(config: pytest.Config) -> None:
    take_worker_server()
    if in_ci() and not postgres_url():
        raise pytest.UsageError(
            "CI=true but QUALIFIER_TEST_PG_URL is not set: PostgreSQL tests must run in CI "
            "(use `make test`, which starts a throwaway server)"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The pooler pass leaves out what reaches the server directly on purpose: deselected, not
    skipped, since the suite's first pass runs it."""
    if not through_pooler():
        return
    direct = [item for item in items if item.get_closest_marker("direct_only")]
    if direct:
        config.hook.pytest_deselected(items=direct)
        items[:] = [item for item in items if not item.get_closest_marker("direct_only")]


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashes() -> Iterator[None]:
    """argon2id with the library's cheapest parameters in this process: the same hashing and
    checking code, but thousands of test users no longer cost minutes of CPU. Commands run as
    subprocesses (and the bundle) keep the real parameters."""
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_hasher", cheap)
        patch.setattr(passwords, "_DUMMY_HASH", cheap.hash("not a real password"))
        yield


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplates:
    return SqliteTemplates(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(scope="session")
def postgres_templates() -> Iterator[PostgresTemplates | None]:
    url = postgres_url()
    if url is None:
        yield None
        return
    templates = PostgresTemplates(url)
    yield templates
    templates.drop_all()


def _fresh_url(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, migrated: bool
) -> Iterator[str]:
    if backend == "sqlite":
        templates: SqliteTemplates = request.getfixturevalue("sqlite_templates")
        yield templates.fresh(tmp_path / "qualifier.sqlite3", migrated=migrated)
        return
    pg: PostgresTemplates | None = request.getfixturevalue("postgres_templates")
    pg = postgres_required(pg)
    url = pg.fresh(migrated=migrated)
    yield url
    pg.drop(url)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database on each backend."""
    yield from _fresh_url(request, backend, tmp_path, migrated=True)


@pytest.fixture
def empty_database_url(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> Iterator[str]:
    """A database with no schema at all, on each backend."""
    yield from _fresh_url(request, backend, tmp_path, migrated=False)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path / "data")


@pytest.fixture
def services(
    settings: Settings, clock: ManualClock, request: pytest.FixtureRequest
) -> Iterator[Services]:
    """On PostgreSQL each person's work runs as their own login role, as in the app
    (tests/support/as_person.py), in every integration, GUI, fault and end-to-end test and in
    the tests marked `as_person`; work for nobody on the owner's connection. A test marked
    `as_owner` is the exception, with the reason in its marker."""
    db = Database.from_url(settings.database_url)
    as_person = request.node.get_closest_marker("as_person") or any(
        folder in request.node.path.parents for folder in AS_PERSON_FOLDERS
    )
    if as_person and not request.node.get_closest_marker("as_owner") and not db.is_sqlite:
        db.dispose()
        db = PersonRoutedDatabase(settings.database_url)
    built = build(settings, clock, db=db)
    yield built
    built.close()


@pytest.fixture
def factory(services: Services) -> Factory:
    return Factory(services)


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test (and the commands it runs) keeps sign-ins in its own file, never in the
    machine's keyring."""
    import keyring

    from tests.support.cli import BACKEND, KEYRING_FILE_ENV, FileKeyring

    path = tmp_path / "keyring.json"
    monkeypatch.setenv(KEYRING_FILE_ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server on loopback; a module that needs handoffs delivered (their SLA
    starts only then) overrides `settings` with `with_mail_server(settings, smtp_server)`."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
