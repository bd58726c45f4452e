"""The do-not-call list, and the leads an import writes, one after the other (PostgreSQL).

An import reads the list for its rows and writes their leads in one transaction; an entry
added meanwhile takes out only the leads already committed, so an import's lead would reach
the queue with a listed phone. An import therefore holds the list shared from its read to its
commit, and a change to the list takes it exclusively before it takes leads out: whichever
comes second sees the other's work. SQLite writes one transaction at a time, which is the
same."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# One number for the list, the same in every session (advisory locks are keyed by number).
DO_NOT_CALL_LIST = 0x51_44_4E_43_4C_49_53_54  # "QDNCLIST"

_READ = text("SELECT pg_advisory_xact_lock_shared(:key)")
_CHANGE = text("SELECT pg_advisory_xact_lock(:key)")


def reading_do_not_call_list(session: Session) -> None:
    """Until the transaction ends, no entry is added whose leads it would not see."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_READ, {"key": DO_NOT_CALL_LIST})


def changing_do_not_call_list(session: Session) -> None:
    """Wait for the imports reading the list; their leads are committed by then."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_CHANGE, {"key": DO_NOT_CALL_LIST})
