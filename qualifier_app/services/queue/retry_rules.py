"""The retry rules in force: the shared ones an administrator saved in the database, with
this machine's settings file on top; until the first save, the settings file alone.

Read in the transaction that uses them (one row by its key), so a change counts from the
next call outcome or claim on every workstation.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from qualifier_app.domain.retry import DEFAULT_DELAYS, RetryPolicy
from qualifier_app.persistence.models import RetrySettings
from qualifier_app.settings import QueuePolicy

SETTINGS_ROW = 1


def stored_retry(session: Session, base: RetryPolicy) -> RetryPolicy | None:
    """The shared rules as saved (the daily limits stay `base`'s), or None before a save."""
    row = session.get(RetrySettings, SETTINGS_ROW)
    if row is None:
        return None
    delays = {key: tuple(minutes) for key, minutes in DEFAULT_DELAYS.items()}
    delays.update({str(k): tuple(int(m) for m in v) for k, v in row.delays.items()})
    return replace(
        base,
        max_attempts=row.max_attempts,
        delays=delays,
        nurture_recycle_days=row.nurture_recycle_days,
    )


def retry_in_force(session: Session, base: RetryPolicy, policy: QueuePolicy) -> RetryPolicy:
    """`base` is this machine's policy as its settings file reads (defaults filled in)."""
    shared = stored_retry(session, base)
    if shared is None:
        return base
    return policy.file_retry.over(shared)


def max_attempts_in_force(session: Session, policy: QueuePolicy) -> int:
    """The attempt cap a claim checks: the same one the outcome of a call applies."""
    if policy.file_retry.max_attempts is not None:
        return policy.file_retry.max_attempts
    row = session.get(RetrySettings, SETTINGS_ROW)
    return policy.max_attempts if row is None else row.max_attempts
