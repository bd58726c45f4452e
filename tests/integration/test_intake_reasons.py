"""What an inquiry import says about a row it could not take as written: a revenue in
another currency, a row written with another separator, a cell holding a spreadsheet error.
Real CSV files and XLSX workbooks, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.paths import resources_dir
from qualifier_app.persistence.models import Lead, Touch
from tests.integration.test_intake_exported_sheets import rejects
from tests.support.factories import Factory


def revenues(services: Services) -> dict[str, tuple[Decimal | None, list[dict[str, Any]]]]:
    """first name → (the lead's revenue, its touch's flags)"""
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(Lead.first_name, Lead.annual_revenue, Touch.details).join(
                Touch, Touch.lead_id == Lead.id
            )
        )
        return {name: (revenue, details.get("flags", [])) for name, revenue, details in rows}


def test_a_revenue_marked_in_another_currency_is_flagged_and_left_empty(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    factory.center("Europe/Lisbon", currency="EUR")
    source = tmp_path / "fair.csv"
    source.write_text(
        "Name,Company,Email,Country,Annual revenue\n"
        'Ann Lee,Acme,ann@acme.example,PT,"$25,000,000"\n'
        "Bo Ek,Beta,bo@beta.example,PT,USD 3 Mio\n"
        "Cy Do,Gamma,cy@gamma.example,PT,£4m\n"
        'Di Fo,Delta,di@delta.example,PT,"25.000.000 €"\n'
        "Ed Go,Epsilon,ed@epsilon.example,PT,EUR 3 Mio\n"
        "Fa Hu,Zeta,fa@zeta.example,PT,7000000\n",
        encoding="utf-8",
    )

    summary = services.intake.import_inquiries(OPERATOR, source)

    assert (summary.imported, summary.rejected, summary.flagged) == (6, 0, 3)
    found = revenues(services)
    assert found["Ann"] == (
        None,
        [
            {
                "column": "Annual revenue",
                "value": "$25,000,000",
                "reason": "annual revenue '$25,000,000' is in dollars, but the center counts in "
                "EUR: amounts are not converted; give it in EUR; left empty",
            }
        ],
    )
    assert found["Bo"][0] is None and "is in USD, but the center counts in EUR" in str(found["Bo"])
    assert found["Cy"][0] is None and "is in GBP, but the center counts in EUR" in str(found["Cy"])
    # The center's own mark, or none, is the center's currency.
    assert found["Di"] == (Decimal("25000000.00"), [])
    assert found["Ed"] == (Decimal("3000000.00"), [])
    assert found["Fa"] == (Decimal("7000000.00"), [])


def test_a_revenue_a_sheet_shows_in_another_currency_is_flagged_and_left_empty(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """A number cell formatted in euros was read as the bare number: 2,000,000 of a dollar
    center's, filling the lead's revenue."""
    factory.center("America/New_York")  # counts in USD
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Company", "Email", "Country", "Annual revenue", "Employees"])
    formats = ["[$€-407] #,##0", "#,##0 [$EUR]", "[$£-809]#,##0", '#,##0.00 "€"', "$#,##0",
               "#,##0", "[$-409]#,##0"]  # fmt: skip
    for n, number_format in enumerate(formats, start=2):
        sheet.append([f"P{n} Lee", f"Co{n}", f"p{n}@co{n}.example", "US", 2_000_000, 120])
        sheet.cell(n, 5).number_format = number_format
        sheet.cell(n, 6).number_format = number_format
    source = tmp_path / "shown.xlsx"
    workbook.save(source)

    summary = services.intake.import_inquiries(OPERATOR, source)

    assert (summary.imported, summary.rejected, summary.flagged) == (7, 0, 4)
    found = revenues(services)
    for first in ("P2", "P3", "P4", "P5"):
        revenue, flags = found[first]
        assert revenue is None
        assert [flag["column"] for flag in flags] == ["Annual revenue"]
        assert "but the center counts in USD" in flags[0]["reason"]
    # The center's own currency, no currency, a locale alone: the number as it is.
    for first in ("P6", "P7", "P8"):
        assert found[first] == (Decimal("2000000.00"), [])


def test_a_row_written_with_another_separator_is_rejected_saying_so(
    services: Services, tmp_path: Path
) -> None:
    # The shipped sample's 18 columns: the README's example row holds far fewer values.
    with (resources_dir() / "samples" / "inquiries.csv").open(encoding="utf-8") as sample:
        header = next(csv.reader(sample))
    source = tmp_path / "semicolons.csv"
    source.write_text(
        ";".join(header) + "\n"
        "Al;Bo;Alpha;;al@alpha.example\n"
        "Bo Ek,bo@beta.example,Beta\n"
        "Smith, John\n",
        encoding="utf-8",
    )

    summary = services.intake.import_inquiries(OPERATOR, source)

    assert (summary.rows, summary.imported, summary.rejected) == (3, 1, 2)
    assert rejects(summary.rejects_file) == [
        (
            "3",
            "column 1",
            "Bo Ek,bo@beta.example,Beta",
            "1 cell holding 3 values separated by commas, but the file separates its 18 columns "
            "by semicolons: the row was written with another separator; the row is not imported",
        ),
        # One comma is a name's, not a row's: what the row lacks is the reason.
        ("4", "Phone", "", "no phone number and no e-mail address"),
    ]


def test_a_missing_contact_or_name_names_the_error_its_cell_held(
    services: Services, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["First Name", "Last Name", "Company", "Email", "Phone", "Country"])
    sheet.append(["Ivy", "Lam", "Initech", "#N/A", None, "US"])
    sheet.append([None, "#REF!", None, "kai@example.com", "+12125550104", "US"])
    sheet.append(["Jo", "Lam", "Initech", "jo@initech.example", None, "US"])
    path = tmp_path / "lookup.xlsx"
    workbook.save(path)

    summary = services.intake.import_inquiries(OPERATOR, path)

    assert (summary.rows, summary.imported, summary.rejected) == (3, 1, 2)
    assert rejects(summary.rejects_file) == [
        (
            "2",
            "Email",
            "#N/A",
            "no phone number and no e-mail address (the cell holds the spreadsheet error "
            "#N/A, a formula that found no value)",
        ),
        (
            "3",
            "Last Name",
            "#REF!",
            "no name and no company: nobody to ask for (the cell holds the spreadsheet error "
            "#REF!, a formula that found no value)",
        ),
    ]
