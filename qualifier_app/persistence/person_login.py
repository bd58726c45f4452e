"""Connecting to PostgreSQL as one person's own login role: the database checks the password.

On SQLite there are no database logins; the app checks its own argon2 hashes instead.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from qualifier_app.domain.errors import AuthenticationFailed
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import parse_database_url

# What the server says when the login, its password or its right to sign in is wrong. The
# person is told no more than "unknown login or wrong password" either way.
_REFUSALS = (
    "password authentication failed",
    "is not permitted to log in",
    "does not exist",
    "no password supplied",
)


def uses_database_logins(raw_url: str) -> bool:
    return parse_database_url(raw_url).get_backend_name() == "postgresql"


def person_url(raw_url: str, login: str, password: str) -> str:
    """The shared database's URL with the person's own login role and password."""
    url = parse_database_url(raw_url).set(username=login, password=password)
    return url.render_as_string(hide_password=False)


def open_as_person(raw_url: str, login: str, password: str, *, pool_size: int = 5) -> Database:
    db = Database.from_url(person_url(raw_url, login, password), pool_size=pool_size)
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        db.dispose()
        if any(refusal in str(exc.orig) for refusal in _REFUSALS):
            raise AuthenticationFailed("unknown login or wrong password") from None
        db.ping()  # says the server cannot be reached, as for any other connection
        raise
    return db
