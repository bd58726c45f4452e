"""XLSX merged cells. A value shown across several rows (a company written once over its
contacts' rows) is stored only in the range's first cell, the others are empty: read as the
person sees the sheet, it stands in every row of the range. Across columns it is one value
shown once, in the range's first column (a name merged over the first- and last-name columns
is not both names)."""

from __future__ import annotations

import re
from dataclasses import InitVar, dataclass, field

_MERGED_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


@dataclass(frozen=True)
class Merged:
    """A merged range: rows as the sheet numbers them, columns counted from 0."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


def merged_in(listing: bytes) -> list[Merged]:
    """The merged ranges a sheet's `<mergeCells>` listing names."""
    from openpyxl.utils.cell import column_index_from_string  # noqa: PLC0415 - spreadsheets only

    def column(letters: bytes) -> int:
        return int(column_index_from_string(letters.decode())) - 1

    ranges = []
    for match in _MERGED_CELL.finditer(listing):
        first_column, first_row, last_column, last_row = match.groups()
        last_column, last_row = last_column or first_column, last_row or first_row
        ranges.append(
            Merged(int(first_row), column(first_column), int(last_row), column(last_column))
        )
    return ranges


@dataclass
class MergedFill:
    """Fills the rows after the header, in the order of the sheet, with the values of the
    merged ranges they lie in. A row with nothing of its own stays empty (it is skipped, not
    made a row of the range's value alone)."""

    ranges: InitVar[list[Merged]]
    header_row: InitVar[int]
    _starting: dict[int, list[Merged]] = field(default_factory=dict)
    _active: dict[Merged, str] = field(default_factory=dict)

    def __post_init__(self, ranges: list[Merged], header_row: int) -> None:
        for merged in ranges:
            if merged.first_row > header_row:
                self._starting.setdefault(merged.first_row, []).append(merged)

    def __bool__(self) -> bool:
        return bool(self._starting)

    def fill(self, number: int, cells: list[str]) -> list[str]:
        for merged in [merged for merged in self._active if merged.last_row < number]:
            del self._active[merged]
        for merged in self._starting.get(number, ()):
            column = merged.first_column
            self._active[merged] = cells[column] if column < len(cells) else ""
        if not self._active or not any(cell.strip() for cell in cells):
            return cells
        filled = list(cells)
        for merged, value in self._active.items():
            column = merged.first_column
            if len(filled) <= column:
                filled.extend([""] * (column + 1 - len(filled)))
            if not filled[column].strip():
                filled[column] = value
        return filled
