"""Which zones a prospect may be in, from phone number and address."""

from __future__ import annotations

from qualifier_app.domain.time_zones import (
    resolve,
    zones_for_address,
    zones_for_lead,
    zones_for_phone,
)


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


def test_agreement_narrows_disagreement_keeps_both() -> None:
    assert resolve({"A", "B"}, {"B"}) == ("B",)
    assert resolve({"A"}, {"B"}) == ("A", "B")
    assert resolve({"A"}, set()) == ("A",)
    assert resolve(set(), {"B"}) == ("B",)
    assert resolve(set(), set()) == ()


def test_toll_free_number_with_an_address_uses_the_address() -> None:
    assert zones_for_lead("+18005550100", "US", "NY") == ("America/New_York",)


def test_phone_and_address_in_different_countries_keep_both() -> None:
    assert zones_for_lead("+12125550100", "DE", None) == (
        "America/New_York",
        "Europe/Berlin",
        "Europe/Zurich",
    )
