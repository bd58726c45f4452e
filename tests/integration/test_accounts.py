"""Signing in: argon2id hashes, wrong passwords slowed down and audited, roles."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidFields,
    InvalidInput,
    LoginThrottled,
    NotFound,
    PermissionDenied,
)
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import AuditEntry, User, UserSession
from qualifier_app.services.accounts.first_run import CenterSetup
from tests.support.factories import PASSWORD, Factory


def audit_actions(services: Services) -> list[tuple[str, str]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            (row.action, row.reason)
            for row in uow.session.execute(
                select(AuditEntry.action, AuditEntry.reason).order_by(AuditEntry.id)
            ).all()
        ]


def test_password_is_stored_as_argon2id(services: Services, factory: Factory) -> None:
    factory.user("rita")
    with services.db.unit_of_work(write=False) as uow:
        stored = uow.session.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_sign_in_opens_a_session(services: Services, factory: Factory) -> None:
    factory.user("rita")
    signed_in = services.accounts.sign_in("Rita", PASSWORD, "desk-7")
    assert signed_in.actor.login == "rita"
    assert signed_in.actor.role is Role.REP
    with services.db.unit_of_work(write=False) as uow:
        session = uow.session.get(UserSession, signed_in.session_id)
        assert session is not None and session.workstation == "desk-7"
    services.accounts.sign_out(signed_in)
    with services.db.unit_of_work(write=False) as uow:
        ended = uow.session.get(UserSession, signed_in.session_id)
        assert ended is not None and ended.ended_at is not None
    assert ("login.succeeded", "") in audit_actions(services)
    assert ("logout", "") in audit_actions(services)


def test_unknown_login_and_wrong_password_say_the_same(
    services: Services, factory: Factory
) -> None:
    factory.user("rita")
    with pytest.raises(AuthenticationFailed, match="unknown login or wrong password"):
        services.accounts.sign_in("nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed, match="unknown login or wrong password"):
        services.accounts.sign_in("rita", "wrong password!")
    assert ("login.failed", "unknown login") in audit_actions(services)
    assert ("login.failed", "wrong password") in audit_actions(services)


def test_repeated_wrong_passwords_are_slowed_down(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    factory.user("rita")
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            services.accounts.sign_in("rita", "wrong password!")
    # The third failure starts a 5-second lock: even the right password must wait.
    with pytest.raises(LoginThrottled, match="try again in 5 s") as throttled:
        services.accounts.sign_in("rita", PASSWORD)
    assert throttled.value.retry_after_seconds == 5
    clock.advance(timedelta(seconds=6))
    assert services.accounts.sign_in("rita", PASSWORD).actor.login == "rita"
    # Success resets the counter.
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(User.failed_logins)).scalar_one() == 0
    assert ("login.throttled", "") in audit_actions(services)


def test_deactivated_user_cannot_sign_in(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    with services.db.unit_of_work() as uow:
        user = uow.session.get(User, rep.user_id)
        assert user is not None
        user.active = False
        uow.commit()
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        services.accounts.sign_in("rita", PASSWORD)


@pytest.mark.parametrize(
    ("login", "password", "role", "message"),
    [
        ("Bad Login!", PASSWORD, "rep", "must start with a letter"),
        ("rita2", "short", "rep", "at least 10 characters"),
        ("rita2", PASSWORD, "boss", "role 'boss' is not one of"),
    ],
)
def test_add_user_refuses_bad_input(
    services: Services, login: str, password: str, role: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.accounts.add_user(OPERATOR, login, password, role)


def test_add_user_names_every_field_at_fault_at_once(services: Services) -> None:
    with pytest.raises(InvalidFields) as refused:
        services.accounts.add_user(OPERATOR, "Bad Login!", PASSWORD, "boss", "x" * 121)
    assert [problem.field for problem in refused.value.problems] == ["login", "role", "name"]
    assert str(refused.value).startswith("login 'bad login!' must start with a letter")
    assert "; role 'boss' is not one of" in str(refused.value)


def test_add_user_refuses_duplicates_and_unknown_teams(
    services: Services, factory: Factory
) -> None:
    factory.user("rita")
    with pytest.raises(Conflict, match="exists already"):
        services.accounts.add_user(OPERATOR, "rita", PASSWORD, "rep")
    with pytest.raises(NotFound, match="no team 'Mars'"):
        services.accounts.add_user(OPERATOR, "new.rep", PASSWORD, "rep", team="Mars")


@pytest.mark.parametrize("role", [Role.REP, Role.TEAM_LEAD, Role.SUPERVISOR])
def test_only_admins_add_users(services: Services, factory: Factory, role: Role) -> None:
    actor = factory.user("someone", role)
    with pytest.raises(PermissionDenied, match="may not manage users"):
        services.accounts.add_user(actor, "new.rep", PASSWORD, "rep")


def test_admin_adds_users_and_it_is_audited(services: Services, factory: Factory) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("Team A")
    added = services.accounts.add_user(admin, "new.rep", PASSWORD, "rep", "New Rep", "Team A")
    assert added.team == "Team A"
    with services.db.unit_of_work(write=False) as uow:
        row = uow.session.execute(
            select(AuditEntry.actor_id, AuditEntry.after).where(
                AuditEntry.action == "user.added", AuditEntry.entity_id == str(added.id)
            )
        ).one()
    assert row.actor_id == admin.user_id
    assert row.after == {"login": "new.rep", "role": "rep", "team": "Team A"}


def test_reps_do_not_see_the_user_list(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    with pytest.raises(PermissionDenied):
        services.accounts.list_users(rep)
    lead = factory.user("tina", Role.TEAM_LEAD)
    assert {u.login for u in services.accounts.list_users(lead)} == {"rita", "tina"}


WEAK = [
    ("aaaaaaaaaaaa", "too simple"),
    ("my-tom.rep-password", "must not contain the login"),
    ("short", "at least 10 characters"),
]


@pytest.mark.parametrize(("password", "says"), WEAK)
def test_every_way_of_setting_a_password_applies_the_same_rules(
    services: Services, factory: Factory, password: str, says: str
) -> None:
    # The first run: `qualifier setup` (and the app's first-run form), `user add --role admin`.
    center = CenterSetup("Lisbon", "UTC", time(9), time(18), "tom.rep", password)
    with pytest.raises(InvalidInput, match=says):
        services.first_run.set_up(center)
    with pytest.raises(InvalidInput, match=says):
        services.cli_sessions.add_first_admin("tom.rep", password)
    # An administrator adding a user (`user add`), and a person changing their own.
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    with pytest.raises(InvalidInput, match=says):
        services.accounts.add_user(admin, "tom.rep", password, "rep")
    tom = factory.user("tom.rep")
    with pytest.raises(InvalidInput, match=says):
        services.staff.change_own_password(tom, PASSWORD, password)
