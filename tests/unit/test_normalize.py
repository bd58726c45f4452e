"""Normalizers: examples of what they do, and the property that twice changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualifier_app.domain import normalize as norm
from qualifier_app.domain.closed_loop import parse_money
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.errors import InvalidInput

names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
latin_words = st.lists(
    st.sampled_from(
        ["acme", "ACME", "Inc.", "gmbh", "Ltd", "&", "the", "Müller", "o'brien", "-", "ß",
         "S.A.", "co", "  ", "Systems", "IBM", "van", "de", "=1+2", "@SUM(A1)", "1200"]
    ),
    max_size=6,
).map(" ".join)  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("SMITH", "Smith"),
        ("smith", "Smith"),
        ("  john   smith ", "John Smith"),
        ("o'brien", "O'Brien"),
        ("jean-luc", "Jean-Luc"),
        ("van der berg", "Van der Berg"),
        ("McDonald", "McDonald"),  # deliberate mixed case is kept
        ("=HYPERLINK(1)", "=HYPERLINK(1)"),  # formula-like text is stored verbatim
    ],
)
def test_person_names_are_cased_sensibly(raw: str, expected: str) -> None:
    assert norm.person_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("acme systems inc", "Acme Systems Inc"),
        ("acme systems gmbh", "Acme Systems GmbH"),
        ("at&t services", "at&t Services"),
        ("IBM", "IBM"),
        ("BMW AG", "BMW AG"),
        ("Acme systems GmbH", "Acme systems GmbH"),
        # Capitals are kept: an acronym or a brand cannot be told from shouting.
        ("AT&T", "AT&T"),
        ("KPMG", "KPMG"),
        ("3M", "3M"),
        ("H&M HENNES & MAURITZ AB", "H&M HENNES & MAURITZ AB"),
        ("ACME SYSTEMS GMBH", "ACME SYSTEMS GMBH"),
        ("  IKEA   DEUTSCHLAND ", "IKEA DEUTSCHLAND"),
    ],
)
def test_company_names_are_kept_as_typed_unless_typed_in_small_letters(
    raw: str, expected: str
) -> None:
    assert norm.company_name(raw) == expected


@pytest.mark.parametrize(
    "variant",
    [
        "Acme Systems, Inc.",
        "ACME SYSTEMS INC",
        "acme systems",
        "Acme Systems GmbH",
        "Acme  Systems Ltd.",
        "The Acme Systems Company",
        "Acme Systems Co., Ltd.",
        "Acme Systems S.A.",
    ],
)
def test_company_keys_ignore_case_spacing_punctuation_and_legal_form(variant: str) -> None:
    assert norm.company_key(variant) == "acme systems"


def test_company_key_keeps_a_name_that_is_only_a_legal_form() -> None:
    assert norm.company_key("Inc.") == "inc"
    assert norm.company_key("Müller & Söhne GmbH & Co. KG") == "muller and sohne"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Germany", "DE"),
        ("DEU", "DE"),
        ("de", "DE"),
        ("276", "DE"),
        ("Deutschland", "DE"),
        ("USA", "US"),
        ("United States of America", "US"),
        ("U.S.", "US"),
        ("uk", "GB"),
        ("England", "GB"),
        ("Côte d'Ivoire", "CI"),
        ("cote d'ivoire", "CI"),
        ("Korea, Republic of", "KR"),
        # Named in a center's own language (ISO 3166's translations).
        ("Frankreich", "FR"),
        ("Vereinigte Staaten", "US"),
        ("Bundesrepublik Deutschland", "DE"),
        ("Royaume-Uni", "GB"),
        ("estados unidos", "US"),
        ("Alemanha", "DE"),
        ("Suíça", "CH"),
        ("Niederlande", "NL"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_countries_become_iso_alpha_2(raw: str, expected: str | None) -> None:
    assert norm.country_code(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Trinidad & Tobago", "TT"),
        ("Bosnia & Herzegovina", "BA"),
        ("St Kitts and Nevis", "KN"),
        ("Côte d’Ivoire", "CI"),  # a typographer's apostrophe
        ("The Gambia", "GM"),
        ("Bahamas, The", "BS"),
        ("The United States", "US"),
        ("U.S.A", "US"),
        ("U.A.E.", "AE"),
        ("Republic of Korea", "KR"),  # ISO: Korea, Republic of
        ("Korea, South", "KR"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo (DRC)", "CD"),
        ("Republic of the Congo", "CG"),
        ("British Virgin Islands", "VG"),
        ("République de Corée", "KR"),  # French: Corée, République de
        ("KSA", "SA"),
        ("Cape Verde", "CV"),
        ("Timor Leste", "TL"),
        ("Dominica", "DM"),
        ("Dominican Republic", "DO"),
        ("Niger", "NE"),
    ],
)
def test_a_country_is_known_however_a_list_writes_its_name(raw: str, expected: str) -> None:
    assert norm.country_code(raw) == expected


@pytest.mark.parametrize(
    ("country", "raw", "expected"),
    [
        ("US", "California", "CA"),
        ("US", "ca", "CA"),
        ("US", "US-NY", "NY"),
        ("AU", "New South Wales", "NSW"),
        ("CA", "Ontario", "ON"),
        ("DE", "Bayern", "BY"),
        ("US", "Bavaria", None),
        (None, "NY", None),
    ],
)
def test_regions_become_iso_3166_2(country: str | None, raw: str, expected: str | None) -> None:
    assert norm.region_code(country, raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("German", "de"), ("de-CH", "de"), ("Deutsch", "de"), ("eng", "en"), ("Klingon", None)],
)
def test_languages_become_iso_639_1(raw: str, expected: str | None) -> None:
    assert norm.language_code(raw) == expected


def test_company_domains_skip_free_mail() -> None:
    assert norm.company_domain("https://www.Acme.example/about") == "acme.example"
    assert norm.company_domain("pat@acme.example") == "acme.example"
    assert norm.company_domain("pat@gmail.com") is None


@given(st.one_of(names, st.sampled_from(["İA", "ǅ", "ŉ", "ß", "ﬁ"])))
def test_person_name_is_idempotent(raw: str) -> None:
    once = norm.person_name(raw)
    assert norm.person_name(once) == once


@given(st.one_of(names, latin_words))
def test_company_name_and_key_are_idempotent(raw: str) -> None:
    once = norm.company_name(raw)
    assert norm.company_name(once) == once
    key = norm.company_key(raw)
    assert norm.company_key(key) == key
    # Casing a company name never changes which company it is.
    assert norm.company_key(once) == key


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Mary Ann Jones", ("Mary Ann", "Jones")),
        ("Jones, Mary Ann", ("Mary Ann", "Jones")),
        ("Mr. John Smith", ("John", "Smith")),
        ("Frau Dr. Petra Klein", ("Dr. Petra", "Klein")),  # the title is how she is addressed
        ("Weber, Herr Klaus", ("Klaus", "Weber")),
        ("Sra. Ana Pérez", ("Ana", "Pérez")),
        ("Ms Smith", ("", "Smith")),
        ("John Smith, Jr.", ("John", "Smith Jr.")),
        ("Smith, John, Jr.", ("John", "Smith Jr.")),
        ("Klaus Weber, PhD", ("Klaus", "Weber PhD")),
        ("Klaus Weber, Ph.D.", ("Klaus", "Weber Ph.D.")),
        ("M. Night Shyamalan", ("M. Night", "Shyamalan")),  # an initial, not "Monsieur"
        ("Miss", ("", "Miss")),  # a name, when it is all there is
    ],
)
def test_full_names_are_split_without_forms_of_address(
    full: str, expected: tuple[str, str]
) -> None:
    """A salutation was read as the first name ("Mr. John"), and a suffix after a comma as the
    whole first name ("PhD" for Klaus Weber, PhD)."""
    assert norm.split_full_name(full) == expected


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("José da Silva", ("José", "da Silva")),
        ("Maria dos Santos", ("Maria", "dos Santos")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Anna von der Heide", ("Anna", "von der Heide")),
        ("Juan de los Santos", ("Juan", "de los Santos")),
        ("Juan de la Cruz", ("Juan", "de la Cruz")),
        ("Robert De Niro", ("Robert", "De Niro")),
        ("Mohammed bin Salman", ("Mohammed", "bin Salman")),
        ("Van Morrison", ("Van", "Morrison")),  # a first name, when it is one
        ("Mr. John Smith Jr.", ("John", "Smith Jr.")),  # a suffix without the comma
        ("Klaus Weber PhD", ("Klaus", "Weber PhD")),
    ],
)
def test_a_surname_keeps_its_particles_and_suffix(full: str, expected: tuple[str, str]) -> None:
    """The particles went to the first name ("José da" / "Silva"), and a suffix without a
    comma was the surname ("John Smith" / "Jr.")."""
    assert norm.split_full_name(full) == expected


def test_a_form_of_address_in_the_first_name_column_is_dropped_too() -> None:
    """Only a full name's "Mr." was dropped: a first-name column's "Mr. Frank" stayed."""
    assert norm.complete_name("Mr. Frank", "Miller", "") == ("Frank", "Miller")
    assert norm.complete_name("Frau Petra", "", "Frau Petra Klein") == ("Petra", "Klein")
    assert norm.complete_name("Dr. Klaus", "Weber", "") == ("Dr. Klaus", "Weber")
    assert norm.complete_name("Mr.", "Bean", "") == ("Mr.", "Bean")  # all there is


def test_characters_nobody_sees_are_no_part_of_a_name() -> None:
    """A company pasted from a web page as "Zero\u200bWidth" was another company than
    "ZeroWidth" to matching, and a lookup of "ZeroWidth" did not find it."""
    assert norm.clean_text("Zero\u200bWidth\u00ad GmbH\ufeff") == "ZeroWidth GmbH"
    assert norm.company_key("Zero\u2060Width GmbH") == norm.company_key("ZeroWidth")
    assert norm.person_name("Ana\u200b") == "Ana"


@given(names)
def test_clean_text_and_fold_are_idempotent(raw: str) -> None:
    assert norm.clean_text(norm.clean_text(raw)) == norm.clean_text(raw)
    assert norm.fold(norm.fold(raw)) == norm.fold(raw)


@given(st.one_of(names, st.sampled_from(["Germany", "usa", "DEU", "UK", "Brasil", "FR"])))
def test_country_code_is_idempotent(raw: str) -> None:
    code = norm.country_code(raw)
    if code is not None:
        assert norm.country_code(code) == code


@given(
    st.sampled_from(["US", "CA", "AU", "DE", "GB"]),
    st.sampled_from(["California", "ny", "Ontario", "NSW", "Bayern", "Texas", "Nowhere"]),
)
def test_region_code_is_idempotent(country: str, raw: str) -> None:
    code = norm.region_code(country, raw)
    if code is not None:
        assert norm.region_code(country, code) == code


@given(st.emails())
@settings(max_examples=60)
def test_email_normalization_is_idempotent(raw: str) -> None:
    once = check_email(raw)
    if once.valid:
        assert once.normalized is not None
        assert check_email(once.normalized).normalized == once.normalized


@given(
    st.sampled_from(["US", "GB", "DE", "FR", "AU", "JP", "BR", "IN"]),
    st.integers(min_value=10**6, max_value=10**11),
)
@settings(max_examples=80)
def test_phone_e164_is_idempotent(country: str, digits: int) -> None:
    once = check_phone(str(digits), country)
    if once.valid:
        assert once.e164 is not None
        again = check_phone(once.e164, None)
        assert again.valid and again.e164 == once.e164


@given(st.one_of(names, st.sampled_from(["https://www.acme.example/x", "a@b.example"])))
def test_web_domain_is_idempotent(raw: str) -> None:
    domain = norm.web_domain(raw)
    if domain is not None:
        assert norm.web_domain(domain) == domain


def test_folding_reaches_plain_small_letters_in_one_go() -> None:
    for raw in ["𝓐", "Ⓐcme", "ÉCOLE", "Straße", "İstanbul"]:
        assert norm.fold(norm.fold(raw)) == norm.fold(raw)
    assert norm.fold("𝓐cme") == "acme"


def test_casing_never_changes_which_company_or_person_a_name_is() -> None:
    # Capitalized, the dotless ı becomes I, which compares as i: such a name keeps its case.
    for raw in ["ı", "ılık", "ILIK ıNC"]:
        assert norm.company_key(norm.company_name(raw)) == norm.company_key(raw)
        first = norm.person_name(raw)
        assert norm.person_key(first, first) == norm.person_key(raw, raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("48.000", "48000"), ("48,000", "48000"), ("48 000", "48000"), ("48\u202f000,50", "48000.50"),
     ("1.234.567,89", "1234567.89"), ("1,234,567.89", "1234567.89"), ("12,34,567", "1234567"),
     ("12.5", "12.5"), ("12,5", "12.5"), ("3,000.005", "3000.005"), ("48,00", "48.00"),
     ("0.125", "0.125"), (".5", "0.5"),
     ("-1.500", "-1500"), ("lots", None), ("", None), ("12.34.567", None),
     ("1,23,45,678", "12345678"), ("3,000,00", None), ("1,000,0", None), ("1,2,3", None)],
)  # fmt: skip
def test_amounts_in_every_convention(text: str, expected: str | None) -> None:
    # A German, Brazilian or French person writes forty-eight thousand as 48.000 or 48 000:
    # never forty-eight.
    assert norm.amount(text) == (Decimal(expected) if expected else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("48.000 €", "48000"), ("$48,000", "48000"), ("EUR 1.234,50", "1234.50"), ("1,5", "1.50"),
     ("  ", None)],
)  # fmt: skip
def test_money_from_people_and_partners_crms(text: str, expected: str | None) -> None:
    assert parse_money(text, "revenue") == (Decimal(expected) if expected else None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("-48", "revenue must be zero or more"), ("0.125", "revenue has more than two decimals"),
     ("lots", "revenue 'lots' is not an amount"), ("12.34.567", "is not an amount"),
     ("3,000,00", "revenue '3,000,00' is not an amount"),
     ("999999999999999999999999999", "revenue must be less than 1,000,000,000,000")],
)  # fmt: skip
def test_money_that_is_not_an_amount_is_named(text: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_money(text, "revenue")
    assert problem in str(raised.value)


@pytest.mark.parametrize(
    "cell", ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", " #n/a "]
)
def test_a_spreadsheet_error_value_is_an_empty_cell(cell: str) -> None:
    assert norm.spreadsheet_error(cell) == cell.strip().upper()
    assert norm.cell_text(cell) == ""


@pytest.mark.parametrize("cell", ["#1 Garage", "N/A", "Acme #N/A Ltd", "", "#"])
def test_text_with_a_hash_is_data(cell: str) -> None:
    assert norm.spreadsheet_error(cell) is None
    assert norm.cell_text(cell) == cell
