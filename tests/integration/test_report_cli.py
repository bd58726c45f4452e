"""`qualifier report …`: tables, CSV, XLSX and JSON, read back; formula cells escaped."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qualifier_app.app import Services
from qualifier_app.persistence.models import Campaign
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.report_history import build_history

NOV = ["--from", "2026-11-01", "--to", "2026-11-30"]


@pytest.fixture
def db(services: Services, factory: Factory, database_url: str) -> str:
    build_history(services, factory)
    # A campaign name that a spreadsheet would run as a formula.
    with services.db.unit_of_work() as uow:
        uow.session.add(
            Campaign(
                name='=HYPERLINK("http://evil.example","click")',
                channel="+web",
                cost=Decimal("10"),
                created_at=services.clock.now(),
            )
        )
        uow.commit()
    return database_url


def run(db: str, *args: str) -> int:
    return admin_main(["--db", db, "report", *args])


def test_xlsx_export_reads_back_with_formulas_escaped(db: str, tmp_path: Path) -> None:
    out = tmp_path / "campaigns.xlsx"
    assert (
        run(db, "conversion", "--by", "campaign", *NOV, "--format", "xlsx", "--out", str(out)) == 0
    )
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Campaign", "Channel", "Inquiries", "Cost (USD)")
    assert "ROI (%)" in header
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    show = by_name["Show"]
    assert (show["Inquiries"], show["Qualified"], show["Won"]) == (4, 2, 1)
    assert show["Won revenue (USD)"] == 5000
    assert show["ROI (%)"] == 400
    assert by_name["Web"]["ROI (%)"] is None  # zero cost: no ROI, an empty cell
    evil = "'" + '=HYPERLINK("http://evil.example","click")'
    assert evil in by_name
    assert by_name[evil]["Channel"] == "'+web"
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_csv_export_per_rep(db: str, tmp_path: Path) -> None:
    out = tmp_path / "reps.csv"
    assert run(db, "conversion", "--by", "rep", *NOV, "--format", "csv", "--out", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Rep"]: row for row in csv.DictReader(handle)}
    assert rows["Rita"]["Claimed"] == "4"
    assert rows["Rita"]["Contact rate (%)"] == "50.0"  # as the screen shows it
    assert rows["Rita"]["Revenue (USD)"] == "5000.00"
    assert rows["Anna"]["Contact rate (%)"] == ""


def test_a_csv_file_holds_what_the_command_line_prints(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file written with --out dropped an amount's cents (5000) that the same report on
    standard output kept (5000.00)."""
    out = tmp_path / "reps.csv"
    assert run(db, "conversion", "--by", "rep", *NOV, "--format", "csv", "--out", str(out)) == 0
    capsys.readouterr()
    assert run(db, "conversion", "--by", "rep", *NOV, "--format", "csv") == 0
    printed = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == printed
    assert any("5000.00" in row for row in printed)


def test_json_and_table_output(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "conversion", "--by", "partner", *NOV, "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    atlantic = next(row for row in data["rows"] if row["partner"] == "Atlantic")
    assert atlantic["handoffs"] == 2 and atlantic["feedback_compliance"] == 0.5
    assert data["period"] == "2026-11-01 to 2026-11-30"
    assert run(db, "status", "--by", "region", *NOV) == 0
    text = capsys.readouterr().out
    assert "US-NY" in text and "50.0 %" in text and "5,000.00" in text


def test_bad_input_is_one_line_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "conversion", "--by", "rep", "--from", "2026-11-30", "--to", "2026-11-01") == 2
    assert "starts (2026-11-30) after it ends" in capsys.readouterr().err
    # A period "to today" that starts after today read "9999-12-31 to today".
    assert run(db, "conversion", "--by", "rep", "--from", "9998-12-31") == 2
    assert "the period starts (9998-12-31) after today (" in capsys.readouterr().err
    assert run(db, "check-calls", "--by", "partner", "--from", "2027-01-01") == 2
    assert "starts (2027-01-01) after today" in capsys.readouterr().err
    assert run(db, "conversion", "--by", "rep", "--format", "xlsx") == 2
    assert "needs --out" in capsys.readouterr().err
    assert run(db, "conversion", "--by", "rep", "--campaign", "Nope") == 2
    assert "no campaign 'Nope'" in capsys.readouterr().err
    missing = tmp_path / "no" / "such" / "dir.csv"
    assert run(db, "conversion", "--by", "rep", "--out", str(missing)) == 2
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        run(db, "conversion", "--by", "planet")
    assert exit_info.value.code == 2


def test_the_leads_behind_a_figure_listed_and_exported(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figure = ["leads", "--report", "conversion", "--by", "rep", "--group", "Rita"]
    assert run(db, *figure, "--figure", "claimed", *NOV) == 0
    text = capsys.readouterr().out
    assert text.startswith("4 calls of ") and "Rita · claimed" in text  # Rita claimed 4
    assert run(db, *figure, "--figure", "revenue", *NOV, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["items"], data["unit"], data["amount"], data["currency"]) == (
        1,
        "handoffs",
        "5000.00",
        "USD",
    )
    out = tmp_path / "marco-pending.csv"
    status = ["leads", "--report", "status", "--by", "rep", "--group", "Marco"]
    assert run(db, *status, "--figure", "pending", *NOV, "--out", str(out)) == 0
    assert "2 leads behind Marco" in capsys.readouterr().out
    assert len(out.read_text("utf-8-sig").splitlines()) == 3
    assert run(db, *status, "--figure", "pending_share", *NOV) == 2
    err = capsys.readouterr().err
    assert (
        "'pending_share' is not one of total, pending" in err and len(err.strip().splitlines()) == 1
    )


def test_a_group_that_is_no_row_of_the_report_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = ["leads", "--report", "status", "--by", "rep", *NOV]
    out = tmp_path / "ritta.csv"
    assert run(db, *status, "--group", "Ritta", "--figure", "total") == 2
    assert run(db, *status, "--group", "Ritta", "--figure", "total", "--out", str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and err[0] == err[1]
    assert "the status report by rep has no row 'Ritta' for this period" in err[0]
    assert "Rita" in err[0] and "(every group)" in err[0]
    assert not out.exists()
    assert (
        run(db, "leads", "--report", "publication", "--group", "Nope", "--figure", "reported") == 2
    )
    assert "the publication has no row 'Nope'" in capsys.readouterr().err

    # A row whose figure is 0 is an answer, not a mistake.
    assert run(db, "status", "--by", "rep", *NOV, "--json") == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    group, figure = next(
        (row["group"], key)
        for row in rows
        for key in ("pending", "active", "unqualified")
        if row[key] == 0
    )
    assert run(db, *status, "--group", group, "--figure", figure) == 0
    assert capsys.readouterr().out.startswith(f"0 leads — {group} · {figure}")


def test_a_center_s_amounts_are_said_in_its_currency(
    db: str,
    services: Services,
    factory: Factory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A Zurich center's report said "Revenue" and "5,000.00": the figure was francs, and the
    spreadsheet sent on (or a partner's scorecard) did not say so."""
    factory.center("Europe/Zurich", currency="CHF")
    out = tmp_path / "reps.csv"
    assert run(db, "conversion", "--by", "rep", *NOV, "--out", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Rep"]: row for row in csv.DictReader(handle)}
    assert rows["Rita"]["Revenue (CHF)"] == "5000.00"
    capsys.readouterr()
    assert run(db, "status", "--by", "region", *NOV) == 0
    table = capsys.readouterr().out
    assert "Pipeline value (CHF)" in table and "Won revenue (CHF)" in table
    assert "Leads (CHF)" not in table and "Pending (CHF)" not in table
    assert run(db, "conversion", "--by", "campaign", *NOV, "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["currency"] == "CHF"
    figure = ["leads", "--report", "conversion", "--by", "rep", "--group", "Rita"]
    assert run(db, *figure, "--figure", "revenue", *NOV) == 0
    assert capsys.readouterr().out.startswith("1 handoff of 1 lead, 5,000.00 CHF — ")
    assert run(db, *figure, "--figure", "claimed", *NOV) == 0
    assert "CHF" not in capsys.readouterr().out  # calls are no amount
