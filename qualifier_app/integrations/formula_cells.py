"""XLSX formula cells whose value the file does not store: a program wrote the file (a
CRM's export, a script) and no spreadsheet has saved it, so the cell holds only its formula.
Read as their formula text, kept as text and never run, like a CSV's formulas."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from qualifier_app.integrations.xlsx_quiet import openpyxl_quiet, quiet_rows


def formulas_after(
    path: Path, worksheet: Any, header_row: int
) -> tuple[Iterator[tuple[Any, ...]], Callable[[], None]]:
    """The sheet's rows after the header as formulas, for a sheet that has any (see
    sheet_part): a formula cell of a file no spreadsheet has saved (one a program wrote)
    holds no value to read, only its formula. A sheet without formulas (most exports) is
    read once only."""
    from openpyxl import load_workbook  # noqa: PLC0415 - only needed for spreadsheets

    with openpyxl_quiet():
        formulas = load_workbook(path, read_only=True, data_only=False)
    sheet = formulas[worksheet.title]
    sheet.reset_dimensions()
    return quiet_rows(sheet.iter_rows(min_row=header_row + 1, values_only=True)), formulas.close


def uncalculated_as_typed(values: tuple[Any, ...], formulas: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row's values, a formula cell without a value given as its formula: kept as text,
    never run (as a CSV's formulas are), so the row says what the cell held instead of
    seeming empty."""
    if len(formulas) <= len(values) and None not in values:
        return values
    cells = list(values) + [None] * (len(formulas) - len(values))
    for index, formula in enumerate(formulas):
        if cells[index] is None:
            text = getattr(formula, "text", formula)  # an array formula keeps its text there
            if isinstance(text, str) and text.startswith("="):
                cells[index] = text
    return tuple(cells)
