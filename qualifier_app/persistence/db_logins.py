"""Each person's own PostgreSQL login role, kept in step with their user row.

The roles are made by `qualifier_manage_login`, a SECURITY DEFINER function of the schema
owner that only an admin's role may call (migration 0012_roles), so no admin needs
CREATEROLE. The password goes to the server as a SCRAM-SHA-256 verifier, never in clear:
it cannot turn up in the server's statement log. SQLite has no roles: nothing to do there.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import URL, bindparam, text
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

SCRAM_ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)
GROUP_OF_ROLE = {
    "rep": "qualifier_rep",
    "team_lead": "qualifier_team_lead",
    "supervisor": "qualifier_supervisor",
    "admin": "qualifier_admin",
}


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802/7677)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def has_roles(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def may_add_rows(session: Session, table: str) -> bool:
    """Whether this connection's role may insert into `table` (on SQLite anyone may)."""
    if not has_roles(session):
        return True
    privilege = text("SELECT has_table_privilege(:table, 'INSERT')")
    return bool(session.execute(privilege, {"table": table}).scalar_one())


_FOREIGN_ROLE = text(
    # As qualifier_manage_login decides (migrations 0012 and 0059): a role it would refuse to
    # manage, or one that is not the login of a person of this database.
    """SELECT rolsuper OR rolcreaterole OR rolbypassrls OR rolcreatedb OR rolreplication
              OR rolname IN :groups
              OR NOT (pg_has_role(rolname, 'qualifier_rep', 'MEMBER')
                      OR pg_has_role(rolname, 'qualifier_team_lead', 'MEMBER')
                      OR pg_has_role(rolname, 'qualifier_supervisor', 'MEMBER')
                      OR pg_has_role(rolname, 'qualifier_admin', 'MEMBER'))
              OR NOT (EXISTS (SELECT 1 FROM users WHERE login = rolname AND db_role = rolname)
                      OR EXISTS (SELECT 1 FROM pg_db_role_setting s
                                  WHERE s.setdatabase = (SELECT oid FROM pg_database
                                                          WHERE datname = current_database())
                                    AND s.setrole = 0
                                    AND 'qualifier.logins=shared' = ANY (s.setconfig)))
       FROM pg_roles WHERE rolname = :login"""
).bindparams(bindparam("groups", expanding=True))


def is_foreign_role(session: Session, login: str) -> bool:
    """Whether a database role of that name exists that is not a Qualifier login of this
    database (the DBA's, the schema owner, the pooler's, a group, a person of another
    Qualifier database on the server): a person cannot be given it."""
    if not has_roles(session):
        return False
    found = session.execute(
        _FOREIGN_ROLE, {"login": login, "groups": list(GROUP_OF_ROLE.values())}
    ).scalar_one_or_none()
    return bool(found)


def check_login_free(session: Session, login: str) -> None:
    """Refuse a new person's login that is a database role already (see is_foreign_role),
    in words, before the database refuses it."""
    if is_foreign_role(session, login):
        raise InvalidInput(
            message(
                "a database role named {login} exists already; choose another login",
                login=login,
            ),
            "login",
        )


def sync_login(
    session: Session, login: str, role: str, *, active: bool, password: str | None = None
) -> None:
    """Create or change the person's login role: its group, whether it may sign in, and
    (when given) its password. Runs in the caller's transaction."""
    if not has_roles(session):
        return
    session.execute(
        text("SELECT qualifier_manage_login(:login, :group, :active, :verifier)"),
        {
            "login": login,
            "group": GROUP_OF_ROLE[role],
            "active": active,
            "verifier": scram_verifier(password) if password is not None else None,
        },
    )


def set_own_password(session: Session, login: str, role: str, password: str) -> bool:
    """A person connected as their own role changes its password themselves (no admin
    right needed), which also lifts "must change" (True); the schema owner's connection does
    it through the admin function (False: the caller clears the flag)."""
    if not has_roles(session):
        return False
    connected = session.execute(text("SELECT session_user")).scalar_one()
    if connected != login:
        sync_login(session, login, role, active=True, password=password)
        return False
    # The owner's function changes it and lifts "must change" with it (migration 0046): a
    # person's statements no longer write that flag themselves.
    session.execute(
        text("SELECT qualifier_change_own_password(:verifier)"),
        {"verifier": scram_verifier(password)},
    )
    return True


def one_time_proof(login: str, password: str) -> str:
    """What a workstation sends for a one-time password (migration 0064): the password salted
    with its login, hashed; the database keeps only the hash of this proof."""
    salted = f"qualifier one-time password\0{login.strip().lower()}\0{password}"
    return hashlib.sha256(salted.encode("utf-8")).hexdigest()


def give_one_time(session: Session, login: str, password: str) -> bool:
    """An administrator gives `login` a one-time password: on PostgreSQL its login role keeps
    no password (no client signs in with it), and its holder can only replace it with their
    own; False on SQLite, where the caller keeps it as the app's own hash."""
    if not has_roles(session):
        return False
    digest = hashlib.sha256(bytes.fromhex(one_time_proof(login, password))).hexdigest()
    session.execute(
        text("SELECT qualifier_give_one_time(:login, :digest)"),
        {"login": login, "digest": digest},
    )
    return True


def signed_in(session: Session) -> None:
    """The connected person's wrong-password count starts again (not while a lock runs)."""
    if has_roles(session):
        session.execute(text("SELECT qualifier_signed_in()"))


def reset_sign_in(session: Session, login: str, *, must_change: bool) -> bool:
    """An administrator lifts `login`'s lock-out (and, with a password reset, makes them
    change it) through the owner's function; False on SQLite, where the caller writes it."""
    if not has_roles(session):
        return False
    session.execute(
        text("SELECT qualifier_reset_sign_in(:login, :must_change)"),
        {"login": login, "must_change": must_change},
    )
    return True


def connected_as(session: Session, login: str) -> bool:
    """Whether this session is the person's own database login (not the schema owner's)."""
    if not has_roles(session):
        return False
    return bool(session.execute(text("SELECT session_user")).scalar_one() == login)


def conninfo_as(url: URL, login: str, password: str) -> str:
    """libpq's connection string for the server of `url`, as another role."""
    options = {
        key: value if isinstance(value, str) else value[-1]
        for key, value in url.query.items()
        if key != "pooler"  # the app's own parameter (engine.create_db_engine), not libpq's
    }
    return make_conninfo(
        "",
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=login,
        password=password,
        connect_timeout=10,
        **options,
    )


# What the server says when a login's password is wrong or missing; PgBouncer says it its
# own way.
WRONG_PASSWORD = (
    "password authentication failed",
    "no password supplied",
    "SASL authentication failed",
)


def password_refused(exc: psycopg.OperationalError) -> bool:
    return any(words in str(exc) for words in WRONG_PASSWORD)


def database_accepts(session: Session, login: str, password: str) -> bool:
    """Whether the server signs `login` in with `password`: a fresh connection tries it."""
    try:
        with psycopg.connect(conninfo_as(session.get_bind().engine.url, login, password)):
            return True
    except psycopg.OperationalError as exc:
        if password_refused(exc):
            return False
        raise
