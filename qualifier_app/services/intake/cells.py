"""The raw cells of an imported row, checked before they are read as an inquiry.

A row is rejected, with the column and the reason in the rejects file, when a mapped cell
holds a control character (NUL, escape, a bidirectional override…), which is never
stored, or is longer than its column may be; a row the file reader could not read at all
(an undecodable byte, an over-long cell) is rejected with the reader's reason, and a row
that repeats the header's titles is rejected as such.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from qualifier_app.domain import inquiry as inq
from qualifier_app.domain.inquiry_columns import FIELDS
from qualifier_app.integrations import tabular
from qualifier_app.integrations.csv_table import other_separator
from qualifier_app.integrations.tabular import UnreadableRow, printable, repeats_header

# Fields the domain gives no length of its own: codes, numbers and dates are short, and
# the prospect's message is free text of a reasonable length.
DEFAULT_LIMIT = 200
INQUIRY_LIMIT = 10_000
LIMITS: dict[str, int] = {
    spec.name: spec.max_length or (INQUIRY_LIMIT if spec.name == "inquiry" else DEFAULT_LIMIT)
    for spec in FIELDS
}
# C0 and C1 controls except tab, line feed and carriage return; bidirectional embeddings,
# overrides and isolates, which make text display other than it reads.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_C0_NAMES = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL"}


def unreadable(row: int, cells: UnreadableRow) -> inq.Rejected:
    return inq.Rejected(row, (inq.Problem(cells.column, cells.value, cells.reason),))


def header_again(row: int, cells: Sequence[str], header: Sequence[str]) -> inq.Rejected | None:
    if not repeats_header(cells, header):
        return None
    first = next(
        index for index, title in enumerate(header) if title.strip() and cells[index].strip()
    )
    return inq.Rejected(
        row, (inq.Problem(header[first], printable(cells[first]), tabular.header_again()),)
    )


def another_separator(
    row: int, cells: Sequence[str], header: Sequence[str], delimiter: str | None
) -> inq.Rejected | None:
    """A rejected CSV row whose values all stand in its first cell, split by another
    separator than the file's: the reader passes a short one as cells, so what it lacks is
    not the reason to give."""
    if delimiter is None:
        return None
    wrong = other_separator(cells, len(header), delimiter, 3)
    return None if wrong is None else unreadable(row, wrong)


def problems(cells: Iterable[tuple[str, str, str]]) -> list[inq.Problem]:
    """What keeps the mapped cells of a row, (field, column, value), from being read; empty
    when nothing does."""
    found: list[inq.Problem] = []
    for name, column, value in cells:
        limit = LIMITS.get(name, DEFAULT_LIMIT)
        if len(value) > limit and len(value.strip()) > limit:
            found.append(
                inq.Problem(
                    column,
                    printable(value),
                    f"{len(value):,} characters, longer than the {limit:,} this column holds",
                )
            )
        elif control := CONTROL.search(value):
            found.append(
                inq.Problem(
                    column,
                    printable(value),
                    f"holds the control character {_describe(control.group())} at character "
                    f"{control.start() + 1}; such characters are not stored: remove it and "
                    "import the row again",
                )
            )
    return found


def _describe(char: str) -> str:
    code = ord(char)
    name = _C0_NAMES.get(code) or unicodedata.name(char, "")
    return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"
