"""Signing in on PostgreSQL: the connection is the person's own login role.

The server has checked the password (SCRAM) before this runs; what is left is the app's side
of a sign-in: the person's row, a workstation session for the team board, the audit row.
"""

from __future__ import annotations

from sqlalchemy import select, text

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import AuthenticationFailed
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import signed_in
from qualifier_app.persistence.models import User, UserSession
from qualifier_app.services.accounts.users import SignedIn, actor_of
from qualifier_app.services.frame import Frame


class DatabaseSignIn:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def sign_in(self, login: str, workstation: str = "") -> SignedIn:
        login = login.strip().lower()
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            # qualifier_user_id() knows the person from session_user, which the client
            # cannot choose; a login that is not the connected person's is refused.
            user_id = session.execute(text("SELECT qualifier_user_id()")).scalar_one_or_none()
            user = session.get(User, user_id) if user_id is not None else None
            if user is None or user.login != login or not user.active:
                raise AuthenticationFailed(message("unknown login or wrong password"))
            change.actor = actor_of(user)
            signed_in(session)
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
                after={"session_id": record.id, "workstation": workstation[:120], "by": "database"},
            )
            return SignedIn(change.actor, record.id)

    def connected_actor(self) -> Actor | None:
        """The active person this connection signed in as; None for the owner or anyone else
        (e.g. a command line whose URL names the person's own login)."""
        with self._frame.read(None) as reading:
            session = reading.session
            user_id = session.execute(text("SELECT qualifier_user_id()")).scalar_one_or_none()
            user = session.get(User, user_id) if user_id is not None else None
            return actor_of(user) if user is not None and user.active else None

    def connected_login(self) -> str:
        with self._frame.read(None) as reading:
            return str(reading.session.execute(select(text("session_user"))).scalar_one())
