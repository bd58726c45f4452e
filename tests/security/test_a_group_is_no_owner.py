"""Taking one's group's role (`SET ROLE qualifier_rep`, …) leaves a statement one's own, and a
login is one user's (migration 0048_a_group_is_no_owner).

Each test signs in as one person (SCRAM) and tries what the security tester did with psql.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import exc, text

from qualifier_app.domain.roles import Actor, Role
from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import (
    CALL,
    CONSENT,
    QUALIFICATION,
    a_script,
    held_by,
    one,
)
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)


@contextmanager
def as_group(center: Center, login: str, group: str) -> Iterator[psycopg.Connection]:
    """`login` signed in, in a transaction, acting as their group's role."""
    with connect_as(center.url, login) as person, person.transaction():
        person.execute(f"SET LOCAL ROLE {group}")
        yield person


def test_a_rep_as_their_group_writes_calls_on_held_leads_at_the_databases_time(
    center: Center,
) -> None:
    rita, lead, script = center.teams.rita, center.north_lead, a_script(center)
    with pytest.raises(DENIED), as_group(center, "rita", "qualifier_rep") as person:
        person.execute(CALL, ("not held", lead, rita.user_id))
    held_by(center, lead, rita)
    with as_group(center, "rita", "qualifier_rep") as person:
        call = one(person, CALL, "held", lead, rita.user_id)
        assert one(person, CONSENT, lead, call, rita.user_id, script) is True  # not back-dated
        qualification = one(person, QUALIFICATION, call, lead, script)
        assert one(
            person, "SELECT created_at = now() FROM qualifications WHERE id = %s", qualification
        )


def test_a_rep_as_their_group_does_not_renew_a_running_sweep_lease(center: Center) -> None:
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("INSERT INTO sweep_leases (name, holder, expires_at) "
                 "VALUES ('sla_sweep', 'ws-admin', now() + interval '1 hour')")
        )  # fmt: skip
        uow.commit()
    with pytest.raises(DENIED), as_group(center, "rita", "qualifier_rep") as person:
        person.execute(
            "UPDATE sweep_leases SET holder = 'rep-ws', expires_at = now() + interval '23 hours'"
        )


def test_an_administrator_as_their_group_gives_no_new_user_a_login(center: Center) -> None:
    center.factory.user("al", Role.ADMIN, team=None, queues=())
    with pytest.raises(DENIED), as_group(center, "al", "qualifier_admin") as al:
        al.execute(
            "INSERT INTO users (login, display_name, role, password_hash, active, db_role, "
            "created_at) VALUES ('rita.rep', 'Rita Rep', 'rep', 'x', true, 'al', now())"
        )


def test_a_login_is_one_users(center: Center) -> None:
    admin: Actor = center.factory.user("al", Role.ADMIN, team=None, queues=())
    with pytest.raises(exc.IntegrityError), center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("INSERT INTO users (login, display_name, role, password_hash, db_role, "
                 "created_at) VALUES ('al2', 'Al Two', 'admin', '', 'al', now())")
        )  # fmt: skip
        uow.commit()
    with connect_as(center.url, "al") as al:
        assert one(al, "SELECT qualifier_user_id()") == admin.user_id


def test_an_administrator_does_not_lift_their_own_lock_out(center: Center) -> None:
    admin = center.factory.user("al", Role.ADMIN, team=None, queues=())
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE users SET failed_logins = 5, locked_until = now() + interval '1 hour' "
                 "WHERE id = :id"),
            {"id": admin.user_id},
        )  # fmt: skip
        uow.commit()
    with connect_as(center.url, "al") as al:
        for must_change in (True, False):
            with pytest.raises(DENIED):
                al.execute("SELECT qualifier_reset_sign_in('al', %s)", (must_change,))
        assert al.execute(
            "SELECT failed_logins, locked_until IS NOT NULL FROM users WHERE id = %s",
            (admin.user_id,),
        ).fetchone() == (5, True)
