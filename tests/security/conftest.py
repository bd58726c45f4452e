"""The security suite runs on PostgreSQL only: in CI it is never skipped (see tests/conftest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.persistence.database import Database
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import Settings
from tests.conftest import START
from tests.support.databases import PostgresTemplates, postgres_required
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams

pytestmark = pytest.mark.postgres


@dataclass
class Center:
    url: str
    services: Services
    factory: Factory
    teams: Teams
    north_lead: int  # queued in the North queue
    south_lead: int  # queued in the South queue
    anna_callback: int  # South queue, a callback of Anna's


@pytest.fixture
def pg_url(postgres_templates: PostgresTemplates | None) -> Iterator[str]:
    postgres_templates = postgres_required(postgres_templates)
    url = postgres_templates.fresh()
    yield url
    postgres_templates.drop(url)


@pytest.fixture
def center(pg_url: str, tmp_path: Path) -> Iterator[Center]:
    settings = Settings(database_url=pg_url, data_dir=tmp_path / "data")
    services = build(settings, ManualClock(START), db=Database.from_url(pg_url))
    # As in production: a time a person passes ahead of the database's counts for nothing.
    with services.db.unit_of_work() as uow:
        uow.session.execute(
            text(f'ALTER DATABASE "{make_url(pg_url).database}" RESET qualifier.clock')
        )
        uow.commit()
    factory = Factory(services)
    teams = two_teams(factory)
    north = factory.lead("North queue")
    south = factory.lead("South queue")
    callback = factory.lead("South queue", status="callback", assigned_rep_id=teams.anna.user_id)
    # The shipped BANT scripts are the owner's to install (a rep may not write scripts).
    with services.db.unit_of_work() as uow:
        install_scripts(uow.session, START)
        uow.commit()
    yield Center(pg_url, services, factory, teams, north, south, callback)
    services.close()


@pytest.fixture
def as_person(center: Center, tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    """The application as one person signed in with their own database login."""
    opened: list[Services] = []

    def services_of(login: str) -> Services:
        url = (
            make_url(center.url)
            .set(username=login, password=PASSWORD)
            .render_as_string(hide_password=False)
        )
        settings = Settings(database_url=url, data_dir=tmp_path / login)
        built = build(settings, ManualClock(START), db=Database.from_url(url))
        opened.append(built)
        return built

    yield services_of
    for built in opened:
        built.close()
