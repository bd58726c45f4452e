"""Staffing a center: change a person's role and team, deactivate a leaver, reset and
change passwords, unlock after too many wrong passwords.

Deactivating someone hands their work back: the leads they hold go back to the queue, and
their "me only" callbacks (and leads assigned to them in person) to the whole team. Moving
someone to another team hands back the same way what lies in queues they no longer work:
they could neither work nor release it any more.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from qualifier_app.domain.roles import Action, Actor, Role
from qualifier_app.domain.text import message
from qualifier_app.persistence import turns
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import (
    connected_as,
    database_accepts,
    give_one_time,
    reset_sign_in,
    set_own_password,
    sync_login,
)
from qualifier_app.persistence.models import Team, User
from qualifier_app.services.accounts.memberships import (
    TEAM_QUEUE_ROLES,
    hand_back_work,
    join_team_queues,
    leave_team_queues,
)
from qualifier_app.services.accounts.passwords import (
    check_new_password,
    hash_password,
    one_time_password,
    verify_password,
)
from qualifier_app.services.accounts.users import checked_role, display_name_of
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners.directory import partners_managed_by


@dataclass(frozen=True)
class StaffChange:
    login: str
    role: str
    team: str | None
    active: bool
    leads_returned: int = 0
    callbacks_returned: int = 0
    # When deactivated: the active partners they are still the channel manager of.
    partners_managed: tuple[str, ...] = ()


class StaffService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def set_user(
        self,
        actor: Actor,
        login: str,
        *,
        role: str | None = None,
        team: str | None = None,
        active: bool | None = None,
        display_name: str | None = None,
    ) -> StaffChange:
        """Change what is given; `team=""` takes the person out of their team."""
        # A blank name changes nothing: the person keeps theirs.
        name = display_name_of(display_name or "", "")
        with self._frame.change(actor, Action.MANAGE_USERS) as change:
            session = change.session
            user = _user(session, login)
            if active is not None or team is not None:
                # Moves to this person that checked them already commit first; and the
                # person's row is read again after that wait.
                turns.changing_person(session, user.id)
                session.refresh(user)
            before = _state(session, user)
            returned = (0, 0)
            managed: tuple[str, ...] = ()
            moved = False
            if role is not None:
                user.role = checked_role(role).value
            if name:
                user.display_name = name
            if team is not None:
                moved = self._move_team(session, user, team)
            if active is not None and active != user.active:
                if not active and user.id == actor.user_id:
                    raise InvalidInput(message("you cannot deactivate yourself"), "active")
                user.active = active
                if not active:
                    returned = hand_back_work(change, user.id, reason="deactivated")
                    # Deactivation never waits (someone left): whoever deactivates them is
                    # told which partners need another channel manager.
                    managed = partners_managed_by(session, user.id, active_only=True)
            if user.role in TEAM_QUEUE_ROLES and user.team_id is not None and user.active:
                join_team_queues(session, user.id, user.team_id)
            if moved and user.active:
                session.flush()
                returned = hand_back_work(
                    change, user.id, reason="moved to another team", outside_own_queues=True
                )
            if before["role"] == Role.ADMIN.value and before["active"]:
                _keep_an_admin(session, user)
            after = _state(session, user)
            if after == before:
                change.discard()
            else:
                sync_login(session, user.db_role or user.login, user.role, active=user.active)
                change.audit("user.changed", "user", user.id, before=before, after=after)
            return StaffChange(
                user.login,
                user.role,
                str(after["team"]) if after["team"] is not None else None,
                user.active,
                leads_returned=returned[0],
                callbacks_returned=returned[1],
                partners_managed=managed,
            )

    def _move_team(self, session: Session, user: User, team: str) -> bool:
        """Whether the person changed team."""
        new_id: int | None = None
        if team.strip():
            found = session.execute(
                select(Team).where(func.lower(Team.name) == team.strip().lower())
            ).scalar_one_or_none()
            if found is None:
                raise NotFound(message("there is no team {team!r}", team=team))
            if not found.active:
                raise InvalidInput(
                    message("the team {name} is deactivated", name=found.name), "team"
                )
            new_id = found.id
        if new_id == user.team_id:
            return False
        if user.team_id is not None:
            leave_team_queues(session, user.id, user.team_id)
        user.team_id = new_id
        return True

    def reset_password(self, actor: Actor, login: str) -> str:
        """A one-time password the person must change at their next sign-in."""
        with self._frame.change(actor, Action.MANAGE_USERS) as change:
            user = _user(change.session, login)
            _not_oneself(actor, user)
            password = one_time_password(user.login)
            user.password_hash = hash_password(password)
            role_name = user.db_role or user.login
            sync_login(change.session, role_name, user.role, active=user.active)
            # On PostgreSQL the login role keeps no password until its holder chooses one.
            if not give_one_time(change.session, role_name, password):
                user.must_change_password = True
                user.failed_logins = 0
                user.locked_until = None
            change.audit("user.password_reset", "user", user.id, after={"must_change": True})
        return password

    def unlock(self, actor: Actor, login: str) -> None:
        with self._frame.change(actor, Action.MANAGE_USERS) as change:
            user = _user(change.session, login)
            _not_oneself(actor, user)
            before = {"failed_logins": user.failed_logins, "locked_until": user.locked_until}
            if not reset_sign_in(change.session, user.login, must_change=False):
                user.failed_logins = 0
                user.locked_until = None
            # On PostgreSQL a lock-out made the person's login role NOLOGIN: give it back.
            sync_login(change.session, user.login, user.role, active=user.active)
            change.audit(
                "user.unlocked",
                "user",
                user.id,
                before=before,
                after={"failed_logins": 0, "locked_until": None},
            )

    def change_own_password(self, actor: Actor, current: str, new: str) -> None:
        with self._frame.change(actor, Action.CHANGE_OWN_PASSWORD) as change:
            user = change.session.get(User, actor.user_id)
            if user is None or not user.active:
                raise NotFound(message("there is no active user {login!r}", login=actor.login))
            role_name = user.db_role or user.login
            if connected_as(change.session, role_name):
                # On the person's own connection the password is the database's: it checks
                # the current one, and the app keeps (and may read) no hash of its own.
                if not database_accepts(change.session, role_name, current):
                    raise AuthenticationFailed(message("the current password is wrong"))
                if current == new:
                    raise InvalidInput(
                        message("choose a new password, not the current one again"), "password"
                    )
                check_new_password(user.login, new)
            else:
                if not verify_password(user.password_hash, current):
                    raise AuthenticationFailed(message("the current password is wrong"))
                check_new_password(user.login, new, user.password_hash)
                user.password_hash = hash_password(new)
            if not set_own_password(change.session, role_name, user.role, new):
                user.must_change_password = False
            change.audit("user.password_changed", "user", user.id, after={"by": "self"})

    def must_change_password(self, actor: Actor) -> bool:
        with self._frame.read(actor) as reading:
            value = reading.session.execute(
                select(User.must_change_password).where(User.id == actor.user_id)
            ).scalar_one_or_none()
            return bool(value)


def _user(session: Session, login: str) -> User:
    user = session.execute(
        select(User).where(User.login == login.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise NotFound(message("there is no user {login!r}", login=login))
    return user


def _state(session: Session, user: User) -> dict[str, object]:
    team = (
        session.execute(select(Team.name).where(Team.id == user.team_id)).scalar_one_or_none()
        if user.team_id is not None
        else None
    )
    return {
        "role": user.role,
        "team": team,
        "active": user.active,
        "display_name": user.display_name,
    }


def _keep_an_admin(session: Session, changed: User) -> None:
    session.flush()
    admins = session.execute(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN.value, User.active.is_(True))
    ).scalar_one()
    if not admins:
        raise Conflict(
            message(
                "{login} is the last active administrator; make someone else one first",
                login=changed.login,
            )
        )


def _not_oneself(actor: Actor, user: User) -> None:
    """Another administrator resets a person's sign-in, never the person: a reset of one's own
    would lift one's own lock-out (the database refuses it too, migration 0048)."""
    if user.id == actor.user_id:
        raise PermissionDenied(
            message(
                "nobody resets or unlocks their own sign-in: another administrator does; "
                "choose your own password with Session → Change password… or `qualifier "
                "password`"
            )
        )
