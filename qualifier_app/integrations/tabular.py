"""Reading and writing tables: CSV in any common encoding and delimiter, and XLSX.

Imports of inquiries, firmographics, partners and partner feedback read through
`read_table`; exports of leads and reports write through `write_table`, which escapes
cells that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from qualifier_app.domain.errors import InvalidInput

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Digits and phone punctuation only: no function can be called, so nothing to escape, and a
# phone number stays exactly as readable as it was.
PHONE_LIKE = re.compile(r"^\+?[0-9][0-9 ()./-]{5,}$")
DELIMITERS = ",;\t|"


@dataclass
class Table:
    """A file's header and an iterator over its rows (each a list of strings).

    `numbered` iterates the same rows with their row number as a spreadsheet shows it (the
    header is row 1; blank rows are skipped but still counted); use one or the other.
    """

    path: Path
    header: list[str]
    rows: Iterator[list[str]]
    encoding: str | None = None
    delimiter: str | None = None
    numbered: Iterator[tuple[int, list[str]]] | None = None
    closer: Callable[[], None] | None = None

    def close(self) -> None:
        """Release the file when the rows are not read to the end."""
        if self.closer is not None:
            self.closer()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # UTF-16 without a BOM: every other byte of ASCII text is zero.
    if len(sample) > 4 and sample[1::2].count(0) > len(sample) // 4:
        return "utf-16-le"
    if len(sample) > 4 and sample[0::2].count(0) > len(sample) // 4:
        return "utf-16-be"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut off at the end of the sample is still UTF-8.
        if exc.start < len(sample) - 3:
            return "cp1252"
    return "utf-8"


def detect_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Open a CSV or XLSX file; raises InvalidInput with a plain reason when it cannot."""
    if not path.exists():
        raise InvalidInput(f"{path} does not exist", "file")
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder, not a file", "file")
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        return _read_xlsx(path, sheet)
    if suffix == ".xls":
        raise InvalidInput(
            f"{path.name}: old .xls files are not supported; save it as .xlsx or CSV", "file"
        )
    return _read_csv(path)


def _read_csv(path: Path) -> Table:
    with path.open("rb") as raw:
        sample = raw.read(64 * 1024)
    if not sample.strip():
        raise InvalidInput(f"{path.name} is empty", "file")
    encoding = detect_encoding(sample)
    try:
        head = sample.decode(encoding, errors="ignore")
    except LookupError:  # pragma: no cover - encodings above all exist
        head = sample.decode("cp1252", errors="replace")
    delimiter = detect_delimiter(head)
    handle = path.open("r", encoding=encoding, errors="replace", newline="")
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        handle.close()
        raise InvalidInput(f"{path.name} has no header row", "file") from None
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0].lstrip("\ufeff")

    def numbered() -> Iterator[tuple[int, list[str]]]:
        with handle:
            for number, row in enumerate(reader, start=2):
                if any(cell.strip() for cell in row):
                    yield number, row

    rows = numbered()
    return Table(path, header, (row for _, row in rows), encoding, delimiter, rows, handle.close)


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # noqa: PLC0415 - only needed for spreadsheets
    from openpyxl.utils.exceptions import InvalidFileException  # noqa: PLC0415

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InvalidInput(f"{path.name} is not a readable XLSX file ({exc})", "file") from None
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    values = worksheet.iter_rows(values_only=True)
    try:
        header = [_cell_text(cell).strip() for cell in next(values)]
    except StopIteration:
        workbook.close()
        raise InvalidInput(f"{path.name} has no header row", "file") from None

    def numbered() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, row in enumerate(values, start=2):
                cells = [_cell_text(cell) for cell in row]
                if any(cell.strip() for cell in cells):
                    yield number, cells
        finally:
            workbook.close()

    rows = numbered()
    return Table(path, header, (row for _, row in rows), numbered=rows, closer=workbook.close)


def count_rows(path: Path) -> int:
    """How many data rows `read_table` will give, for a progress bar; reads the file once."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        from openpyxl import load_workbook  # noqa: PLC0415

        workbook = load_workbook(path, read_only=True)
        try:
            worksheet = workbook.worksheets[0]
            if worksheet.max_row:  # from the sheet's stored dimensions, when it has them
                return max(0, int(worksheet.max_row) - 1)
        finally:
            workbook.close()
    with read_table(path) as table:
        return sum(1 for _ in table.rows)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


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
        raise InvalidInput(f"unknown table format {fmt!r}; use csv or xlsx", "format")
    if not path.parent.is_dir():
        raise InvalidInput(f"the folder {path.parent} does not exist", "out")
    count = 0
    temporary = path.with_name(f".{path.name}.partial")
    try:
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
            worksheet.append([escape_formula(str(h)) for h in header])
            for row in rows:
                # Strings are written as text cells: openpyxl would store "=…" as a formula.
                worksheet.append([_export_cell(cell) for cell in row])
                count += 1
            workbook.save(temporary)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise InvalidInput(f"cannot write {path}: {exc.strerror or exc}", "out") from None
    return count


def _csv_cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)
