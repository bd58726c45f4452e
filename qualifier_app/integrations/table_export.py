"""Writing tables for people to open: CSV (UTF-8 with BOM, which spreadsheets open
correctly) or XLSX, with every cell a spreadsheet would run as a formula escaped. Exports of
leads, reports, the audit log and the rejects files of imports write through `write_table`."""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
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
        return value.replace(tzinfo=None) if value.tzinfo else value
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
                    writer.writerow([_csv_cell(_export_cell(cell)) for cell in row])
                    count += 1
        else:
            from openpyxl import Workbook  # noqa: PLC0415

            workbook = Workbook(write_only=True)
            worksheet = workbook.create_sheet(sheet_title[:31])
            try:
                worksheet.append([escape_formula(str(h)) for h in header])
                for row in rows:
                    # Strings are written as text cells: openpyxl would store "=…" as a formula.
                    worksheet.append([_export_cell(cell) for cell in row])
                    count += 1
                workbook.save(temporary)
            except OSError:
                # A write-only sheet left open prints its own traceback when collected.
                with contextlib.suppress(Exception):
                    worksheet.close()
                raise
    return count


def _csv_cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)
