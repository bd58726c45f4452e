"""Who acts on the command line: a password checked like any sign-in, or a short-lived token.

`qualifier login` signs in once (the same check and throttle as the desktop app) and gets a
random token; the database keeps only its SHA-256, with an expiry, so a stolen database copy
holds no usable token. The command line keeps the token in the OS keyring and later commands
present it instead of a password until it expires or `qualifier logout` ends it.

On PostgreSQL a command must connect as the person, with their password, and a token cannot
stand in for it. There the keyring also keeps the password, sealed with a one-time pad whose
key only the database holds (in the session's row, handed out for a live token only and
erased at logout): a keyring copied after the session ended or expired opens nothing.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import AuthenticationFailed, Conflict, InvalidInput
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import check_login_free, sync_login
from qualifier_app.persistence.models import CliSession, User
from qualifier_app.services.accounts.passwords import check_new_password, hash_password
from qualifier_app.services.accounts.users import (
    AccountService,
    actor_of,
    check_login,
    display_name_of,
)
from qualifier_app.services.frame import Frame

SESSION_LIFETIME = timedelta(hours=1)
EXPIRED = message("the saved sign-in has expired or was ended; run `qualifier login` again")


SEALED_BYTES = 256  # every sealed password is this long: its length is not told


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def seal(password: str) -> tuple[str, str]:
    """(key, sealed): the password padded to SEALED_BYTES and XORed with a random key of the
    same length, used once."""
    raw = password.encode("utf-8")
    if len(raw) > SEALED_BYTES - 2:
        raise InvalidInput(message("the password is too long to keep in a sign-in"), "password")
    padded = len(raw).to_bytes(2, "big") + raw + secrets.token_bytes(SEALED_BYTES - 2 - len(raw))
    key = secrets.token_bytes(SEALED_BYTES)
    sealed = bytes(a ^ b for a, b in zip(padded, key, strict=True))
    return base64.b64encode(key).decode("ascii"), base64.b64encode(sealed).decode("ascii")


def unseal(key: str, sealed: str) -> str:
    padded = bytes(
        a ^ b for a, b in zip(base64.b64decode(sealed), base64.b64decode(key), strict=True)
    )
    length = int.from_bytes(padded[:2], "big")
    return padded[2 : 2 + length].decode("utf-8")


@dataclass(frozen=True)
class CliToken:
    login: str
    token: str
    expires_at: datetime


class CliSessionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        accounts: AccountService,
        lifetime: timedelta = SESSION_LIFETIME,
    ) -> None:
        self._frame = Frame(db, clock)
        self._accounts = accounts
        self._lifetime = lifetime

    def authenticate(self, login: str, password: str, workstation: str) -> Actor:
        """One command's sign-in: checked, throttled and audited like the desktop's."""
        signed_in = self._accounts.sign_in(login, password, workstation)
        self._accounts.sign_out(signed_in)
        return signed_in.actor

    def open(self, login: str, password: str, workstation: str) -> CliToken:
        """`qualifier login`: sign in, then hand out a token valid for the session lifetime."""
        return self.issue(self.authenticate(login, password, workstation), workstation)

    def issue(self, actor: Actor, workstation: str, sealing_key: str | None = None) -> CliToken:
        """A token for a person signed in already (on PostgreSQL, by their own connection)."""
        token = secrets.token_urlsafe(32)
        with self._frame.change(actor) as change:
            record = CliSession(
                user_id=actor.user_id,
                token_hash=token_hash(token),
                workstation=workstation[:120],
                created_at=change.now,
                expires_at=change.now + self._lifetime,
                sealing_key=sealing_key,
            )
            change.session.add(record)
            change.session.flush()
            change.audit(
                "cli_session.opened",
                "user",
                actor.user_id,
                after={"cli_session_id": record.id, "expires_at": record.expires_at},
            )
            return CliToken(actor.login, token, record.expires_at)

    def resume(self, login: str, token: str) -> Actor:
        """The actor of a saved token; refused once it expired, ended, or its user left."""
        with self._frame.read(None) as reading:
            found = reading.session.execute(
                select(CliSession, User)
                .join(User, User.id == CliSession.user_id)
                .where(CliSession.token_hash == token_hash(token))
            ).one_or_none()
            if found is None:
                raise AuthenticationFailed(EXPIRED)
            record, user = found
            if user.login != login.strip().lower():
                raise AuthenticationFailed(EXPIRED)
            if record.ended_at is not None or record.expires_at <= reading.now:
                raise AuthenticationFailed(EXPIRED)
            if not user.active:
                raise AuthenticationFailed(
                    message("{login} is deactivated; ask an administrator", login=user.login)
                )
            return actor_of(user)

    def close(self, token: str) -> bool:
        """`qualifier logout`: end the token's session now. False when it had ended already."""
        with self._frame.change(None) as change:
            found = change.session.execute(
                select(CliSession, User)
                .join(User, User.id == CliSession.user_id)
                .where(CliSession.token_hash == token_hash(token))
            ).one_or_none()
            if found is None or found[0].ended_at is not None:
                change.discard()
                return False
            record, user = found
            change.actor = actor_of(user)
            record.ended_at = change.now
            record.sealing_key = None
            change.audit("cli_session.closed", "user", user.id, after={"cli_session_id": record.id})
            return True

    def needs_first_admin(self) -> bool:
        """True while the database has no administrator: nobody could authorize one."""
        with self._frame.read(None) as reading:
            return not reading.session.execute(
                select(func.count()).select_from(User).where(User.role == Role.ADMIN.value)
            ).scalar_one()

    def add_first_admin(self, login: str, password: str, display_name: str = "") -> Actor:
        """`qualifier user add LOGIN --role admin` on a database without an administrator."""
        login = check_login(login)
        name = display_name_of(display_name, login)
        check_new_password(login, password)
        password_hash = hash_password(password)
        with self._frame.change(None) as change:
            session = change.session
            admins = select(func.count()).select_from(User).where(User.role == Role.ADMIN.value)
            if session.execute(admins).scalar_one():
                raise Conflict(
                    message("this database has an administrator; act as one with --as LOGIN")
                )
            if session.execute(select(User.id).where(User.login == login)).first():
                raise Conflict(message("a user {login!r} exists already", login=login))
            check_login_free(session, login)
            user = User(
                login=login,
                display_name=name,
                role=Role.ADMIN.value,
                password_hash=password_hash,
                active=True,
                created_at=change.now,
            )
            session.add(user)
            session.flush()
            sync_login(session, login, Role.ADMIN.value, active=True, password=password)
            change.actor = actor_of(user)
            change.audit(
                "user.added",
                "user",
                user.id,
                after={"login": login, "role": "admin"},
                reason="first administrator",
            )
            return change.actor
