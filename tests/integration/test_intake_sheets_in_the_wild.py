"""Inquiry files as Qualifying Centers receive them from other people's spreadsheets (German,
Spanish and Portuguese forms, Excel for Mac, hidden sheets, numbers a spreadsheet turned
into floats), made here with the csv module and openpyxl; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.calling_window import zones_key
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.domain.time_zones import zones_for_address
from qualifier_app.persistence.models import Lead, Touch
from qualifier_app.services.intake.dto import ImportSummary


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def imported(services: Services, path: Path) -> ImportSummary:
    summary = services.intake.import_inquiries(OPERATOR, path)
    assert summary.rows == summary.imported + summary.merged + summary.rejected
    return summary


def names(services: Services) -> set[tuple[str, str, str]]:
    with services.db.unit_of_work(write=False) as uow:
        return {
            (lead.first_name, lead.last_name, lead.email_normalized or "")
            for lead in uow.session.scalars(select(Lead))
        }


def test_name_columns_of_german_spanish_and_portuguese_forms_keep_both_parts(
    services: Services, tmp_path: Path
) -> None:
    german = [
        ["Vorname", "Name", "Firma", "E-Mail", "Telefon", "Land"],
        ["Anna", "Schmidt", "Schmidt AG", "anna@schmidt.example", "030 1234567", "DE"],
    ]
    spanish = [
        ["Nombre", "Apellidos", "Empresa", "Correo electrónico", "País"],
        ["Lucía", "García López", "Hispano SL", "lucia@hispano.example", "España"],
    ]
    portuguese = [
        ["Nome", "Sobrenome", "Empresa", "E-mail", "País"],
        ["João", "Silva", "Silva Ltda", "joao@silva.example", "Brasil"],
    ]
    whole = [["Nombre", "Empresa", "Email"], ["Pilar Ruiz", "Ruiz SA", "pilar@ruiz.example"]]
    for name, rows in [("de", german), ("es", spanish), ("pt", portuguese), ("es2", whole)]:
        summary = imported(services, write_csv(tmp_path / f"{name}.csv", rows, ";"))
        assert summary.imported == 1
    assert names(services) == {
        ("Anna", "Schmidt", "anna@schmidt.example"),
        ("Lucía", "García López", "lucia@hispano.example"),
        ("João", "Silva", "joao@silva.example"),
        ("Pilar", "Ruiz", "pilar@ruiz.example"),
    }


def test_a_hidden_sheet_before_the_data_is_not_imported(services: Services, tmp_path: Path) -> None:
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "Old list"
    hidden.append(["First Name", "Last Name", "Email"])
    hidden.append(["Old", "Row", "old@old.example"])
    hidden.sheet_state = "hidden"
    shown = workbook.create_sheet("Webinar attendees Q3 2026 EMEA")
    shown.append(["First Name", "Last Name", "Email", "Company"])
    shown.append(["New", "Row", "new@new.example", "Nova"])
    path = tmp_path / "hidden.xlsx"
    workbook.save(path)
    summary = imported(services, path)
    assert (summary.rows, summary.imported, summary.sheet) == (
        1, 1, "Webinar attendees Q3 2026 EMEA")  # fmt: skip
    assert names(services) == {("New", "Row", "new@new.example")}


def test_phones_a_spreadsheet_wrote_as_floats(services: Services, tmp_path: Path) -> None:
    rows = [
        ["Name", "Company", "Email", "Phone", "Country"],
        ["Jo Float", "Acme", "jo@acme.example", "4155550123.0", "US"],
        ["Al Sci", "Beta", "al@beta.example", "4.15555E+09", "US"],
    ]
    summary = imported(services, write_csv(tmp_path / "floats.csv", rows))
    assert (summary.imported, summary.flagged) == (2, 1)
    with services.db.unit_of_work(write=False) as uow:
        leads = {
            lead.first_name: (lead.phone_e164, lead.phone_raw)
            for lead in uow.session.scalars(select(Lead))
        }
        flags = [touch.details.get("flags") for touch in uow.session.scalars(select(Touch))]
    assert leads == {"Jo": ("+14155550123", "4155550123.0"), "Al": (None, "4.15555E+09")}
    assert [flag["reason"] for found in flags if found for flag in found] == [
        "not a valid phone number: written in scientific notation by a spreadsheet, which "
        "dropped its last 4 digits; format the column as text and export it again"
    ]


def test_two_addresses_in_one_cell_are_rejected_saying_so(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        ["Name", "Company", "Email", "Phone", "Country"],
        ["Fay Comma", "Iota", "fay@iota.example, fay2@iota.example", "", "US"],
        ["Ed Two", "Eta", "ed@eta.example", "415-555-0127 / 415-555-0128", "US"],
    ]
    summary = imported(services, write_csv(tmp_path / "two.csv", rows))
    assert (summary.imported, summary.rejected, summary.flagged) == (1, 1, 1)
    assert summary.rejects_file is not None
    with open(summary.rejects_file, encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.reader(handle))[1:]
    assert rejects == [
        [
            "2",
            "Email",
            "fay@iota.example, fay2@iota.example",
            "not a valid e-mail address: the cell holds 2 e-mail addresses (fay@iota.example; "
            "fay2@iota.example); keep one in it and put the others in columns of their own "
            "(such as Email 2), then import the row again",
        ]
    ]
    with services.db.unit_of_work(write=False) as uow:
        flags = [touch.details.get("flags") for touch in uow.session.scalars(select(Touch))]
    assert flags[0][0]["reason"].startswith(
        "not a valid phone number: the cell holds 2 phone numbers (415-555-0127; 415-555-0128)"
    )


def test_a_toll_free_number_with_a_us_address_is_imported(
    services: Services, tmp_path: Path
) -> None:
    # It may ring in any of North America's 42 zones; a US address (without a state) keeps
    # its own 29, which the number adds nothing to.
    rows = [
        ["Name", "Company", "Email", "Phone", "Country"],
        ["Cy Flowers", "Eps", "cy@eps.example", "1-800-FLOWERS", "US"],
        ["Di Free", "Zeta", "di@zeta.example", "+1 888 555 0100", "United States"],
    ]
    summary = imported(services, write_csv(tmp_path / "toll_free.csv", rows))
    assert (summary.imported, summary.rejected) == (2, 0)
    with services.db.unit_of_work(write=False) as uow:
        zones = {lead.phone_e164: lead.time_zones for lead in uow.session.scalars(select(Lead))}
    assert zones["+18003569377"] == zones_key(zones_for_address("US"))


def test_a_company_merged_over_its_contacts_rows_is_every_contacts_company(
    services: Services, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "First Name", "Last Name", "Email", "Source"])
    sheet.append(["Acme GmbH", "Ann", "One", "ann@acme.example", "Messe"])
    sheet.append([None, "Bo", "Two", "bo@acme.example", None])
    sheet.append([None, "Cy", "Three", "cy@acme.example", None])
    sheet.append([None, None, None, None, None])  # inside the range, empty of its own
    sheet.append(["Beta AG", "Di", "Four", "di@beta.example", "Web"])
    sheet.merge_cells("A2:A5")  # Acme over its three contacts and the empty row
    sheet.merge_cells("E2:E4")  # the source, the same way
    source = tmp_path / "merged.xlsx"
    book.save(source)

    summary = imported(services, source)
    assert (summary.rows, summary.imported, summary.rejected) == (4, 4, 0)
    with services.db.unit_of_work(write=False) as uow:
        leads = {
            lead.first_name: (lead.company, lead.source)
            for lead in uow.session.scalars(select(Lead))
        }
    assert leads == {
        "Ann": ("Acme GmbH", "Messe"),
        "Bo": ("Acme GmbH", "Messe"),
        "Cy": ("Acme GmbH", "Messe"),
        "Di": ("Beta AG", "Web"),
    }


def test_a_cell_merged_across_columns_is_read_once_in_its_first_column(
    services: Services, tmp_path: Path
) -> None:
    """A full name merged over the first- and last-name columns was both names, and a company
    merged over the e-mail column its e-mail (the row rejected as no valid address)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["First Name", "Last Name", "Company", "Email", "Phone"])
    sheet.append(["Hal Horizontal", None, "HMerge Co", "hal@hmerge.example", "+1 646 555 0300"])
    sheet.append(["Jo", "Jot", "Across Co", None, "+1 646 555 0302"])
    sheet.merge_cells("A2:B2")
    sheet.merge_cells("C3:D3")
    source = tmp_path / "across.xlsx"
    book.save(source)

    summary = imported(services, source)
    assert (summary.rows, summary.imported, summary.rejected) == (2, 2, 0)
    with services.db.unit_of_work(write=False) as uow:
        leads = {
            lead.company: (lead.first_name, lead.last_name, lead.email_raw)
            for lead in uow.session.scalars(select(Lead))
        }
    assert leads["Across Co"] == ("Jo", "Jot", "")
    assert leads["HMerge Co"][2] == "hal@hmerge.example"
    assert "Hal Horizontal" in leads["HMerge Co"][:2]
    assert leads["HMerge Co"][:2] != ("Hal Horizontal", "Hal Horizontal")


def test_a_header_of_two_rows_names_each_column_by_its_lower_title(
    services: Services, tmp_path: Path
) -> None:
    """ "Contact" merged over "First name" and "Last name": the first name was read as a
    full name (so as the last name), the last name not at all, and the row of lower titles
    was rejected as a lead with no phone."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Contact", None, "Company", "E-mail", "Phone"])
    sheet.append(["First name", "Last name", None, None, None])
    for cells in ("A1:B1", "C1:C2", "D1:D2", "E1:E2"):
        sheet.merge_cells(cells)
    sheet.append(["Ana", "Silva", "Acme", "ana@acme.example", "+1 212 555 0101"])
    path = tmp_path / "two rows.xlsx"
    book.save(path)
    # The same, as a spreadsheet exports it to CSV.
    flat = write_csv(
        tmp_path / "two rows.csv",
        [["Contact", "", "Company", "E-mail", "Phone"], ["First name", "Last name", "", "", ""],
         ["Bo", "Ek", "Beta", "bo@beta.example", "+1 212 555 0102"]],
    )  # fmt: skip
    for file in (path, flat):
        summary = imported(services, file)
        assert (summary.rows, summary.imported, summary.rejected) == (1, 1, 0), file
    assert names(services) == {
        ("Ana", "Silva", "ana@acme.example"),
        ("Bo", "Ek", "bo@beta.example"),
    }
