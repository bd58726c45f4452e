"""A one-time password (a new person's, an administrator's reset) is no database password on
PostgreSQL (migration 0064): no client signs in with it, psql included; its holder can only
replace it with their own, through the sign-in role, and then sign in with that."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from qualifier_app.app import choose_own_password, sign_in_person
from qualifier_app.domain.errors import AuthenticationFailed, InvalidInput, OneTimePassword
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.db_logins import conninfo_as, password_refused
from qualifier_app.persistence.models import AuditEntry, User
from qualifier_app.settings import Settings
from tests.security.conftest import Center
from tests.support.factories import PASSWORD

pytestmark = pytest.mark.postgres

MINE = "Harbour-lights-7"


def settings_of(center: Center, tmp_path: Path) -> Settings:
    return Settings(database_url=center.url, data_dir=tmp_path / "data")


def connects(center: Center, login: str, password: str) -> bool:
    """Whether any PostgreSQL client (here plain psycopg, as psql would) signs in."""
    try:
        with psycopg.connect(conninfo_as(make_url(center.url), login, password)):
            return True
    except psycopg.OperationalError as exc:
        assert password_refused(exc) or "no such user" in str(exc)  # PgBouncer's words
        return False


def rita(center: Center) -> User:
    with center.services.db.unit_of_work(write=False) as uow:
        user = uow.session.execute(select(User).where(User.login == "rita")).scalar_one()
        uow.session.expunge(user)
        return user


def test_a_one_time_password_opens_no_connection(center: Center, tmp_path: Path) -> None:
    one_time = center.services.staff.reset_password(OPERATOR, "rita")
    assert not connects(center, "rita", one_time)
    assert not connects(center, "rita", PASSWORD)  # her old one went with the reset
    with pytest.raises(OneTimePassword, match="is a one-time password: choose your own"):
        sign_in_person(settings_of(center, tmp_path), "rita", one_time)
    # Typing the one-time password is no wrong password: nothing counted, nothing locked.
    assert rita(center).failed_logins == 0 and rita(center).must_change_password


def test_its_holder_replaces_it_and_signs_in_with_their_own(center: Center, tmp_path: Path) -> None:
    one_time = center.services.staff.reset_password(OPERATOR, "rita")
    settings = settings_of(center, tmp_path)
    with pytest.raises(InvalidInput, match="not the current one again"):
        choose_own_password(settings, "rita", one_time, one_time)
    with pytest.raises(InvalidInput, match="must not contain the login"):
        choose_own_password(settings, "rita", one_time, "rita-is-back-2026")

    choose_own_password(settings, "Rita", one_time, MINE)

    assert connects(center, "rita", MINE)
    assert not connects(center, "rita", one_time)
    signed = sign_in_person(settings, "rita", MINE)
    assert signed is not None
    services, signed_in = signed
    try:
        assert not services.staff.must_change_password(signed_in.actor)
    finally:
        services.close()
    # Used up: it is a wrong password now, not a one-time one.
    with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
        sign_in_person(settings, "rita", one_time)
    with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
        choose_own_password(settings, "rita", one_time, "Another-harbour-8")
    with center.services.db.unit_of_work(write=False) as uow:
        changed = uow.session.execute(
            select(AuditEntry.actor_id, AuditEntry.after).where(
                AuditEntry.action == "user.password_changed"
            )
        ).one()
    assert changed == (rita(center).id, {"by": "self", "replaced": "one-time password"})


def test_a_wrong_one_time_password_counts_as_a_wrong_password(
    center: Center, tmp_path: Path
) -> None:
    one_time = center.services.staff.reset_password(OPERATOR, "rita")
    settings = settings_of(center, tmp_path)
    for _ in range(3):
        with pytest.raises(AuthenticationFailed, match=r"^unknown login or wrong password$"):
            choose_own_password(settings, "rita", "Not-the-one-99", MINE)
    assert rita(center).failed_logins == 3
    # The third wrong try locks the login, the one-time password with it.
    with pytest.raises(AuthenticationFailed, match="too many wrong passwords"):
        choose_own_password(settings, "rita", one_time, MINE)
    assert not connects(center, "rita", MINE)


def test_no_person_reads_the_digests_or_gives_one_time_passwords_themselves(
    center: Center,
) -> None:
    center.services.staff.reset_password(OPERATOR, "rita")
    center.factory.user("ada", Role.ADMIN, team=None, queues=())
    for login in ("ada", "marco"):
        with (
            psycopg.connect(conninfo_as(make_url(center.url), login, PASSWORD)) as person,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            person.execute("SELECT * FROM one_time_passwords")
    with (
        psycopg.connect(conninfo_as(make_url(center.url), "marco", PASSWORD)) as rep,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        rep.execute("SELECT qualifier_give_one_time('rita', %s)", ("0" * 64,))
    with (
        psycopg.connect(conninfo_as(make_url(center.url), "ada", PASSWORD)) as admin,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="themselves"),
    ):
        admin.execute("SELECT qualifier_give_one_time('ada', %s)", ("0" * 64,))
