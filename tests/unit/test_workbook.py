"""The publication's lean XLSX writer: what it writes, a spreadsheet reader reads back."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qualifier_app.integrations.tabular import read_table
from qualifier_app.integrations.workbook import column_letters, workbook_bytes

SCORECARD = [
    ["Figure", "Value"],
    ["Recipient", 'Müller & <Söhne> "GmbH"'],
    ["Leads", 12],
    ["% active", 0.25],
    ["Pipeline value", Decimal("5000.50")],
    ["Average acceptance time (hours)", None],
    ["Rank", "1 of 2"],
    ["Looks like a formula", "=1+1"],
    ["Spaces kept", "  both ends "],
    ["Control characters dropped", "a\x01b\x1fc"],
    ["Reported", True],
    ["Large", 1234567890123],
]


@pytest.mark.parametrize("read_only", [False, True])
def test_the_cells_read_back_as_written(read_only: bool) -> None:
    wide = [[f"c{i}" for i in range(30)], list(range(30))]
    data = workbook_bytes([("Scorecard", SCORECARD), ("Partners", wide), ("No news", [])])
    book = load_workbook(io.BytesIO(data), read_only=read_only)
    assert book.sheetnames == ["Scorecard", "Partners", "No news"]
    rows = list(book["Scorecard"].iter_rows(values_only=True))
    assert rows == [
        ("Figure", "Value"),
        ("Recipient", 'Müller & <Söhne> "GmbH"'),
        ("Leads", 12),
        ("% active", 0.25),
        ("Pipeline value", 5000.5),
        ("Average acceptance time (hours)", None),
        ("Rank", "1 of 2"),
        ("Looks like a formula", "=1+1"),
        ("Spaces kept", "  both ends "),
        ("Control characters dropped", "abc"),
        ("Reported", True),
        ("Large", 1234567890123),
    ]
    partners = list(book["Partners"].iter_rows(values_only=True))
    assert partners[0][26:] == ("c26", "c27", "c28", "c29")
    assert partners[1][29] == 29
    if not read_only:
        assert book["Partners"]["AD2"].value == 29
        assert book["Scorecard"]["B8"].data_type == "s"  # text, never a formula


def test_the_file_opens_as_an_import_would(tmp_path: Path) -> None:
    path = tmp_path / "scorecard.xlsx"
    path.write_bytes(workbook_bytes([("Scorecard", SCORECARD)]))
    with read_table(path) as table:
        assert table.header == ["Figure", "Value"]
        assert next(iter(table.rows)) == ["Recipient", 'Müller & <Söhne> "GmbH"']


def test_sheet_titles_are_cut_to_what_a_spreadsheet_allows() -> None:
    title = "A title far longer than thirty-one characters"
    book = load_workbook(io.BytesIO(workbook_bytes([(title, [["x"]])])))
    assert book.sheetnames == [title[:31]]


def test_the_same_workbook_is_the_same_bytes() -> None:
    assert workbook_bytes([("S", SCORECARD)]) == workbook_bytes([("S", SCORECARD)])


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")],
)
def test_column_letters(index: int, letters: str) -> None:
    assert column_letters(index) == letters
