"""Inquiry files as marketing exports them from a spreadsheet: a title above the header, a
cover sheet before the data, error values where a formula found nothing, company names in
capitals. Real CSV files and XLSX workbooks written by openpyxl, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import ImportBatch, Lead
from qualifier_app.services.intake.dto import accounting

HEADER = ["First Name", "Last Name", "Company", "Email", "Phone", "Country"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def rejects(path: str | None) -> list[tuple[str, str, str, str]]:
    if path is None:
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [(r["row"], r["column"], r["value"], r["reason"]) for r in csv.DictReader(handle)]


def leads(services: Services) -> dict[str, Lead]:
    with services.db.unit_of_work(write=False) as uow:
        found = {lead.first_name: lead for lead in uow.session.scalars(select(Lead))}
        uow.session.expunge_all()
    return found


def test_a_title_and_a_blank_row_above_the_header_are_accounted_for(
    services: Services, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "webinar.csv",
        [
            ["Webinar leads Q3"],
            [],
            HEADER,
            ["Ann", "Lee", "Acme", "ann@acme.example", "+12125550101", "US"],
            ["Bob", "Roe", "Acme", "not-an-address", "", "US"],
        ],
    )

    preview = services.intake.preview(OPERATOR, path)
    summary = services.intake.import_inquiries(OPERATOR, path)

    assert (preview.header, preview.header_row, preview.total_rows) == (tuple(HEADER), 3, 2)
    assert preview.rows[0][0] == "Ann"
    assert (summary.rows, summary.imported, summary.rejected) == (2, 1, 1)
    # The rejects file names the row as the file numbers it.
    assert [row for row, *_ in rejects(summary.rejects_file)] == ["5"]
    assert accounting(summary) == (
        "2 rows read = 1 new lead + 0 merged into existing leads + 1 rejected"
        "; the header is on row 3: the 2 rows above it are not data"
    )
    assert set(leads(services)) == {"Ann"}


def test_the_data_on_a_second_sheet_after_a_cover_sheet_is_read(
    services: Services, tmp_path: Path
) -> None:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Trade show badge scans"])
    cover.append(["Exported 2026-10-01 by marketing"])
    data = workbook.create_sheet("Scans")
    data.append(["Trade show, hall 4"])
    data.append(HEADER)
    data.append(["Cy", "Ng", "Initech", "cy@initech.example", "+12125550103", "US"])
    data.append(["Di", "Ho", "Initech", "", "", "US"])
    path = tmp_path / "scans.xlsx"
    workbook.save(path)

    summary = services.intake.import_inquiries(OPERATOR, path)

    assert (summary.rows, summary.imported, summary.rejected) == (2, 1, 1)
    assert (summary.sheet, summary.passed_sheets, summary.header_row) == ("Scans", ("Cover",), 2)
    assert [row for row, *_ in rejects(summary.rejects_file)] == ["4"]
    assert accounting(summary).endswith(
        "; sheet Scans read (Cover before it: no header row)"
        "; the header is on row 2: the row above it is not data"
    )
    assert set(leads(services)) == {"Cy"}


def test_a_file_without_a_header_in_its_first_rows_says_what_it_looks_for(
    services: Services, tmp_path: Path
) -> None:
    rows = [["Webinar leads Q3"]] + [["see the next sheet"]] * 10 + [HEADER]
    rows.append(["Ann", "Lee", "Acme", "ann@acme.example", "+12125550101", "US"])
    path = write_csv(tmp_path / "late.csv", rows)

    with pytest.raises(InvalidInput) as refused:
        services.intake.import_inquiries(OPERATOR, path)

    assert str(refused.value) == (
        "late.csv: no header row found; the header must be one of the first 10 rows and name "
        "a phone or e-mail column and a name or company column (such as E-mail, Phone, "
        "First name, Last name, Company)"
    )
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.scalars(select(ImportBatch)).all() == []


def test_a_header_on_row_one_is_read_as_before_with_a_mapping_file(
    services: Services, tmp_path: Path
) -> None:
    # Headers nothing recognises, named by a mapping file: still the first row.
    path = write_csv(
        tmp_path / "odd.csv",
        [["Col A", "Col B"], ["Ann Lee", "ann@acme.example"]],
    )
    summary = services.intake.import_inquiries(
        OPERATOR, path, mapping={"Col A": "full_name", "Col B": "email"}
    )
    assert (summary.rows, summary.imported, summary.header_row) == (1, 1, 1)


def test_spreadsheet_error_values_are_empty_cells_and_a_missing_contact_says_so(
    services: Services, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    # openpyxl writes these as error cells (t="e"), as Excel saves a failed VLOOKUP.
    sheet.append(["Eve", "Moss", "#N/A", "eve@globex.example", "#N/A", "US"])
    sheet.append(["Fay", "Ng", "#REF!", "#VALUE!", "#N/A", "US"])
    sheet.append(["#NAME?", "#NAME?", "#DIV/0!", "gus@example.com", "+12125550104", "US"])
    path = tmp_path / "lookup.xlsx"
    workbook.save(path)
    csv_path = write_csv(
        tmp_path / "lookup.csv",
        [HEADER, ["Hal", "Oz", "#NULL!", "hal@umbrella.example", "#NUM!", "US"]],
    )

    summary = services.intake.import_inquiries(OPERATOR, path)
    from_csv = services.intake.import_inquiries(OPERATOR, csv_path)

    assert (summary.rows, summary.imported, summary.rejected) == (3, 1, 2)
    assert rejects(summary.rejects_file) == [
        (
            "3",
            "Phone",
            "#N/A",
            "no phone number and no e-mail address (the cell holds the spreadsheet error "
            "#N/A, a formula that found no value)",
        ),
        (
            "4",
            "Company",
            "#DIV/0!",
            "no name and no company: nobody to ask for (the cell holds the spreadsheet error "
            "#DIV/0!, a formula that found no value)",
        ),
    ]
    assert (from_csv.imported, from_csv.rejected, from_csv.flagged) == (1, 0, 1)
    found = leads(services)
    assert (found["Eve"].company, found["Eve"].phone_raw, found["Eve"].phone_e164) == ("", "", None)
    assert (found["Hal"].company, found["Hal"].phone_raw) == ("", "")


def test_company_names_are_kept_as_typed_and_shouted_person_names_are_cased(
    services: Services, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["IDA", "O'NEIL", "AT&T", "ida@att.example", "+12125550105", "US"])
    sheet.append(["jo", "van der berg", "KPMG", "jo@kpmg.example", "+12125550106", "US"])
    sheet.append(["Kim", "Li", "acme systems gmbh", "kim@acme.example", "+12125550107", "US"])
    path = tmp_path / "badges.xlsx"
    workbook.save(path)
    again = write_csv(
        tmp_path / "again.csv", [HEADER, ["Ida", "O'Neil", "At&t Inc.", "ida@att.example", "", ""]]
    )

    services.intake.import_inquiries(OPERATOR, path)
    merged = services.intake.import_inquiries(OPERATOR, again)

    found = leads(services)
    assert {(lead.first_name, lead.last_name, lead.company) for lead in found.values()} == {
        ("Ida", "O'Neil", "AT&T"),
        ("Jo", "Van der Berg", "KPMG"),
        ("Kim", "Li", "Acme Systems GmbH"),
    }
    # The same company however it is cased: one key, so the rows match.
    assert merged.merged == 1
    assert found["Ida"].company_key == "at and t"
