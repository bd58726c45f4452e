"""A corpus of bad import files, made here: every row is accounted for (rows read = imported +
merged + rejected), nothing unreadable is stored, every reject says why, memory stays bounded,
and a file that cannot be read at all is one line on stderr with exit code 2.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
import random
import re
import shutil
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import ImportBatch, Lead, Touch
from qualifier_app.services.intake.dto import ImportSummary, accounting
from tests.support.cli import admin_main

pytestmark = pytest.mark.slow

HEADER = ["First Name", "Last Name", "Company", "Email", "Phone", "Comments"]
UNREADABLE = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069\udc00-\udcff]")


def person(n: int, **changes: str) -> list[str]:
    row = {
        "First Name": f"Alex{n}",
        "Last Name": f"Smith{n}",
        "Company": f"Firm {n} Ltd",
        "Email": f"alex{n}@firm{n}.example",
        "Phone": "",
        "Comments": "asked for a demo",
    }
    row.update({key.replace("_", " ").title(): value for key, value in changes.items()})
    return [row[column] for column in HEADER]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def rewrite_member(path: Path, member: str, change: Any) -> None:
    """Rewrite one part of an XLSX (a ZIP), streaming: `change` gets the old bytes and
    returns the new, or writes them itself when given a writer."""
    source = path.with_suffix(".orig.xlsx")
    shutil.move(path, source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename == member:
                with new.open(member, "w", force_zip64=True) as target:
                    change(old.read(member), target)
            else:
                new.writestr(info, old.read(info.filename))
    source.unlink()


def import_file(services: Services, path: Path) -> tuple[ImportSummary, list[list[str]]]:
    summary = services.intake.import_inquiries(
        OPERATOR, path, rejects_path=path.with_suffix(".rejects.csv")
    )
    # Every row read is accounted for, in the summary and in the batch record.
    assert summary.rows == summary.imported + summary.merged + summary.rejected
    with services.db.unit_of_work(write=False) as uow:
        batch = uow.session.get(ImportBatch, summary.batch_id)
        assert batch is not None
        assert (batch.rows, batch.imported, batch.merged, batch.rejected) == (
            summary.rows, summary.imported, summary.merged, summary.rejected)  # fmt: skip
    rejects: list[list[str]] = []
    if summary.rejects_file:
        with open(summary.rejects_file, encoding="utf-8-sig", newline="") as handle:
            rejects = list(csv.reader(handle))[1:]
        assert len({row[0] for row in rejects}) == summary.rejected
        assert all(row[3] for row in rejects)
    assert_nothing_unreadable_stored(services)
    return summary, rejects


def assert_nothing_unreadable_stored(services: Services) -> None:
    with services.db.unit_of_work(write=False) as uow:
        for lead in uow.session.scalars(select(Lead)):
            for column in Lead.__table__.columns:
                value = getattr(lead, column.key)
                if isinstance(value, str):
                    assert not UNREADABLE.search(value), (column.key, value[:80])
                    assert len(value) <= 10_000
        for details in uow.session.scalars(select(Touch.details)):
            assert not UNREADABLE.search(json.dumps(details, ensure_ascii=False))


def stored_names(services: Services) -> set[tuple[str, str, str]]:
    with services.db.unit_of_work(write=False) as uow:
        return {
            (lead.first_name, lead.last_name, lead.company)
            for lead in uow.session.scalars(select(Lead))
        }


# --- rows of a readable file: each imported, or rejected with its reason ----------------------


def test_an_understated_xlsx_dimension_reads_every_row(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dimension.xlsx", [person(n) for n in range(10)])

    def understate(old: bytes, target: Any) -> None:
        target.write(re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:F3"', old))

    rewrite_member(path, "xl/worksheets/sheet1.xml", understate)
    assert b'ref="A1:F3"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    summary, _ = import_file(services, path)
    assert (summary.rows, summary.imported) == (10, 10)
    assert services.intake.preview(OPERATOR, path).total_rows == 10


def ascii_rows(count: int) -> list[list[str]]:
    return [person(n) for n in range(count)]


def test_windows_1252_after_the_first_64_kb_is_read_as_windows_1252(
    services: Services, tmp_path: Path
) -> None:
    rows = ascii_rows(1000)  # about 72 KB of ASCII first
    rows.append(person(5000, last_name="Müller", company="Café Crème SA"))
    path = write_csv(tmp_path / "late.csv", rows, encoding="cp1252")
    assert path.stat().st_size > 64 * 1024
    summary, _ = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (1001, 1001, 0)
    assert ("Alex5000", "Müller", "Café Crème SA") in stored_names(services)


def test_excel_for_mac_csv_is_read_as_mac_roman(services: Services, tmp_path: Path) -> None:
    # Excel for Mac's "CSV (Macintosh)": Mac Roman, each line ended by a carriage return.
    rows = [
        person(1, first_name="Jürgen", last_name="Müller", company="Müller & Söhne GmbH"),
        person(2, first_name="Zoë", company="Café Crème SA", comments="“quoted” – 1.200 €"),
    ]
    path = tmp_path / "mac.csv"
    with path.open("w", encoding="mac_roman", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r")
        writer.writerow(HEADER)
        writer.writerows(rows)
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, rejects) == (2, 2, [])
    assert stored_names(services) == {
        ("Jürgen", "Müller", "Müller & Söhne GmbH"),
        ("Zoë", "Smith2", "Café Crème SA"),
    }
    with services.db.unit_of_work(write=False) as uow:
        assert "“quoted” – 1.200 €" in set(uow.session.scalars(select(Lead.inquiry)))


def test_utf_8_that_turns_to_windows_1252_rejects_the_row_naming_the_byte(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    write_csv(path, [person(0, last_name="Jürgen"), *ascii_rows(1000)[1:]])
    with path.open("ab") as handle:
        handle.write(b"Alex5000,M\xfcller,Firm 5000 Ltd,alex5000@firm5000.example,,demo\r\n")
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (1001, 1000, 1)
    assert rejects == [
        [
            "1002",
            "Last Name",
            "M\\xFCller",
            "byte 0xFC at character 2 cannot be read as utf-8 (the encoding of the file); "
            "the row is not imported: save the file as UTF-8",
        ]
    ]
    assert ("Alex0", "Jürgen", "Firm 0 Ltd") in stored_names(services)


def test_a_windows_1252_row_before_utf_8_ones_rejects_that_row_not_garbles_the_rest(
    services: Services, tmp_path: Path
) -> None:
    """A row pasted in first from an older file: the file was read as Windows-1252, and
    every UTF-8 name after it stored garbled ("SociÃ©tÃ©"), nothing rejected or flagged."""
    path = tmp_path / "pasted.csv"
    path.write_bytes(
        ",".join(HEADER).encode()
        + b"\r\nZo\xeb,Caf\xe9,Caf\xe9 Deux,zoe@cafe-deux.example,,demo\r\n"
        + "Renée,Laurent,Société Beta,renee@beta.example,,demo\r\n".encode()
        + "Jürgen,Schäfer,Müller Zwei GmbH,juergen@mueller2.example,,demo\r\n".encode()
    )
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (3, 2, 1)
    assert [row[:2] for row in rejects] == [["2", "First Name"]]
    assert "cannot be read as utf-8" in rejects[0][3]
    assert stored_names(services) == {
        ("Renée", "Laurent", "Société Beta"),
        ("Jürgen", "Schäfer", "Müller Zwei GmbH"),
    }


def test_shift_jis_is_read_as_japanese(services: Services, tmp_path: Path) -> None:
    rows = [
        person(1, first_name="太郎", last_name="山田", company="株式会社テスト"),
        person(2, first_name="花子", last_name="佐藤", company="サンプル商事"),
    ]
    summary, _ = import_file(services, write_csv(tmp_path / "sjis.csv", rows, "shift_jis"))
    assert (summary.rows, summary.imported) == (2, 2)
    names = stored_names(services)
    assert ("太郎", "山田", "株式会社テスト") in names
    assert ("花子", "佐藤", "サンプル商事") in names


def test_brazilian_windows_1252_with_accented_pairs_is_not_read_as_japanese(
    services: Services, tmp_path: Path
) -> None:
    # A tester's file: "Soluções", "Conceição", "Assunção" also read as Shift-JIS (as kanji).
    path = tmp_path / "br_cp1252.csv"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "intake" / path.name, path)
    summary, _ = import_file(services, path)
    assert (summary.rows, summary.imported) == (3, 3)
    companies = {company for _, _, company in stored_names(services)}
    assert companies == {
        "Soluções Digitais Ltda",
        "Construções Assunção SA",
        "Participações e Comunicações",
    }


def test_utf_16_without_a_byte_order_mark(services: Services, tmp_path: Path) -> None:
    rows = [person(1, first_name="Zoë", company="Crème SA"), person(2)]
    path = write_csv(tmp_path / "utf16.csv", rows, "utf-16-le")
    assert not path.read_bytes().startswith(b"\xff\xfe")
    summary, _ = import_file(services, path)
    assert (summary.rows, summary.imported) == (2, 2)
    assert ("Zoë", "Smith1", "Crème SA") in stored_names(services)


@pytest.mark.parametrize(
    ("character", "named"),
    [
        ("\x00", "U+0000 (NUL)"),
        ("\x1b", "U+001B (ESC)"),
        ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
        ("\u2066", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
    ],
)
def test_control_characters_reject_their_row_with_the_reason(
    services: Services, tmp_path: Path, character: str, named: str
) -> None:
    rows = [person(1), person(2, company=f"Ev{character}il Corp"), person(3)]
    summary, rejects = import_file(services, write_csv(tmp_path / "control.csv", rows))
    assert (summary.rows, summary.imported, summary.rejected) == (3, 2, 1)
    assert [row[:2] for row in rejects] == [["3", "Company"]]
    assert rejects[0][2] == f"Ev<U+{ord(character):04X}>il Corp"
    assert f"holds the control character {named} at character 3" in rejects[0][3]


def test_right_to_left_text_without_controls_is_kept(services: Services, tmp_path: Path) -> None:
    rows = [person(1, first_name="שרה", last_name="כהן", company="مؤسسة النور")]
    summary, _ = import_file(services, write_csv(tmp_path / "rtl.csv", rows))
    assert summary.imported == 1
    assert ("שרה", "כהן", "مؤسسة النور") in stored_names(services)


def test_over_long_cells_are_rejected_and_the_rows_after_them_read(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        person(1),
        person(2, comments="x" * 140_000),  # beyond the CSV reader's own field limit
        person(3, comments="y" * 3_000_000),  # beyond the longest line read
        person(4, comments="z" * 20_000),  # a readable cell longer than the column holds
        person(5, company="C" * 201),
        person(6),
    ]
    path = write_csv(tmp_path / "long.csv", rows)
    tracemalloc.start()
    try:
        summary, rejects = import_file(services, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 2**20
    assert (summary.rows, summary.imported, summary.rejected) == (6, 2, 4)
    reasons = {row[0]: row[3] for row in rejects}
    assert "a cell of 32,767 characters or more" in reasons["3"]
    # A line too long to read is skipped unread: which of its cells was long is not known.
    assert "a line longer than 1,048,576 characters, skipped unread" in reasons["4"]
    assert {row[0]: row[1] for row in rejects}["4"] == ""
    assert reasons["5"] == "20,000 characters, longer than the 10,000 this column holds"
    assert reasons["6"] == "201 characters, longer than the 200 this column holds"
    assert all(len(row[2]) <= 201 for row in rejects)


UNCLOSED = "unclosed quote from row {row}: the quote that opens this cell is never closed"


@pytest.mark.parametrize("count", [5, 1000])
def test_an_unclosed_quote_rejects_its_row_and_the_rows_after_it_are_read(
    services: Services, tmp_path: Path, count: int
) -> None:
    path = write_csv(tmp_path / "quote.csv", ascii_rows(count))
    lines = path.read_text().splitlines()
    lines[3] = 'Carl,Jones,Acme,carl@acme.example,,"wants a 14 inch monitor'
    path.write_text("\n".join(lines) + "\n")
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (count, count - 1, 1)
    assert [row[:3] for row in rejects] == [["4", "Comments", "wants a 14 inch monitor"]]
    assert rejects[0][3].startswith(UNCLOSED.format(row=4))
    with services.db.unit_of_work(write=False) as uow:
        assert set(uow.session.scalars(select(Lead.inquiry))) == {"asked for a demo"}


def test_a_quote_closed_by_a_later_row_rejects_only_its_own_row(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "later.csv"
    path.write_text(
        ",".join(HEADER) + "\n"
        'Ana,Silva,Acme,ana@acme.example,,"wants a 14 inch monitor\n'
        "Bob,Ray,Beta,bob@beta.example,,call back\n"
        'Cleo,Moss,Gamma,cleo@gamma.example,,"a demo, soon"\n'
    )
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (3, 2, 1)
    assert rejects[0][0] == "2" and rejects[0][3].startswith(UNCLOSED.format(row=2))
    with services.db.unit_of_work(write=False) as uow:
        assert set(uow.session.scalars(select(Lead.inquiry))) == {"call back", "a demo, soon"}


def test_a_quoted_cell_over_several_lines_stays_one_cell(
    services: Services, tmp_path: Path
) -> None:
    rows = [person(1, comments="first line\nsecond line"), person(2), person(3)]
    summary, _ = import_file(services, write_csv(tmp_path / "lines.csv", rows))
    assert (summary.rows, summary.imported, summary.rejected) == (3, 3, 0)
    with services.db.unit_of_work(write=False) as uow:
        assert "first line\nsecond line" in set(uow.session.scalars(select(Lead.inquiry)))


def test_a_row_with_more_cells_than_the_header_is_rejected_not_shifted(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "shifted.csv"
    path.write_text(
        "Name,Email,Company,Comments\n"
        "Ana Silva,ana@acme.example,Acme, Inc.,call me after 5pm\n"
        "Bo Ek,bo@beta.example,Beta,demo,,\n"  # empty cells past the header are harmless
    )
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (2, 1, 1)
    assert rejects == [
        [
            "2",
            "column 5",
            "call me after 5pm",
            "5 cells, but the header has 4 columns: a cell holds the delimiter without quotes, "
            "so the values after it are in the wrong columns; the row is not imported",
        ]
    ]
    assert stored_names(services) == {("Bo", "Ek", "Beta")}


def test_a_row_with_another_separator_is_rejected_as_such(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "pasted.csv"
    path.write_text(
        "Name;Email;Company;Comments\n"
        "Ana Silva;ana@acme.example;Acme;call me\n"
        "Bo Ek,bo@beta.example,Beta,demo\n"  # pasted in from a file of commas
        '"Cy Lu, Jr.";cy@gamma.example;Gamma;\n'  # a comma inside a name is just a comma
    )
    summary, rejects = import_file(services, path)
    assert (summary.rows, summary.imported, summary.rejected) == (3, 2, 1)
    assert rejects == [
        [
            "3",
            "column 1",
            "Bo Ek,bo@beta.example,Beta,demo",
            "1 cell holding 4 values separated by commas, but the file separates its 4 "
            "columns by semicolons: the row was written with another separator; the row is "
            "not imported",
        ]
    ]


def add_inline_cell(path: Path, row: int, text_bytes: int) -> None:
    """Add a row whose e-mail is fine and whose Comments cell holds `text_bytes` characters
    (written past openpyxl, which cuts cells at 32,767 characters)."""

    def add(old: bytes, target: Any) -> None:
        head, tail = old.split(b"</sheetData>")
        target.write(head)
        target.write(
            f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>Huge</t></is></c>'
            f'<c r="D{row}" t="inlineStr"><is><t>huge@huge.example</t></is></c>'
            f'<c r="F{row}" t="inlineStr"><is><t>'.encode()
        )
        block = b"A" * (1 << 20)
        for _ in range(text_bytes >> 20):
            target.write(block)
        target.write(b"</t></is></c></row></sheetData>" + tail)

    rewrite_member(path, "xl/worksheets/sheet1.xml", add)


def test_a_huge_cell_in_a_small_xlsx_is_rejected_not_stored(
    services: Services, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "huge.xlsx", [person(1), person(2)])
    add_inline_cell(path, 4, 4 << 20)
    assert path.stat().st_size < 100_000
    tracemalloc.start()
    try:
        summary, rejects = import_file(services, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80 * 2**20
    assert (summary.rows, summary.imported, summary.rejected) == (3, 2, 1)
    assert rejects[0][0] == "4" and "a cell of 32,767 characters or more" in rejects[0][3]


def test_formula_cells_are_kept_as_text_never_run(services: Services, tmp_path: Path) -> None:
    rows = [
        person(1, company='=HYPERLINK("http://evil.example","Acme")'),
        person(2, company="@SUM(1+1)*cmd|' /C calc'!A0"),
    ]
    summary, _ = import_file(services, write_csv(tmp_path / "formulas.csv", rows))
    assert (summary.rows, summary.imported) == (2, 2)
    companies = {company for _, _, company in stored_names(services)}
    assert '=HYPERLINK("http://evil.example","Acme")' in companies

    # Written by a program, not saved by a spreadsheet: the formula cells hold no value.
    rows = [person(3, company="=1+1"), person(4, email='=HYPERLINK("mailto:a@b.example")')]
    xlsx = write_xlsx(tmp_path / "formulas.xlsx", rows)
    summary, rejects = import_file(services, xlsx)
    assert (summary.rows, summary.imported, summary.rejected) == (2, 1, 1)
    assert ("Alex3", "Smith3", "=1+1") in stored_names(services)
    # (escaped in the rejects file, as every exported formula is)
    assert rejects[0][:3] == ["3", "Email", '\'=HYPERLINK("mailto:a@b.example")']


# --- files that cannot be read at all: one line on stderr, exit code 2 ------------------------


def cli_import(capsys: pytest.CaptureFixture[str], database_url: str, path: Path) -> str:
    code = admin_main(["--db", database_url, "import", "inquiries", str(path)])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert "Traceback" not in err and err.endswith("\n") and err.count("\n") == 1
    assert err.startswith("qualifier: error: ")
    return err


def no_batches(database_url: str, services: Services) -> None:
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.scalars(select(ImportBatch)).first() is None


def test_an_empty_file(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert "empty.csv is empty" in cli_import(capsys, database_url, path)


def test_a_header_row_too_long_to_read_is_said_so(
    capsys: pytest.CaptureFixture[str], database_url: str, services: Services, tmp_path: Path
) -> None:
    """Two million one-character cells were refused as "a header cell longer than 32,767
    characters": none of them is."""
    path = tmp_path / "wide.csv"
    path.write_text("a," * 2_000_000 + "\nAna,ana@acme.example\n", encoding="utf-8")
    err = cli_import(capsys, database_url, path)
    assert "wide.csv: its header row is longer than 1,048,576 characters" in err
    no_batches(database_url, services)


def test_a_header_only_file(
    capsys: pytest.CaptureFixture[str], database_url: str, services: Services, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "header.csv", [])
    err = cli_import(capsys, database_url, path)
    assert "header.csv has a header row but no rows to import" in err
    no_batches(database_url, services)


def test_a_binary_file(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    generator = random.Random(7)
    path.write_bytes(bytes(generator.randrange(256) for _ in range(50_000)))
    assert "photo.csv is not a text file (it holds binary data)" in cli_import(
        capsys, database_url, path
    )


def test_twenty_thousand_columns(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, *(f"extra {n}" for n in range(20_000 - len(HEADER)))])
        writer.writerow(person(1))
    err = cli_import(capsys, database_url, path)
    assert "wide.csv has 20,000 columns; an import reads at most 1,000" in err


def test_empty_header_cells_past_the_last_title_are_not_columns(
    services: Services, tmp_path: Path
) -> None:
    csv_path = tmp_path / "commas.csv"
    csv_path.write_text(
        ",".join(HEADER) + "," * 1_100 + "\n" + ",".join(person(1)) + "," * 1_100 + "\n"
    )
    xlsx_path = write_xlsx(tmp_path / "styled.xlsx", [person(2)])
    workbook = load_workbook(xlsx_path)
    sheet = workbook.active
    assert sheet is not None
    sheet.cell(row=1, column=1_199).font = Font(bold=True)  # styled, but empty
    workbook.save(xlsx_path)
    for path in (csv_path, xlsx_path):
        summary, _ = import_file(services, path)
        assert (summary.rows, summary.imported) == (1, 1)


def test_a_damaged_xlsx_says_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], database_url: str, services: Services, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "damaged.xlsx", [person(n) for n in range(20)])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda old, target: target.write(old.replace(b'<row r="12"', b'<row r="12"<<')),
    )
    err = cli_import(capsys, database_url, path)
    assert "damaged.xlsx is damaged after row 11" in err and "nothing is imported" in err
    no_batches(database_url, services)


@pytest.mark.parametrize(
    "damage",
    [
        (b'<row r="3"', b'<row r="3"<<'),  # XML that is not well-formed
        (b'r="A2"', b'r="ZZZZ2"'),  # a cell no column holds
    ],
)
def test_a_xlsx_damaged_in_its_first_rows_says_nothing_is_imported(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    services: Services,
    tmp_path: Path,
    damage: tuple[bytes, bytes],
) -> None:
    """The header is looked for in the first rows: damage there was a traceback."""
    path = write_xlsx(tmp_path / "early.xlsx", [person(n) for n in range(20)])
    rewrite_member(
        path, "xl/worksheets/sheet1.xml", lambda old, target: target.write(old.replace(*damage))
    )
    err = cli_import(capsys, database_url, path)
    assert "early.xlsx is damaged in its first rows" in err and "nothing is imported" in err
    no_batches(database_url, services)


@pytest.mark.parametrize("row", [3, 25])
def test_a_damaged_cell_is_not_quoted(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, row: int
) -> None:
    """A cell whose type cannot hold its value: the library's words quoted the value (a
    prospect's e-mail) on stderr, where it may be logged."""
    path = write_xlsx(tmp_path / "typed.xlsx", [person(n) for n in range(30)])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda old, target: target.write(
            re.sub(
                rf'<c r="D{row}"[^>]*>.*?</c>'.encode(),
                f'<c r="D{row}" t="n"><v>jane.private@home.example</v></c>'.encode(),
                old,
            )
        ),
    )
    err = cli_import(capsys, database_url, path)
    assert "typed.xlsx is damaged" in err and "a cell holds something its type cannot hold" in err
    assert "jane" not in err


def test_the_sheets_after_the_one_read_that_hold_rows_are_named(
    services: Services, tmp_path: Path
) -> None:
    workbook = Workbook()
    january = workbook.active
    assert january is not None
    january.title = "Jan"
    for sheet, rows in (
        (january, [person(1)]),
        (workbook.create_sheet("Feb"), [person(2), person(3)]),
        (workbook.create_sheet("Notes"), []),  # a title alone: no rows
        (workbook.create_sheet("Mar"), [person(4)]),
    ):
        sheet.append(HEADER)
        for values in rows:
            sheet.append(values)
    hidden = workbook.create_sheet("Last quarter")
    hidden.append(HEADER)
    hidden.append(person(5))
    hidden.sheet_state = "hidden"
    path = tmp_path / "months.xlsx"
    workbook.save(path)

    preview = services.intake.preview(OPERATOR, path)
    summary, _ = import_file(services, path)
    assert (summary.sheet, summary.imported) == ("Jan", 1)
    assert preview.unread_sheets == summary.unread_sheets == ("Feb", "Mar")
    assert "; not read: sheets Feb, Mar, which hold rows too" in accounting(summary)


def test_an_xlsx_with_a_giant_cell_is_refused_within_bounded_memory(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "bomb.xlsx", [person(1)])
    add_inline_cell(path, 3, 70 << 20)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        err = cli_import(capsys, database_url, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20
    assert "bomb.xlsx: xl/worksheets/sheet1.xml unpacks to 70 MB from" in err
    assert "it holds a cell far longer than an import reads" in err


def test_the_cli_summary_accounts_for_every_row(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    rows = [person(1), person(1), person(2, company="Bad\x00Corp"), person(3)]
    path = write_csv(tmp_path / "sum.csv", rows)
    code = admin_main(["--db", database_url, "import", "inquiries", str(path)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "sum.csv: 4 rows read = 2 new leads + 1 merged into an existing lead + 1 rejected" in out
