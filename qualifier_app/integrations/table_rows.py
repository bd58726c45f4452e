"""A table as every import reads it: its header (found by a rule in the first rows), its rows
as lists of strings, rows that cannot be read with why, and the limits that keep memory
bounded. tabular.read_table opens CSV (csv_table.py) and XLSX (xlsx_table.py) files as one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar, cast

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import Message, counted, message

# Exported sheets often start with a title, a date or a blank row above the header: the
# header is looked for this far down (and, in a workbook, on every sheet).
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class HeaderRule:
    """How an import knows its header row: `matches` says whether a row's cells name enough
    of the columns it reads. Without a rule, the first row is the header."""

    matches: Callable[[Sequence[str]], bool]


@dataclass
class Table:
    """A file's header and an iterator over its rows (each a list of strings).

    `numbered` iterates the same rows with their row number as a spreadsheet shows it (blank
    and hidden rows are skipped but still counted); use one or the other. The header is on row
    `header_row` (of `sheet`, in a workbook); the rows above it are no data. `header_found`
    is False when a rule found no header row, and the first row stands as the header.
    """

    path: Path
    header: list[str]
    rows: Iterator[list[str]]
    encoding: str | None = None
    delimiter: str | None = None
    numbered: Iterator[tuple[int, list[str]]] | None = None
    closer: Callable[[], None] | None = None
    header_row: int = 1
    sheet: str | None = None
    header_found: bool = True
    passed_sheets: tuple[str, ...] = ()  # the workbook's sheets before `sheet`, no header on them
    # The workbook's sheets after `sheet` that hold rows too: one sheet is read per import.
    unread_sheets: tuple[str, ...] = ()
    # The rows with values a workbook hides (a filter, or hidden by hand), by number, as the
    # iteration passes them: not read, as the person does not see them.
    hidden_rows: list[int] = field(default_factory=list)

    def close(self) -> None:
        """Release the file when the rows are not read to the end."""
        if self.closer is not None:
            self.closer()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Limits that keep an import's memory bounded; a row or file beyond them is refused with a
# reason, never stored in part.
MAX_CELL_CHARS = 32_767  # the most a spreadsheet cell holds


MAX_LINE_CHARS = 1 << 20  # a CSV line longer than this is skipped unread, its row rejected


MAX_COLUMNS = 1_000


MAX_FILE_BYTES = 2 << 30


OVERSIZE = "\ue000"  # stands for a line too long to read (a private-use character)


UNDECODABLE = re.compile("[\udc00-\udcff]")  # bytes the encoding could not read


class UnreadableRow(list[str]):
    """A row that cannot be read (a byte the file's encoding cannot read, an over-long cell,
    broken CSV quoting): no cells, and the column, value and reason for the rejects file."""

    def __init__(self, column: str, value: str, reason: str) -> None:
        super().__init__()
        self.column = column
        self.value = value
        self.reason = reason


def repeats_header(cells: Sequence[str], header: Sequence[str]) -> bool:
    """A row holding the header's titles again (two of them at least), as when two exports
    are pasted one after another."""
    matched = 0
    for title, cell in zip(header, cells, strict=False):
        if not title.strip() or not cell.strip():
            continue
        if _title_key(title) != _title_key(cell):
            return False  # a row of data: most often at its first cell
        matched += 1
    return matched >= 2


def _title_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def blank_between(after: int, line: int, hidden_rows: Sequence[int]) -> int:
    """The blank rows between row `after` and row `line` of a file, which the reader skips
    (the hidden ones, in `hidden_rows`, sorted, are not blank)."""
    hidden = bisect_left(hidden_rows, line) - bisect_right(hidden_rows, after)
    return line - after - 1 - hidden


def blank_rows_note(count: int) -> Message:
    """What a summary says of the blank rows between the rows read: every row is counted."""
    return counted(
        count,
        "; {count:,} blank row between them skipped",
        "; {count:,} blank rows between them skipped",
    )


def header_again() -> Message:
    """Why a row repeating the header is rejected, rather than as the values it is not."""
    return message("the column titles again, no data (files put one after another?)")


def printable(value: str, limit: int = 200) -> str:
    """A cell as the rejects file shows it: unreadable bytes as \\xNN, control characters as
    <U+XXXX>, cut to `limit` characters."""
    shown = []
    for char in value[: limit + 1]:
        code = ord(char)
        if 0xDC00 <= code <= 0xDCFF:
            shown.append(f"\\x{code - 0xDC00:02X}")
        elif char in "\t\n\r" or (char.isprintable() and not 0xD800 <= code <= 0xDFFF):
            shown.append(char)
        else:
            shown.append(f"<U+{code:04X}>")
    text = "".join(shown)
    return text[:limit] + "…" if len(value) > limit else text


Row = TypeVar("Row")


def find_header(
    rows: Iterator[Row], rule: HeaderRule | None, cells: Callable[[Any], list[str]]
) -> tuple[Row, int, bool, Iterator[Row]] | None:
    """The header row, its row number, whether the rule found it, and the rows after it;
    None for no rows at all. Without a rule, or when the rule matches none of the first
    HEADER_SEARCH_ROWS rows, the first row is the header."""
    first = list(islice(rows, 1 if rule is None else HEADER_SEARCH_ROWS))
    if not first:
        return None
    if rule is not None:
        for index, row in enumerate(first):
            if _readable(row) and rule.matches(cells(row)):
                below = first[index + 1] if index + 1 < len(first) else None
                titled = _titled_below(cells(row), below, rule, cells)
                if titled is not None:
                    # Its titles stand for the row: `cells` reads text as the text it is.
                    return cast(Row, titled), index + 2, True, chain(first[index + 2 :], rows)
                return row, index + 1, True, chain(first[index + 1 :], rows)
    return first[0], 1, rule is None, chain(first[1:], rows)


def _readable(row: Row | None) -> bool:
    """A row of cells: not one that could not be read (a CSV's unclosed quote)."""
    return isinstance(row, list | tuple) and not isinstance(row, UnreadableRow)


def _titled_below(
    header: list[str], below: Row | None, rule: HeaderRule, cells: Callable[[Any], list[str]]
) -> list[str] | None:
    """A header of two rows, as a spreadsheet lays one out: "Contact" merged over "First
    name" and "Last name" beside "Company" and "E-mail" merged down both rows. The row below
    names columns itself and titles one the header left empty (the merged cell's others):
    each column's title is the lower one where it has one. None for a header of one row."""
    if below is None or not _readable(below):
        return None
    lower = cells(below)
    untitled_above = any(
        title and (column >= len(header) or not header[column])
        for column, title in enumerate(lower)
    )
    if not untitled_above or not rule.matches(lower):
        return None
    width = max(len(header), len(lower))
    padded = [*header, *[""] * (width - len(header))]
    return [lower[i] if i < len(lower) and lower[i] else padded[i] for i in range(width)]


def checked_header(path: Path, header: list[str], close: Callable[[], None]) -> list[str]:
    # Empty cells past the last title (styled or trailing delimiters) are not columns.
    while header and not header[-1]:
        header = header[:-1]
    problem = None
    if len(header) > MAX_COLUMNS:
        problem = message(
            "{name} has {count:,} columns; an import reads at most {most:,}",
            name=path.name,
            count=len(header),
            most=MAX_COLUMNS,
        )
    elif any(OVERSIZE in cell for cell in header):
        # Skipped unread (csv_table._lines): how many cells it held, or how long each, is
        # not known.
        problem = message(
            "{name}: its header row is longer than {most:,} characters, the longest line an "
            "import reads",
            name=path.name,
            most=MAX_LINE_CHARS,
        )
    elif any(len(cell) > MAX_CELL_CHARS for cell in header):
        problem = message(
            "{name} has a header cell longer than {most:,} characters",
            name=path.name,
            most=MAX_CELL_CHARS,
        )
    if problem:
        close()
        raise InvalidInput(problem, "file")
    return [printable(cell) if UNDECODABLE.search(cell) else cell for cell in header]


def checked_row(cells: list[str], header: list[str], encoding: str | None) -> list[str]:
    """The row, or an UnreadableRow naming its first cell that cannot be read."""
    cells = cells[: max(len(header), 1) + MAX_COLUMNS]
    joined = "\x1f".join(cells)
    if len(joined) < MAX_CELL_CHARS and not UNDECODABLE.search(joined) and (OVERSIZE not in joined):
        return cells
    if OVERSIZE in joined:
        return UnreadableRow(
            "",
            "",
            f"a line longer than {MAX_LINE_CHARS:,} characters, skipped unread (a cell of "
            f"{MAX_CELL_CHARS:,} characters or more, the most a spreadsheet cell holds, or "
            "far too many cells); the row is not read",
        )
    for index, cell in enumerate(cells):
        column = header[index] if index < len(header) else f"column {index + 1}"
        if len(cell) >= MAX_CELL_CHARS:
            return too_long(column)
        if bad := UNDECODABLE.search(cell):
            byte = ord(bad.group()) - 0xDC00
            return UnreadableRow(
                column,
                printable(cell),
                f"byte 0x{byte:02X} at character {bad.start() + 1} cannot be read as "
                f"{encoding or 'text'} (the encoding of the file); the row is not imported: "
                "save the file as UTF-8",
            )
    return cells


def too_long(column: str) -> UnreadableRow:
    return UnreadableRow(
        column,
        "",
        f"a cell of {MAX_CELL_CHARS:,} characters or more, the most a spreadsheet cell holds "
        "(it may have been cut); the row is not read",
    )
