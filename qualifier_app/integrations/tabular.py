"""Reading tables: CSV in any common encoding and delimiter, and XLSX.

Imports of inquiries, firmographics, partners and partner feedback read through
`read_table` (writing is table_export.py).
"""

from __future__ import annotations

import csv
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, TextIO, TypeVar

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import Message, message
from qualifier_app.integrations.text_encoding import (
    ESCAPE_ERRORS,
    detect_encoding,
    detect_file_encoding,
    refuse_binary,
)

DELIMITERS = ",;\t|"


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
_OVERSIZE = "\ue000"  # stands for a line too long to read (a private-use character)
_UNDECODABLE = re.compile("[\udc00-\udcff]")  # bytes the encoding could not read


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


def read_table(path: Path, sheet: str | None = None, rule: HeaderRule | None = None) -> Table:
    """Open a CSV or XLSX file; raises InvalidInput with a plain reason when it cannot.

    With a `rule`, the header is the first of the first HEADER_SEARCH_ROWS rows the rule
    matches, and in a workbook (no `sheet` named) on the first visible sheet that has one.
    Rows that cannot be read are given as `UnreadableRow`s (no cells, and why), so every
    row of the file is accounted for."""
    if not path.exists():
        raise InvalidInput(message("{path} does not exist", path=path), "file")
    if path.is_dir():
        raise InvalidInput(message("{path} is a folder, not a file", path=path), "file")
    if not path.is_file():
        # A pipe or a device would be waited on for ever, or read without end.
        raise InvalidInput(message("{path} is not a regular file", path=path), "file")
    size = path.stat().st_size
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
        # Here, not at the top: the workbook reader builds on this module's tables.
        from qualifier_app.integrations.xlsx_table import read_xlsx  # noqa: PLC0415

        return read_xlsx(path, sheet, rule)
    if suffix == ".xls":
        raise InvalidInput(
            message(
                "{name}: old .xls files are not supported; save it as .xlsx or CSV", name=path.name
            ),
            "file",
        )
    try:
        return _read_csv(path, rule)
    except OSError as exc:
        raise InvalidInput(
            message("cannot read {path}: {strerror}", path=path, strerror=exc.strerror or str(exc)),
            "file",
        ) from None


def _read_csv(path: Path, rule: HeaderRule | None) -> Table:
    with path.open("rb") as raw:
        sample = raw.read(64 * 1024)
    if not sample.strip():
        raise InvalidInput(message("{name} is empty", name=path.name), "file")
    encoding = detect_encoding(sample)
    if not encoding:
        refuse_binary(path, sample)
        encoding = detect_file_encoding(path, sample)
    delimiter = detect_delimiter(sample.decode(encoding, errors="ignore"))
    handle = path.open("r", encoding=encoding, errors=ESCAPE_ERRORS, newline="")
    records: Iterator[list[str] | UnreadableRow | _UnclosedQuote]
    records = _records(_lines(handle), delimiter)
    found = find_header(records, rule, _header_cells)
    if found is None:
        handle.close()
        raise InvalidInput(message("{name} has no header row", name=path.name), "file")
    first, header_row, header_found, records = found
    if isinstance(first, UnreadableRow | _UnclosedQuote):
        handle.close()
        problem = first.reason if isinstance(first, UnreadableRow) else "a quote is never closed"
        raise InvalidInput(
            message(
                "{name}: the header row cannot be read ({problem})",
                name=path.name,
                problem=problem,
            ),
            "file",
        )
    header = _header_cells(first)
    width = len(header)  # a value in an untitled column is ignored; past them, it is shifted
    header = checked_header(path, header, handle.close)

    def numbered() -> Iterator[tuple[int, list[str]]]:
        with handle:
            for number, row in enumerate(records, start=header_row + 1):
                if isinstance(row, _UnclosedQuote):
                    yield number, row.unreadable(number, header)
                elif isinstance(row, UnreadableRow):
                    yield number, row
                elif any(cell.strip() for cell in row):
                    beyond = _beyond_header(row, width)
                    yield number, checked_row(row, header, encoding) if beyond is None else beyond

    rows = numbered()
    return Table(
        path,
        header,
        (row for _, row in rows),
        encoding,
        delimiter,
        rows,
        handle.close,
        header_row=header_row,
        header_found=header_found,
    )


def _header_cells(row: Sequence[str]) -> list[str]:
    header = [cell.strip() for cell in row]
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0].lstrip("\ufeff")
    return header


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
            if not isinstance(row, UnreadableRow | _UnclosedQuote) and rule.matches(cells(row)):
                return row, index + 1, True, chain(first[index + 1 :], rows)
    return first[0], 1, rule is None, chain(first[1:], rows)


def _beyond_header(row: list[str], width: int) -> UnreadableRow | None:
    """A CSV row with a value past the header's last column: a delimiter inside a cell that
    is not quoted ("Acme, Inc.") has moved every value after it into the wrong column."""
    extra = [index for index in range(width, len(row)) if row[index].strip()]
    if not extra:
        return None
    index, cell = extra[0], row[extra[0]]
    return UnreadableRow(
        f"column {index + 1}",
        printable(cell),
        f"{len(row):,} cells, but the header has {width:,} columns: a cell holds the "
        "delimiter without quotes, so the values after it are in the wrong columns; the row "
        "is not imported",
    )


@dataclass(frozen=True)
class _UnclosedQuote:
    """A row whose quoted cell is never closed: its line as far as it can be read."""

    cells: list[str]

    def unreadable(self, number: int, header: Sequence[str]) -> UnreadableRow:
        index = len(self.cells) - 1
        column = header[index] if index < len(header) else f"column {index + 1}"
        return UnreadableRow(
            column,
            printable(self.cells[-1].rstrip("\r\n")),
            f"unclosed quote from row {number}: the quote that opens this cell is never "
            "closed, so the row is not imported; the rows after it are read on their own",
        )


class _Replayable:
    """Lines for the CSV reader that remember the ones of the record being read, so that
    the lines a broken record took can be read again."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._again: deque[str] = deque()
        self.taken: list[str] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._again.popleft() if self._again else next(self._lines)
        self.taken.append(line)
        return line

    def read_again(self, lines: Sequence[str]) -> None:
        self._again.extendleft(reversed(lines))


def _records(
    lines: Iterator[str], delimiter: str
) -> Iterator[list[str] | UnreadableRow | _UnclosedQuote]:
    """The CSV records of `lines`. A quote that is never closed would swallow every line
    after it into one cell (the reader runs on to the end of the file, or to the next quote
    anywhere): its row is given as an `_UnclosedQuote` and the lines after it are read again
    as rows of their own. A cell quoted over several lines, and closed, stays one cell."""
    source = _Replayable(lines)
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    while True:
        source.taken.clear()
        try:
            yield next(reader)
            continue
        except StopIteration:
            return
        except csv.Error as exc:
            taken, problem = list(source.taken), exc
        # Not strict within one line: `"Acme" Inc` reads as it always did, `Acme Inc`.
        try:
            cells = next(csv.reader(taken[:1], delimiter=delimiter))
        except csv.Error as exc:
            yield _csv_error_row(exc)
        else:
            if len(taken) > 1 or "unexpected end of data" in str(problem):
                yield _UnclosedQuote(cells)
            else:
                yield cells
        source.read_again(taken[1:])


def _lines(handle: TextIO) -> Iterator[str]:
    """The file's lines for the CSV reader, none longer than MAX_LINE_CHARS: a longer line
    is skipped without holding it, and stands as a line the row check rejects."""
    while line := handle.readline(MAX_LINE_CHARS):
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            while (rest := handle.readline(MAX_LINE_CHARS)) and not rest.endswith(("\n", "\r")):
                pass
            yield _OVERSIZE + "\n"
        else:
            yield line


def _csv_error_row(exc: csv.Error) -> UnreadableRow:
    if "field larger than field limit" in str(exc):
        return _too_long("")
    return UnreadableRow("", "", f"the row cannot be read as CSV: {exc}")


def _too_long(column: str) -> UnreadableRow:
    return UnreadableRow(
        column,
        "",
        f"a cell of {MAX_CELL_CHARS:,} characters or more, the most a spreadsheet cell holds "
        "(it may have been cut); the row is not read",
    )


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
    elif any(len(cell) > MAX_CELL_CHARS or _OVERSIZE in cell for cell in header):
        problem = message(
            "{name} has a header cell longer than {most:,} characters",
            name=path.name,
            most=MAX_CELL_CHARS,
        )
    if problem:
        close()
        raise InvalidInput(problem, "file")
    return [printable(cell) if _UNDECODABLE.search(cell) else cell for cell in header]


def checked_row(cells: list[str], header: list[str], encoding: str | None) -> list[str]:
    """The row, or an UnreadableRow naming its first cell that cannot be read."""
    cells = cells[: max(len(header), 1) + MAX_COLUMNS]
    joined = "\x1f".join(cells)
    if (
        len(joined) < MAX_CELL_CHARS
        and not _UNDECODABLE.search(joined)
        and (_OVERSIZE not in joined)
    ):
        return cells
    for index, cell in enumerate(cells):
        column = header[index] if index < len(header) else f"column {index + 1}"
        if len(cell) >= MAX_CELL_CHARS or _OVERSIZE in cell:
            return _too_long(column)
        if bad := _UNDECODABLE.search(cell):
            byte = ord(bad.group()) - 0xDC00
            return UnreadableRow(
                column,
                printable(cell),
                f"byte 0x{byte:02X} at character {bad.start() + 1} cannot be read as "
                f"{encoding or 'text'} (the encoding of the file); the row is not imported: "
                "save the file as UTF-8",
            )
    return cells


def count_rows(path: Path, rule: HeaderRule | None = None) -> tuple[int, int]:
    """How many data rows `read_table` will give, for a progress bar, and how many rows
    with values a workbook hides (not read); reads the file once (never trusting an XLSX's
    stored dimension, which may understate it)."""
    with read_table(path, rule=rule) as table:
        return sum(1 for _ in table.rows), len(table.hidden_rows)
