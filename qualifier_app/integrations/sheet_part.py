"""What an XLSX sheet's own part says that openpyxl's read-only mode does not tell: whether a
cell holds a formula, which cells are merged, which rows are hidden and which numbers show a
currency. Read in one pass, a block at a time."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qualifier_app.integrations.currency_cells import currency_cells, currency_styles
from qualifier_app.integrations.merged_cells import Merged, merged_in

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
# The merged ranges are listed after the rows.
_MERGED_CELLS = re.compile(rb"<(?:\w+:)?mergeCells[\s>]")
# A row a filter (or a person) hid: <row r="7" hidden="1" …>.
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\s[^>]*>")
_HIDDEN = re.compile(rb"""\shidden=["'](?:1|true)["']""")
_ROW_NUMBER = re.compile(rb"""\sr=["'](\d+)["']""")
_TAIL = 1024  # longer than any row's start tag: one split between two blocks is seen whole


@dataclass(frozen=True)
class SheetPart:
    has_formulas: bool
    merged: list[Merged]
    hidden_rows: frozenset[int] = frozenset()
    # (row, column index) → the currency mark its number format shows
    in_currency: dict[tuple[int, int], str] = field(default_factory=dict)


def read_sheet_part(path: Path, worksheet: Any) -> SheetPart:
    """The sheet's part read through once; of its listing of merged ranges only that is kept.
    A damaged part says nothing here: reading the rows meets the damage, and names the row
    it comes after."""
    has_formulas = False
    listing: list[bytes] = []
    hidden: set[int] = set()
    in_currency: dict[tuple[int, int], str] = {}
    tail = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(worksheet._worksheet_path) as part:
            styles = currency_styles(archive)
            for block in iter(lambda: part.read(1 << 20), b""):
                if listing:
                    listing.append(block)
                    continue
                window = tail + block
                has_formulas = has_formulas or _FORMULA_TAG.search(window) is not None
                if styles:
                    in_currency.update(currency_cells(window, styles))
                if b"hidden=" in window:
                    hidden.update(_hidden_rows(window))
                if found := _MERGED_CELLS.search(window):
                    listing.append(window[found.start() :])
                tail = block[-_TAIL:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        return SheetPart(has_formulas=False, merged=[])
    return SheetPart(has_formulas, merged_in(b"".join(listing)), frozenset(hidden), in_currency)


def _hidden_rows(window: bytes) -> set[int]:
    found = set()
    for tag in _ROW_TAG.finditer(window):
        text = tag.group()
        if _HIDDEN.search(text) and (number := _ROW_NUMBER.search(text)):
            found.add(int(number.group(1)))
    return found
