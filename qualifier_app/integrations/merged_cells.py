"""XLSX merged cells. A value shown across several cells (a company written once over its
contacts' rows) is stored only in the range's first cell, the others are empty: read as the
person sees the sheet, it stands in every cell of the range."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_MERGED_CELLS = re.compile(rb"<(?:\w+:)?mergeCells[\s>]")
_MERGED_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


@dataclass(frozen=True)
class Merged:
    """A merged range: rows as the sheet numbers them, columns counted from 0."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


def merged_ranges(path: Path, worksheet: Any) -> list[Merged]:
    """The sheet's merged ranges. They are listed after its rows, so the part is read through
    once (a block at a time), and only what follows `<mergeCells` is kept."""
    kept: list[bytes] = []
    tail = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(worksheet._worksheet_path) as part:
            for block in iter(lambda: part.read(1 << 20), b""):
                if kept:
                    kept.append(block)
                    continue
                found = _MERGED_CELLS.search(tail + block)
                if found is not None:
                    kept.append((tail + block)[found.start() :])
                tail = block[-16:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        return []  # reading the rows meets the damage, and names the row it comes after
    return [_merged(match) for match in _MERGED_CELL.finditer(b"".join(kept))]


def _merged(match: re.Match[bytes]) -> Merged:
    first_column, first_row, last_column, last_row = match.groups()
    return Merged(
        int(first_row),
        _column(first_column),
        int(last_row or first_row),
        _column(last_column or first_column),
    )


def _column(letters: bytes) -> int:
    """A column's letters as its index from 0: A is 0, Z 25, AA 26."""
    index = 0
    for letter in letters:
        index = index * 26 + letter - ord("A") + 1
    return index - 1


@dataclass
class MergedFill:
    """Fills the rows after the header, in the order of the sheet, with the values of the
    merged ranges they lie in. A row with nothing of its own stays empty (it is skipped, not
    made a row of the range's value alone)."""

    ranges: list[Merged]
    header_row: int
    _starting: dict[int, list[Merged]] = field(default_factory=dict)
    _active: dict[Merged, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for merged in self.ranges:
            if merged.first_row > self.header_row:
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
            if len(filled) <= merged.last_column:
                filled.extend([""] * (merged.last_column + 1 - len(filled)))
            for column in range(merged.first_column, merged.last_column + 1):
                if not filled[column].strip():
                    filled[column] = value
        return filled
