"""Reading tables: CSV in any common encoding and delimiter, and XLSX.

Imports of inquiries, firmographics, partners and partner feedback read through
`read_table` (writing is table_export.py).
"""

from __future__ import annotations

from pathlib import Path

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.integrations.csv_table import read_csv
from qualifier_app.integrations.files import regular_file
from qualifier_app.integrations.table_rows import (
    HEADER_SEARCH_ROWS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    HeaderRule,
    Table,
    UnreadableRow,
    blank_between,
    blank_rows_note,
    header_again,
    printable,
    repeats_header,
)
from qualifier_app.integrations.xlsx_table import read_xlsx

# What the imports use of a table, from here as before.
__all__ = [
    "HEADER_SEARCH_ROWS",
    "MAX_COLUMNS",
    "HeaderRule",
    "Table",
    "UnreadableRow",
    "blank_between",
    "blank_rows_note",
    "count_rows",
    "header_again",
    "printable",
    "read_table",
    "repeats_header",
]


def read_table(path: Path, sheet: str | None = None, rule: HeaderRule | None = None) -> Table:
    """Open a CSV or XLSX file; raises InvalidInput with a plain reason when it cannot.

    With a `rule`, the header is the first of the first HEADER_SEARCH_ROWS rows the rule
    matches, and in a workbook (no `sheet` named) on the first visible sheet that has one.
    Rows that cannot be read are given as `UnreadableRow`s (no cells, and why), so every
    row of the file is accounted for."""
    size = regular_file(path).stat().st_size
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            message(
                "{name} is {size:,.0f} MB, more than the {most:,} MB an import "
                "reads; split it into smaller files",
                name=path.name,
                size=size / 2**20,
                most=MAX_FILE_BYTES >> 20,
            ),
            "file",
        )
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        return read_xlsx(path, sheet, rule)
    if suffix == ".xls":
        raise InvalidInput(
            message(
                "{name}: old .xls files are not supported; save it as .xlsx or CSV", name=path.name
            ),
            "file",
        )
    try:
        return read_csv(path, rule)
    except OSError as exc:
        raise InvalidInput(
            message("cannot read {path}: {strerror}", path=path, strerror=exc.strerror or str(exc)),
            "file",
        ) from None


def count_rows(path: Path, rule: HeaderRule | None = None) -> tuple[int, int]:
    """How many data rows `read_table` will give, for a progress bar, and how many rows
    with values a workbook hides (not read); reads the file once (never trusting an XLSX's
    stored dimension, which may understate it)."""
    with read_table(path, rule=rule) as table:
        return sum(1 for _ in table.rows), len(table.hidden_rows)
