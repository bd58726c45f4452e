"""Inquiry files as a tester found them in the wild (tests/data/intake), on SQLite and
PostgreSQL."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import ImportBatch, Lead, Touch
from qualifier_app.services.intake.dto import accounting

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


def copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(DATA / name, target)
    return target


def phones(services: Services) -> dict[str, tuple[str | None, str]]:
    with services.db.unit_of_work(write=False) as uow:
        return {
            f"{lead.first_name} {lead.last_name}": (lead.phone_e164, lead.status)
            for lead in uow.session.scalars(select(Lead))
        }


def test_a_german_number_that_lost_its_plus_matches_the_lead_and_the_do_not_call_list(
    services: Services, tmp_path: Path
) -> None:
    first = services.intake.import_inquiries(OPERATOR, copy("de_with_plus.csv", tmp_path))
    assert first.imported == 1
    # The same person from a spreadsheet that dropped the "+": 491701234567, country DE.
    again = services.intake.import_inquiries(OPERATOR, copy("de_plus_lost.csv", tmp_path))
    assert (again.imported, again.merged) == (0, 1)
    assert phones(services) == {"Anna Schmidt": ("+491701234567", "queued")}

    services.do_not_call.add(OPERATOR, phone="+49 170 1234567", reason="asked on the phone")
    # An XLSX whose phone cells are numbers (491701234567), not text.
    summary = services.intake.import_inquiries(
        OPERATOR, copy("phones_as_number_cells.xlsx", tmp_path)
    )
    assert (summary.rows, summary.merged) == (5, 1)
    found = phones(services)
    assert found["Anna Schmidt"] == ("+491701234567", "do_not_call")
    assert found["Ben Müller"][0] == "+491701234568"
    assert found["Carl Ng"][0] == "+12125550199"


def test_two_files_with_one_name_keep_their_own_rejects_files(
    services: Services, tmp_path: Path
) -> None:
    # leads.csv and leads.xlsx side by side, each with a row whose e-mail is not one.
    for name in ("leads.csv", "leads.xlsx"):
        shutil.copyfile(DATA / "same_stem" / name, tmp_path / name)
    first = services.intake.import_inquiries(OPERATOR, tmp_path / "leads.csv")
    second = services.intake.import_inquiries(OPERATOR, tmp_path / "leads.xlsx")
    again = services.intake.import_inquiries(OPERATOR, tmp_path / "leads.csv")
    files = [first.rejects_file, second.rejects_file, again.rejects_file]
    assert files == [
        str(tmp_path / "leads.rejects.csv"),
        str(tmp_path / "leads.rejects-2.csv"),
        str(tmp_path / "leads.rejects-3.csv"),
    ]
    assert "bad-mail-1" in Path(files[0]).read_text(encoding="utf-8-sig")
    assert "bad-mail-2" in Path(files[1]).read_text(encoding="utf-8-sig")
    with services.db.unit_of_work(write=False) as uow:
        recorded = [
            uow.session.get(ImportBatch, summary.batch_id).rejects_file  # type: ignore[union-attr]
            for summary in (first, second, again)
        ]
    assert recorded == files


def test_an_address_with_a_mail_link_or_a_name_around_it_is_the_address(
    services: Services, tmp_path: Path
) -> None:
    summary = services.intake.import_inquiries(OPERATOR, copy("emails_as_copied.csv", tmp_path))
    with services.db.unit_of_work(write=False) as uow:
        stored = {
            lead.first_name: lead.email_normalized for lead in uow.session.scalars(select(Lead))
        }
    assert stored["P1"] == "bob@example.com"  # mailto:bob@example.com
    assert stored["P2"] == "carl@example.com"  # MAILTO:Carl@Example.com
    assert stored["P4"] == "eve@example.com"  # <eve@example.com>
    assert stored["P5"] == "frank@example.com"  # Frank <frank@example.com>
    # Two addresses in one cell, or a broken one, are still refused, never picked from.
    assert {"P6", "P7"}.isdisjoint(stored)
    assert summary.rejected == 3  # dave @example.com, gina;gina2, hank@example..com


def dated_touches(services: Services) -> dict[int, tuple[datetime, dict[str, Any]]]:
    """row → (when the touch happened, its details)"""
    with services.db.unit_of_work(write=False) as uow:
        return {
            touch.details["row"]: (touch.occurred_at, touch.details)
            for touch in uow.session.scalars(select(Touch))
        }


def test_excel_date_serials_in_a_csv_are_the_inquiry_dates(
    services: Services, tmp_path: Path
) -> None:
    # Excel writes a date cell formatted as a number as its serial when it saves a CSV.
    source = tmp_path / "from_excel.csv"
    source.write_text(
        "Name,Email,Company,Inquiry Date\n"
        "Ann One,ann@one.example,One,45678\n"
        "Bo Two,bo@two.example,Two,45678.5417\n"
        "Cy Three,cy@three.example,Three,123456\n",
        encoding="utf-8",
    )
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.imported, summary.flagged) == (3, 1)
    rows = dated_touches(services)
    assert rows[2][0] == datetime(2025, 1, 21, tzinfo=UTC)
    assert rows[3][0] == datetime(2025, 1, 21, 13, 0, 3, tzinfo=UTC)
    with services.db.unit_of_work(write=False) as uow:
        started = uow.session.scalars(select(ImportBatch.started_at)).one()
    assert rows[4][0] == started  # not a date: the import time, flagged
    assert rows[4][1]["flags"][0]["reason"] == "not a date; the import time is used"


def test_inquiry_dates_with_their_months_name_are_the_inquiry_dates(
    services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "crm.csv"
    source.write_text(
        "Name,Email,Company,Inquiry Date\n"
        'Ann One,ann@one.example,One,"Jan 21, 2025 1:00 PM"\n'
        "Bo Two,bo@two.example,Two,21-Jan-2025\n"
        "Cy Three,cy@three.example,Three,21. Januar 2025\n",
        encoding="utf-8",
    )
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.imported, summary.flagged) == (3, 0)
    rows = dated_touches(services)
    assert rows[2][0] == datetime(2025, 1, 21, 13, tzinfo=UTC)
    assert rows[3][0] == rows[4][0] == datetime(2025, 1, 21, tzinfo=UTC)


def test_a_no_date_with_an_offset_is_flagged_and_the_rest_of_the_file_imported(
    services: Services, tmp_path: Path
) -> None:
    """A system's "no date" written with an offset (0001-01-01T00:00:00+01:00) lies before
    the calendar's first moment in UTC: reading it raised, and the whole import failed."""
    source = tmp_path / "crm.csv"
    source.write_text(
        "Name,Email,Company,Inquiry Date\n"
        "Ann One,ann@one.example,One,0001-01-01T00:00:00+01:00\n"
        "Bo Two,bo@two.example,Two,0001-01-01 00:00 CET\n"
        "Cy Three,cy@three.example,Three,21.01.2025\n",
        encoding="utf-8",
    )
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.imported, summary.flagged) == (3, 2)
    rows = dated_touches(services)
    assert rows[2][1]["flags"][0]["reason"] == "not a date; the import time is used"
    assert rows[4][0] == datetime(2025, 1, 21, tzinfo=UTC)


def test_a_workbook_date_cell_formatted_as_a_number_is_read_as_the_date(
    services: Services, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email", "Company", "Inquiry Date"])
    sheet.append(["Ann One", "ann@one.example", "One", 45678])
    sheet.append(["Bo Two", "bo@two.example", "Two", 45678.5])
    sheet.append(["Cy Three", "cy@three.example", "Three", datetime(2025, 1, 21, 9, 30)])
    sheet.append(["Di Four", "di@four.example", "Four", 123456])
    source = tmp_path / "dates.xlsx"
    book.save(source)
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.imported, summary.flagged) == (4, 1)
    rows = dated_touches(services)
    assert rows[2][0] == datetime(2025, 1, 21, tzinfo=UTC)
    assert rows[3][0] == datetime(2025, 1, 21, 12, tzinfo=UTC)
    assert rows[4][0] == datetime(2025, 1, 21, 9, 30, tzinfo=UTC)
    # Out of any date's range: the import time, and a flag saying so.
    assert rows[5][1]["flags"] == [
        {
            "column": "Inquiry Date",
            "value": "123456",
            "reason": "not a date; the import time is used",
        }
    ]


def test_two_exports_pasted_one_after_another_and_notes_beside_the_contacts(
    services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "messe.csv"
    source.write_text(
        "Firma;Vorname;Nachname;Telefon;E-Mail;Land\n"
        "Weber AG;Klaus;Weber;030 9876543 Durchwahl 12;E-Mail: k.weber@weber-ag.de;DE\n"
        ";;;;;\n"
        "Firma;Vorname;Nachname;Telefon;E-Mail;Land\n"
        "Acme Inc;John;Smith;415.555.0123 (mobile);john.smith@acme.com.;USA\n"
        "Dupont SA;Jean;Dupont;01 23 45 67 89 poste 12;(jean.dupont@dupont.fr);FR\n",
        encoding="cp1252",
    )
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.rows, summary.imported, summary.rejected, summary.flagged) == (4, 3, 1, 0)
    assert accounting(summary) == (
        "4 rows read = 3 new leads + 0 merged into existing leads + 1 rejected; "
        "1 blank row between them skipped"
    )
    assert summary.rejects_file is not None
    rejects = Path(summary.rejects_file).read_text(encoding="utf-8-sig").splitlines()
    assert rejects[1:] == [
        '4,Firma,Firma,"the column titles again, no data (files put one after another?)"'
    ]
    with services.db.unit_of_work(write=False) as uow:
        stored = {
            lead.last_name: (lead.phone_e164, lead.phone_extension, lead.email_normalized)
            for lead in uow.session.scalars(select(Lead))
        }
    assert stored == {
        "Weber": ("+4930987654312", None, "k.weber@weber-ag.de"),
        "Smith": ("+14155550123", None, "john.smith@acme.com"),
        "Dupont": ("+33123456789", "12", "jean.dupont@dupont.fr"),
    }


def test_a_full_name_keeps_the_particles_with_the_surname_and_still_finds_the_lead(
    services: Services, tmp_path: Path
) -> None:
    # As full names were split before: the particle with the first name.
    before = tmp_path / "before.csv"
    before.write_text(
        "First name,Last name,Phone,Country\nJosé da,Silva,+55 11 98765-4321,BR\n",
        encoding="utf-8",
    )
    services.intake.import_inquiries(OPERATOR, before)
    now = tmp_path / "now.csv"
    now.write_text(
        "Name,Phone,Company,Country\n"
        "José da Silva,+55 11 98765-4321,Tecno,BR\n"
        "Anna von der Heide,+49 30 1234567,Heide KG,DE\n",
        encoding="utf-8",
    )
    summary = services.intake.import_inquiries(OPERATOR, now)
    assert (summary.imported, summary.merged) == (1, 1)
    with services.db.unit_of_work(write=False) as uow:
        names = {(lead.first_name, lead.last_name) for lead in uow.session.scalars(select(Lead))}
    assert names == {("José da", "Silva"), ("Anna", "von der Heide")}
