"""XLSX merged ranges read from the sheet's own part, and filled into the rows they span."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from qualifier_app.integrations.merged_cells import Merged, MergedFill
from qualifier_app.integrations.sheet_part import read_sheet_part


def test_ranges_are_read_with_columns_past_z_and_single_cells(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in range(1, 8):
        sheet.append([f"r{row}c{column}" for column in range(1, 30)])
    sheet.merge_cells("AA2:AB3")
    sheet.merge_cells("B5:B7")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    workbook = load_workbook(path, read_only=True)
    try:
        part = read_sheet_part(path, workbook.active)
    finally:
        workbook.close()
    assert not part.has_formulas
    assert sorted(part.merged, key=lambda merged: merged.first_row) == [
        Merged(first_row=2, first_column=26, last_row=3, last_column=27),
        Merged(first_row=5, first_column=1, last_row=7, last_column=1),
    ]


def test_a_range_fills_the_rows_it_spans_in_its_first_column_and_ends_with_its_last_row() -> None:
    fill = MergedFill([Merged(2, 0, 3, 1), Merged(1, 2, 4, 2)], header_row=1)
    assert fill  # the range that starts at the header is not the rows'
    # Across columns the value is shown once: the second column of the range stays empty.
    assert fill.fill(2, ["Acme", "", "x"]) == ["Acme", "", "x"]
    assert fill.fill(3, ["", "", "y"]) == ["Acme", "", "y"]
    assert fill.fill(4, ["", "", "z"]) == ["", "", "z"]
    # A row shorter than the range's first column is made long enough to hold it.
    short = MergedFill([Merged(2, 2, 3, 3)], header_row=1)
    assert short.fill(2, ["x", "", "Acme"]) == ["x", "", "Acme"]
    assert short.fill(3, ["y"]) == ["y", "", "Acme"]
    # A row with nothing of its own stays empty.
    assert short.fill(3, ["", ""]) == ["", ""]
