"""When to call a prospect again after a call that reached nobody.

No-contact dispositions log an attempt and set the next call time; the delay grows with
the attempts. After the maximum attempts, or on a disposition that makes calling again
pointless (a bad number), the lead goes to nurture. Some regions limit calls per 24 hours
(Florida: three), which can push the next call further out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message


class Disposition(StrEnum):
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    VOICEMAIL = "voicemail_left"
    WRONG_NUMBER = "wrong_number"
    BAD_NUMBER = "bad_number"
    CONTACTED = "contacted"

    @property
    def label(self) -> str:
        return {
            Disposition.NO_ANSWER: message("No answer"),
            Disposition.BUSY: message("Busy"),
            Disposition.VOICEMAIL: message("Voicemail left"),
            Disposition.WRONG_NUMBER: message("Wrong number"),
            Disposition.BAD_NUMBER: message("Bad number"),
            Disposition.CONTACTED: message("Contacted"),
        }[self]


NO_CONTACT = (
    Disposition.NO_ANSWER,
    Disposition.BUSY,
    Disposition.VOICEMAIL,
    Disposition.WRONG_NUMBER,
    Disposition.BAD_NUMBER,
)

DEFAULT_DELAYS: Mapping[str, tuple[int, ...]] = {
    Disposition.NO_ANSWER.value: (120, 240, 1440),
    Disposition.BUSY.value: (15, 60, 240),
    Disposition.VOICEMAIL.value: (1440, 2880),
    Disposition.WRONG_NUMBER.value: (1440,),
    Disposition.BAD_NUMBER.value: (),
}


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6
    # Minutes until the next call, by disposition, for the 1st, 2nd, … attempt; the last
    # delay repeats. An empty list means: do not call again, nurture.
    delays: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: dict(DEFAULT_DELAYS))
    nurture_recycle_days: int = 90
    # Most calls allowed in any 24 hours, by country ("US") or region ("US-FL").
    daily_limits: Mapping[str, int] = field(default_factory=lambda: {"US-FL": 3})

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise InvalidInput(message("[retry] max_attempts must be at least 1"), "max_attempts")
        for name, minutes in self.delays.items():
            if name not in {d.value for d in NO_CONTACT}:
                raise InvalidInput(
                    message(
                        "[retry] delays_minutes: {name!r} is not a no-contact disposition "
                        "({known})",
                        name=name,
                        known=", ".join(sorted(d.value for d in NO_CONTACT)),
                    )
                )
            if any(m <= 0 for m in minutes):
                raise InvalidInput(
                    message(
                        "[retry] delays_minutes.{name}: every delay must be positive minutes",
                        name=name,
                    )
                )
        if self.nurture_recycle_days < 1:
            raise InvalidInput(message("[retry] nurture_recycle_days must be at least 1"))

    def daily_limit(self, country: str | None, region: str | None) -> int | None:
        if country and region and f"{country}-{region}".upper() in self.daily_limits:
            return self.daily_limits[f"{country}-{region}".upper()]
        if country and country.upper() in self.daily_limits:
            return self.daily_limits[country.upper()]
        return None

    def recycle_on(self, today: date) -> date:
        """When a lead given up today comes back from nurture (`today`: the center's)."""
        return today + timedelta(days=self.nurture_recycle_days)


@dataclass(frozen=True)
class RetryOverrides:
    """What one machine's settings file says about retries ([retry] and [queue]
    max_attempts); whatever it leaves out follows the shared rules in the database."""

    max_attempts: int | None = None
    delays: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    nurture_recycle_days: int | None = None

    @property
    def empty(self) -> bool:
        return self.max_attempts is None and not self.delays and self.nurture_recycle_days is None

    def over(self, shared: RetryPolicy) -> RetryPolicy:
        return RetryPolicy(
            max_attempts=self.max_attempts or shared.max_attempts,
            delays={**shared.delays, **self.delays},
            nurture_recycle_days=self.nurture_recycle_days or shared.nurture_recycle_days,
            daily_limits=shared.daily_limits,
        )


@dataclass(frozen=True)
class RetryDecision:
    attempts: int  # after this one
    next_call_at: datetime | None  # when to call again; None when the lead goes to nurture
    nurture_reason: str = ""

    @property
    def gives_up(self) -> bool:
        return self.next_call_at is None


def decide(
    policy: RetryPolicy,
    disposition: Disposition,
    attempts_before: int,
    now: datetime,
    *,
    recent_calls: Sequence[datetime] = (),
    country: str | None = None,
    region: str | None = None,
) -> RetryDecision:
    """What follows a no-contact call. `recent_calls` are the earlier calls to this lead
    (any outcome) within the last 24 hours, for regions that limit calls per day."""
    if disposition not in NO_CONTACT:
        raise InvalidInput(
            message("{label} is not a no-contact disposition", label=disposition.label),
            "disposition",
        )
    attempts = attempts_before + 1
    delays = tuple(policy.delays.get(disposition.value, DEFAULT_DELAYS[disposition.value]))
    if not delays:
        return RetryDecision(attempts, None, f"{disposition.label.lower()}: no number to call")
    if attempts >= policy.max_attempts:
        return RetryDecision(attempts, None, f"no contact after {attempts} call attempts")
    next_at = now + timedelta(minutes=delays[min(attempts_before, len(delays) - 1)])
    limit = policy.daily_limit(country, region)
    if limit is not None:
        window = sorted(at for at in (*recent_calls, now) if at > now - timedelta(hours=24))
        if len(window) >= limit:
            # The oldest of the last `limit` calls must be 24 hours old before the next one.
            next_at = max(next_at, window[-limit] + timedelta(hours=24))
    return RetryDecision(attempts, next_at)
