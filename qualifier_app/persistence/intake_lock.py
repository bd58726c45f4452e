"""Imports of inquiries store their chunks one after the other (PostgreSQL).

A chunk finds the rows already imported (their touches' dedupe keys) and the leads its rows
are duplicates of among what is committed; a second import working at the same moment sees
neither the touches nor the new leads of the first until it commits, and would store the same
rows again (a unique violation) or a second lead for the same person. Any two files may share
rows or people (the same file twice, a re-export, two lists of one fair), so every import
chunk holds one lock from its match to its commit: whichever comes second sees the other's
work. SQLite writes one transaction at a time, which is the same."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# One number for all inquiry imports, the same in every session.
INQUIRY_INTAKE = 0x51_49_4E_54_41_4B_45_31  # "QINTAKE1"

_STORE = text("SELECT pg_advisory_xact_lock(:key)")


def storing_inquiries(session: Session) -> None:
    """Wait for any other import's chunk to commit; until this transaction ends, none starts."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_STORE, {"key": INQUIRY_INTAKE})
