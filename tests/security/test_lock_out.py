"""Lock-out on PostgreSQL is the database's: repeated wrong passwords make the person's login
role NOLOGIN, so even psql with the right password is refused until the lock is lifted."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from qualifier_app.app import sign_in_person
from qualifier_app.domain.errors import AuthenticationFailed, DatabaseUnavailable, LoginThrottled
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.db_logins import conninfo_as
from qualifier_app.persistence.models import AuditEntry, User
from qualifier_app.persistence.person_login import SIGN_IN_ROLE
from qualifier_app.settings import DEFAULT_SIGN_IN_PASSWORD, Settings
from tests.conftest import START
from tests.security.conftest import Center
from tests.support.factories import PASSWORD

pytestmark = pytest.mark.postgres


def settings_of(center: Center, tmp_path: Path) -> Settings:
    return Settings(database_url=center.url, data_dir=tmp_path / "data")


def psql_as(center: Center, login: str, password: str) -> subprocess.CompletedProcess[str]:
    url = make_url(center.url)
    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("no psql client on this machine")
    return subprocess.run(
        [psql, "-h", url.host or "localhost", "-p", str(url.port or 5432), "-U", login,
         "-d", url.database or "", "-w", "-tAc", "SELECT session_user"],
        env={**os.environ, "PGPASSWORD": password, "PGCONNECT_TIMEOUT": "10"},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip


def fail_three_times(center: Center, tmp_path: Path, login: str = "rita") -> None:
    for _ in range(3):
        with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
            sign_in_person(settings_of(center, tmp_path), login, "not her password")


def test_wrong_passwords_lock_the_login_role_even_for_psql(center: Center, tmp_path: Path) -> None:
    assert psql_as(center, "rita", PASSWORD).stdout.strip() == "rita"
    fail_three_times(center, tmp_path)
    with pytest.raises(LoginThrottled, match=r"^too many wrong passwords for rita; try again in"):
        sign_in_person(settings_of(center, tmp_path), "rita", PASSWORD)
    refused = psql_as(center, "rita", PASSWORD)
    assert refused.returncode != 0
    assert "not permitted to log in" in refused.stderr
    with center.services.db.unit_of_work(write=False) as uow:
        rita = uow.session.execute(select(User).where(User.login == "rita")).scalar_one()
        assert rita.failed_logins == 3
        assert rita.locked_until is not None
        failures = uow.session.execute(
            select(AuditEntry).where(
                AuditEntry.action == "login.failed", AuditEntry.entity_id == str(rita.id)
            )
        ).scalars()
        assert [entry.reason for entry in failures] == ["wrong password"] * 3
    # Anna, who typed nothing wrong, is not touched.
    assert psql_as(center, "anna", PASSWORD).stdout.strip() == "anna"


def test_an_administrator_unlocks_the_login_role(center: Center, tmp_path: Path) -> None:
    fail_three_times(center, tmp_path)
    center.services.staff.unlock(OPERATOR, "rita")
    assert psql_as(center, "rita", PASSWORD).stdout.strip() == "rita"
    signed = sign_in_person(settings_of(center, tmp_path), "rita", PASSWORD)
    assert signed is not None
    signed[0].close()


def test_the_next_sign_in_after_the_lock_period_lifts_it(center: Center, tmp_path: Path) -> None:
    fail_three_times(center, tmp_path)
    assert psql_as(center, "rita", PASSWORD).returncode != 0
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            update(User)
            .where(User.login == "rita")
            .values(locked_until=START - timedelta(seconds=1))
        )
        uow.commit()
    signed = sign_in_person(settings_of(center, tmp_path), "rita", PASSWORD)
    assert signed is not None
    signed[0].close()
    with center.services.db.unit_of_work(write=False) as uow:
        rita = uow.session.execute(select(User).where(User.login == "rita")).scalar_one()
        assert (rita.failed_logins, rita.locked_until) == (0, None)


def test_a_deactivated_person_stays_locked_out_after_the_lock(
    center: Center, tmp_path: Path
) -> None:
    fail_three_times(center, tmp_path, "marco")
    center.services.staff.set_user(OPERATOR, "marco", active=False)
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(update(User).where(User.login == "marco").values(locked_until=None))
        uow.commit()
    with pytest.raises(AuthenticationFailed):
        sign_in_person(settings_of(center, tmp_path), "marco", PASSWORD)
    assert psql_as(center, "marco", PASSWORD).returncode != 0


def test_the_sign_in_role_may_do_nothing_else(center: Center) -> None:
    conninfo = conninfo_as(make_url(center.url), SIGN_IN_ROLE, DEFAULT_SIGN_IN_PASSWORD)
    for statement in (
        "SELECT count(*) FROM leads",
        "SELECT login FROM users",
        # The schema version only through its function (0072), not the table.
        "SELECT version_num FROM alembic_version",
        "SELECT qualifier_user_id()",
        "INSERT INTO audit_log (at, action, entity_type, entity_id, reason) "
        "VALUES (now(), 'x', 'x', 'x', '')",
        "SELECT qualifier_manage_login('rita', 'qualifier_admin', true, NULL)",
        "CREATE TABLE mine (id integer)",
    ):
        with psycopg.connect(conninfo) as connection, pytest.raises(psycopg.Error) as refused:
            connection.execute(statement)
        assert isinstance(refused.value, psycopg.errors.InsufficientPrivilege), statement
    # Reporting a failure for a role that is not a person's locks nothing.
    with psycopg.connect(conninfo, autocommit=True) as connection:
        for role in ("qualifier", "qualifier_admin"):
            refused = connection.execute("SELECT qualifier_sign_in_refused(%s, 'x')", (role,))
            assert refused.fetchone() == (0,)
        # The functions a sign-in uses, and no other (0070: not the failure count itself),
        # and the schema version a workstation checks before anyone signs in (0072).
        callable_ = connection.execute(
            "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
            "AND has_function_privilege(p.oid, 'EXECUTE') AND NOT EXISTS ("
            "  SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
            "  WHERE a.grantee = 0) ORDER BY 1"
        )
        assert [name for (name,) in callable_] == [
            "qualifier_cli_unseal",
            "qualifier_one_time_replace",
            "qualifier_schema_version",
            "qualifier_sign_in_refused",
            "qualifier_sign_in_wait",
        ]


def test_a_workstation_with_the_wrong_sign_in_password_is_told_so(
    center: Center, tmp_path: Path
) -> None:
    settings = Settings(
        database_url=center.url, data_dir=tmp_path / "data", sign_in_password="not it"
    )
    with pytest.raises(DatabaseUnavailable, match="sign-in role qualifier_sign_in"):
        sign_in_person(settings, "rita", PASSWORD)


def test_an_unknown_login_leaves_nothing_typed_in_the_audit(center: Center, tmp_path: Path) -> None:
    typed = "Correct-Horse-7"  # a password typed into the login field
    with pytest.raises(AuthenticationFailed):
        sign_in_person(settings_of(center, tmp_path), typed, "anything")
    with center.services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(
                AuditEntry.entity_id, AuditEntry.reason, AuditEntry.before, AuditEntry.after
            ).where(AuditEntry.action == "login.failed")
        ).all()
    assert [(entity, reason) for entity, reason, _, _ in rows] == [("", "unknown login")]
    assert typed.lower() not in repr(rows).lower()
