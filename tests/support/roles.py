"""Connections to the test PostgreSQL as one person's own login role, as `psql` would."""

from __future__ import annotations

import psycopg
from sqlalchemy.engine import make_url

from tests.support.factories import PASSWORD


def connect_as(database_url: str, login: str, password: str = PASSWORD) -> psycopg.Connection:
    """A connection signed in with the person's database login and password (SCRAM)."""
    url = make_url(database_url)
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=login,
        password=password,
        autocommit=True,
    )
