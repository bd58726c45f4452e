"""Which zones a prospect may be in, from phone number and address."""

from __future__ import annotations

import phonenumbers
import pycountry
import pytest

from qualifier_app.domain.calling_window import is_known_zone, zones_key
from qualifier_app.domain.contact import check_phone
from qualifier_app.domain.time_zones import (
    SPLIT_AREA_CODES,
    callback_zone,
    places_of_phone,
    resolve,
    zones_for_address,
    zones_for_lead,
    zones_for_phone,
    zones_of_countries_around,
)
from qualifier_app.persistence.models.leads import ZONES_KEY_LENGTH


def test_phone_gives_the_area_codes_zone() -> None:
    assert zones_for_phone("+12125550100") == ("America/New_York",)
    assert zones_for_phone("+442079460958") == ("Europe/London",)


def test_toll_free_numbers_have_many_zones() -> None:
    assert len(zones_for_phone("+18005550100")) > 10


def test_unknown_or_bad_phone_gives_nothing() -> None:
    assert zones_for_phone(None) == ()
    assert zones_for_phone("not a number") == ()


def test_address_by_region_then_country() -> None:
    assert zones_for_address("US", "CA") == ("America/Los_Angeles",)
    assert "America/Chicago" in zones_for_address("US", "TX")
    assert zones_for_address("FR") == ("Europe/Paris",)
    assert zones_for_address(None) == ()


def test_phone_and_address_keep_every_zone_either_names() -> None:
    # Agreeing in part is disagreeing: the window must be safe in every zone of both.
    assert resolve({"A", "B"}, {"B"}) == ("A", "B")
    assert resolve({"B"}, {"A", "B"}) == ("A", "B")
    assert resolve({"A"}, {"B"}) == ("A", "B")
    assert resolve({"A"}, set()) == ("A",)
    assert resolve(set(), {"B"}) == ("B",)
    assert resolve(set(), set()) == ()


def test_toll_free_number_with_an_address_uses_the_address() -> None:
    assert zones_for_lead("+18005550100", "US", "NY") == ("America/New_York",)


@pytest.mark.parametrize(
    ("region", "zones"),
    [
        ("NSW", ("Australia/Broken_Hill", "Australia/Lord_Howe", "Australia/Sydney")),
        ("VIC", ("Australia/Melbourne",)),
        ("TAS", ("Australia/Hobart",)),
        ("NT", ("Australia/Darwin",)),
        ("WA", ("Australia/Eucla", "Australia/Perth")),
    ],
)
def test_a_mobile_number_adds_nothing_to_an_address_in_its_country(
    region: str, zones: tuple[str, ...]
) -> None:
    # Australian mobiles say only "Australia"; phonenumbers' list of its zones leaves out
    # Melbourne, Hobart, Darwin and Broken Hill, which are Australian all the same.
    assert zones_for_lead("+61412669454", "AU", region) == zones


def test_a_brazilian_state_names_its_own_zones() -> None:
    # Brazil spans four offsets: a Sao Paulo lead was held to the hours all 16 zones share
    # (10:00-20:00 in Sao Paulo), since its state said nothing.
    assert zones_for_lead("+5511987654321", "BR", "SP") == ("America/Sao_Paulo",)
    assert zones_for_address("BR", "AC") == ("America/Rio_Branco",)
    assert "America/Noronha" in zones_for_address("BR", "PE")
    assert zones_for_lead("+5511987654321", "BR", "AM") == (
        "America/Eirunepe",
        "America/Manaus",
        "America/Sao_Paulo",
    )


def test_phone_and_address_in_different_countries_keep_both() -> None:
    assert zones_for_lead("+12125550100", "DE", None) == (
        "America/New_York",
        "Europe/Berlin",
        "Europe/Zurich",
    )


def test_regions_list_every_zone_their_callers_live_in() -> None:
    assert "America/Goose_Bay" in zones_for_address("CA", "NL")
    assert "America/Adak" in zones_for_address("US", "AK")
    assert "America/Denver" in zones_for_address("US", "AZ")
    assert "America/Denver" in zones_for_address("US", "NV")
    assert {"America/Puerto_Rico", "America/Halifax"} <= set(zones_for_address("CA", "QC"))
    assert "Australia/Broken_Hill" in zones_for_address("AU", "NSW")


def test_a_number_says_its_state_or_province() -> None:
    assert places_of_phone("+13055550100") == ("US-FL",)
    assert places_of_phone("+12125550100") == ("US-NY",)
    assert places_of_phone("+17098961234") == ("CA-NL",)
    assert places_of_phone("+19025550100") == ("CA-NS", "CA-PE")
    assert places_of_phone("+18005550100") == ("US",)
    assert places_of_phone("+4930123456") == ("DE",)
    assert places_of_phone("12345") == ()


def test_a_lead_nobody_can_place_may_be_anywhere_in_the_centers_country() -> None:
    zones = zones_of_countries_around("America/New_York")
    assert {"America/New_York", "America/Los_Angeles", "Pacific/Honolulu"} <= set(zones)
    assert "America/Adak" in zones


def test_an_area_code_across_a_zone_line_has_both_zones() -> None:
    """phonenumbers names one zone per area code: Pensacola (850) is on Central time, and a
    call at 08:00 Eastern reached it at 07:00."""
    assert zones_for_phone("+18505550100") == ("America/Chicago", "America/New_York")
    assert zones_for_phone("+12195550100") == ("America/Chicago", "America/New_York")  # Gary
    assert zones_for_phone("+19285550100") == ("America/Denver", "America/Phoenix")  # Navajo
    assert zones_for_lead("+18505550100", None, None) == ("America/Chicago", "America/New_York")
    # A mobile number is placed the same way (the import knows its kind already).
    checked = check_phone("+1 850 555 0100", None)
    assert checked.time_zones == ("America/Chicago", "America/New_York")
    assert zones_for_phone("+13055550100") == ("America/New_York",)  # Miami: one zone


def test_the_split_area_codes_name_real_zones() -> None:
    assert all(is_known_zone(zone) for zones in SPLIT_AREA_CODES.values() for zone in zones)
    assert all(len(code) == 3 and code.isdigit() for code in SPLIT_AREA_CODES)


def test_the_zones_of_any_number_and_address_fit_their_column() -> None:
    """A toll-free North American number (+1 800…) may ring in 42 zones; with a US address a
    lead's zones were 1,137 characters, and PostgreSQL refused them (1,000 held). (A US
    address now keeps its own zones; an address abroad still adds them to the number's.)"""
    numbers = [
        phonenumbers.example_number_for_type(region, kind)
        for region in phonenumbers.SUPPORTED_REGIONS
        for kind in range(11)
    ]
    numbers += [
        phonenumbers.example_number_for_non_geo_entity(code)
        for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS
    ]
    longest_number = max(
        len(zones_key(zones_for_phone(phonenumbers.format_number(number, 0))))
        for number in numbers
        if number is not None
    )
    longest_address = max(
        len(zones_key(zones_for_address(country.alpha_2))) for country in pycountry.countries
    )
    toll_free = zones_key(zones_for_lead("+18003569377", "RU", None))
    assert len(toll_free) > 1000
    # The union of any number's zones and any address's is at most the two side by side.
    assert longest_number + 1 + longest_address <= ZONES_KEY_LENGTH


def test_a_callback_is_typed_in_the_regions_zone_else_the_centers_else_the_busiest() -> None:
    """A toll-free number anywhere in the US has 29 zones: the first by name, the Aleutians'
    Adak, was the one the rep typed a callback in."""
    anywhere = zones_for_lead("+18003569377", "US", None)
    assert anywhere[0] == "America/Adak"
    assert callback_zone(anywhere, "US", None, "+18003569377", "Europe/Paris") == (
        "America/New_York"
    )
    assert callback_zone(anywhere, "US", None, "+18003569377", "America/Denver") == (
        "America/Denver"
    )
    assert callback_zone(anywhere, "US", "AK", None, "America/Denver") == "America/Anchorage"
    chicago_number_in_florida = zones_for_lead("+13125550142", "US", "FL")
    assert callback_zone(chicago_number_in_florida, "US", "FL", "+13125550142", "UTC") == (
        "America/New_York"
    )
    # No region in the address: the number's area code says Illinois.
    assert callback_zone(anywhere, None, None, "+13125550142", "UTC") == "America/Chicago"
    assert callback_zone((), "US", "FL", None, "UTC") == ""
