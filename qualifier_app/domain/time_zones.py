"""Which time zone(s) a prospect may be in, from the phone number and the address."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    "US-AK": (  # the Aleutians west of 169°30'W keep Hawaii-Aleutian time (Adak)
        "America/Anchorage",
        "America/Adak",
        "America/Juneau",
        "America/Metlakatla",
        "America/Nome",
        "America/Sitka",
        "America/Yakutat",
    ),
    "US-AZ": ("America/Phoenix", "America/Denver"),  # the Navajo Nation keeps DST
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
    "US-NV": ("America/Los_Angeles", "America/Denver"),  # West Wendover, Jackpot
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
    "CA-BC": ("America/Vancouver", "America/Edmonton", "America/Phoenix"),  # Cranbrook, Creston
    "CA-MB": ("America/Winnipeg",),
    "CA-NB": ("America/Moncton",),
    "CA-NL": ("America/St_Johns", "America/Goose_Bay"),  # Labrador keeps Atlantic time
    "CA-NS": ("America/Halifax",),
    "CA-ON": ("America/Toronto", "America/Winnipeg", "America/Panama"),  # Kenora, Atikokan
    "CA-PE": ("America/Halifax",),
    "CA-QC": (  # Blanc-Sablon keeps Atlantic standard time, the Magdalen Islands Atlantic time
        "America/Toronto",
        "America/Puerto_Rico",
        "America/Halifax",
    ),
    "CA-SK": ("America/Regina", "America/Edmonton"),  # Lloydminster
    "CA-NT": ("America/Edmonton", "America/Inuvik"),
    "CA-NU": ("America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"),
    "CA-YT": ("America/Whitehorse", "America/Dawson"),
    # Australia
    "AU-NSW": ("Australia/Sydney", "Australia/Broken_Hill", "Australia/Lord_Howe"),
    "AU-VIC": ("Australia/Melbourne",),
    "AU-QLD": ("Australia/Brisbane", "Australia/Lindeman"),
    "AU-WA": ("Australia/Perth", "Australia/Eucla"),
    "AU-SA": ("Australia/Adelaide",),
    "AU-TAS": ("Australia/Hobart",),
    "AU-ACT": ("Australia/Sydney",),
    "AU-NT": ("Australia/Darwin",),
    # Brazil, by the tz database's zone1970.tab (Fernando de Noronha belongs to Pernambuco)
    "BR-AC": ("America/Rio_Branco",),
    "BR-AL": ("America/Maceio",),
    "BR-AM": ("America/Manaus", "America/Eirunepe"),
    "BR-AP": ("America/Belem",),
    "BR-BA": ("America/Bahia",),
    "BR-CE": ("America/Fortaleza",),
    "BR-DF": ("America/Sao_Paulo",),
    "BR-ES": ("America/Sao_Paulo",),
    "BR-GO": ("America/Sao_Paulo",),
    "BR-MA": ("America/Fortaleza",),
    "BR-MG": ("America/Sao_Paulo",),
    "BR-MS": ("America/Campo_Grande",),
    "BR-MT": ("America/Cuiaba",),
    "BR-PA": ("America/Belem", "America/Santarem"),
    "BR-PB": ("America/Fortaleza",),
    "BR-PE": ("America/Recife", "America/Noronha"),
    "BR-PI": ("America/Fortaleza",),
    "BR-PR": ("America/Sao_Paulo",),
    "BR-RJ": ("America/Sao_Paulo",),
    "BR-RN": ("America/Fortaleza",),
    "BR-RO": ("America/Porto_Velho",),
    "BR-RR": ("America/Boa_Vista",),
    "BR-RS": ("America/Sao_Paulo",),
    "BR-SC": ("America/Sao_Paulo",),
    "BR-SE": ("America/Maceio",),
    "BR-SP": ("America/Sao_Paulo",),
    "BR-TO": ("America/Araguaina",),
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


# North American area codes that cross a zone line, with the zones phonenumbers leaves out
# for them (it names one zone per code): a call at 08:00 Eastern to Pensacola (850) is at
# 07:00 there. As for a state in two zones, only the hours all of them share are safe.
SPLIT_AREA_CODES: dict[str, tuple[str, ...]] = {
    "219": ("America/Chicago",),  # north-west Indiana: Gary, Hammond
    "250": ("America/Edmonton",),  # British Columbia's east: Cranbrook, Fort St. John
    "270": ("America/Chicago",),  # western Kentucky: Bowling Green, Paducah
    "306": ("America/Edmonton",),  # Lloydminster keeps Alberta's time
    "308": ("America/Denver",),  # the Nebraska panhandle: Scottsbluff
    "364": ("America/Chicago",),  # overlay of 270
    "423": ("America/New_York",),  # east Tennessee: Chattanooga, Johnson City
    "448": ("America/Chicago",),  # overlay of 850
    "458": ("America/Boise",),  # overlay of 541
    "541": ("America/Boise",),  # eastern Oregon: Ontario
    "574": ("America/Chicago",),  # north-central Indiana: Starke County
    "606": ("America/Chicago",),  # eastern Kentucky's south-west counties
    "620": ("America/Denver",),  # south-west Kansas: Greeley, Hamilton
    "785": ("America/Denver",),  # north-west Kansas: Sherman, Wallace
    "807": ("America/Winnipeg",),  # north-west Ontario: Kenora
    "812": ("America/Chicago",),  # south-west Indiana: Evansville
    "850": ("America/Chicago",),  # the Florida panhandle west of the Apalachicola: Pensacola
    "867": (  # Yukon, Northwest Territories and Nunavut
        "America/Whitehorse",
        "America/Edmonton",
        "America/Rankin_Inlet",
        "America/Iqaluit",
    ),
    "906": ("America/Menominee",),  # Michigan's Upper Peninsula on the Wisconsin line
    "928": ("America/Denver",),  # northern Arizona: the Navajo Nation keeps DST
    "930": ("America/Chicago",),  # overlay of 812
    "931": ("America/New_York",),  # middle Tennessee's eastern counties
}


def _parsed(e164: str | None) -> phonenumbers.PhoneNumber | None:
    if not e164:
        return None
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


def zones_for_phone(e164: str | None) -> tuple[str, ...]:
    number = _parsed(e164)
    return zones_for_number(number) if number is not None else ()


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
    if number.country_code == 1 and zones:
        zones = (*zones, *SPLIT_AREA_CODES.get(str(number.national_number)[:3], ()))
    return tuple(sorted({z for z in zones if is_known_zone(z)}))


def zones_for_address(country: str | None, region: str | None = None) -> tuple[str, ...]:
    if not country:
        return ()
    country = country.upper()
    if region:
        key = f"{country}-{region.upper()}"
        if key in REGION_ZONES:
            return REGION_ZONES[key]
    return country_zones(country)


def country_zones(country: str) -> tuple[str, ...]:
    """Every zone of a country, as the tz database lists them."""
    return tuple(
        sorted(z for z in _country_zone_table().get(country.upper(), ()) if is_known_zone(z))
    )


def zones_of_countries_around(zone_name: str) -> tuple[str, ...]:
    """Every zone of the country (or countries) a zone is in: where a center whose own zone
    this is may call when a lead's place is unknown. The zone alone when no country lists it."""
    countries = [code for code, names in _country_zone_table().items() if zone_name in names]
    zones = {zone_name, *(z for code in countries for z in country_zones(code))}
    return tuple(sorted(zones))


@lru_cache(maxsize=1)
def _country_wide() -> dict[frozenset[str], frozenset[str]]:
    """The zone sets that say only which calling code a number has (toll-free numbers, and
    mobiles in the many countries whose mobile numbers are not tied to a place), each with
    every zone of the countries that calling code serves: phonenumbers lists one zone per
    offset, the tz database every zone of a country (Melbourne and Hobart as well as Sydney)."""
    found: dict[frozenset[str], frozenset[str]] = {}
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        zones = frozenset(z for z in TIMEZONE_DATA.get(str(code), ()) if is_known_zone(z))
        if not zones:
            continue
        countries = {z for region in regions for z in country_zones(region)}
        found[zones] = found.get(zones, frozenset()) | zones | countries
    return found


def resolve(phone_zones: Iterable[str], address_zones: Iterable[str]) -> tuple[str, ...]:
    """The zones the prospect may be in, given both sources: every zone either names, so the
    calling window is safe in all of them when the two disagree (even in part). A number that
    says only its calling code adds nothing to an address inside it."""
    phone, address = set(phone_zones), set(address_zones)
    inside = _country_wide().get(frozenset(phone), frozenset())
    if address and address <= inside:
        return tuple(sorted(address))
    return tuple(sorted(phone | address))


def zones_for_lead(e164: str | None, country: str | None, region: str | None) -> tuple[str, ...]:
    return resolve(zones_for_phone(e164), zones_for_address(country, region))


# The regions of the countries whose numbers say where they are (the North American area
# codes), by the names phonenumbers' offline geocoder gives them.
_REGION_NAMES = {
    "US": {
        "Alabama": "AL",
        "Alaska": "AK",
        "Arizona": "AZ",
        "Arkansas": "AR",
        "California": "CA",
        "Colorado": "CO",
        "Connecticut": "CT",
        "Delaware": "DE",
        "Washington D.C.": "DC",
        "Florida": "FL",
        "Georgia": "GA",
        "Hawaii": "HI",
        "Idaho": "ID",
        "Illinois": "IL",
        "Indiana": "IN",
        "Iowa": "IA",
        "Kansas": "KS",
        "Kentucky": "KY",
        "Louisiana": "LA",
        "Maine": "ME",
        "Maryland": "MD",
        "Massachusetts": "MA",
        "Michigan": "MI",
        "Minnesota": "MN",
        "Mississippi": "MS",
        "Missouri": "MO",
        "Montana": "MT",
        "Nebraska": "NE",
        "Nevada": "NV",
        "New Hampshire": "NH",
        "New Jersey": "NJ",
        "New Mexico": "NM",
        "New York": "NY",
        "North Carolina": "NC",
        "North Dakota": "ND",
        "Ohio": "OH",
        "Oklahoma": "OK",
        "Oregon": "OR",
        "Pennsylvania": "PA",
        "Rhode Island": "RI",
        "South Carolina": "SC",
        "South Dakota": "SD",
        "Tennessee": "TN",
        "Texas": "TX",
        "Utah": "UT",
        "Vermont": "VT",
        "Virginia": "VA",
        "Washington": "WA",
        "Washington State": "WA",
        "West Virginia": "WV",
        "Wisconsin": "WI",
        "Wyoming": "WY",
    },
    "CA": {
        "Alberta": "AB",
        "British Columbia": "BC",
        "British Colombia": "BC",  # sic, in the geocoder's data
        "Manitoba": "MB",
        "New Brunswick": "NB",
        "Newfoundland and Labrador": "NL",
        "Nova Scotia": "NS",
        "Ontario": "ON",
        "Prince Edward Island": "PE",
        "Quebec": "QC",
        "Saskatchewan": "SK",
        "Northwest Territories": "NT",
        "Nunavut": "NU",
        "Yukon": "YT",
    },
}


def places_of_phone(e164: str | None) -> tuple[str, ...]:
    """Where a number is, as calling rules' places: ("US-FL",) for a Florida area code,
    ("CA-NS", "CA-PE") for an area code two provinces share, the country alone ("GB",) when
    the number says no more, () when it says nothing."""
    number = _parsed(e164)
    return places_of_number(number) if number is not None else ()


def places_of_number(number: phonenumbers.PhoneNumber) -> tuple[str, ...]:
    country = phonenumbers.region_code_for_number(number)
    if not country or country in (phonenumbers.UNKNOWN_REGION, "001"):
        return ()
    names = _REGION_NAMES.get(country)
    if names is None:
        return (country,)
    # Imported here: the geocoder's data takes a third of a second to load, which every
    # command and window would otherwise pay at start, most of them for nothing.
    from phonenumbers import geocoder  # noqa: PLC0415

    where = geocoder.description_for_number(number, "en")
    city, _, region = where.rpartition(", ")
    if city and region in names.values():
        return (f"{country}-{region}",)
    regions = [names.get(name) for name in where.split("/")]
    if not where or None in regions:
        return (country,)
    return tuple(sorted(f"{country}-{region}" for region in regions))


# The zones most people live in, most first: of a lead's zones, the one a callback is typed
# in when neither its place nor the center's own zone says which (a toll-free number
# anywhere in the US: New York, not the Aleutians' Adak, first by name). A region's own zones
# are listed with its main one first (REGION_ZONES).
MOST_PEOPLE = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Europe/Moscow",
    "Asia/Jakarta",
    "America/Toronto",
    "Australia/Sydney",
    "America/Denver",
    "America/Phoenix",
    "America/Vancouver",
    "Australia/Melbourne",
    "America/Edmonton",
    "Australia/Brisbane",
    "America/Winnipeg",
    "Australia/Perth",
    "America/Halifax",
    "America/Anchorage",
    "Pacific/Honolulu",
)


def callback_zone(
    zones: Sequence[str],
    country: str | None,
    region: str | None,
    e164: str | None,
    center_zone: str,
) -> str:
    """The zone of `zones` a rep types a lead's callback in: that of the lead's region (its
    address's, else its number's), else the center's own, else the one most people live in;
    "" without zones."""
    if not zones:
        return ""
    places = [f"{country}-{region}".upper()] if country and region else []
    for place in [*places, *places_of_phone(e164)]:
        for name in REGION_ZONES.get(place, ()):
            if name in zones:
                return name
    if center_zone in zones:
        return center_zone
    return next((name for name in MOST_PEOPLE if name in zones), zones[0])
