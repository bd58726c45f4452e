"""Report periods and the arithmetic of rates, so every report divides the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Period:
    """Whole UTC days from `start` to `end`, both included; an open end means no limit."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InvalidInput(
                message(
                    "the period starts ({start}) after it ends ({end})",
                    start=self.start,
                    end=self.end,
                ),
                "from",
            )

    @property
    def since(self) -> datetime | None:
        return datetime.combine(self.start, time(), UTC) if self.start else None

    @property
    def before(self) -> datetime | None:
        """The first moment after the period."""
        return datetime.combine(self.end + timedelta(days=1), time(), UTC) if self.end else None

    def text(self) -> str:
        if not self.start and not self.end:
            return message("all time")
        return message(
            "{start} to {end}",
            start=str(self.start) if self.start else message("the beginning"),
            end=str(self.end) if self.end else message("today"),
        )


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def roi(revenue: Decimal, cost: Decimal) -> Decimal | None:
    """(won revenue − cost) / cost as a ratio; None for a campaign that cost nothing."""
    if cost == 0:
        return None
    return ((revenue - cost) / cost).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def cost_in_period(cost: Decimal, runs: Period, period: Period) -> Decimal:
    """The part of a campaign's cost that falls in the period, the cost spread evenly over
    the days the campaign ran. The whole cost when the campaign's first or last day is not
    recorded (nothing to spread over) or the period has no limits."""
    if runs.start is None or runs.end is None or (period.start is None and period.end is None):
        return cost
    first = max(runs.start, period.start) if period.start else runs.start
    last = min(runs.end, period.end) if period.end else runs.end
    if first > last:
        return Decimal(0).quantize(CENT)
    ran = (runs.end - runs.start).days + 1
    share = (last - first).days + 1
    return (cost * share / ran).quantize(CENT, ROUND_HALF_UP)


def per_unit(amount: Decimal, units: int) -> Decimal | None:
    if units == 0:
        return None
    return (amount / units).quantize(CENT, ROUND_HALF_UP)


def hours(seconds: float | int | None) -> Decimal:
    return (Decimal(str(seconds or 0)) / 3600).quantize(CENT, ROUND_HALF_UP)
