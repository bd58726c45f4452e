"""Signing in and out, and managing users, teams and their queues."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import (
    AuthenticationFailed,
    Conflict,
    Gathered,
    InvalidInput,
    LoginThrottled,
    NotFound,
)
from qualifier_app.domain.roles import Action, Actor, Role
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import check_login_free, sync_login
from qualifier_app.persistence.models import Queue, QueueMember, Team, User, UserSession
from qualifier_app.persistence.person_login import NOT_SET_UP
from qualifier_app.services.accounts.dto import UserSummary
from qualifier_app.services.accounts.memberships import TEAM_QUEUE_ROLES, join_team_queues
from qualifier_app.services.accounts.passwords import (
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.workspace import agent_states

LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
FREE_FAILURES = 3  # wrong passwords allowed before each further try is delayed
MAX_LOCK = timedelta(minutes=15)
NAME_LIMIT = 120  # users.display_name: PostgreSQL refuses a longer one mid-save


def check_login(typed: str) -> str:
    """The login as kept (lower case), or InvalidInput saying what a login may be."""
    login = typed.strip().lower()
    if not LOGIN_PATTERN.match(login):
        raise InvalidInput(
            message(
                (
                    "login {login!r} must start with a letter and use only a-z, 0-9, '.', "
                    "'_' or '-' (2 to 64 characters)"
                ),
                login=login,
            ),
            "login",
        )
    return login


def display_name_of(typed: str, login: str) -> str:
    """The name a person is shown by: as typed, spaces tidied; their login when blank."""
    name = " ".join(typed.split())
    if len(name) > NAME_LIMIT:
        raise InvalidInput(
            message("the name must have at most {limit} characters", limit=NAME_LIMIT), "name"
        )
    return name or login


def checked_role(typed: str) -> Role:
    """A role named as typed; one the app does not have is named with the ones it has."""
    try:
        return Role(typed)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput(
            message("role {role!r} is not one of {choices}", role=typed, choices=choices), "role"
        ) from None


def lock_duration(failures: int) -> timedelta:
    """After the free tries the wait doubles with every failure: 5 s, 10 s, 20 s … 15 min."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(MAX_LOCK, timedelta(seconds=5 * 2 ** (failures - FREE_FAILURES)))


@dataclass(frozen=True)
class _Attempt:
    user_id: int
    failures: int  # wrong passwords in a row, counting this attempt


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    session_id: int


def actor_of(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        display_name=user.display_name,
        role=Role(user.role),
        team_id=user.team_id,
        is_channel_manager=user.is_channel_manager,
    )


class AccountService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    # --- signing in -------------------------------------------------------------------------

    def sign_in(self, login: str, password: str, workstation: str = "") -> SignedIn:
        login = login.strip().lower()
        with self._frame.change(None) as change:
            outcome = self._authenticate(change, login, password, workstation)
        # Raised only after the commit: a refused attempt is recorded, and counts.
        if isinstance(outcome, AuthenticationFailed):
            raise outcome
        return outcome

    def _authenticate(
        self, change: Change, login: str, password: str, workstation: str
    ) -> SignedIn | AuthenticationFailed:
        session, now = change.session, change.now
        attempt = self._count_attempt(session, login, now)
        if attempt is None:
            user_id, locked_until = session.execute(
                select(User.id, User.locked_until).where(User.login == login)
            ).one_or_none() or (None, None)
            if user_id is None:
                verify_password(None, password)  # as slow as a real check: no login probing
                # Nothing of what was typed: it may be a name, or a password in the wrong field.
                change.audit("login.failed", "login", "", reason="unknown login")
                if session.execute(select(User.id).limit(1)).first() is None:
                    # Nobody to sign in as, so nothing to hide: say what comes first.
                    return AuthenticationFailed(NOT_SET_UP)
                return AuthenticationFailed(message("unknown login or wrong password"))
            wait = math.ceil((locked_until - now).total_seconds()) if locked_until else 0
            change.audit("login.throttled", "user", user_id)
            return LoginThrottled(
                message(
                    "too many wrong passwords for {login}; try again in {max} s",
                    login=login,
                    max=max(wait, 1),
                ),
                wait,
            )
        user = session.get(User, attempt.user_id)
        assert user is not None
        if not verify_password(user.password_hash, password):
            return self._record_failure(change, user, attempt.failures)
        # From here on the rows are the user's own.
        change.actor = actor_of(user)
        if not user.active:
            change.audit("login.refused", "user", user.id, reason="deactivated")
            return AuthenticationFailed(
                message("{login} is deactivated; ask an administrator", login=login)
            )
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
        user.last_seen_at = now
        record = UserSession(
            user_id=user.id, workstation=workstation[:120], started_at=now, last_seen_at=now
        )
        session.add(record)
        session.flush()
        change.audit(
            "login.succeeded",
            "user",
            user.id,
            after={"session_id": record.id, "workstation": workstation[:120]},
        )
        return SignedIn(change.actor, record.id)

    @staticmethod
    def _count_attempt(session: Session, login: str, now: datetime) -> _Attempt | None:
        """Count this attempt as a failure before the password is even checked, in one atomic
        statement that also takes the user's row lock until commit: parallel attempts queue up
        behind it and each sees the count and lock the one before left. None when the login is
        unknown or locked."""
        row = session.execute(
            update(User)
            .where(
                User.login == login,
                or_(User.locked_until.is_(None), User.locked_until <= now),
            )
            .values(failed_logins=User.failed_logins + 1)
            .returning(User.id, User.failed_logins)
            .execution_options(synchronize_session=False)
        ).one_or_none()
        return None if row is None else _Attempt(row.id, row.failed_logins)

    def _record_failure(self, change: Change, user: User, failures: int) -> AuthenticationFailed:
        lock = lock_duration(failures)
        user.locked_until = change.now + lock if lock else None
        change.audit(
            "login.failed",
            "user",
            user.id,
            reason="wrong password",
            after={"failed_logins": failures, "locked_until": user.locked_until},
        )
        return AuthenticationFailed(message("unknown login or wrong password"))

    def touch_session(self, signed_in: SignedIn) -> None:
        with self._frame.change(signed_in.actor) as change:
            change.session.execute(
                update(UserSession)
                .where(UserSession.id == signed_in.session_id)
                .values(last_seen_at=change.now)
            )
            change.session.execute(
                update(User)
                .where(User.id == signed_in.actor.user_id)
                .values(last_seen_at=change.now)
            )

    def sign_out(self, signed_in: SignedIn) -> None:
        with self._frame.change(signed_in.actor) as change:
            change.session.execute(
                update(UserSession)
                .where(UserSession.id == signed_in.session_id)
                .values(ended_at=change.now, last_seen_at=change.now)
            )
            # Signed out is a state of its own: no Break or Ready left open behind the rep.
            agent_states.close(change, signed_in.actor.user_id)
            change.audit(
                "logout",
                "user",
                signed_in.actor.user_id,
                after={"session_id": signed_in.session_id},
            )

    # --- users --------------------------------------------------------------------------

    def actor_for(self, login: str) -> Actor:
        """The actor for a login, for command-line use on a trusted machine (`--as`)."""
        with self._frame.read(None) as reading:
            user = reading.session.execute(
                select(User).where(User.login == login.strip().lower())
            ).scalar_one_or_none()
            if user is None:
                raise NotFound(message("there is no user {login!r}", login=login))
            if not user.active:
                raise AuthenticationFailed(message("{login} is deactivated", login=login))
            return actor_of(user)

    def add_user(
        self,
        actor: Actor,
        login: str,
        password: str,
        role: str,
        display_name: str = "",
        team: str | None = None,
    ) -> UserSummary:
        # Every field at fault named at once: the login, the role and the name.
        gathered = Gathered()
        typed = login
        login = gathered.check(lambda: check_login(typed))
        role_value = gathered.check(lambda: checked_role(role))
        name = gathered.check(lambda: display_name_of(display_name, login or typed))
        gathered.done()
        with self._frame.change(actor, Action.MANAGE_USERS) as change:
            check_new_password(login, password)
            password_hash = hash_password(password)
            session = change.session
            if session.execute(select(User.id).where(User.login == login)).first():
                raise Conflict(message("a user {login!r} exists already", login=login))
            check_login_free(session, login)
            team_id, team = self._team(session, team) if team else (None, None)
            user = User(
                login=login,
                display_name=name,
                role=role_value.value,
                team_id=team_id,
                password_hash=password_hash,
                active=True,
                created_at=change.now,
            )
            session.add(user)
            session.flush()
            # A rep added to a team works that team's queues.
            queues: list[str] = []
            if team_id is not None and role_value.value in TEAM_QUEUE_ROLES:
                queues = join_team_queues(session, user.id, team_id)
            after: dict[str, object] = {"login": login, "role": role_value.value, "team": team}
            if queues:
                after["queues"] = queues
            sync_login(session, login, role_value.value, active=True, password=password)
            change.audit("user.added", "user", user.id, after=after)
            return UserSummary(
                user.id, login, user.display_name, user.role, team, True, tuple(queues)
            )

    def _team(self, session: Session, name: str) -> tuple[int, str]:
        """The team's id and its name as stored (a list or a command may write "east")."""
        found = session.execute(
            select(Team.id, Team.name).where(func.lower(Team.name) == name.strip().lower())
        ).first()
        if found is not None:
            return int(found.id), str(found.name)
        raise NotFound(message("there is no team {name!r}", name=name))

    def list_users(self, actor: Actor) -> list[UserSummary]:
        with self._frame.read(actor, Action.LIST_USERS) as reading:
            session = reading.session
            rows = session.execute(
                select(User, Team.name)
                .outerjoin(Team, Team.id == User.team_id)
                .order_by(User.role, User.login)
            ).all()
            queues: dict[int, list[str]] = {}
            for user_id, queue_name in session.execute(
                select(QueueMember.user_id, Queue.name)
                .join(Queue, Queue.id == QueueMember.queue_id)
                .order_by(Queue.name)
            ).all():
                queues.setdefault(user_id, []).append(queue_name)
            return [
                UserSummary(
                    user.id,
                    user.login,
                    user.display_name,
                    user.role,
                    team,
                    user.active,
                    tuple(queues.get(user.id, [])),
                )
                for user, team in rows
            ]
