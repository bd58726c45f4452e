"""One row into one inquiry: recognised headers, validation across countries, rejects."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry import (
    Inquiry,
    OtherContact,
    Problem,
    Rejected,
    parse_when,
    read_employees,
    read_inquiry,
    read_revenue,
)
from qualifier_app.domain.inquiry_columns import (
    ColumnMapping,
    apply_overrides,
    check_mapping,
    is_header,
    suggest_mapping,
)

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def read(**values: str) -> Inquiry | Rejected:
    return read_inquiry(2, values, {name: name.title() for name in values}, NOW)


def accepted(**values: str) -> Inquiry:
    result = read(**values)
    assert isinstance(result, Inquiry), result
    return result


def test_a_title_with_a_note_in_brackets_is_its_field_where_the_note_changes_no_value() -> None:
    """ "Phone (mobile)" and "E-Mail (work)" were columns nothing read (a file with only the
    latter was refused as having no e-mail); "Revenue (USD)" and "Inquiry date (UTC)" say
    how to read their values, so they stay unread and named as such."""
    header = ["First name", "Company (legal name)", "E-Mail (work)", "Phone\n(mobile)",
              "Country [ISO]", "Revenue (USD)", "Umsatz (Mio. €)",
              "Inquiry date (UTC)"]  # fmt: skip
    assert suggest_mapping(header) == [
        "first_name", "company", "email", "phone", "country", None, None, None,
    ]  # fmt: skip
    assert is_header(["Name", "E-Mail (work)"])


def test_common_headers_are_recognised() -> None:
    header = ["First Name", "Last Name", "E-mail Address", "Phone", "Company", "Country", "Zip",
              "State/Province", "Job Title", "Comments", "Unrelated"]  # fmt: skip
    assert suggest_mapping(header) == [
        "first_name", "last_name", "email", "phone", "company", "country", "postal_code",
        "region", "title", "inquiry", None,
    ]  # fmt: skip


def test_portuguese_spanish_and_german_headers_are_recognised() -> None:
    """A Portuguese file (Apelido, Empresa, Telefone, País) and a German one
    (E-Mail-Adresse, Datum) had every column unmapped."""
    header = ["Primeiro nome", "Apelido", "Empresa", "Telefone", "País", "Cargo", "Cidade",
              "CEP", "E-Mail-Adresse", "Datum"]  # fmt: skip
    assert suggest_mapping(header) == [
        "first_name", "last_name", "company", "phone", "country", "title", "city",
        "postal_code", "email", "inquired_at",
    ]  # fmt: skip
    # A Portuguese list's interest and origin ("Interesse", "Origem") were left unread.
    assert suggest_mapping(["Interesse", "Origem"]) == ["product_interest", "source"]
    assert suggest_mapping(["Produkt", "Kanal"]) == ["product_interest", "source"]
    assert suggest_mapping(["Intérêt", "Canal"]) == ["product_interest", "source"]
    spanish = ["Nombre completo", "Apellidos", "Teléfono", "Correo electrónico", "Fecha"]
    assert suggest_mapping(spanish) == ["full_name", "last_name", "phone", "email", "inquired_at"]


@pytest.mark.parametrize(
    "header",
    [
        ["Société", "Prénom", "Nom", "Téléphone", "Courriel", "Pays", "Code postal", "Ville",
         "Effectif", "Chiffre d'affaires", "Fonction", "Secteur", "Date de la demande"],
        ["Empresa", "Nombre", "Apellidos", "Teléfono", "Correo electrónico", "País",
         "Código postal", "Ciudad", "Empleados", "Facturación", "Cargo", "Sector", "Fecha"],
        ["Empresa", "Nome", "Sobrenome", "Telefone", "E-mail", "País", "CEP", "Cidade",
         "Funcionários", "Faturamento", "Cargo", "Setor", "Data"],
        ["Azienda", "Nome", "Cognome", "Telefono", "Email", "Paese", "CAP", "Città",
         "Dipendenti", "Fatturato", "Ruolo", "Settore", "Data"],
        ["Bedrijf", "Voornaam", "Achternaam", "Telefoonnummer", "E-mailadres", "Land",
         "Postcode", "Plaats", "Medewerkers", "Omzet", "Functie", "Branche", "Datum"],
        ["Firma", "Vorname", "Nachname", "Telefonnummer", "E-Mail-Adresse", "Land", "PLZ",
         "Ort", "Mitarbeiterzahl", "Jahresumsatz", "Position", "Branche", "Anfragedatum"],
    ],
)  # fmt: skip
def test_a_centers_own_language_names_every_column(header: list[str]) -> None:
    """A French list left five of its thirteen columns unread (Effectif, Chiffre d'affaires,
    Fonction, Secteur, Date de la demande), an Italian or a Dutch one most of them."""
    assert suggest_mapping(header) == [
        "company", "first_name", "last_name", "phone", "email", "country", "postal_code",
        "city", "employees", "annual_revenue", "title", "industry", "inquired_at",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        # Meta's lead ads download: the time of the inquiry was left unread, so a list a
        # month old scored as fresh, and its second phone column too.
        (["id", "created_time", "ad_name", "campaign_name", "form_name", "full_name", "email",
          "phone_number", "work_phone_number", "company_name", "job_title", "country"],
         [None, "inquired_at", None, "campaign", None, "full_name", "email", "phone", "phone",
          "company", "title", "country"]),
        (["Lead Submit Time", "Full Name", "User Email"], ["inquired_at", "full_name", "email"]),
        (["Submitted At", "First Name"], ["inquired_at", "first_name"]),
        (["Date Created", "Company"], ["inquired_at", "company"]),
        (["Creation Date", "Company"], ["inquired_at", "company"]),
    ],
)  # fmt: skip
def test_lead_ad_and_form_exports_name_their_columns(
    header: list[str], fields: list[str | None]
) -> None:
    assert suggest_mapping(header) == fields


def test_a_column_titled_just_name_is_the_part_of_the_name_the_file_lacks() -> None:
    """German forms say Vorname and Name (the surname), Spanish ones Nombre and Apellidos,
    Portuguese ones Nome and Sobrenome (the given name): read as a full name beside the
    other part, the part in "Name" was lost."""
    assert suggest_mapping(["Vorname", "Name", "Firma"]) == ["first_name", "last_name", "company"]
    assert suggest_mapping(["Nombre", "Apellidos"]) == ["first_name", "last_name"]
    assert suggest_mapping(["Nome", "Sobrenome", "E-mail"]) == ["first_name", "last_name", "email"]
    assert suggest_mapping(["Nombre", "Empresa"]) == ["full_name", "company"]
    assert suggest_mapping(["Name", "First Name", "Last Name"]) == [
        "full_name", "first_name", "last_name"]  # fmt: skip


@pytest.mark.parametrize(
    ("values", "first", "last"),
    [
        ({"full_name": "Lucía García"}, "Lucía", "García"),
        ({"full_name": "Ana Silva", "last_name": "Silva"}, "Ana", "Silva"),
        (
            {"full_name": "Ana M. Silva Pereira", "last_name": "Silva Pereira"},
            "Ana M.",
            "Silva Pereira",
        ),
        ({"full_name": "Ana Silva Pereira", "first_name": "Ana"}, "Ana", "Silva Pereira"),
        ({"full_name": "Silva, Ana", "last_name": "Silva"}, "Ana", "Silva"),
        ({"full_name": "Bo Ek", "last_name": "Nilsson"}, "", "Nilsson"),  # not told apart
    ],
)
def test_a_full_name_beside_one_part_gives_the_other(
    values: dict[str, str], first: str, last: str
) -> None:
    row = accepted(email="ana@acme.example", **values)
    assert (row.first_name, row.last_name) == (first, last)


def test_the_first_column_claiming_a_field_gets_it() -> None:
    assert suggest_mapping(["Company", "Account", "Title", "Role"]) == [
        "company", None, "title", None]  # fmt: skip


def test_every_phone_and_email_column_is_recognised() -> None:
    header = ["First name", "Last name", "Company", "Phone", "Mobile Phone", "Country"]
    assert suggest_mapping(header) == [
        "first_name", "last_name", "company", "phone", "phone", "country"]  # fmt: skip
    assert suggest_mapping(["Email", "Name", "Email"]) == ["email", "full_name", "email"]
    others = ["Work Phone", "Direct dial", "Office phone", "Alternate phone", "Cell",
              "Secondary phone", "Work E-mail", "Personal Email", "Alternate e-mail",
              "Secondary E-Mail Address"]  # fmt: skip
    assert suggest_mapping(others) == ["phone"] * 6 + ["email"] * 4


def test_a_mapping_file_overrides_the_suggestion() -> None:
    header = ["Nom", "Courriel", "Tel", "Notes"]
    mapping = apply_overrides(header, suggest_mapping(header), {"Notes": None, "Tel": "phone"})
    assert mapping.fields() == ("last_name", "email", "phone", None)


def test_a_mapping_file_lists_the_phone_columns_in_the_order_they_are_tried() -> None:
    header = ["Name", "Phone", "Mobile", "Fax", "Email"]
    suggested = suggest_mapping(header)
    assert ColumnMapping.of(header, suggested).columns["phone"] == (1, 2)
    listed = apply_overrides(header, suggested, {"phone": ["Mobile", "Phone"]})
    assert listed.columns["phone"] == (2, 1)
    assert listed.fields() == ("full_name", "phone", "phone", None, "email")
    # The one-column form still names the only phone column; naming two keeps both.
    assert apply_overrides(header, suggested, {"Fax": "phone"}).columns["phone"] == (3,)
    both = apply_overrides(header, suggested, {"Mobile": "phone", "Phone": "phone"})
    assert both.columns["phone"] == (2, 1)


def test_a_column_named_twice_in_the_file_is_mapped_wherever_it_is() -> None:
    header = ["Email", "Name", "Email"]
    mapping = apply_overrides(header, [None, None, None], {"email": ["Email"], "Name": "full_name"})
    assert mapping.columns == {"email": (0, 2), "full_name": (1,)}


def test_a_mapping_naming_an_unknown_field_or_column_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unknown field 'telephone'"):
        apply_overrides(["Tel"], [None], {"Tel": "telephone"})
    with pytest.raises(InvalidInput, match="does not have"):
        apply_overrides(["Tel"], [None], {"Fax": "phone"})
    with pytest.raises(InvalidInput, match="does not have"):
        apply_overrides(["Tel"], [None], {"phone": ["Tel", "Fax"]})
    with pytest.raises(InvalidInput, match="only phone and email may be read from several"):
        apply_overrides(["A", "B"], [None, None], {"company": ["A", "B"]})
    with pytest.raises(InvalidInput, match="reads column 'Tel' as both phone and email"):
        apply_overrides(["Tel"], [None], {"phone": ["Tel"], "email": ["Tel"]})
    with pytest.raises(InvalidInput, match="unknown fields telephone"):
        ColumnMapping.of(["Tel"], ["telephone"])
    with pytest.raises(InvalidInput, match="the mapping has 1 columns but the file has 2"):
        ColumnMapping.of(["Tel", "Name"], ["phone"])


def test_a_file_without_contact_columns_is_refused() -> None:
    with pytest.raises(InvalidInput, match="phone or e-mail"):
        check_mapping(ColumnMapping.of(["Name", "Company"], ["full_name", "company"]))


def test_only_phone_and_email_may_be_read_from_several_columns() -> None:
    header = ["Phone", "Mobile", "Email", "Email 2", "Company", "Account"]
    check_mapping(ColumnMapping.of(header, ["phone", "phone", "email", "email", "company", None]))
    with pytest.raises(InvalidInput, match="several columns are mapped to company"):
        check_mapping(
            ColumnMapping.of(header, ["phone", "phone", "email", None, "company", "company"])
        )


def read_several(
    phones: tuple[str, ...] = (), emails: tuple[str, ...] = (), **values: str
) -> Inquiry | Rejected:
    """A row whose phone and e-mail are in several columns: Phone, Mobile…; Email, Email 2…"""
    phone_columns = ("Phone", "Mobile", "Direct dial", "Work phone")
    email_columns = ("Email", "Email 2")
    columns = {name: name.title() for name in values}
    further: dict[str, list[tuple[str, str]]] = {}
    if phones:
        values["phone"], columns["phone"] = phones[0], "Phone"
        further["phone"] = list(zip(phone_columns[1:], phones[1:], strict=False))
    if emails:
        values["email"], columns["email"] = emails[0], "Email"
        further["email"] = list(zip(email_columns[1:], emails[1:], strict=False))
    return read_inquiry(2, values, columns, NOW, further=further)


def test_a_mobile_in_the_second_phone_column_is_taken() -> None:
    ana = read_several(("", "+351 912 345 678"), first_name="Ana", last_name="Silva",
                       company="Acme", country="PT")  # fmt: skip
    assert isinstance(ana, Inquiry), ana
    assert (ana.phone_raw, ana.phone_e164, ana.phone_valid) == (
        "+351 912 345 678", "+351912345678", True)  # fmt: skip
    assert ana.contact_columns == {"phone": "Mobile"}
    assert ana.flags == [] and ana.other_contacts == []


def test_the_first_valid_phone_is_taken_and_the_others_kept_or_flagged() -> None:
    row = read_several(("12345", "020 7946 0958", "07911 123456", "020 7946 0958"),
                       last_name="Brown", country="GB")  # fmt: skip
    assert isinstance(row, Inquiry), row
    assert (row.phone_e164, row.contact_columns) == ("+442079460958", {"phone": "Mobile"})
    # The same number twice is one number; the other valid one is kept for a person to use.
    assert row.other_contacts == [OtherContact("phone", "Direct dial", "+447911123456")]
    assert [(flag.column, flag.value) for flag in row.flags] == [("Phone", "12345")]
    assert row.flags[0].reason.startswith("not a valid phone number")


def test_without_a_valid_phone_the_first_one_is_kept_as_typed_and_flagged() -> None:
    row = read_several(("", "12345", "999"), ("liam@brown.example",), last_name="Brown",
                       country="GB")  # fmt: skip
    assert isinstance(row, Inquiry), row
    assert (row.phone_raw, row.phone_valid, row.contact_columns["phone"]) == (
        "12345", False, "Mobile")  # fmt: skip
    assert [flag.column for flag in row.flags] == ["Mobile", "Direct dial"]


def test_a_row_is_rejected_only_when_none_of_its_contact_columns_holds_one() -> None:
    nothing = read_several(("", ""), ("", ""), last_name="Brown")
    assert isinstance(nothing, Rejected)
    assert nothing.problems == (
        Problem("Phone", "", "no phone number and no e-mail address"),)  # fmt: skip
    invalid = read_several(("12345", ""), ("", "bob@@foo"), last_name="Brown", country="GB")
    assert isinstance(invalid, Rejected)
    assert [(p.column, p.value) for p in invalid.problems] == [
        ("Phone", "12345"), ("Email 2", "bob@@foo")]  # fmt: skip


def test_a_second_email_column_is_read() -> None:
    row = read_several((), ("", "ana@acme.example"), full_name="Ana Silva")
    assert isinstance(row, Inquiry), row
    assert (row.email_normalized, row.contact_columns) == ("ana@acme.example", {"email": "Email 2"})
    both = read_several((), ("Ana@Acme.example", "ana.silva@home.example"), full_name="Ana Silva")
    assert isinstance(both, Inquiry), both
    assert both.email_normalized == "ana@acme.example"
    assert both.other_contacts == [OtherContact("email", "Email 2", "ana.silva@home.example")]


def test_an_extension_stays_with_the_first_phone_column() -> None:
    row = read_several(("", "+351 912 345 678"), full_name="Ana Silva", extension="45")
    assert isinstance(row, Inquiry), row
    assert row.phone_extension is None
    assert [(flag.column, flag.value) for flag in row.flags] == [("Extension", "45")]
    assert "the extension of Phone, whose number was not taken" in row.flags[0].reason


def test_empty_further_columns_leave_the_content_key_as_it_was() -> None:
    alone = read_several(("+351 912 345 678",), full_name="Ana Silva")
    with_empty = read_several(("+351 912 345 678", "", ""), full_name="Ana Silva")
    with_mobile = read_several(("+351 912 345 678", "+351 912 345 679"), full_name="Ana Silva")
    assert isinstance(alone, Inquiry) and isinstance(with_empty, Inquiry)
    assert isinstance(with_mobile, Inquiry)
    assert alone.content_key == with_empty.content_key != with_mobile.content_key


def test_a_too_long_value_in_a_further_column_rejects_the_row() -> None:
    row = read_several(("+351 912 345 678", "9" * 61), full_name="Ana Silva")
    assert isinstance(row, Rejected)
    assert [(p.column, p.reason) for p in row.problems] == [
        ("Mobile", "longer than 60 characters")]  # fmt: skip


@pytest.mark.parametrize(
    ("phone", "country", "e164", "extension"),
    [
        ("(212) 555-0147", "USA", "+12125550147", None),
        ("212.555.0147 x 45", "US", "+12125550147", "45"),
        ("020 7946 0958", "United Kingdom", "+442079460958", None),
        ("030 1234567", "Germany", "+49301234567", None),
        ("06 12 34 56 78", "France", "+33612345678", None),
        ("03 9123 4567", "Australia", "+61391234567", None),
        ("090-1234-5678", "Japan", "+819012345678", None),
        ("(11) 91234-5678", "Brasil", "+5511912345678", None),
        ("+49 30 1234567", "", "+49301234567", None),
        # A German trade-show list: the country as the center's own language names it.
        ("01 23 45 67 89", "Frankreich", "+33123456789", None),
        ("(212) 555-0147", "Estados Unidos", "+12125550147", None),
    ],
)
def test_phones_become_e164_with_the_rows_country(
    phone: str, country: str, e164: str, extension: str | None
) -> None:
    inquiry = accepted(phone=phone, country=country, last_name="Doe")
    assert (inquiry.phone_e164, inquiry.phone_extension, inquiry.phone_valid) == (
        e164,
        extension,
        True,
    )
    assert inquiry.phone_zones


def test_the_country_comes_from_the_phone_when_the_row_has_none() -> None:
    assert accepted(phone="+44 20 7946 0958", last_name="Doe").country == "GB"


@pytest.mark.parametrize(
    ("phone", "country"),
    [
        ("12345", "GB"),
        ("+1 212 555", "US"),
        ("030 12", "DE"),
        ("n/a", "FR"),
        ("555-0147", ""),  # no country: never guessed
        ("+999 1234567", ""),
    ],
)
def test_invalid_phones_without_email_reject_the_row(phone: str, country: str) -> None:
    result = read(phone=phone, country=country, last_name="Doe")
    assert isinstance(result, Rejected)
    assert result.problems[0].column == "Phone"
    assert result.problems[0].value == phone
    assert "not a valid phone number" in result.problems[0].reason


@pytest.mark.parametrize(
    "email", ["bob@@foo.example", "bob at foo.example", "bob@foo", "bob@", "a b@c.example"]
)
def test_invalid_emails_without_phone_reject_the_row(email: str) -> None:
    result = read(email=email, last_name="Doe")
    assert isinstance(result, Rejected)
    assert [p.column for p in result.problems] == ["Email"]
    assert "not a valid e-mail address" in result.problems[0].reason


def test_an_invalid_phone_with_a_valid_email_is_kept_and_flagged_not_guessed() -> None:
    inquiry = accepted(phone="+44 20 1234", email="liam@kiwi.example", last_name="Brown")
    assert inquiry.phone_raw == "+44 20 1234"
    assert inquiry.phone_e164 is None and not inquiry.phone_valid
    assert [flag.column for flag in inquiry.flags] == ["Phone"]


def test_a_typo_in_the_email_domain_is_kept_and_flagged_with_what_was_meant() -> None:
    inquiry = accepted(email="Liam@Gmial.com", last_name="Brown")
    assert inquiry.email_valid and inquiry.email_normalized == "liam@gmial.com"
    assert [(flag.column, flag.value) for flag in inquiry.flags] == [("Email", "Liam@Gmial.com")]
    assert "may be a typo for liam@gmail.com" in inquiry.flags[0].reason
    assert not accepted(email="liam@gmail.com", last_name="Brown").flags


def test_a_row_with_no_contact_or_no_name_is_rejected_with_reasons() -> None:
    nobody = read(company="Bar AG", country="DE")
    assert isinstance(nobody, Rejected)
    assert nobody.problems[0].reason == "no phone number and no e-mail address"
    nameless = read(email="x@bar.example")
    assert isinstance(nameless, Rejected)
    assert "no name and no company" in nameless.problems[0].reason


def test_values_too_long_for_the_lead_are_rejected_not_cut() -> None:
    result = read(email="x@bar.example", company="A" * 201)
    assert isinstance(result, Rejected)
    assert result.problems[0].reason == "longer than 200 characters"


def test_formula_like_cells_are_stored_verbatim() -> None:
    inquiry = accepted(
        email="x@bar.example",
        company='=HYPERLINK("http://evil.example","Click")',
        last_name="@SUM(A1:A9)",
        inquiry="+cmd|' /C calc'!A0",
    )
    assert inquiry.company == '=HYPERLINK("http://evil.example","Click")'
    assert inquiry.last_name == "@SUM(A1:A9)"
    assert inquiry.inquiry == "+cmd|' /C calc'!A0"


def test_full_names_are_split() -> None:
    assert (accepted(full_name="Smith, John", email="j@x.example").first_name) == "John"
    inquiry = accepted(full_name="mary ann jones", email="m@x.example")
    assert (inquiry.first_name, inquiry.last_name) == ("Mary Ann", "Jones")


def test_unknown_country_region_and_language_are_flagged_and_left_empty() -> None:
    inquiry = accepted(
        email="x@bar.example", last_name="Doe", country="Atlantis", region="Nowhere", language="?"
    )
    assert (inquiry.country, inquiry.region, inquiry.language) == (None, None, None)
    assert [flag.column for flag in inquiry.flags] == ["Country", "Region", "Language"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,200", 1200), ("1.200", 1200), ("1200+", 1200), ("500-999", 500), ("10k", 10000),
     ("about 50", 50), ("10,000,000", 10_000_000), ("many", "not a number of employees"),
     ("-5", "a negative number of employees"), ("\u2212 200", "a negative number of employees"),
     ("(20)", "a negative number of employees"), ("20-", "a negative number of employees"),
     ("1.2E+03", 1200),
     ("-", "not a number of employees"), ("1-5", 1),
     ("9999999999999999999999999",
      "more than 10,000,000 employees, more than any company has"),
     ("10001k", "more than 10,000,000 employees, more than any company has")],
)  # fmt: skip
def test_employee_counts(text: str, expected: int | str) -> None:
    assert read_employees(text) == expected


TOO_MUCH = "more than 10,000,000,000,000,000, more than any company's annual revenue"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("$12,500,000", Decimal("12500000.00")), ("12.5M", Decimal("12500000.00")),
     ("EUR 3 Mio", Decimal("3000000.00")), ("1.2bn", Decimal("1200000000.00")),
     ("1.234.567,89", Decimal("1234567.89")), ("1,234,567.89", Decimal("1234567.89")),
     ("10,000,000,000,000,000", Decimal(10**16)), ("-5", "a negative amount"),
     ("lots", "not an amount"), ("100000000000000000", TOO_MUCH),
     # A spreadsheet's scientific notation was read as its mantissa: 2.50, 1.00.
     ("2.5E+07", Decimal("25000000.00")), ("1e7", Decimal("10000000.00")),
     ("$2,5E+07", Decimal("25000000.00")),
     # An accountant's negatives were stored as positive amounts.
     ("(500000)", "a negative amount"), ("$(1,000)", "a negative amount"),
     ("500000-", "a negative amount"), ("( 12.5 )", "a negative amount"),
     ("1,000,000,000,000,000,000,000,000,000", TOO_MUCH), ("10000000000bn", TOO_MUCH)],
)  # fmt: skip
def test_money_amounts(text: str, expected: Decimal | str) -> None:
    assert read_revenue(text) == expected


def test_figures_beyond_any_company_are_flagged_and_left_empty() -> None:
    inquiry = accepted(
        email="x@bar.example", last_name="Doe", employees="9" * 25, annual_revenue="1" + "0" * 17
    )
    assert (inquiry.employees, inquiry.annual_revenue) == (None, None)
    assert [flag.reason for flag in inquiry.flags] == [
        "more than 10,000,000 employees, more than any company has; left empty",
        f"{TOO_MUCH}; left empty",
    ]


def test_placeholders_are_no_names_and_a_row_of_them_is_nobody_to_ask_for() -> None:
    """A list's "N/A", "-" and "none" were stored as the names N/a N/a at N/A."""
    inquiry = accepted(email="x@bar.example", first_name="Ann", last_name="N/A", company="-")
    assert (inquiry.first_name, inquiry.last_name, inquiry.company) == ("Ann", "", "")
    assert [(flag.column, flag.value, flag.reason) for flag in inquiry.flags] == [
        ("Last_Name", "N/A", "a placeholder, not a name; read as empty"),
        ("Company", "-", "a placeholder, not a name; read as empty"),
    ]
    for blank in ("n/a", ".", "none", "NULL", "?"):
        rejected = read(email="x@bar.example", first_name=blank, last_name=blank, company=blank)
        assert isinstance(rejected, Rejected)
        assert [problem.reason for problem in rejected.problems] == [
            "no name and no company: nobody to ask for"
        ]


def test_a_formula_nobody_calculated_is_flagged_and_never_a_number() -> None:
    inquiry = accepted(
        email="x@bar.example",
        first_name='=UPPER("gus")',
        company="=VLOOKUP(D2,Sheet2!A:B,2,0)",
        employees="=10*5",
        phone='="0170 1234567"',  # text kept as text by the spreadsheet: no formula
    )
    assert (inquiry.first_name, inquiry.company, inquiry.employees) == (
        '=UPPER("gus")',
        "=VLOOKUP(D2,Sheet2!A:B,2,0)",
        None,
    )
    assert sorted(
        (flag.column, flag.reason) for flag in inquiry.flags if "formula" in flag.reason
    ) == [
        ("Company", "a formula, kept as its text (never run)"),
        ("Employees", "a formula no spreadsheet calculated; left empty"),
        ("First_Name", "a formula, kept as its text (never run)"),
    ]


def test_a_formula_for_a_full_name_or_an_address_is_never_split_or_read_as_one() -> None:
    """openpyxl writes no calculated values: '=PROPER(C3)&" "&PROPER(D3)' in a Name column
    became first name '=PROPER(C3)&"', and '=HYPERLINK("mailto:…","…")' an e-mail with "two
    addresses" to split into columns."""
    inquiry = accepted(
        full_name='=PROPER(C3)&" "&PROPER(D3)', company="Muster AG", email="eva@muster.example"
    )
    assert (inquiry.first_name, inquiry.last_name) == ("", "")
    assert [(f.column, f.reason) for f in inquiry.flags if "formula" in f.reason] == [
        ("Full_Name", "a formula no spreadsheet calculated; left empty")
    ]
    refused = read(
        first_name="Uma",
        email='=HYPERLINK("mailto:uma@phi.example","uma@phi.example")',
        phone='=CONCATENATE("+1 212 ","555 0117")',
    )
    assert isinstance(refused, Rejected)
    assert [(p.column, p.reason) for p in refused.problems] == [
        (
            "Phone",
            "no phone number and no e-mail address (the cell holds a formula no spreadsheet "
            "calculated)",
        )
    ]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("2026-11-01", None, datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026-11-01T10:30:00+01:00", None, datetime(2026, 11, 1, 9, 30, tzinfo=UTC)),
        ("11/01/2026", "US", datetime(2026, 11, 1, tzinfo=UTC)),
        ("01/11/2026", "GB", datetime(2026, 11, 1, tzinfo=UTC)),
        ("25/11/2026", "US", datetime(2026, 11, 25, tzinfo=UTC)),
        ("01.11.2026 14:05", "DE", datetime(2026, 11, 1, 14, 5, tzinfo=UTC)),
        ("yesterday", None, None),
        ("31/02/2026", "GB", None),
        # A 12-hour clock, as US exports write it: the time was read as 10:15 for PM too.
        ("12/01/2026 10:15 PM", "US", datetime(2026, 12, 1, 22, 15, tzinfo=UTC)),
        ("12/01/2026 12:05 AM", None, datetime(2026, 12, 1, 0, 5, tzinfo=UTC)),
        ("12/02/2026 09:00 a.m.", "US", datetime(2026, 12, 2, 9, tzinfo=UTC)),
        ("12/02/2026 13:00 PM", "US", None),
    ],
)
def test_inquiry_dates(text: str, country: str | None, expected: datetime | None) -> None:
    assert parse_when(text, country, zone=UTC) == expected


def test_a_date_in_the_future_is_flagged_and_ignored() -> None:
    inquiry = accepted(email="x@bar.example", last_name="Doe", inquired_at="2030-01-01")
    assert inquiry.inquired_at is None
    assert inquiry.flags[0].reason == "in the future; the import time is used"


@pytest.mark.parametrize("text", ["01/01/0001", "0001-01-01", "1.2.3", "15/03/226", "1989-12-31"])
def test_a_date_before_1990_is_flagged_and_ignored(text: str) -> None:
    inquiry = accepted(email="x@bar.example", last_name="Doe", inquired_at=text)
    assert inquiry.inquired_at is None
    assert [flag.reason for flag in inquiry.flags] == [
        "before 1990, not a real inquiry date; the import time is used"
    ]


def test_the_content_key_ignores_spacing_and_column_order() -> None:
    one = accepted(email="x@bar.example", last_name="Doe")
    two = read_inquiry(9, {"last_name": " Doe ", "email": "x@bar.example"}, {}, NOW)
    assert isinstance(two, Inquiry)
    assert one.content_key == two.content_key


@pytest.mark.parametrize(
    ("postal", "country", "expected"),
    [
        ("1067", "Germany", "01067"),  # Dresden, from a number cell
        ("2134", "US", "02134"),  # Boston: a partner covering 021 matches it again
        ("501", "US", "00501"),
        ("10", "IT", "00010"),
        ("150", "Norway", "0150"),
        ("02134", "US", "02134"),
        ("02134-1234", "US", "02134-1234"),
        ("7", "US", "7"),  # no code: left as written
        ("sw1a 1aa", "GB", "SW1A 1AA"),
        ("1011 AB", "NL", "1011 AB"),
        ("1067", "", "1067"),  # no country: its codes' length is not known
    ],
)
def test_leading_zeros_a_spreadsheet_dropped_from_postal_codes_are_put_back(
    postal: str, country: str, expected: str
) -> None:
    inquiry = accepted(postal_code=postal, country=country, last_name="Doe", email="d@x.example")
    assert inquiry.postal_code == expected


@pytest.mark.parametrize(
    ("said", "consent"),
    [
        ("Non", "refused"),  # French
        ("Não", "refused"),
        ("nee", "refused"),
        ("Declined", "refused"),
        ("Sí", "given"),
        ("Sim", "given"),
        ("x", "given"),  # a ticked box
        ("Opt-In", "given"),
    ],
)
def test_a_consent_is_read_in_the_words_of_a_centers_lists(said: str, consent: str) -> None:
    """A French "Non" was no refusal: the consent stayed unknown, and nothing said so."""
    inquiry = read(last_name="Doe", email="doe@example.com", consent=said)
    assert isinstance(inquiry, Inquiry)
    assert (inquiry.consent, inquiry.flags) == (consent, [])


def test_a_consent_that_is_neither_yes_nor_no_is_flagged_as_unknown() -> None:
    inquiry = read(last_name="Doe", email="doe@example.com", consent="peut-être")
    assert isinstance(inquiry, Inquiry) and inquiry.consent == "unknown"
    assert [(flag.column, flag.value, flag.reason) for flag in inquiry.flags] == [
        ("Consent", "peut-être", "not a yes or a no; the consent is unknown")
    ]
