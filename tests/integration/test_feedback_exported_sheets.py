"""Partner-CRM exports as partners send them from a spreadsheet: a report title above the
header, the report on a second sheet, Salesforce's "Closed Won" with its Amount, a handoff
id Excel made a number. Real CSV files and XLSX workbooks written by openpyxl, on SQLite
and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Role
from qualifier_app.settings import Settings
from tests.integration.test_feedback_import import rejected_rows
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and their SLAs start."""
    return with_mail_server(settings, smtp_server)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def handoffs(services: Services, factory: Factory, count: int) -> list[int]:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    return [services.routing.route(rep, sales_ready_lead(factory, rep)).id for _ in range(count)]


def test_a_report_title_above_the_header_keeps_the_files_row_numbers(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    one, two = handoffs(services, factory, 2)
    sam = services.accounts.actor_for("sam.super")
    path = write_csv(
        tmp_path / "partner_report.csv",
        [
            ["Alpha Voice: leads from Qualifier"],
            ["Generated 2026-11-30"],
            [],
            ["Handoff", "Stage", "Amount"],
            [str(one), "Active", "30000"],
            [],
            [str(two), "Active", "3,000,00"],
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    assert (report.rows, report.applied, report.rejected, report.empty) == (3, 1, 1, 1)
    assert report.header_row == 4
    assert rejected_rows(report) == {"7": "pipeline value '3,000,00' is not an amount"}
    assert handoff_row(services, one).status == "active"


def test_the_report_on_a_second_sheet_is_read(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    (one,) = handoffs(services, factory, 1)
    sam = services.accounts.actor_for("sam.super")
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Read me"
    cover.append(["Pipeline report, confidential"])
    sheet = workbook.create_sheet("Report")
    sheet.append(["Handoff", "Stage", "Amount"])
    sheet.append([one, "Active", 12000])
    path = tmp_path / "report.xlsx"
    workbook.save(path)

    report = services.handoffs.import_feedback(sam, path)

    assert (report.rows, report.applied, report.rejected) == (1, 1, 0)
    assert (report.sheet, report.passed_sheets) == ("Report", ("Read me",))
    assert handoff_row(services, one).status == "active"


def test_a_file_without_a_header_in_its_first_rows_says_where_it_must_be(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    handoffs(services, factory, 1)
    sam = services.accounts.actor_for("sam.super")
    path = write_csv(tmp_path / "notes.csv", [["Alpha Voice notes"], ["nothing new this week"]])

    with pytest.raises(InvalidInput) as refused:
        services.handoffs.import_feedback(sam, path)

    assert str(refused.value) == (
        "no header row found: the header must be one of the first 10 rows and have a "
        "column for status"
    )


def test_spreadsheet_error_values_are_empty_and_a_needed_one_says_so(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    one, two, three = handoffs(services, factory, 3)
    sam = services.accounts.actor_for("sam.super")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Handoff", "Stage", "Amount", "Comment"])
    sheet.append([one, "#N/A", 1000, ""])
    sheet.append([two, "Active", "#VALUE!", ""])
    sheet.append([three, "Accepted", "#REF!", "#N/A"])
    path = tmp_path / "lookup.xlsx"
    workbook.save(path)

    report = services.handoffs.import_feedback(sam, path)

    assert (report.rows, report.applied, report.rejected) == (3, 1, 2)
    assert rejected_rows(report) == {
        "2": "the status is empty (the cell holds the spreadsheet error #N/A, read as empty)",
        "3": "an active opportunity needs its pipeline value (the cell holds the spreadsheet "
        "error #VALUE!, read as empty)",
    }
    accepted = handoff_row(services, three)
    assert (accepted.status, accepted.pipeline_value) == ("accepted", None)


def test_a_salesforce_closed_won_amount_is_won_revenue_in_the_reports(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    won, working = handoffs(services, factory, 2)
    sam = services.accounts.actor_for("sam.super")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    # A Salesforce opportunity report saved as XLSX: one Amount column, whatever the stage.
    sheet.append(["Opportunity Name", "Handoff ID", "Stage", "Amount", "Close Date"])
    sheet.append(["Acme expansion", won, "Closed Won", 48000, date(2026, 11, 20)])
    sheet.append(["Initech pilot", working, "Working", 12000.5, date(2027, 1, 31)])
    path = tmp_path / "opportunities.xlsx"
    workbook.save(path)

    report = services.handoffs.import_feedback(sam, path)

    assert (report.applied, report.rejected) == (2, 0)
    closed = handoff_row(services, won)
    assert (closed.status, closed.won_revenue, closed.closed_on, closed.pipeline_value) == (
        "won",
        Decimal(48000),
        date(2026, 11, 20),
        None,
    )
    assert handoff_row(services, working).pipeline_value == Decimal("12000.50")
    (alpha,) = services.reports.status_kpis(sam, "partner", Period())
    assert (alpha.group, alpha.won_revenue, alpha.pipeline_value) == (
        "Alpha Voice",
        Decimal(48000),
        Decimal("12000.50"),
    )


def test_a_handoff_id_a_spreadsheet_made_a_number_is_the_handoff(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    one, two, three = handoffs(services, factory, 3)
    sam = services.accounts.actor_for("sam.super")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Handoff ID", "Stage"])
    sheet.append([float(one), "Accepted"])  # a number cell: 18.0, shown "18"
    sheet.append([two + 0.5, "Accepted"])
    xlsx = tmp_path / "numbers.xlsx"
    workbook.save(xlsx)
    text = write_csv(
        tmp_path / "numbers.csv",
        [["Handoff ID", "Stage"], [f"{three}.0", "Accepted"], [f"{two},5", "Accepted"]],
    )

    from_xlsx = services.handoffs.import_feedback(sam, xlsx)
    from_csv = services.handoffs.import_feedback(sam, text)

    assert (from_xlsx.applied, from_csv.applied) == (1, 1)
    assert rejected_rows(from_xlsx) == {
        "3": f"handoff id '{two}.5' is not a whole number: handoff ids have no decimals (was "
        "the cell changed by a formula or rounding?)"
    }
    assert rejected_rows(from_csv) == {
        "3": f"handoff id '{two},5' is not a whole number: handoff ids have no decimals (was "
        "the cell changed by a formula or rounding?)"
    }
    assert [handoff_row(services, h).status for h in (one, two, three)] == [
        "accepted",
        "sent",
        "accepted",
    ]
