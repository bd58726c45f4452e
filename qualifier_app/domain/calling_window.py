"""When a prospect may be called: the calling window in the called party's local time.

A lead can have several candidate time zones (a toll-free number, a phone and an address that
disagree). The window is then the one that is open in every zone at once, which is the only
window that is safe whichever zone the prospect is really in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

# The shortest window a center may set (first-run setup, calling rules, settings files): a
# shorter one leaves a rep's queue empty for most of the day without saying why.
MIN_WINDOW_MINUTES = 60


@dataclass(frozen=True, order=True)
class CallingWindow:
    """Local opening hours: `start` is the first allowed minute, `end` the first forbidden one."""

    start: time = time(8, 0)
    end: time = time(21, 0)

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise InvalidInput(
                message("a calling window must start before it ends ({text})", text=self.text()),
                "calling_window",
            )

    @classmethod
    def parse(cls, text: str) -> CallingWindow:
        """Read "08:00-21:00"."""
        try:
            start_text, end_text = (part.strip() for part in text.split("-"))
            return cls(time.fromisoformat(start_text), time.fromisoformat(end_text))
        except ValueError:
            raise InvalidInput(
                message("calling window {text!r} is not of the form HH:MM-HH:MM", text=text),
                "calling_window",
            ) from None

    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def contains(self, local: time) -> bool:
        return self.start <= local < self.end

    @property
    def start_minute(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minute(self) -> int:
        return self.end.hour * 60 + self.end.minute

    @classmethod
    def from_minutes(cls, start: int, end: int) -> CallingWindow:
        return cls(time(start // 60, start % 60), time(end // 60, end % 60))


DEFAULT_WINDOW = CallingWindow()


@dataclass(frozen=True)
class CallingRules:
    """The default window and stricter ones by country ("US") or region ("US-FL")."""

    default: CallingWindow = DEFAULT_WINDOW
    overrides: Mapping[str, CallingWindow] | None = None

    def window_for(self, country: str | None, region: str | None) -> CallingWindow:
        overrides = self.overrides or {}
        if country and region and f"{country}-{region}".upper() in overrides:
            return overrides[f"{country}-{region}".upper()]
        if country and country.upper() in overrides:
            return overrides[country.upper()]
        return self.default


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(message("unknown time zone {name!r}", name=name), "time_zones") from None


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every zone's name, by its case-folded spelling."""
    return {name.casefold(): name for name in available_timezones()}


def zone_names() -> list[str]:
    """Every zone's name, sorted: what a person may choose from."""
    return sorted(_zone_names().values())


def zone_spelled(typed: str) -> str | None:
    """The zone `typed` names, as the time zone database spells it ("europe/zurich" is
    Europe/Zurich, "america/new york" America/New_York); None when it names none."""
    # "America/New York": the zone database writes a space as an underscore.
    found = _zone_names().get("_".join(typed.split()).casefold())
    return found if found is not None and is_known_zone(found) else None


def zone_of_city(typed: str) -> str | None:
    """The one zone named after the city `typed` ("Zurich", "new york"), if just one is."""
    city = "_".join(typed.split()).casefold()
    if not city or "/" in city:
        return None
    named = [name for key, name in _zone_names().items() if key.rsplit("/", 1)[-1] == city]
    return named[0] if len(named) == 1 else None


def is_known_zone(name: str) -> bool:
    try:
        zone(name)
    except InvalidInput:
        return False
    return True


def local_times(zones: Iterable[str], at: datetime) -> list[tuple[str, datetime]]:
    return [(name, at.astimezone(zone(name))) for name in zones]


def local_times_by_offset(
    zones: Iterable[str], at: datetime
) -> list[tuple[datetime, tuple[str, ...]]]:
    """The distinct local times of `zones` at `at`, earliest first, each with the zones that
    show it: the 29 zones of a lead anywhere in the US are five or six times of day."""
    grouped: dict[tuple[timedelta | None, str | None], list[tuple[datetime, str]]] = {}
    for name, local in local_times(zones, at):
        grouped.setdefault((local.utcoffset(), local.tzname()), []).append((local, name))
    return [
        (members[0][0], tuple(name for _, name in members))
        for _, members in sorted(
            grouped.items(), key=lambda item: item[1][0][0].replace(tzinfo=None)
        )
    ]


def is_open(zones: Sequence[str], at: datetime, window: CallingWindow) -> bool:
    """True when the local time is inside the window in every one of `zones`."""
    if not zones:
        return False
    return all(window.contains(local.time()) for _, local in local_times(zones, at))


def next_opening(
    zones: Sequence[str], at: datetime, window: CallingWindow, horizon_days: int = 8
) -> datetime | None:
    """The first moment at or after `at` when the window is open in every zone.

    The joint window can only open when one of the zones reaches its local start time, so
    those moments are the only candidates worth checking.
    """
    if not zones:
        return None
    if is_open(zones, at, window):
        return at
    candidates: set[datetime] = set()
    for name in zones:
        tz = zone(name)
        first_day: date = at.astimezone(tz).date()
        for offset in range(horizon_days + 1):
            local_start = datetime.combine(first_day + timedelta(days=offset), window.start, tz)
            instant = local_start.astimezone(UTC)
            if instant > at:
                candidates.add(instant)
    for instant in sorted(candidates):
        if is_open(zones, instant, window):
            return instant
    return None


def zones_key(zones: Iterable[str]) -> str:
    """A stable text form of a set of zones, used to share calling profiles between leads."""
    return " ".join(sorted(set(zones)))


def parse_zones_key(key: str) -> tuple[str, ...]:
    return tuple(key.split()) if key else ()
