"""Calling profiles: which leads may be called now, and when the closed ones open."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.calling_rules import PlaceRule, RuleBook, places_key
from qualifier_app.domain.time_zones import (
    places_of_phone,
    zones_for_lead,
    zones_of_countries_around,
)
from qualifier_app.persistence.models import CallingProfile, Center
from qualifier_app.services.queue.calling_rules import rule_book, stored_rule_book
from qualifier_app.settings import QueuePolicy

# A window's minutes are those of a clock's day (domain/calling_window.CallingWindow).
MINUTES_A_DAY = 24 * 60


@dataclass(frozen=True)
class Profile:
    id: int
    zones: tuple[str, ...]
    window: cw.CallingWindow
    rule: PlaceRule | None = None  # days, holidays and caps of the profile's place

    @property
    def place_rule(self) -> PlaceRule:
        return self.rule or PlaceRule("", self.window)

    def is_open(self, at: datetime) -> bool:
        return self.place_rule.is_open(self.zones, at)

    def why_closed(self, at: datetime) -> str | None:
        return self.place_rule.why_closed(self.zones, at)

    def next_opening(self, at: datetime) -> datetime | None:
        return self.place_rule.next_opening(self.zones, at)


def load_profiles(session: Session, book: RuleBook | None = None) -> list[Profile]:
    """The profiles; with a rule book, each follows the rules of its places as they are now
    (a rule added, changed or removed applies to the leads already placed)."""
    rows = session.execute(
        select(
            CallingProfile.id,
            CallingProfile.time_zones,
            CallingProfile.window_start,
            CallingProfile.window_end,
            CallingProfile.place,
        )
    ).all()
    profiles = []
    for row in rows:
        zones = cw.parse_zones_key(row.time_zones)
        if not usable(row.window_start, row.window_end, zones):
            continue
        window = cw.CallingWindow.from_minutes(row.window_start, row.window_end)
        rule: PlaceRule | None = None
        if book is not None:
            rule = book.rule_for(row.place)
            window = rule.window
        profiles.append(Profile(row.id, zones, window, rule))
    return profiles


def usable(window_start: int, window_end: int, zones: Sequence[str]) -> bool:
    """A profile the queue can judge: a window of one day's minutes and known zones. One that
    is not (written by hand) is left out, so its leads wait, rather than stopping every claim."""
    if not 0 <= window_start < window_end < MINUTES_A_DAY:
        return False
    return all(cw.is_known_zone(name) for name in zones)


class ProfileCache:
    """The calling profiles, re-read at most once a minute: they change only when an import
    meets a new combination of zones, and a new profile waiting a minute is harmless."""

    def __init__(self, ttl: timedelta = timedelta(seconds=60)) -> None:
        self._ttl = ttl
        self._loaded_at: datetime | None = None
        self._by_id: dict[int, Profile] = {}

    def get(
        self,
        session: Session,
        now: datetime,
        must_have: int | None = None,
        book: RuleBook | None = None,
    ) -> dict[int, Profile]:
        stale = self._loaded_at is None or not (
            self._loaded_at <= now < self._loaded_at + self._ttl
        )
        if stale or (must_have is not None and must_have not in self._by_id):
            self._by_id = {profile.id: profile for profile in load_profiles(session, book)}
            self._loaded_at = now
        return self._by_id


def open_profile_ids(profiles: Iterable[Profile], at: datetime) -> list[int]:
    return [profile.id for profile in profiles if profile.is_open(at)]


def capped_profiles(
    profiles: Iterable[Profile], caps: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int], list[int]]]:
    """For each (hours, calls) cap, the profiles whose place has exactly that cap."""
    listed = list(profiles)
    found = []
    for hours, calls in caps:
        ids = [
            profile.id
            for profile in listed
            if (hours == 24 and profile.place_rule.calls_per_day == calls)
            or (hours == 24 * 7 and profile.place_rule.calls_per_week == calls)
        ]
        found.append(((hours, calls), ids))
    return found


# A center whose time zone nobody gave (a demo database): the zone the app always assumed.
UNSET_MARKET = ("America/New_York",)


def market_zones(session: Session, policy: QueuePolicy) -> tuple[str, ...]:
    """The center's own market: `[queue] fallback_time_zones` of the settings file, else the
    time zone the center was set up with."""
    if policy.fallback_time_zones:
        return policy.fallback_time_zones
    zone = session.execute(select(Center.time_zone).limit(1)).scalar()
    return (zone,) if zone else UNSET_MARKET


def unplaced_zones(session: Session, policy: QueuePolicy) -> tuple[str, ...]:
    """Where a lead nobody can place may be: every zone of the center's market (a center in
    New York: every zone of the United States), so its window is safe wherever it is.
    `[queue] fallback_time_zones` names the zones itself."""
    if policy.fallback_time_zones:
        return policy.fallback_time_zones
    return zones_of_countries_around(market_zones(session, policy)[0])


def lead_zones(
    session: Session,
    policy: QueuePolicy,
    e164: str | None,
    country: str | None,
    region: str | None,
) -> tuple[str, ...]:
    """The zones a lead may be in; when nothing is known, every zone of the center's market."""
    return zones_for_lead(e164, country, region) or unplaced_zones(session, policy)


def registry_country(phone_places: Sequence[str], country: str | None) -> str:
    """The country whose do-not-call registries apply to a lead's calls: its number's, else
    (no number that says) its address's; "" when neither is known."""
    if phone_places:
        return phone_places[0].partition("-")[0]
    return (country or "").upper()


def profile_id_for(
    session: Session,
    zones: Sequence[str],
    window: cw.CallingWindow,
    place: str = "",
    number_country: str = "",
) -> int:
    """The id of the profile for these zones, window, places and registry country, created on
    first use. The window is the one the places' rules had then; the claim reads the rules as
    they are now (load_profiles)."""
    key = cw.zones_key(zones)
    values = {
        "time_zones": key,
        "window_start": window.start_minute,
        "window_end": window.end_minute,
        "place": place,
        "number_country": number_country,
    }
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(CallingProfile).values(**values).on_conflict_do_nothing())
    found = session.execute(
        select(CallingProfile.id).where(
            *(getattr(CallingProfile, name) == value for name, value in values.items())
        )
    ).scalar_one()
    return int(found)


def profile_for_lead(
    session: Session,
    policy: QueuePolicy,
    e164: str | None,
    country: str | None,
    region: str | None,
) -> tuple[str, int]:
    """(zones key, profile id) for a lead's phone and address."""
    zones = lead_zones(session, policy, e164, country, region)
    phone_places = places_of_phone(e164)
    places = places_key(country, region, phone_places)
    window = rule_book(session, policy).rule_for(places).window
    profile = profile_id_for(
        session, zones, window, places, registry_country(phone_places, country)
    )
    return cw.zones_key(zones), profile


def why_not_callable(session: Session, profile_id: int, at: datetime) -> str | None:
    """Why a call to a lead of this profile at `at` would break its places' rules (window,
    days, holidays) as the center has them now, or None."""
    return callable_rule(session, profile_id).why_closed(at)


def callable_rule(session: Session, profile_id: int) -> Profile:
    """The profile with the rule a callback is judged by (see why_not_callable)."""
    row = session.execute(
        select(CallingProfile.time_zones, CallingProfile.place).where(
            CallingProfile.id == profile_id
        )
    ).one()
    rule = stored_rule_book(session).rule_for(row.place)
    return Profile(profile_id, cw.parse_zones_key(row.time_zones), rule.window, rule)
