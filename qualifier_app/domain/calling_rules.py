"""Calling rules of a place as data: its window, the days it allows, its holidays, and how
often one phone number may be called.

A place is a country ("US") or a region of one ("US-FL"); a lead follows the most specific
place that has a rule. Days and holidays are read in the called party's local time, in
every zone the lead may be in (the safe choice when the zone is uncertain).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import Message, counted, listed, message

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
    # Set when the rules of a lead's places leave no hour or day they all allow: why never.
    never: str = ""
    # The last year whose holidays are listed, and the place listing them: set when places
    # are combined (see `strictest`); otherwise read from `holidays`.
    holidays_through: tuple[int, str] | None = None

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

    def holidays_listed_through(self) -> tuple[int, str] | None:
        """(the last year, the place) whose holidays this rule lists; None without holidays.
        Holidays are dated rows and some move (Thanksgiving), so a place that has them has
        them listed year by year: a day after the last listed year may be one of them."""
        if self.holidays_through is not None:
            return self.holidays_through
        if not self.holidays:
            return None
        return max(self.holidays).year, self.label

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
        if self.never:
            return message("{never}", never=self.never), "", at
        for name, local in cw.local_times(zones, at):
            day_closed = self._day_closed(local.date())
            if day_closed is not None:
                return day_closed, name, local
            if not self.window.contains(local.time()):
                outside = message(
                    "outside the calling window {window} of {place}",
                    window=self.window.text(),
                    place=self.label,
                )
                return outside, name, local
        return None

    def _day_closed(self, day: date) -> Message | None:
        if day in self.holidays:
            return message(
                "{day:%Y-%m-%d} is a legal holiday in {place}", day=day, place=self.label
            )
        listed = self.holidays_listed_through()
        if listed is not None and day.year > listed[0]:
            return message(
                "the legal holidays of {year} are not listed for {place}: "
                "add them to its calling rules",
                year=day.year,
                place=listed[1],
            )
        if str(day.isoweekday()) not in self.weekdays:
            return message(
                "no calls on {weekday} in {place}",
                weekday=DAY_NAMES[day.weekday()],
                place=self.label,
            )
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

    def limits(self) -> str:
        """Its per-number caps in words: "3 calls in any 24 hours"."""
        limits = []
        if self.calls_per_day is not None:
            limits.append(
                counted(
                    self.calls_per_day,
                    "{count} call in any 24 hours",
                    "{count} calls in any 24 hours",
                )
            )
        if self.calls_per_week is not None:
            limits.append(
                counted(
                    self.calls_per_week, "{count} call in any 7 days", "{count} calls in any 7 days"
                )
            )
        return listed(limits)


@dataclass(frozen=True)
class RuleBook:
    """Every place's rule. A place a lead is in follows its most specific rule (region, then
    country, then the default); a lead in several places (its number's and its address's)
    keeps to the strictest of their rules together (see `rule_for`)."""

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

    def rule_for(self, places: str) -> PlaceRule:
        """The rule of a lead in `places` (a places_key): each place's most specific rule,
        all of them kept to at once when they differ."""
        found: dict[str, PlaceRule] = {}
        for place in places.split():
            country, _, region = place.partition("-")
            rule = self.rule(self.place_for(country, region or None))
            found.setdefault(rule.place, rule)
        if not found:
            return self.default
        if len(found) == 1:
            return next(iter(found.values()))
        return strictest(found.values())

    def with_windows(self, overrides: cw.CallingRules) -> RuleBook:
        """The book with a settings file's windows on top (one machine's override). A machine
        may only narrow a window: an override keeps to the hours of the rule it overrides."""
        changed = dict(self.rules)
        for place, window in (overrides.overrides or {}).items():
            base = changed.get(place)
            if base is None:
                country = place.partition("-")[0]
                base = replace(changed.get(country, self.default), place=place)
            changed[place] = replace(base, window=narrowed(base.window, window) or base.window)
        default = narrowed(self.default.window, overrides.default) or self.default.window
        return RuleBook(changed, replace(self.default, window=default))


def narrowed(rule: cw.CallingWindow, wanted: cw.CallingWindow) -> cw.CallingWindow | None:
    """The hours of `wanted` that `rule` allows; None when it allows none of them."""
    start, end = max(rule.start, wanted.start), min(rule.end, wanted.end)
    return cw.CallingWindow(start, end) if start < end else None


def places_key(country: str | None, region: str | None, phone_places: Iterable[str]) -> str:
    """Where a lead is, as the places whose rules it keeps to: its address's ("US-NY", or
    "US" without a region) and its number's ("US-FL"). A country is left out where a region
    of it is named: the region's rule is the country's as that region has it."""
    places = {place.upper() for place in phone_places}
    if country:
        places.add(f"{country}-{region}".upper() if region else country.upper())
    regions = {place.partition("-")[0] for place in places if "-" in place}
    return " ".join(sorted(place for place in places if "-" in place or place not in regions))


def strictest(rules: Iterable[PlaceRule]) -> PlaceRule:
    """One rule that keeps to every one of `rules`: the hours and days they all allow, every
    holiday of each, the lowest of their caps."""
    listed = sorted(rules, key=lambda rule: rule.place)
    windows = [rule.window for rule in listed]
    start, end = max(w.start for w in windows), min(w.end for w in windows)
    days = "".join(d for d in ALL_DAYS if all(d in rule.weekdays for rule in listed))
    places = " + ".join(rule.label for rule in listed)
    never = ""
    if start >= end or not days:
        never = message("the rules of {places} leave no common calling hours", places=places)
    return PlaceRule(
        " ".join(rule.place for rule in listed if rule.place),
        cw.CallingWindow(start, end) if start < end else windows[0],
        days or ALL_DAYS,
        frozenset().union(*(rule.holidays for rule in listed)),
        _lowest(rule.calls_per_day for rule in listed),
        _lowest(rule.calls_per_week for rule in listed),
        "; ".join(rule.source for rule in listed if rule.source),
        never or next((rule.never for rule in listed if rule.never), ""),
        min(
            (through for rule in listed if (through := rule.holidays_listed_through())),
            default=None,
        ),
    )


def _lowest(caps: Iterable[int | None]) -> int | None:
    return min((cap for cap in caps if cap is not None), default=None)


def cap_shape(rules: Iterable[PlaceRule]) -> tuple[tuple[int, int], ...]:
    """The distinct (hours, calls) caps in force, for example ((24, 3),)."""
    shape: set[tuple[int, int]] = set()
    for rule in rules:
        if rule.calls_per_day is not None:
            shape.add((24, rule.calls_per_day))
        if rule.calls_per_week is not None:
            shape.add((24 * 7, rule.calls_per_week))
    return tuple(sorted(shape))
