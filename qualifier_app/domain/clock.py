"""Time is injected so tests can control it; everything stored is UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

from qualifier_app.domain.calling_hours import duration_text
from qualifier_app.domain.text import Message, message


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to: for tests and simulations."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)


# A workstation whose clock is further off than this is told so.
SKEW_LIMIT = timedelta(minutes=1)


class DatabaseClock:
    """The database server's clock: the one clock every workstation shares.

    The frame reads the server's time once per transaction and hands it to `observe`, which
    also remembers how far this workstation's own clock is off. Outside a transaction (a
    clock on screen, say) `now()` is the workstation's clock corrected by that offset, so it
    agrees with the database to within a round trip.
    """

    reads_database = True

    def __init__(self, workstation: Clock | None = None) -> None:
        self._workstation = workstation or SystemClock()
        self._offset = timedelta(0)
        self._observed = False

    def now(self) -> datetime:
        return self._workstation.now() + self._offset

    def observe(self, server_now: datetime) -> datetime:
        """Take `server_now` (read from the database just now) as the time, and note the
        workstation's offset from it."""
        if server_now.tzinfo is None:
            raise ValueError("the database's time must be timezone-aware")
        server_now = server_now.astimezone(UTC)
        self._offset = server_now - self._workstation.now()
        self._observed = True
        return server_now

    @property
    def offset(self) -> timedelta:
        """How far the database's clock is ahead of this workstation's (negative: behind)."""
        return self._offset

    def skew_notice(self) -> Message | None:
        """A sentence for the person at this workstation when its clock is off, else None."""
        return skew_notice(self._offset) if self._observed else None


def skew_notice(offset: timedelta) -> Message | None:
    """`offset` is the database's time minus the workstation's. Hours for hours ("3 h 00 min",
    a laptop set to the wrong time zone), a message so the person reads it in their language."""
    if abs(offset) <= SKEW_LIMIT:
        return None
    amount = duration_text(max(1, round(abs(offset).total_seconds() / 60)) * 60)
    if offset > timedelta(0):
        return message(
            "This workstation's clock is {amount} behind the database's. Qualifier uses the "
            "database's time, but please have the clock and its time zone corrected.",
            amount=amount,
        )
    return message(
        "This workstation's clock is {amount} ahead of the database's. Qualifier uses the "
        "database's time, but please have the clock and its time zone corrected.",
        amount=amount,
    )
