"""Connections to the test PostgreSQL as one person's own login role, as `psql` would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


AUDIT_ROW = (
    "INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, reason) "
    "VALUES (now(), qualifier_user_id(), %s, %s, %s, 'by hand')"
)


@contextmanager
def audited(
    person: psycopg.Connection,
    entity_id: int,
    entity_type: str = "lead",
    action: str = "contact.corrected",
) -> Iterator[psycopg.Connection]:
    """A person's own change in a transaction that writes its audit row after it, as the
    application's paths do (migrations 0067_a_lead_change_is_audited and
    0068_setup_changes_are_audited)."""
    with person.transaction():
        yield person
        person.execute(AUDIT_ROW, (action, entity_type, str(entity_id)))
