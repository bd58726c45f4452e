"""Counting and ending a login's server connections, as a DBA would (pg_stat_activity)."""

from __future__ import annotations

import psycopg
from sqlalchemy.engine import make_url


def libpq(url: str) -> str:
    """libpq's form of one of the tests' URLs (without the app's own `pooler` parameter)."""
    return (
        make_url(url)
        .set(drivername="postgresql")
        .difference_update_query(["pooler"])
        .render_as_string(False)
    )


def server_connections(owner_url: str, login: str) -> list[tuple[str, str]]:
    """(application_name, state) of every server connection of `login` to this database."""
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        rows = connection.execute(
            "SELECT application_name, coalesce(state, '') FROM pg_stat_activity "
            "WHERE usename = %s AND datname = current_database()",
            (login,),
        ).fetchall()
    return [(str(name), str(state)) for name, state in rows]


def end_connections(owner_url: str, login: str) -> int:
    """What a server restart does to a workstation: its server connections are gone."""
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        ended = connection.execute(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE usename = %s AND datname = current_database()",
            (login,),
        ).fetchone()
    return int(ended[0]) if ended else 0
