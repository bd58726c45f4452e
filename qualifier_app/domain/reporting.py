"""Report periods and the arithmetic of rates, so every report divides the same way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

CENT = Decimal("0.01")


def midnight(day: date, zone: tzinfo) -> datetime:
    """The first moment of `day` in `zone`, in UTC (a day of 23 or 25 hours starts at its
    own midnight; where midnight is skipped, at the first moment the day has)."""
    return datetime.combine(day, time(), zone).astimezone(UTC)


# The span the center's offsets from UTC are written for (center_utc_offsets, migration
# 0044); a call outside it counts with the offset at its nearer end.
OFFSETS_FROM, OFFSETS_UNTIL = datetime(1970, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


def _minutes(zone: ZoneInfo, at: datetime) -> int:
    offset = at.astimezone(zone).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def utc_offsets(zone_name: str) -> Iterator[tuple[datetime, int]]:
    """From which moment on (UTC) `zone_name` is how many minutes ahead of UTC: the rows the
    database's triggers date a call by, so a call counts on the day `midnight` starts.
    Migration 0044 repeats this; change both together."""
    zone = ZoneInfo(zone_name)
    at, minutes = OFFSETS_FROM, _minutes(zone, OFFSETS_FROM)
    yield at, minutes
    while at < OFFSETS_UNTIL:
        step = at + timedelta(days=1)
        if _minutes(zone, step) != minutes:
            low, high = at, step  # the change lies after low, at or before high
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (low, middle) if _minutes(zone, middle) != minutes else (middle, high)
            minutes = _minutes(zone, high)
            yield high, minutes
        at = step


@dataclass(frozen=True)
class Period:
    """Whole days of the center from `start` to `end`, both included; an open end means no
    limit. The days' boundaries are midnights in `zone`, the center's time zone, which the
    service reading the figures sets (`in_zone`): the dates alone say no moment."""

    start: date | None = None
    end: date | None = None
    zone: tzinfo | None = field(default=None, compare=False)

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

    def in_zone(self, zone: tzinfo) -> Period:
        return replace(self, zone=zone)

    def _zone(self) -> tzinfo:
        if self.zone is None:
            raise ValueError("a period's days have no boundaries before its zone is set")
        return self.zone

    @property
    def since(self) -> datetime | None:
        return midnight(self.start, self._zone()) if self.start else None

    @property
    def before(self) -> datetime | None:
        """The first moment after the period."""
        return midnight(self.end + timedelta(days=1), self._zone()) if self.end else None

    def text(self) -> str:
        if not self.start and not self.end:
            return message("all time to today")
        return message(
            "{start} to {end}",
            start=str(self.start) if self.start else message("the beginning"),
            end=str(self.end) if self.end else message("today"),
        )

    def in_a_file_name(self) -> str:
        """The period as an exported report's file name carries it: a file passed on says
        which days its figures are of."""
        if self.start and self.end:
            return f"{self.start.isoformat()}_{self.end.isoformat()}"
        if self.start:
            return f"from-{self.start.isoformat()}"
        if self.end:
            return f"until-{self.end.isoformat()}"
        return "all-time"


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def roi(revenue: Decimal, cost: Decimal) -> Decimal | None:
    """(won revenue − cost) / cost as a ratio; None for a campaign that cost nothing."""
    if cost == 0:
        return None
    return ((revenue - cost) / cost).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def cost_in_period(cost: Decimal, runs: Period, period: Period, *, today: date) -> Decimal:
    """The part of a campaign's cost that falls in the period, the cost spread evenly over
    the days the campaign runs. The whole cost when the campaign's first or last day is not
    recorded (nothing to spread over). A period without an end ends `today` (the center's
    date), as it says: the days a campaign has yet to run are not charged to it."""
    if runs.start is None or runs.end is None:
        return cost
    first = max(runs.start, period.start) if period.start else runs.start
    last = min(runs.end, period.end or today)
    if first > last:
        return Decimal(0).quantize(CENT)
    ran = (runs.end - runs.start).days + 1

    def charged_by(days: int) -> Decimal:
        """The cost of the campaign's first `days` days, to the cent."""
        return (cost * days / ran).quantize(CENT, ROUND_HALF_UP)

    # The difference of two running totals, each rounded once: the shares of periods that
    # follow each other add up to the share of the two together, and the days of the whole
    # campaign to its cost, cent for cent (a share rounded on its own could be a cent off).
    return charged_by((last - runs.start).days + 1) - charged_by((first - runs.start).days)


def per_unit(amount: Decimal, units: int) -> Decimal | None:
    if units == 0:
        return None
    return (amount / units).quantize(CENT, ROUND_HALF_UP)


def hours(seconds: float | int | None) -> Decimal:
    return (Decimal(str(seconds or 0)) / 3600).quantize(CENT, ROUND_HALF_UP)
