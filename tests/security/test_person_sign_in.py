"""Signing in on PostgreSQL connects as the person's own login role; the password check is
the database's (SCRAM), and what the app then does runs with that role's rights."""

from __future__ import annotations

import os
import socket
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from qualifier_app.app import build, sign_in_person
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import AuthenticationFailed, DatabaseUnavailable
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, Lead
from qualifier_app.services.accounts.first_run import CenterSetup
from qualifier_app.settings import Settings
from tests.conftest import START
from tests.security.conftest import Center
from tests.support.databases import PGBOUNCER_URL_ENV, required
from tests.support.factories import PASSWORD

pytestmark = pytest.mark.postgres


def settings_of(center: Center, tmp_path: Path) -> Settings:
    return Settings(database_url=center.url, data_dir=tmp_path / "data")


def test_signing_in_connects_as_the_person(center: Center, tmp_path: Path) -> None:
    signed = sign_in_person(
        settings_of(center, tmp_path), "Rita", PASSWORD, "desk 7", ManualClock(START)
    )
    assert signed is not None
    services, signed_in = signed
    try:
        assert signed_in.actor.user_id == center.teams.rita.user_id
        with services.db.unit_of_work(write=False) as uow:
            assert uow.session.execute(text("SELECT session_user")).scalar_one() == "rita"
            # Her connection sees her queue only: the row-level security is hers.
            assert set(uow.session.execute(select(Lead.id)).scalars()) == {center.north_lead}
    finally:
        services.close()
    with center.services.db.unit_of_work(write=False) as uow:
        actor = uow.session.execute(
            select(AuditEntry.actor_id).where(AuditEntry.action == "login.succeeded")
        ).scalar_one()
    assert actor == center.teams.rita.user_id


@pytest.mark.parametrize("password", ["wrong password", ""])
def test_a_wrong_password_is_refused_without_saying_more(
    center: Center, tmp_path: Path, password: str
) -> None:
    with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
        sign_in_person(settings_of(center, tmp_path), "rita", password)


def test_an_unknown_or_deactivated_login_is_refused(center: Center, tmp_path: Path) -> None:
    with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
        sign_in_person(settings_of(center, tmp_path), "nobody", PASSWORD)
    center.services.staff.set_user(OPERATOR, "marco", active=False)
    with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
        sign_in_person(settings_of(center, tmp_path), "marco", PASSWORD)


def test_signing_in_to_a_center_nobody_set_up_says_what_to_do(pg_url: str, tmp_path: Path) -> None:
    settings = Settings(database_url=pg_url, data_dir=tmp_path / "data")
    with pytest.raises(
        AuthenticationFailed,
        match=r"^this database has no users yet; set up the center first \(qualifier setup\)$",
    ):
        sign_in_person(settings, "first.admin", "Not-set-up-yet-42")


def test_sqlite_keeps_the_apps_own_password_check(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'q.sqlite3'}", data_dir=tmp_path)
    assert sign_in_person(settings, "rita", PASSWORD) is None


def test_the_first_admin_signs_in_with_a_database_login(pg_url: str, tmp_path: Path) -> None:
    settings = Settings(database_url=pg_url, data_dir=tmp_path / "data")
    with build(settings, ManualClock(START), db=Database.from_url(pg_url)) as owner:
        owner.first_run.set_up(
            CenterSetup(
                center="Lisbon Qualifying Center",
                time_zone="Europe/Lisbon",
                window_start=time(9),
                window_end=time(18),
                admin_login="ada",
                admin_password="Purple-Otter-42",
                team="Team 1",
                queue="Main",
            )
        )
    signed = sign_in_person(settings, "ada", "Purple-Otter-42")
    assert signed is not None
    services, signed_in = signed
    try:
        # Her own connection may add people, and so create their database logins.
        services.accounts.add_user(signed_in.actor, "rosa", PASSWORD, "rep", team="Team 1")
    finally:
        services.close()
    again = sign_in_person(settings, "rosa", PASSWORD)
    assert again is not None
    again[0].close()


def test_a_database_name_that_is_wrong_is_named_not_blamed_on_a_password(
    center: Center, tmp_path: Path
) -> None:
    mistyped = make_url(center.url).set(database="qualifer_no_such").render_as_string(False)
    settings = Settings(database_url=mistyped, data_dir=tmp_path / "data")
    with pytest.raises(DatabaseUnavailable) as refused:
        sign_in_person(settings, "rita", PASSWORD)
    assert str(refused.value) == (
        "the server has no database qualifer_no_such: check the database's name in the "
        "[database] url of the settings"
    )


def test_a_server_that_is_down_is_one_line(center: Center, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    down = make_url(center.url).set(host="127.0.0.1", port=port).render_as_string(False)
    settings = Settings(database_url=down, data_dir=tmp_path / "data")
    with pytest.raises(DatabaseUnavailable) as refused:
        sign_in_person(settings, "rita", PASSWORD)
    said = str(refused.value)
    assert said.startswith("cannot reach the database (PostgreSQL qualifier_sign_in@127.0.0.1:")
    assert "\n" not in said and "Connection refused" in said


def test_pgbouncer_without_the_pooler_setting_says_what_to_set(
    center: Center, tmp_path: Path
) -> None:
    pooler = os.environ.get(PGBOUNCER_URL_ENV)
    if not pooler:
        required("PgBouncer (QUALIFIER_TEST_PGBOUNCER_URL)", "run the suite with `make test`")
    # The pooler's address without ?pooler=pgbouncer: the connection sends the server
    # settings a direct one does, which PgBouncer refuses.
    direct_style = make_url(pooler).set(database=make_url(center.url).database)
    settings = Settings(
        database_url=direct_style.render_as_string(False), data_dir=tmp_path / "data"
    )
    with pytest.raises(DatabaseUnavailable, match=r'set pooler = "pgbouncer" in \[database\]'):
        sign_in_person(settings, "rita", PASSWORD)
