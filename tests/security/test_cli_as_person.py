"""The command line on PostgreSQL connects as the acting person: their password is the
database's, their saved session opens nothing once it ended."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors
from sqlalchemy import select
from sqlalchemy.engine import make_url

from qualifier_app.cli.main import main
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.db_logins import sync_login
from qualifier_app.persistence.models import AuditEntry, CliSession
from qualifier_app.settings import ENV_CONFIG, ENV_DATA_DIR
from tests.security.conftest import Center
from tests.support.cli import main_as
from tests.support.factories import PASSWORD
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

NEW_SECRET = "only the database knows 42"


@pytest.fixture(autouse=True)
def no_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CONFIG, str(tmp_path / "settings.toml"))
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))


def change_database_password(center: Center) -> None:
    """Only the login role's password changes; the app's own hash stays PASSWORD."""
    with center.services.db.unit_of_work() as uow:
        sync_login(uow.session, "rita", "rep", active=True, password=NEW_SECRET)
        uow.commit()


def test_as_login_is_checked_by_the_database(
    center: Center, capsys: pytest.CaptureFixture[str]
) -> None:
    change_database_password(center)
    assert main_as("rita", ["--db", center.url, "queue", "stats", "--json"]) == 2
    assert capsys.readouterr().err.strip() == "qualifier: error: unknown login or wrong password"
    assert main_as("rita", ["--db", center.url, "queue", "stats"], password=NEW_SECRET) == 0
    with center.services.db.unit_of_work(write=False) as uow:
        signed_in = uow.session.execute(
            select(AuditEntry.actor_id, AuditEntry.after).where(
                AuditEntry.action == "login.succeeded"
            )
        ).one()
    assert signed_in.actor_id == center.teams.rita.user_id
    assert signed_in.after["by"] == "database"


def test_a_url_naming_the_persons_login_acts_as_them(
    center: Center, capsys: pytest.CaptureFixture[str]
) -> None:
    url = make_url(center.url).set(username="rita", password=PASSWORD)
    argv = ["--db", url.render_as_string(hide_password=False), "dnc", "add"]
    code = main([*argv, "--email", "nobody@example.com", "--json"])
    assert code == 0, capsys.readouterr().err
    with center.services.db.unit_of_work(write=False) as uow:
        added = uow.session.execute(
            select(AuditEntry.actor_id).where(AuditEntry.action == "do_not_call.added")
        ).scalar_one()
    assert added == center.teams.rita.user_id


def test_a_saved_session_opens_nothing_after_logout(
    center: Center, file_keyring: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change_database_password(center)
    assert main_as("rita", ["--db", center.url, "login"], password=NEW_SECRET) == 0
    stored = file_keyring.read_text()
    assert NEW_SECRET not in stored  # sealed; its key is the database's
    assert main(["--db", center.url, "queue", "stats"]) == 0
    with center.services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(CliSession.sealing_key)).scalar_one()
    capsys.readouterr()

    assert main(["--db", center.url, "logout"]) == 0
    assert "signed out rita" in capsys.readouterr().out
    with center.services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(CliSession.sealing_key)).scalar_one() is None
    file_keyring.write_text(stored)  # a copy of the keyring taken while it was live
    assert main(["--db", center.url, "queue", "stats"]) == 2
    assert "has expired or was ended" in capsys.readouterr().err


def test_a_live_sessions_sealing_key_is_read_by_nobody(
    center: Center, file_keyring: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An administrator who could read a colleague's key while the session lived could open
    a copy of the keyring taken later: only the database's unsealing function reads it."""
    center.factory.user("ada", Role.ADMIN, team=None, queues=())
    change_database_password(center)
    assert main_as("rita", ["--db", center.url, "login"], password=NEW_SECRET) == 0
    for login, password in (("ada", PASSWORD), ("rita", NEW_SECRET)):
        with connect_as(center.url, login, password) as person:
            with pytest.raises(errors.InsufficientPrivilege):
                person.execute("SELECT sealing_key FROM cli_sessions")
            with pytest.raises(errors.InsufficientPrivilege):
                person.execute("SELECT * FROM cli_sessions")
            rows = person.execute("SELECT user_id, ended_at FROM cli_sessions").fetchall()
            assert rows == [(center.teams.rita.user_id, None)]
    # Her own commands still unseal it, and her logout still erases it.
    assert main(["--db", center.url, "queue", "stats"]) == 0
    assert main(["--db", center.url, "logout"]) == 0
    assert "signed out rita" in capsys.readouterr().out
    with center.services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(CliSession.sealing_key)).scalar_one() is None
