"""Phone and e-mail checks in many countries."""

from __future__ import annotations

import pytest

from qualifier_app.domain.contact import (
    TYPED_MOST,
    ZONES_NAMED,
    ContactChecks,
    check_email,
    check_phone,
    phone_details,
    reading_country,
)
from qualifier_app.domain.text import Message
from qualifier_app.persistence.models import Lead


@pytest.mark.parametrize(
    ("raw", "country", "e164", "kind"),
    [
        ("(212) 456-7890", "US", "+12124567890", "fixed line or mobile"),
        ("030 1234567", "DE", "+49301234567", "fixed line"),
        ("0612345678", "FR", "+33612345678", "mobile"),
        ("+44 20 7946 0958", None, "+442079460958", "fixed line"),
        ("(02) 9374 4000", "AU", "+61293744000", "fixed line"),
        ("03-1234-5678", "JP", "+81312345678", "fixed line"),
        ("098765 43210", "IN", "+919876543210", "mobile"),
    ],
)
def test_valid_numbers_are_normalized(raw: str, country: str | None, e164: str, kind: str) -> None:
    check = check_phone(raw, country)
    assert check.valid, check.reason
    assert check.e164 == e164
    assert check.number_type == kind
    assert check.time_zones


def test_extension_is_kept() -> None:
    check = check_phone("+1 212 456 7890 ext. 42", "US")
    assert check.e164 == "+12124567890"
    assert check.extension == "42"


@pytest.mark.parametrize(
    ("raw", "country", "reason"),
    [
        ("", "US", "no phone number"),
        ("12", "US", "too short"),
        ("555 0100", None, "no country"),
        ("hello", "DE", "not a phone number"),
        ("+1 212 555 01000000", "US", "too long"),
        ("+49 30 1", "DE", "not a valid number in DE"),
        ("+33 1 23", "FR", "too short for FR"),
    ],
)
def test_invalid_numbers_are_flagged_with_a_reason_and_never_guessed(
    raw: str, country: str | None, reason: str
) -> None:
    check = check_phone(raw, country)
    assert not check.valid
    assert reason in check.reason
    assert check.e164 is None


def test_a_number_dialled_abroad_with_00_is_read_so_where_the_leads_country_dials_011() -> None:
    """A rep in Europe types a lead's British office as Europeans dial it, for a lead in the
    US (it was "too long for US")."""
    check = check_phone("0044 20 7946 0958", "US")
    assert (check.valid, check.e164, check.time_zones) == (
        True,
        "+442079460958",
        ("Europe/London",),
    )
    assert check_phone("0049 30 1234567", "US").e164 == "+49301234567"
    assert not check_phone("00 12", "US").valid


@pytest.mark.parametrize(
    ("raw", "country", "hinted"),
    [
        ("020 7946 0958", "US", True),  # a London number, as Londoners write it
        ("01 23 45 67 89", "US", True),  # a Paris one
        ("212 555 01", "US", False),  # a digit short: nothing says another country
        ("+33 1 23 45 67 89 12", "US", False),  # the country was typed
    ],
)
def test_a_number_read_as_the_leads_country_says_how_to_write_another_countrys(
    raw: str, country: str, hinted: bool
) -> None:
    check = check_phone(raw, country)
    assert not check.valid
    hint = "a number in another country starts with + and its country code"
    assert (hint in check.reason) is hinted, check.reason


def test_a_number_of_many_zones_counts_them() -> None:
    toll_free = check_phone("1-800-FLOWERS", "US")
    assert len(toll_free.time_zones) > ZONES_NAMED
    details = phone_details(toll_free)
    assert details.endswith(f"toll free · {len(toll_free.time_zones)} time zones"), details
    assert phone_details(check_phone("030 1234567", "DE")).endswith(" · Europe/Berlin")


def test_a_number_for_a_lead_without_a_country_is_read_in_its_numbers_country() -> None:
    assert reading_country(None, "+12125550142") == "US"
    assert reading_country("DE", "+12125550142") == "DE"  # the lead's own comes first
    assert reading_country(None, "+80012345678") is None  # worldwide: no country
    assert reading_country(None, None) is None


def test_why_a_number_is_none_is_said_in_the_persons_language() -> None:
    """The reasons are catalogue messages (the desktop showed them in English to everyone)."""
    for raw, country in (
        ("", "US"),
        ("hello", "DE"),
        ("+1 212 555 014", None),
        ("020 7946 0958", "US"),
    ):
        reason = check_phone(raw, country).reason
        assert isinstance(reason, Message), (raw, reason)


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [("John.Doe@Example.COM", "john.doe@example.com"), ("  ana@büro.de ", "ana@büro.de")],
)
def test_emails_are_normalized(raw: str, normalized: str) -> None:
    check = check_email(raw)
    assert check.valid
    assert check.normalized == normalized


@pytest.mark.parametrize("raw", ["", "john at example.com", "a@b", "x@@y.com", "a b@c.com"])
def test_bad_emails_are_refused_with_a_reason(raw: str) -> None:
    check = check_email(raw)
    assert not check.valid
    assert check.reason
    assert check.normalized is None


@pytest.mark.parametrize(
    ("raw", "meant"),
    [
        ("pat@gmail.con", "pat@gmail.com"),
        ("pat@gmial.com", "pat@gmail.com"),
        ("pat@hotmial.con", "pat@hotmail.com"),
        ("Pat@Outlok.com", "pat@outlook.com"),
        ("pat@acme.cmo", "pat@acme.com"),
        ("pat@charity.ogr", "pat@charity.org"),
        ("pat@gmail.co", "pat@gmail.com"),
    ],
)
def test_a_typo_in_the_domain_says_what_was_likely_meant(raw: str, meant: str) -> None:
    check = check_email(raw)
    assert check.valid and check.normalized == raw.lower()  # kept as given
    assert check.likely_meant == meant


@pytest.mark.parametrize(
    "raw",
    # Real endings one letter from .com (.co, .cm, .om), providers as they are, and short
    # domains one letter from a provider (mw.com, me.com) that are other companies'.
    ["pat@acme.co", "pat@acme.cm", "pat@acme.om", "pat@gmail.com", "pat@mail.com", "pat@mw.com",
     "pat@gmx.at", "pat@web.dk", "pat@googlemail.com", "pat@yahoo.co.uk", "pat@ymail.com",
     "pat@email.com", "pat@cloud.com"],
)  # fmt: skip
def test_addresses_that_may_well_be_right_are_not_called_typos(raw: str) -> None:
    assert check_email(raw).likely_meant is None


def test_contact_checks_give_the_same_answers_and_check_each_value_once() -> None:
    checks = ContactChecks()
    for raw, country in [("(212) 456-7890", "US"), ("n/a", "US"), ("030 1234567", "DE")]:
        first = checks.phone(raw, country)
        assert first == check_phone(raw, country, details=False)
        assert checks.phone(raw, country) is first
    assert checks.phone("212 456 7890", "GB") != checks.phone("212 456 7890", "US")
    for raw in ["Jane.Doe@Example.COM", "bob@@example"]:
        first_email = checks.email(raw)
        assert first_email == check_email(raw)
        assert checks.email(raw) is first_email


def test_contact_checks_forget_everything_when_full() -> None:
    checks = ContactChecks(limit=2)
    first = checks.email("a@example.com")
    checks.email("b@example.com")
    checks.email("c@example.com")  # full: the memory starts again
    again = checks.email("a@example.com")
    assert again == first and again is not first


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        # The "+" lost in a spreadsheet: the international reading, not a national number
        # without its trunk prefix (+49 491701234567 would be a number in Leer).
        ("491701234567", "DE", "+491701234567"),
        ("49 170 1234567", "DE", "+491701234567"),
        ("491701234567 ext 12", "DE", "+491701234567"),
        ("4915123456789", "DE", "+4915123456789"),
        ("33612345678", "FR", "+33612345678"),
        ("447911123456", "GB", "+447911123456"),
        ("468123456", "SE", "+468123456"),
        ("12015550123", "US", "+12015550123"),
        # Written as national numbers: they stay national.
        ("0170 1234567", "DE", "+491701234567"),
        ("0491 701234567", "DE", "+49491701234567"),
        ("2015550123", "US", "+12015550123"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        # No trunk prefix there: a national number that starts like the calling code is one.
        ("483024610", "PL", "+48483024610"),
        ("3905929238", "IT", "+393905929238"),
    ],
)
def test_digits_that_lost_their_plus_read_as_the_international_number(
    raw: str, country: str, e164: str
) -> None:
    check = check_phone(raw, country)
    assert check.valid, check.reason
    assert check.e164 == e164


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        ("4155550123.0", "US", "+14155550123"),  # a float column's ".0" (pandas, Sheets)
        ("+49301234567.0", "DE", "+49301234567"),
        ("4.155550129E9", "US", "+14155550129"),  # scientific notation with every digit
        ("4,155550129E+09", "US", "+14155550129"),  # as a German spreadsheet writes it
        ("1.4155550123E+10", "US", "+14155550123"),
    ],
)
def test_a_number_a_spreadsheet_wrote_as_a_float_is_its_digits(
    raw: str, country: str | None, e164: str
) -> None:
    checked = check_phone(raw, country)
    assert (checked.valid, checked.e164) == (True, e164)


@pytest.mark.parametrize(("raw", "lost"), [("4.15555E+9", 4), ("1.41555E+10", 5)])
def test_scientific_notation_that_dropped_digits_says_so(raw: str, lost: int) -> None:
    checked = check_phone(raw, "US")
    assert not checked.valid and checked.e164 is None
    assert checked.reason == (
        f"written in scientific notation by a spreadsheet, which dropped its last {lost} "
        "digits; format the column as text and export it again"
    )


@pytest.mark.parametrize(
    "raw", ["fay@iota.example, fay2@iota.example", "ann@gamma.example; ann.two@home.example"]
)
def test_two_addresses_in_one_cell_say_so(raw: str) -> None:
    checked = check_email(raw)
    first, second = (part.strip() for part in raw.replace(";", ",").split(","))
    assert not checked.valid
    assert checked.reason == (
        f"the cell holds 2 e-mail addresses ({first}; {second}); keep one in it and put the "
        "others in columns of their own (such as Email 2), then import the row again"
    )


@pytest.mark.parametrize(
    "raw",
    ["415-555-0127 / 415-555-0128", "415 555 0127; 415 555 0128", "415-555-0127 or 4155550128"],
)
def test_two_numbers_in_one_cell_say_so(raw: str) -> None:
    checked = check_phone(raw, "US")
    assert not checked.valid and checked.e164 is None
    assert checked.reason.startswith("the cell holds 2 phone numbers (")
    assert checked.reason.endswith("(such as Phone 2), then import the row again")


@pytest.mark.parametrize(
    ("raw", "e164"), [("030 / 1234567", "+49301234567"), ("0171/2345678", "+491712345678")]
)
def test_a_slash_inside_one_number_is_still_one_number(raw: str, e164: str) -> None:
    assert check_phone(raw, "DE").e164 == e164


@pytest.mark.parametrize(
    ("raw", "country", "e164", "extension"),
    [
        ("01 23 45 67 89 poste 12", "FR", "+33123456789", "12"),
        ("(11) 3456-7890 ramal 12", "BR", "+551134567890", "12"),
        ("02 1234567 interno 12", "IT", "+39021234567", "12"),
        ("030 123456 App. 12", "DE", "+4930123456", "12"),
        ("030 123456 Nebenstelle 12", "DE", "+4930123456", "12"),
        # The Durchwahl is dialled straight after the number, as 030 9876543-12 is.
        ("030 9876543 Durchwahl 12", "DE", "+4930987654312", None),
        ("030 9876543 DW: 12", "DE", "+4930987654312", None),
    ],
)
def test_an_extension_written_in_the_centers_language_is_one(
    raw: str, country: str, e164: str, extension: str | None
) -> None:
    check = check_phone(raw, country)
    assert (check.e164, check.extension) == (e164, extension), check.reason


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        ("415.555.0123 (mobile)", "US", "+14155550123"),
        ("0171 1234567 (Handy)", "DE", "+491711234567"),
        ("(Zentrale) 030 9876543", "DE", "+49309876543"),
        ("(415) 555-0123", "US", "+14155550123"),
        ("1-800-FLOWERS", "US", "+18003569377"),
    ],
)
def test_a_word_in_brackets_beside_a_number_is_no_part_of_it(
    raw: str, country: str, e164: str
) -> None:
    assert check_phone(raw, country).e164 == e164


@pytest.mark.parametrize(
    "raw",
    [
        "john.smith@acme.com.",
        "john.smith@acme.com;",
        "John Smith <john.smith@acme.com>.",
        '"john.smith@acme.com"',
        "'john.smith@acme.com'",
        "(john.smith@acme.com)",
        "[john.smith@acme.com]",
        "john.smith@acme.com (private)",
        "E-Mail: john.smith@acme.com",
        "Courriel : john.smith@acme.com",
        '="john.smith@acme.com"',  # a formula that keeps a cell text
        "'john.smith@acme.com",  # Excel's mark of a text cell
        "john.smith@acme.com\u200b",  # a zero-width space copied from a web page
        "\ufeffjohn.smith@acme.com",
    ],
)
def test_what_is_typed_around_one_address_is_taken_off(raw: str) -> None:
    check = check_email(raw)
    assert (check.valid, check.normalized) == (True, "john.smith@acme.com"), check.reason
    assert check.raw == raw


@pytest.mark.parametrize(
    "raw",
    [
        '"john.smith@acme.com)',  # brackets that do not pair
        "mary ann@acme.com",  # which of the two words is the mailbox is not for us to guess
        "E-Mail john.smith@acme.com jane@acme.com",
    ],
)
def test_an_address_among_other_words_is_not_picked_out(raw: str) -> None:
    assert not check_email(raw).valid


def test_what_a_card_refuses_as_too_long_is_what_a_lead_keeps() -> None:
    """The card refuses beside the field what the column would refuse (PostgreSQL) or keep
    whole past its size (SQLite)."""
    columns = Lead.__table__.c
    kept = {"phone": columns.phone_raw.type.length, "email": columns.email_raw.type.length}
    assert kept == TYPED_MOST


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("305-933-42I9", "a letter (I) where a digit belongs"),
        ("3O5-933-4219", "a letter (O) where a digit belongs"),
        ("305-933-4219 ext", "an extension's mark without its number"),
        ("305-933-4219 ext. abc", "an extension's mark without its number"),
        ("305-933-4219 poste", "an extension's mark without its number"),
        ("305-933-4219 #", "an extension's mark without its number"),
    ],
)
def test_a_typo_in_a_number_is_named_not_taken_for_its_length(typed: str, reason: str) -> None:
    """ "too short for US" for an I typed for a 1, "too long" for "ext" with no number."""
    checked = check_phone(typed, "US")
    assert (checked.valid, checked.reason) == (False, reason)


@pytest.mark.parametrize("typed", ["305-933-4219 ext 12", "305 933 4219 x5", "1-800-FLOWERS"])
def test_numbers_with_letters_that_are_numbers_stay_valid(typed: str) -> None:
    assert check_phone(typed, "US").valid
