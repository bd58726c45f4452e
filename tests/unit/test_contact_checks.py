"""Phone numbers and e-mail addresses from many countries, as the lead card checks them."""

from __future__ import annotations

import pytest

from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.text import Message


@pytest.mark.parametrize(
    ("raw", "country", "e164", "kind", "zone"),
    [
        ("(212) 555-0123", "US", "+12125550123", "fixed line or mobile", "America/New_York"),
        ("020 7946 0958", "GB", "+442079460958", "fixed line", "Europe/London"),
        ("07400 123456", "GB", "+447400123456", "mobile", "Europe/London"),
        ("030 123456", "DE", "+4930123456", "fixed line", "Europe/Berlin"),
        ("0151 23456789", "DE", "+4915123456789", "mobile", "Europe/Berlin"),
        ("01 23 45 67 89", "FR", "+33123456789", "fixed line", "Europe/Paris"),
        ("03-1234-5678", "JP", "+81312345678", "fixed line", "Asia/Tokyo"),
        ("(02) 9374 4000", "AU", "+61293744000", "fixed line", "Australia/Sydney"),
        ("(11) 98765-4321", "BR", "+5511987654321", "mobile", "America/Sao_Paulo"),
        ("098765 43210", "IN", "+919876543210", "mobile", "Asia/Calcutta"),
        ("+1 416 555 0199", "DE", "+14165550199", "fixed line or mobile", "America/Toronto"),
    ],
)
def test_valid_numbers_in_many_countries(
    raw: str, country: str, e164: str, kind: str, zone: str
) -> None:
    phone = check_phone(raw, country)
    assert phone.valid, phone.reason
    assert (phone.e164, phone.number_type) == (e164, kind)
    assert zone in phone.time_zones
    assert phone.international.startswith("+") and phone.national


def test_a_country_spanning_several_zones_gives_them_all_for_a_mobile() -> None:
    phone = check_phone("0412 345 678", "AU")
    assert phone.valid and phone.number_type == "mobile"
    assert len(phone.time_zones) > 1


@pytest.mark.parametrize(
    ("raw", "country", "reason"),
    [
        ("", "US", "no phone number"),
        ("n/a", "US", "not a phone number"),
        ("555-01", "US", "too short"),
        ("212 555 01234 5", "US", "too long for US"),
        ("030 12", "DE", "not a valid number in DE"),
        ("+999 123 456", None, "no country"),
        ("12345", None, "no country"),
        ("01 23 45 67", "FR", "too short"),
        ("0000 000000", "GB", "not a valid number"),
        ("(11) 1234", "BR", "too short"),
    ],
)
def test_invalid_numbers_say_why(raw: str, country: str | None, reason: str) -> None:
    phone = check_phone(raw, country)
    assert not phone.valid and phone.e164 is None
    assert reason in phone.reason


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("Pat.Smith@Example.COM", "pat.smith@example.com"),
        ("  jürgen@müller.de ", "jürgen@müller.de"),
        ("yuki@example.co.jp", "yuki@example.co.jp"),
        ("o'brien+leads@example.ie", "o'brien+leads@example.ie"),
    ],
)
def test_valid_emails_are_normalized(raw: str, normalized: str) -> None:
    mail = check_email(raw)
    assert mail.valid and mail.normalized == normalized


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "no e-mail address"),
        ("pat at example.com", "there is no @ in it"),
        ("pat@@example.com", "characters not allowed after the @: '@'"),
        ("pat@example", "the part after the @ needs a period, as in example.com"),
        ("pat@exa mple.com", "characters not allowed after the @: SPACE"),
        (".pat@example.com", "a period at the start"),
        ("pat.@example.com", "a period just before the @"),
        ("pat@example..com", "two periods in a row"),
        ("@example.com", "nothing before the @"),
        ("pat@", "nothing after the @"),
        ("pat@example.invalid", "the part after the @ is a reserved name that receives no e-mail"),
    ],
)
def test_invalid_emails_say_why(raw: str, reason: str) -> None:
    """In the catalogue's words, so the rep reads them in their language (email-validator
    speaks English only)."""
    mail = check_email(raw)
    assert not mail.valid and mail.normalized is None
    assert mail.reason == reason
    assert isinstance(mail.reason, Message)
