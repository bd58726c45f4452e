"""Work that takes turns on PostgreSQL (advisory transaction locks; SQLite writes one
transaction at a time, which is the same).

- **Inquiry imports.** A chunk finds the rows already imported (their touches' dedupe keys)
  and the leads its rows are duplicates of among what is committed; a second import working
  at the same moment sees neither the touches nor the new leads of the first until it
  commits, and would store the same rows again (a unique violation) or a second lead for the
  same person. Any two files may share rows or people (the same file twice, a re-export, two
  lists of one fair), so every chunk holds one lock from its match to its commit: whichever
  comes second sees the other's work.
- **The do-not-call list and the leads an import writes.** An import reads the list for its
  rows and writes their leads in one transaction; an entry added meanwhile takes out only the
  leads already committed, so an import's lead would reach the queue with a listed phone. An
  import therefore holds the list shared from its read to its commit, and a change to the
  list takes it exclusively before it takes leads out: whichever comes second sees the
  other's work.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# One number for each, the same in every session (advisory locks are keyed by number).
INQUIRY_INTAKE = 0x51_49_4E_54_41_4B_45_31  # "QINTAKE1"
DO_NOT_CALL_LIST = 0x51_44_4E_43_4C_49_53_54  # "QDNCLIST"

_EXCLUSIVE = text("SELECT pg_advisory_xact_lock(:key)")
_SHARED = text("SELECT pg_advisory_xact_lock_shared(:key)")


def _wait_for_turn(session: Session, key: int, *, shared: bool = False) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_SHARED if shared else _EXCLUSIVE, {"key": key})


def storing_inquiries(session: Session) -> None:
    """Wait for any other import's chunk to commit; until this transaction ends, none starts."""
    _wait_for_turn(session, INQUIRY_INTAKE)


def reading_do_not_call_list(session: Session) -> None:
    """Until the transaction ends, no entry is added whose leads it would not see."""
    _wait_for_turn(session, DO_NOT_CALL_LIST, shared=True)


def changing_do_not_call_list(session: Session) -> None:
    """Wait for the imports reading the list; their leads are committed by then."""
    _wait_for_turn(session, DO_NOT_CALL_LIST)
