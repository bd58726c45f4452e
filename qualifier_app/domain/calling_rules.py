"""Calling rules of a place as data: its window, the days it allows, its holidays, and how
often one phone number may be called.

A place is a country ("US") or a region of one ("US-FL"); a lead follows the most specific
place that has a rule. Days and holidays are read in the called party's local time, in
every zone the lead may be in (the safe choice when the zone is uncertain).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import Message, message

ALL_DAYS = "1234567"
DAY_NAMES = (
    message("Monday"),
    message("Tuesday"),
    message("Wednesday"),
    message("Thursday"),
    message("Friday"),
    message("Saturday"),
    message("Sunday"),
)
SHORT_DAY_NAMES = (
    message("Mon"),
    message("Tue"),
    message("Wed"),
    message("Thu"),
    message("Fri"),
    message("Sat"),
    message("Sun"),
)


@dataclass(frozen=True)
class PlaceRule:
    place: str
    window: cw.CallingWindow = cw.DEFAULT_WINDOW
    weekdays: str = ALL_DAYS  # ISO weekday digits allowed, "123456" forbids Sundays
    holidays: frozenset[date] = field(default_factory=frozenset)
    calls_per_day: int | None = None  # per phone number, any 24 hours
    calls_per_week: int | None = None  # per phone number, any 7 days
    source: str = ""

    def __post_init__(self) -> None:
        if not self.weekdays or any(ch not in ALL_DAYS for ch in self.weekdays):
            raise InvalidInput(
                message(
                    "calling rule {place}: weekdays {weekdays!r} must be ISO day digits",
                    place=self.place,
                    weekdays=self.weekdays,
                ),
                "weekdays",
            )
        for cap in (self.calls_per_day, self.calls_per_week):
            if cap is not None and cap < 1:
                raise InvalidInput(
                    message(
                        "calling rule {place}: a call cap must be at least 1", place=self.place
                    ),
                    "calls",
                )

    def day_allowed(self, local_day: date) -> bool:
        return str(local_day.isoweekday()) in self.weekdays and local_day not in self.holidays

    def why_closed(self, zones: Sequence[str], at: datetime) -> str | None:
        """None when a call at `at` keeps to the window, days and holidays in every zone;
        otherwise the reason, in words."""
        found = self._closed(zones, at)
        if found is None:
            return None
        reason, name, local = found
        if not name:
            return reason
        if reason.source.startswith("outside"):
            return message(
                "{time:%H:%M} in {zone} is {reason}", time=local, zone=name, reason=reason
            )
        return message("{reason} ({zone})", reason=reason, zone=name)

    def why_closed_for_place(self, zones: Sequence[str], at: datetime) -> str | None:
        """As why_closed, in words that name the place's rule but no zone or local time, so
        the leads one rule holds back can be counted together."""
        found = self._closed(zones, at)
        return None if found is None else found[0]

    def _closed(self, zones: Sequence[str], at: datetime) -> tuple[Message, str, datetime] | None:
        if not zones:
            return message("the prospect's time zone is unknown"), "", at
        for name, local in cw.local_times(zones, at):
            day = local.date()
            if day in self.holidays:
                holiday = message(
                    "{day:%Y-%m-%d} is a legal holiday in {place}", day=day, place=self.label
                )
                return holiday, name, local
            if str(day.isoweekday()) not in self.weekdays:
                closed = message(
                    "no calls on {weekday} in {place}",
                    weekday=DAY_NAMES[day.weekday()],
                    place=self.label,
                )
                return closed, name, local
            if not self.window.contains(local.time()):
                outside = message(
                    "outside the calling window {window} of {place}",
                    window=self.window.text(),
                    place=self.label,
                )
                return outside, name, local
        return None

    def is_open(self, zones: Sequence[str], at: datetime) -> bool:
        return self.why_closed(zones, at) is None

    def next_opening(
        self, zones: Sequence[str], at: datetime, horizon_days: int = 10
    ) -> datetime | None:
        """The first moment at or after `at` when a call is allowed in every zone: only the
        local window starts are candidates (as in calling_window.next_opening)."""
        if not zones:
            return None
        if self.is_open(zones, at):
            return at
        candidates: set[datetime] = set()
        for name in zones:
            tz = cw.zone(name)
            first_day = at.astimezone(tz).date()
            for offset in range(horizon_days + 1):
                local = datetime.combine(first_day + timedelta(days=offset), self.window.start, tz)
                instant = local.astimezone(UTC)
                if instant > at:
                    candidates.add(instant)
        for instant in sorted(candidates):
            if self.is_open(zones, instant):
                return instant
        return None

    @property
    def label(self) -> str:
        return self.place or message("the default rule")

    @property
    def capped(self) -> bool:
        return self.calls_per_day is not None or self.calls_per_week is not None


@dataclass(frozen=True)
class RuleBook:
    """Every place's rule; a lead gets the most specific one (region, then country)."""

    rules: Mapping[str, PlaceRule]
    default: PlaceRule = field(default_factory=lambda: PlaceRule(""))

    def place_for(self, country: str | None, region: str | None) -> str:
        if country and region and f"{country}-{region}".upper() in self.rules:
            return f"{country}-{region}".upper()
        if country and country.upper() in self.rules:
            return country.upper()
        return ""

    def rule(self, place: str) -> PlaceRule:
        return self.rules.get(place, self.default)

    def with_windows(self, overrides: cw.CallingRules) -> RuleBook:
        """The book with a settings file's windows on top (one machine's override)."""
        changed = dict(self.rules)
        for place, window in (overrides.overrides or {}).items():
            base = changed.get(place, PlaceRule(place))
            changed[place] = PlaceRule(
                place,
                window,
                base.weekdays,
                base.holidays,
                base.calls_per_day,
                base.calls_per_week,
                base.source,
            )
        return RuleBook(changed, PlaceRule("", overrides.default))


def cap_shape(rules: Iterable[PlaceRule]) -> tuple[tuple[int, int], ...]:
    """The distinct (hours, calls) caps in force, for example ((24, 3),)."""
    shape: set[tuple[int, int]] = set()
    for rule in rules:
        if rule.calls_per_day is not None:
            shape.add((24, rule.calls_per_day))
        if rule.calls_per_week is not None:
            shape.add((24 * 7, rule.calls_per_week))
    return tuple(sorted(shape))
