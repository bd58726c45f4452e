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
- **Leads moved to a rep, and that rep deactivated or moved to another team.** A move checks
  that its target rep is active and in the team lead's teams, then assigns the leads; a
  deactivation committed in between hands back only the leads assigned before it, and the
  moved ones would stay with a rep who can no longer work them. (Locking the rep's row would
  do, but row-level security shows a team lead no other person's row FOR SHARE.) A move holds
  its target rep shared from its check to its commit, and a change to a person takes them
  exclusively before it reads them: whichever comes second sees the other's work.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# One number for each, the same in every session (advisory locks are keyed by number).
INQUIRY_INTAKE = 0x51_49_4E_54_41_4B_45_31  # "QINTAKE1"
DO_NOT_CALL_LIST = 0x51_44_4E_43_4C_49_53_54  # "QDNCLIST"

# Keyed by person: this number and the user's id (the two-key form of the advisory locks).
PERSON = 0x51_50_52_53  # "QPRS"

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


_PERSON_SHARED = text("SELECT pg_advisory_xact_lock_shared(:space, :user_id)")
_PERSON_EXCLUSIVE = text("SELECT pg_advisory_xact_lock(:space, :user_id)")


def moving_leads_to(session: Session, rep_id: int) -> None:
    """Until the transaction ends, the rep is neither deactivated nor moved to another team."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_PERSON_SHARED, {"space": PERSON, "user_id": rep_id})


def changing_person(session: Session, user_id: int) -> None:
    """Wait for the moves to this person that checked them already; committed by then."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_PERSON_EXCLUSIVE, {"space": PERSON, "user_id": user_id})
