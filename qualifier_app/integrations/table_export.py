"""Writing tables for people to open: CSV (UTF-8 with BOM, which spreadsheets open
correctly) or XLSX, with every cell a spreadsheet would run as a formula escaped. Exports of
leads, reports, the audit log and the rejects files of imports write through `write_table`."""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.integrations.files import written_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Digits and phone punctuation only: no function can be called, so nothing to escape, and a
# phone number stays exactly as readable as it was.
PHONE_LIKE = re.compile(r"^\+?[0-9][0-9 ()./-]{5,}$")
# Every time Qualifier writes is UTC (one clock: the database's); a sheet shows it saying so.
UTC_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'


def escape_formula(value: str) -> str:
    """Make a cell safe to open in a spreadsheet: a leading =, +, -, @ or control character
    gets a quote in front. Phone numbers such as +1 212 555 0100 stay as they are."""
    if value and value.startswith(FORMULA_STARTS) and not PHONE_LIKE.match(value):
        return "'" + value
    return value


def _export_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_formula(value)
    if isinstance(value, Decimal):
        return float(value) if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        # A time a server sent in its own zone is still written as the UTC the file says, to
        # the second as the file's readers show it (CSV wrote "14:30:00.602000").
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.replace(microsecond=0)
    return value


def write_table(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: str | None = None,
    sheet_title: str = "Export",
) -> int:
    """Write CSV (UTF-8 with BOM, which spreadsheets open correctly) or XLSX; returns rows."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in {"csv", "xlsx"}:
        raise InvalidInput(
            message("unknown table format {fmt!r}; use csv or xlsx", fmt=fmt), "format"
        )
    count = 0
    with written_whole(path) as temporary:
        if fmt == "csv":
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([escape_formula(str(h)) for h in header])
                for row in rows:
                    writer.writerow(csv_cells(row))
                    count += 1
        else:
            from openpyxl import Workbook  # noqa: PLC0415

            workbook = Workbook(write_only=True)
            worksheet = workbook.create_sheet(sheet_title[:31])
            try:
                worksheet.append([escape_formula(str(h)) for h in header])
                times = _SheetTimes(worksheet)
                for row in rows:
                    # Strings are written as text cells: openpyxl would store "=…" as a formula.
                    worksheet.append(times.row([_export_cell(cell) for cell in row]))
                    count += 1
                workbook.save(temporary)
            except OSError:
                # A write-only sheet left open prints its own traceback when collected.
                with contextlib.suppress(Exception):
                    worksheet.close()
                raise
    return count


class _SheetTimes:
    """Date cells for a write-only sheet: one styled cell per column, given each row's value
    (a row is written out as it is appended), rather than a new styled cell for every time.
    A sheet of times only is still 10–25 % slower to write than with openpyxl's own format;
    an export of leads (a few times among forty columns) is within the host's noise."""

    def __init__(self, worksheet: Any) -> None:
        self._worksheet = worksheet
        self._cells: dict[int, Any] = {}

    def row(self, values: Sequence[Any]) -> list[Any]:
        return [self._cell(column, value) for column, value in enumerate(values)]

    def _cell(self, column: int, value: Any) -> Any:
        """A time stays a date cell a spreadsheet sorts and counts with, and says it is UTC."""
        if not isinstance(value, datetime):
            return value
        cell = self._cells.get(column)
        if cell is None:
            from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415

            cell = self._cells[column] = WriteOnlyCell(self._worksheet)
            cell.number_format = UTC_TIME_FORMAT
        cell.value = value
        return cell


def csv_cells(row: Sequence[Any]) -> list[str]:
    """A row as a CSV file and the command line's CSV both write it: an exact number with
    the decimals it has (an amount's cents, 18000.00; a percentage's tenth, 33.3)."""
    return [_csv_cell(cell) for cell in row]


def _csv_cell(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value)
    value = _export_cell(value)
    if isinstance(value, float):  # to the hundredth, without a binary fraction's noise
        return f"{value:.2f}".rstrip("0").removesuffix(".") + ("" if value % 1 else ".0")
    return str(value)
