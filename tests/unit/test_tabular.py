"""Reading CSV in any encoding and delimiter, XLSX, and writing with formula escaping."""

from __future__ import annotations

import gc
import os
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NoReturn

import pytest
from openpyxl import Workbook, load_workbook

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.integrations.table_export import escape_formula, write_table
from qualifier_app.integrations.tabular import read_table

ROWS = [
    ["Company", "First Name", "Phone"],
    ["Müller GmbH", "Jürgen", "+49 30 1234567"],
    ["Café Crème SA", "Zoë", "01 23 45 67 89"],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_in_every_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = tmp_path / "in.csv"
    text = "\r\n".join(delimiter.join(row) for row in ROWS) + "\r\n"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.header == ROWS[0]
    assert list(table.rows) == ROWS[1:]
    assert table.delimiter == delimiter


def test_xlsx_is_read_with_numbers_as_text(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Company", "Employees"])
    sheet.append(["Acme", 250])
    sheet.append([None, None])
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header == ["Company", "Employees"]
    assert list(table.rows) == [["Acme", "250"]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "does not exist"),
        ("empty.csv", b"", "is empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "old .xls files are not supported"),
        ("broken.xlsx", b"not a zip", r"is a text \(CSV\) file, not an XLSX file; name it \.csv"),
    ],
)
def test_unreadable_files_say_why(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        read_table(path)


def test_a_csv_that_cannot_be_opened_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.csv"
    path.write_text("Name,Email\nAna,ana@acme.example\n")

    def denied(self: Path, *args: object, **kwargs: object) -> NoReturn:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)  # the tests run as root, who may read anything
    with pytest.raises(InvalidInput, match=re.escape(f"cannot read {path}: Permission denied")):
        read_table(path)


def test_a_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    with pytest.raises(InvalidInput, match="is not a regular file"):
        read_table(path)


def test_formula_cells_are_escaped_but_phones_stay_readable() -> None:
    assert escape_formula('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert escape_formula("@SUM(A1)") == "'@SUM(A1)"
    assert escape_formula("-2+3") == "'-2+3"
    assert escape_formula("+1 212 555 0100") == "+1 212 555 0100"
    assert escape_formula("+1 (212) 555-0100") == "+1 (212) 555-0100"
    assert escape_formula("+1+HYPERLINK(1)") == "'+1+HYPERLINK(1)"
    assert escape_formula("Acme") == "Acme"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_written_files_read_back_without_formulas(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    count = write_table(
        path, ["Company", "Note"], [["=cmd|' /C calc'!A0", "ok"], ["Acme", "@evil"]]
    )
    assert count == 2
    if fmt == "xlsx":
        sheet = load_workbook(path).active
        assert sheet is not None
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    else:
        values = [line.split(",") for line in path.read_text("utf-8-sig").splitlines()]
    assert values[1][0].startswith("'=")
    assert values[2][1] == "'@evil"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_times_are_written_in_utc_and_a_sheet_says_so(tmp_path: Path, fmt: str) -> None:
    """A time a server sent in its own zone was written as that zone's clock reading, in a
    file whose other times are UTC; a sheet showed no zone at all. Times are to the second,
    as the README says (CSV wrote a database's "09:05:00.602000")."""
    berlin = timezone(timedelta(hours=1))
    path = tmp_path / f"out.{fmt}"
    first = datetime(2026, 12, 6, 15, 30, 0, 250_000, tzinfo=berlin)
    second = datetime(2026, 12, 7, 9, 5)
    write_table(
        path,
        ["at", "note", "then"],
        [[first, "x", second.replace(microsecond=602_000)], [second, "y", first]],
    )
    if fmt == "csv":
        assert path.read_text("utf-8-sig").splitlines()[1:] == [
            "2026-12-06 14:30:00,x,2026-12-07 09:05:00",
            "2026-12-07 09:05:00,y,2026-12-06 14:30:00",
        ]
        return
    sheet = load_workbook(path).active
    assert sheet is not None
    utc = datetime(2026, 12, 6, 14, 30)
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        [utc, "x", second],
        [second, "y", utc],
    ]
    for reference in ("A2", "C2", "A3", "C3"):
        assert sheet[reference].is_date  # a date cell, not text
        assert sheet[reference].number_format == 'yyyy-mm-dd hh:mm:ss "UTC"'
    assert sheet["B2"].number_format == "General"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_table_that_cannot_be_written_is_one_message_and_nothing_else(fmt: str) -> None:
    # /sys takes no new files, even from root; the spreadsheet's open sheet printed its own
    # traceback when it was collected.
    unraisable: list[object] = []
    before, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        with pytest.raises(InvalidInput, match=f"cannot write /sys/export.{fmt}"):
            write_table(Path(f"/sys/export.{fmt}"), ["a"], [["1"]])
        gc.collect()
    finally:
        sys.unraisablehook = before
    assert unraisable == []


DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


@pytest.mark.parametrize(
    ("name", "encoding", "cells"),
    [
        # Windows-1252 with accented pairs ("ção", "ções"), which Shift-JIS also reads.
        ("br_cp1252.csv", "cp1252", ["Ana", "Gonçalves", "Soluções Digitais Ltda"]),
        ("pt_cp1252_pairs.csv", "cp1252", ["Maria Conceição", "Soluções Ltda", "m@x.br"]),
        # Japanese as a Japanese Windows exports it: kanji, kana, half-width kana, ASCII.
        ("shift_jis_contacts.csv", "cp932", ["山田", "太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", "株式会社テスト"]),
    ],
)
def test_western_accents_and_japanese_are_told_apart(
    name: str, encoding: str, cells: list[str]
) -> None:
    with read_table(DATA / name) as table:
        rows = list(table.rows)
    assert table.encoding == encoding
    assert rows[0][: len(cells)] == cells
    if encoding == "cp932":
        assert table.header[:4] == ["姓", "名", "フリガナ", "会社名"]
        assert rows[3][:2] == ["髙橋", "健太"]
