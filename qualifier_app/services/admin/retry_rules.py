"""Editing the retry rules every workstation shares: how many call attempts a lead gets and
how long to wait before the next call after each no-contact disposition. Administrators
change them, supervisors read them; every change is audited. A machine whose settings file
sets one of these values keeps its own (the view says which), and until the first save the
settings file alone decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.retry import NO_CONTACT, RetryPolicy
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import RetrySettings, User
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.retry_rules import SETTINGS_ROW, retry_in_force, stored_retry
from qualifier_app.settings import QueuePolicy

MAX_ATTEMPTS = 50
MAX_DELAY_MINUTES = 60 * 24 * 90
MAX_DELAYS = 10
MAX_RECYCLE_DAYS = 3650


@dataclass(frozen=True)
class RetryDraft:
    """The retry rules as typed in the editor or on the command line."""

    max_attempts: int
    delays: Mapping[str, Sequence[int]]  # disposition -> minutes after the 1st, 2nd, … call
    nurture_recycle_days: int


@dataclass(frozen=True)
class RetryView:
    shared: RetryPolicy  # what every workstation follows (the settings file's before a save)
    in_force: RetryPolicy  # what this workstation follows
    saved_at: datetime | None  # None: never saved in this database
    saved_by: str
    overridden: tuple[str, ...]  # what this workstation's settings file decides itself


def delay_field(disposition: str) -> str:
    return f"delay_{disposition}"


def parse_minutes(text: str, field: str) -> tuple[int, ...]:
    """'120, 240, 1440' → (120, 240, 1440); empty: no more calls after it."""
    values = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not all(value.isdigit() for value in values):
        raise InvalidInput(
            message(
                "{text!r} is not a list of whole minutes such as 120, 240, 1440", text=text.strip()
            ),
            field,
        )
    return tuple(int(value) for value in values)


def checked_retry(draft: RetryDraft) -> dict[str, Any]:
    """The draft as column values, or InvalidInput naming the field at fault."""
    if not 1 <= draft.max_attempts <= MAX_ATTEMPTS:
        raise InvalidInput(
            message(
                "the attempt cap must be 1 to {most} calls, not {given}",
                most=MAX_ATTEMPTS,
                given=draft.max_attempts,
            ),
            "max_attempts",
        )
    if not 1 <= draft.nurture_recycle_days <= MAX_RECYCLE_DAYS:
        raise InvalidInput(
            message(
                "nurture leads come back after 1 to {most} days, not {given}",
                most=MAX_RECYCLE_DAYS,
                given=draft.nurture_recycle_days,
            ),
            "nurture_recycle_days",
        )
    known = {d.value for d in NO_CONTACT}
    unknown = sorted(set(draft.delays) - known)
    if unknown:
        raise InvalidInput(
            message(
                "{name!r} is not a no-contact disposition ({known})",
                name=unknown[0],
                known=", ".join(sorted(known)),
            ),
            "delays",
        )
    delays: dict[str, list[int]] = {}
    for disposition, minutes in draft.delays.items():
        field = delay_field(disposition)
        if len(minutes) > MAX_DELAYS:
            raise InvalidInput(
                message("at most {most} delays; the last one repeats", most=MAX_DELAYS), field
            )
        if any(not 1 <= m <= MAX_DELAY_MINUTES for m in minutes):
            raise InvalidInput(
                message(
                    "every delay must be 1 to {most} minutes (90 days)", most=MAX_DELAY_MINUTES
                ),
                field,
            )
        delays[disposition] = list(minutes)
    return {
        "max_attempts": draft.max_attempts,
        "delays": delays,
        "nurture_recycle_days": draft.nurture_recycle_days,
    }


def _as_dict(policy: RetryPolicy) -> dict[str, Any]:
    return {
        "max_attempts": policy.max_attempts,
        "delays": {name: list(minutes) for name, minutes in policy.delays.items()},
        "nurture_recycle_days": policy.nurture_recycle_days,
    }


class RetryRulesService:
    def __init__(self, db: Database, clock: Clock, base: RetryPolicy, policy: QueuePolicy) -> None:
        self._frame = Frame(db, clock)
        self._base = base  # this machine's settings file, defaults filled in
        self._policy = policy

    def view(self, actor: Actor) -> RetryView:
        with self._frame.read(actor, Action.VIEW_CALLING_RULES) as reading:
            session = reading.session
            shared = stored_retry(session, self._base)
            row = session.get(RetrySettings, SETTINGS_ROW)
            by = ""
            if row is not None and row.updated_by_id is not None:
                by = session.scalar(select(User.login).where(User.id == row.updated_by_id)) or ""
            file = self._policy.file_retry
            overridden = [
                *(["max_attempts"] if file.max_attempts is not None else []),
                *(delay_field(name) for name in file.delays),
                *(["nurture_recycle_days"] if file.nurture_recycle_days is not None else []),
            ]
            return RetryView(
                shared=shared or self._base,
                in_force=retry_in_force(session, self._base, self._policy),
                saved_at=row.updated_at if row is not None else None,
                saved_by=by or ("command line" if row is not None else ""),
                overridden=tuple(overridden) if shared is not None else (),
            )

    def save(self, actor: Actor, draft: RetryDraft, reason: str = "") -> RetryView:
        """Store the shared retry rules; the next outcome on every workstation follows them."""
        values = checked_retry(draft)
        with self._frame.change(actor, Action.MANAGE_CALLING_RULES) as change:
            session = change.session
            before = stored_retry(session, self._base) or self._base
            row = session.get(RetrySettings, SETTINGS_ROW)
            existed = row is not None
            if row is None:
                row = RetrySettings(id=SETTINGS_ROW, updated_at=change.now, **values)
                session.add(row)
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            row.updated_by_id = actor.audit_id
            row.updated_at = change.now
            session.flush()
            after = stored_retry(session, self._base)
            assert after is not None
            if existed and _as_dict(after) == _as_dict(before):
                change.discard()
            else:
                change.audit(
                    "retry_settings.saved",
                    "retry_settings",
                    SETTINGS_ROW,
                    before=_as_dict(before),
                    after=_as_dict(after),
                    reason=reason.strip(),
                )
        return self.view(actor)
