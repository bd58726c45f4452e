"""Which time zone(s) a prospect may be in, from the phone number and the address."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import phonenumbers
from phonenumbers import PhoneNumberType
from phonenumbers import timezone as phone_timezone
from phonenumbers.tzdata import TIMEZONE_DATA

from qualifier_app.domain.calling_window import is_known_zone

# Regions whose country spans several zones; the zone(s) each region's callers live in.
REGION_ZONES: dict[str, tuple[str, ...]] = {
    # United States (a state in two zones lists both: only their shared hours are safe)
    "US-AL": ("America/Chicago",),
    "US-AK": ("America/Anchorage",),
    "US-AZ": ("America/Phoenix",),
    "US-AR": ("America/Chicago",),
    "US-CA": ("America/Los_Angeles",),
    "US-CO": ("America/Denver",),
    "US-CT": ("America/New_York",),
    "US-DE": ("America/New_York",),
    "US-DC": ("America/New_York",),
    "US-FL": ("America/New_York", "America/Chicago"),
    "US-GA": ("America/New_York",),
    "US-HI": ("Pacific/Honolulu",),
    "US-ID": ("America/Boise", "America/Los_Angeles"),
    "US-IL": ("America/Chicago",),
    "US-IN": ("America/Indiana/Indianapolis", "America/Chicago"),
    "US-IA": ("America/Chicago",),
    "US-KS": ("America/Chicago", "America/Denver"),
    "US-KY": ("America/New_York", "America/Chicago"),
    "US-LA": ("America/Chicago",),
    "US-ME": ("America/New_York",),
    "US-MD": ("America/New_York",),
    "US-MA": ("America/New_York",),
    "US-MI": ("America/Detroit", "America/Menominee"),
    "US-MN": ("America/Chicago",),
    "US-MS": ("America/Chicago",),
    "US-MO": ("America/Chicago",),
    "US-MT": ("America/Denver",),
    "US-NE": ("America/Chicago", "America/Denver"),
    "US-NV": ("America/Los_Angeles",),
    "US-NH": ("America/New_York",),
    "US-NJ": ("America/New_York",),
    "US-NM": ("America/Denver",),
    "US-NY": ("America/New_York",),
    "US-NC": ("America/New_York",),
    "US-ND": ("America/Chicago", "America/Denver"),
    "US-OH": ("America/New_York",),
    "US-OK": ("America/Chicago",),
    "US-OR": ("America/Los_Angeles", "America/Boise"),
    "US-PA": ("America/New_York",),
    "US-RI": ("America/New_York",),
    "US-SC": ("America/New_York",),
    "US-SD": ("America/Chicago", "America/Denver"),
    "US-TN": ("America/Chicago", "America/New_York"),
    "US-TX": ("America/Chicago", "America/Denver"),
    "US-UT": ("America/Denver",),
    "US-VT": ("America/New_York",),
    "US-VA": ("America/New_York",),
    "US-WA": ("America/Los_Angeles",),
    "US-WV": ("America/New_York",),
    "US-WI": ("America/Chicago",),
    "US-WY": ("America/Denver",),
    # Canada
    "CA-AB": ("America/Edmonton",),
    "CA-BC": ("America/Vancouver",),
    "CA-MB": ("America/Winnipeg",),
    "CA-NB": ("America/Moncton",),
    "CA-NL": ("America/St_Johns",),
    "CA-NS": ("America/Halifax",),
    "CA-ON": ("America/Toronto",),
    "CA-PE": ("America/Halifax",),
    "CA-QC": ("America/Toronto",),
    "CA-SK": ("America/Regina",),
    # Australia
    "AU-NSW": ("Australia/Sydney",),
    "AU-VIC": ("Australia/Melbourne",),
    "AU-QLD": ("Australia/Brisbane",),
    "AU-WA": ("Australia/Perth",),
    "AU-SA": ("Australia/Adelaide",),
    "AU-TAS": ("Australia/Hobart",),
    "AU-ACT": ("Australia/Sydney",),
    "AU-NT": ("Australia/Darwin",),
}


@lru_cache(maxsize=1)
def _country_zone_table() -> dict[str, tuple[str, ...]]:
    """Country code → zones, from the tz database's own zone1970.tab."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone1970.tab").read_text("utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        codes, _coordinates, name, *_ = line.split("\t")
        for code in codes.split(","):
            table.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in table.items()}


def zones_for_phone(e164: str | None) -> tuple[str, ...]:
    if not e164:
        return ()
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ()
    return zones_for_number(number)


def zones_for_number(number: phonenumbers.PhoneNumber, kind: int | None = None) -> tuple[str, ...]:
    """The zones of an already parsed number; `kind` (its number type) when known already,
    which saves working it out twice on bulk imports."""
    if kind is None:
        zones = phone_timezone.time_zones_for_number(number)
    elif kind == PhoneNumberType.UNKNOWN:
        zones = ()
    elif phonenumbers.is_number_type_geographical(kind, number.country_code or 0):
        zones = phone_timezone.time_zones_for_geographical_number(number)
    else:  # mobile numbers in many countries say only which country
        zones = TIMEZONE_DATA.get(str(number.country_code), ())
    return tuple(sorted(z for z in zones if is_known_zone(z)))


def zones_for_address(country: str | None, region: str | None = None) -> tuple[str, ...]:
    if not country:
        return ()
    country = country.upper()
    if region:
        key = f"{country}-{region.upper()}"
        if key in REGION_ZONES:
            return REGION_ZONES[key]
    return tuple(sorted(z for z in _country_zone_table().get(country, ()) if is_known_zone(z)))


def resolve(phone_zones: Iterable[str], address_zones: Iterable[str]) -> tuple[str, ...]:
    """The zones the prospect may be in, given both sources.

    When both know something and agree on at least one zone, the agreement is the answer;
    when they disagree, every zone stays in the set so the calling window is safe in all.
    """
    phone = set(phone_zones)
    address = set(address_zones)
    if phone and address:
        common = phone & address
        return tuple(sorted(common or (phone | address)))
    return tuple(sorted(phone or address))


def zones_for_lead(e164: str | None, country: str | None, region: str | None) -> tuple[str, ...]:
    return resolve(zones_for_phone(e164), zones_for_address(country, region))
