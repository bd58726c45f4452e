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


LEAD_AUDIT_ROW = (
    "INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, reason) "
    "VALUES (now(), qualifier_user_id(), 'contact.corrected', 'lead', %s, 'by hand')"
)


@contextmanager
def audited(person: psycopg.Connection, lead: int) -> Iterator[psycopg.Connection]:
    """A person's own change of a lead in a transaction that writes the lead's audit row after
    it, as the application's paths do (migration 0067_a_lead_change_is_audited)."""
    with person.transaction():
        yield person
        person.execute(LEAD_AUDIT_ROW, (str(lead),))
