"""A file from one country: rows that name no country are read as written there."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from qualifier_app.domain.countries import chosen_country, country_names
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry import Inquiry, read_inquiry

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def read_in(assumed: str | None, **values: str) -> Inquiry:
    result = read_inquiry(
        2, values, {name: name.title() for name in values}, NOW, assumed_country=assumed
    )
    assert isinstance(result, Inquiry), result
    return result


@pytest.mark.parametrize(
    ("phone", "e164"),
    [("030 1234567", "+49301234567"), ("0170 1234567", "+491701234567")],
)
def test_a_national_number_is_read_in_the_assumed_country(phone: str, e164: str) -> None:
    inquiry = read_in("DE", last_name="Schmidt", phone=phone)
    assert (inquiry.phone_e164, inquiry.phone_valid, inquiry.country) == (e164, True, "DE")
    assert inquiry.phone_zones == ("Europe/Berlin",)
    assert inquiry.country_assumed == "DE"
    assert inquiry.flags == []


def test_without_an_assumed_country_a_national_number_is_flagged_as_before() -> None:
    inquiry = read_in(None, last_name="Schmidt", phone="0170 1234567", email="a@b.example")
    assert (inquiry.phone_valid, inquiry.country, inquiry.country_assumed) == (False, None, None)
    assert "no country" in inquiry.flags[0].reason


def test_a_row_without_a_phone_gets_the_assumed_country() -> None:
    inquiry = read_in("DE", last_name="Roe", email="dan@delta.example", country="")
    assert inquiry.country == "DE"


def test_the_rows_own_country_wins() -> None:
    inquiry = read_in("DE", last_name="Huber", phone="01 234 56 78", country="Österreich")
    assert (inquiry.country, inquiry.phone_e164, inquiry.country_assumed) == (
        "AT",
        "+4312345678",
        None,
    )


def test_an_international_number_keeps_its_own_country() -> None:
    inquiry = read_in("DE", last_name="Martin", phone="+33 1 42 68 53 00")
    assert (inquiry.phone_e164, inquiry.country) == ("+33142685300", "FR")


def test_an_unknown_country_cell_is_flagged_and_not_replaced_by_the_assumed_one() -> None:
    inquiry = read_in(
        "DE", last_name="Ng", phone="0170 1234567", email="ng@x.example", country="Atlantis"
    )
    assert (inquiry.country, inquiry.phone_valid) == (None, False)
    assert [flag.reason for flag in inquiry.flags] == [
        "not a country Qualifier knows; left empty",
        "not a valid phone number: no country: add a +country code or set the lead's country",
    ]


def test_a_region_is_read_in_the_assumed_country() -> None:
    inquiry = read_in("DE", last_name="Ott", email="ott@x.example", region="Bayern")
    assert (inquiry.country, inquiry.region) == ("DE", "BY")


@pytest.mark.parametrize(
    ("assumed", "expected"),
    [
        # No country at all reads month first, as before; Germany reads day first.
        (None, datetime(2026, 3, 4, tzinfo=UTC)),
        ("DE", datetime(2026, 4, 3, tzinfo=UTC)),
        ("US", datetime(2026, 3, 4, tzinfo=UTC)),
    ],
)
def test_dates_follow_the_assumed_country(assumed: str | None, expected: datetime) -> None:
    inquiry = read_in(assumed, last_name="Doe", email="x@y.example", inquired_at="03/04/2026")
    assert inquiry.inquired_at == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("de", "DE"),
        (" DE ", "DE"),
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("", None),
        (None, None),
    ],
)
def test_the_country_a_person_gives(text: str | None, code: str | None) -> None:
    assert chosen_country(text) == code


def test_a_country_nobody_knows_is_refused_with_the_value() -> None:
    with pytest.raises(InvalidInput) as refused:
        chosen_country("XX")
    assert refused.value.field == "country"
    assert str(refused.value).startswith("'XX' is not a country Qualifier knows")


def test_countries_are_listed_by_their_name_in_the_persons_language() -> None:
    german = dict(country_names("de"))
    assert (german["DE"], german["AT"]) == ("Deutschland", "Österreich")
    assert dict(country_names("pt_BR"))["DE"] == "Alemanha"
    english = [name for _, name in country_names("en")]
    assert english == sorted(english, key=str.casefold) and "Germany" in english
