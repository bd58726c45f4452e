"""Connecting to PostgreSQL as one person's own login role: the database checks the password.

Before anyone is connected, the sign-in role `qualifier_sign_in` asks the database whether
the login is locked and reports a wrong password (migration 0019_i12_sign_in): the lock is
the login role's NOLOGIN, so the database refuses it everywhere, psql included. A one-time
password is no database password at all (migration 0064): the sign-in role tells it apart
from a wrong one, and lets its holder replace it with their own.
On SQLite there are no database logins; the app checks its own argon2 hashes instead.
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool

from qualifier_app.domain.errors import (
    AuthenticationFailed,
    DatabaseUnavailable,
    LoginThrottled,
    OneTimePassword,
    SchemaMismatch,
)
from qualifier_app.domain.text import message
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database, unavailable_because
from qualifier_app.persistence.db_logins import (
    WRONG_PASSWORD,
    conninfo_as,
    one_time_proof,
    scram_verifier,
)
from qualifier_app.persistence.engine import describe, parse_database_url
from qualifier_app.settings import DatabaseConnections, DatabaseTimeouts

SIGN_IN_ROLE = "qualifier_sign_in"
REFUSED = message("unknown login or wrong password")
# Nobody to sign in as, so nothing to hide: what comes first (SQLite's sign-in says it too).
NOT_SET_UP = message("this database has no users yet; set up the center first (qualifier setup)")
# qualifier_sign_in_refused's answers other than a lock's seconds (migration 0064).
ONE_TIME, NOBODY_YET = -1, -2
# What the server says when the login, its password or its right to sign in is wrong. The
# person is told no more than REFUSED either way.
_REFUSALS = (*WRONG_PASSWORD, "is not permitted to log in", "no such user")
_ROLE_MISSING = re.compile(r'role ".*" does not exist')
# What a server says of a wrong password, and PgBouncer of a login it cannot find (the server
# itself does not say a login is missing).
_WRONG_LOGIN_OR_PASSWORD = (*WRONG_PASSWORD, "no such user")
# The server's words, and PgBouncer's.
_DATABASE_MISSING = re.compile(r'database "(.*)" does not exist|no such database: (\S+)')


def _refused(said: str) -> bool:
    return any(known in said for known in _REFUSALS) or _ROLE_MISSING.search(said) is not None


def _no_such_database(said: str) -> DatabaseUnavailable | None:
    missing = _DATABASE_MISSING.search(said)
    if missing is None:
        return None
    return DatabaseUnavailable(
        message(
            "the server has no database {name}: check the database's name in the [database] "
            "url of the settings",
            name=missing[1] or missing[2],
        )
    )


def uses_database_logins(raw_url: str) -> bool:
    return parse_database_url(raw_url).get_backend_name() == "postgresql"


def person_url(raw_url: str, login: str, password: str) -> str:
    """The shared database's URL with the person's own login role and password."""
    url = parse_database_url(raw_url).set(username=login, password=password)
    return url.render_as_string(hide_password=False)


def _ask_sign_in_role(raw_url: str, gate_password: str, function: str, *arguments: str) -> object:
    """Call one of the sign-in role's functions: all it may do."""
    conninfo = conninfo_as(parse_database_url(raw_url), SIGN_IN_ROLE, gate_password)
    where = describe(parse_database_url(raw_url).set(username=SIGN_IN_ROLE))
    try:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            placeholders = ", ".join(["%s"] * len(arguments))
            row = connection.execute(f"SELECT {function}({placeholders})", arguments).fetchone()
    except psycopg.errors.UndefinedFunction:
        # Connected, but no sign-in functions: a database `db upgrade` has not made yet.
        raise SchemaMismatch(
            message(
                "{where} has no Qualifier schema yet, or one older than this version of "
                "Qualifier: an administrator runs `qualifier db upgrade`",
                where=where,
            )
        ) from None
    except psycopg.OperationalError as exc:
        said = str(exc).strip()
        missing = _no_such_database(said)
        if missing is not None:
            raise missing from None
        if "permission denied for database" in said:
            # The setup's REVOKE CONNECT … FROM PUBLIC, before the upgrade that grants it.
            raise DatabaseUnavailable(
                message(
                    "{where} does not let the sign-in role {role} connect: an administrator "
                    "runs `qualifier db upgrade`, which lets it",
                    where=where,
                    role=SIGN_IN_ROLE,
                )
            ) from None
        if _refused(said):
            raise DatabaseUnavailable(
                message(
                    "the database refuses this workstation's sign-in role {role}: ask an "
                    "administrator for its password (sign_in_password in the settings)",
                    role=SIGN_IN_ROLE,
                )
            ) from None
        # libpq's first line says what failed; the rest is advice for a terminal.
        problem = said.splitlines()[0] if said else type(exc).__name__
        raise unavailable_because(problem, where) from None
    return row[0] if row else None


def locked_seconds(raw_url: str, gate_password: str, login: str) -> int:
    """How long the login is still locked (0: it may try); lifts a lock whose time is over."""
    return int(str(_ask_sign_in_role(raw_url, gate_password, "qualifier_sign_in_wait", login)))


def _refuse_while_locked(raw_url: str, gate_password: str, login: str) -> None:
    wait = locked_seconds(raw_url, gate_password, login)
    if wait:
        raise LoginThrottled(
            message(
                "too many wrong passwords for {login}; try again in {wait} s",
                login=login,
                wait=wait,
            ),
            wait,
        )


def _report_refused(raw_url: str, gate_password: str, login: str, password: str) -> None:
    """A sign-in the server refused: OneTimePassword when `password` is the login's one-time
    password (migration 0064), NOT_SET_UP when the center has nobody yet, else counted as a
    wrong one."""
    proof = one_time_proof(login, password)
    said = int(
        str(_ask_sign_in_role(raw_url, gate_password, "qualifier_sign_in_refused", login, proof))
    )
    if said == ONE_TIME:
        raise OneTimePassword(login)
    if said == NOBODY_YET:
        raise AuthenticationFailed(NOT_SET_UP)


def schema_version(raw_url: str, gate_password: str) -> str | None:
    """The schema's revision, as the sign-in role learns it (migration 0072): a workstation
    whose settings name no login may ask nothing more. None: the database holds none."""
    version = _ask_sign_in_role(raw_url, gate_password, "qualifier_schema_version")
    return None if version is None else str(version)


def check_sign_in(raw_url: str, gate_password: str) -> str:
    """What a workstation checks before anyone signs in (`qualifier gui --smoke`): the server
    (or PgBouncer, and the server behind it) answers, lets the sign-in role in with this
    workstation's password, and holds the schema this version of Qualifier expects; its
    revision. Why not, in one line, otherwise."""
    current = schema_version(raw_url, gate_password)
    schema.check_revision(current, describe(parse_database_url(raw_url)))
    assert current is not None  # check_revision refuses a database without a version
    return current


def replace_one_time(
    raw_url: str, gate_password: str, login: str, one_time: str, chosen: str
) -> None:
    """The holder of a one-time password chooses their own: the login role takes it (as a
    SCRAM verifier) if `one_time` is the login's one-time password; a wrong one is counted."""
    _refuse_while_locked(raw_url, gate_password, login)
    replaced = _ask_sign_in_role(
        raw_url,
        gate_password,
        "qualifier_one_time_replace",
        login,
        one_time_proof(login, one_time),
        scram_verifier(chosen),
    )
    if replaced is not True:
        raise AuthenticationFailed(REFUSED)


def sealing_key(raw_url: str, gate_password: str, token_hash: str) -> str | None:
    """The key of a live command-line session's sealed password; None once it ended."""
    key = _ask_sign_in_role(raw_url, gate_password, "qualifier_cli_unseal", token_hash)
    return None if key is None else str(key)


def open_as_person(
    raw_url: str,
    login: str,
    password: str,
    *,
    gate_password: str,
    pool_size: int | None = None,
    timeouts: DatabaseTimeouts | None = None,
    connections: DatabaseConnections | None = None,
) -> Database:
    _refuse_while_locked(raw_url, gate_password, login)
    db = Database.from_url(
        person_url(raw_url, login, password),
        pool_size=pool_size,
        timeouts=timeouts,
        connections=connections,
    )
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        db.dispose()
        refusal = str(exc.orig)
        if any(wrong in refusal for wrong in _WRONG_LOGIN_OR_PASSWORD) and password:
            _report_refused(raw_url, gate_password, login, password)
            raise AuthenticationFailed(REFUSED) from None
        missing = _no_such_database(refusal)
        if missing is not None:
            raise missing from None
        if _refused(refusal):
            raise AuthenticationFailed(REFUSED) from None
        db.ping()  # says the server cannot be reached, as for any other connection
        raise
    return db


def close_for_good(db: Database) -> None:
    """After a sign-out: the person's connections are closed, and a task still under way
    cannot reconnect with their password.

    Not by emptying the pool (`dispose`): a call waiting for the workstation's one connection,
    woken as it came back, would find it taken out and closed, and wait out the pool's whole
    wait for one that nobody gives back. Instead each connection is closed where it is used:
    taken from the pool or given back to it; whoever waits then gets the refusal at once."""

    def refuse(*_: Any) -> None:
        raise DatabaseUnavailable(message("signed out: this connection is closed"))

    def close_returned(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None:
            record.invalidate()

    def close_taken(*_: Any) -> None:
        # The pool closes the connection and asks for a new one, which `refuse` refuses.
        raise DisconnectionError("signed out")

    engine = db.engine
    event.listen(engine, "do_connect", refuse)
    event.listen(engine, "checkin", close_returned)
    event.listen(engine, "checkout", close_taken)
    pool = engine.pool
    # The idle ones, each taken once (the pool hands them out in turn); one in use is closed
    # as it comes back.
    for _ in range(pool.checkedin() if isinstance(pool, QueuePool) else 0):
        try:
            with engine.connect():
                pass
        except (DatabaseUnavailable, PoolTimeout):
            pass  # refused, as meant; or held by a call all along, closed when it gives it back
