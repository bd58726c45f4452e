"""Reading a CSV file as a table: any common encoding (text_encoding.py) and delimiter, a row
that cannot be read (a byte, an over-long line, a quote never closed) given as an
UnreadableRow so the rows after it are read as usual."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.integrations.table_rows import (
    MAX_LINE_CHARS,
    OVERSIZE,
    HeaderRule,
    Table,
    UnreadableRow,
    checked_header,
    checked_row,
    find_header,
    printable,
    too_long,
)
from qualifier_app.integrations.text_encoding import (
    ESCAPE_ERRORS,
    detect_encoding,
    detect_file_encoding,
    refuse_binary,
)

DELIMITERS = ",;\t|"


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


def read_csv(path: Path, rule: HeaderRule | None) -> Table:
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
                    wrong = _beyond_header(row, width)
                    if wrong is None:  # (an UnreadableRow is an empty list: not `or`)
                        wrong = other_separator(row, width, delimiter, max(3, width // 2))
                    yield number, checked_row(row, header, encoding) if wrong is None else wrong

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
        message(
            "{cells:,} cells, but the header has {width:,} columns: a cell holds the "
            "delimiter without quotes, so the values after it are in the wrong columns; the "
            "row is not imported",
            cells=len(row),
            width=width,
        ),
    )


SEPARATORS = {
    ",": message("commas"),
    ";": message("semicolons"),
    "\t": message("tabs"),
    "|": message("vertical bars"),
}


def other_separator(
    row: Sequence[str], width: int, delimiter: str, least: int
) -> UnreadableRow | None:
    """A row pasted in from a file with another separator ("Ana,Silva,ana@acme.example" in a
    file of semicolons): all its values, `least` of them at least, in its first cell. Read as
    it is, it would be a lead named after the whole line, or one with no phone nor e-mail.
    The reader asks for half the header's columns; a row the intake rejects anyway, for
    three ("Bo Ek,bo@beta.example,Beta" among eighteen columns)."""
    filled = [cell for cell in row if cell.strip()]
    if width < 3 or len(filled) != 1 or not row[0].strip():
        return None
    for separator, called in SEPARATORS.items():
        values = row[0].count(separator) + 1
        if separator != delimiter and values >= least:
            return UnreadableRow(
                "column 1",
                printable(row[0]),
                message(
                    "1 cell holding {values:,} values separated by {called}, but the file "
                    "separates its {width:,} columns by {own}: the row was written with "
                    "another separator; the row is not imported",
                    values=values,
                    called=called,
                    width=width,
                    own=SEPARATORS.get(delimiter, delimiter),
                ),
            )
    return None


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
            message(
                "unclosed quote from row {number}: the quote that opens this cell is never "
                "closed, so the row is not imported; the rows after it are read on their own",
                number=number,
            ),
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
            yield OVERSIZE + "\n"
        else:
            yield line


def _csv_error_row(exc: csv.Error) -> UnreadableRow:
    if "field larger than field limit" in str(exc):
        return too_long("")
    return UnreadableRow("", "", f"the row cannot be read as CSV: {exc}")
