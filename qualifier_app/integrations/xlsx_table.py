"""Reading an XLSX workbook as a table: the first visible sheet with a header row, its
merged cells, formulas without a saved value and hidden rows (see tabular.read_table)."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.integrations.formula_cells import formulas_after, uncalculated_as_typed
from qualifier_app.integrations.merged_cells import MergedFill
from qualifier_app.integrations.sheet_part import read_sheet_part
from qualifier_app.integrations.spreadsheet_kinds import (
    OPENDOCUMENT_SPREADSHEET,
    ZIP_SIGNATURE,
    raise_opendocument,
    refuse_compound_file,
    refuse_opendocument,
)
from qualifier_app.integrations.table_rows import (
    MAX_COLUMNS,
    HeaderRule,
    Table,
    checked_header,
    checked_row,
    find_header,
)
from qualifier_app.integrations.text_encoding import is_text
from qualifier_app.integrations.xlsx_limits import check_xlsx_parts
from qualifier_app.integrations.xlsx_quiet import openpyxl_quiet, quiet_rows

# Strict Open XML's namespaces all start so (its spreadsheetml is .../spreadsheetml/main).
STRICT_NAMESPACES = b"http://purl.oclc.org/ooxml/"


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook  # noqa: PLC0415 - only needed for spreadsheets
    from openpyxl.utils.exceptions import InvalidFileException  # noqa: PLC0415

    try:
        _refuse_other_file(path)
        check_xlsx_parts(path)
        _refuse_other_package(path)
        with openpyxl_quiet():
            workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InvalidInput(
            message(
                "{name} is not a readable XLSX file ({problem})",
                name=path.name,
                problem=_damage(exc),
            ),
            "file",
        ) from None
    except ParseError as exc:
        raise InvalidInput(
            message("{name} is a damaged XLSX file ({problem})", name=path.name, problem=str(exc)),
            "file",
        ) from None
    if not workbook.worksheets:
        # openpyxl passes over a sheet whose part is missing, as over one listed wrongly.
        workbook.close()
        raise InvalidInput(
            message(
                "{name} is damaged: it holds no sheet; open it in the spreadsheet and save "
                "it again, or save it as CSV",
                name=path.name,
            ),
            "file",
        )
    return workbook


def _refuse_other_file(path: Path) -> None:
    """Refuse, from its first bytes, a file named .xlsx that is not a ZIP archive."""
    with path.open("rb") as raw:
        sample = raw.read(4096)
    if not sample.strip():
        raise InvalidInput(message("{name} is empty", name=path.name), "file")
    refuse_compound_file(path, sample)
    refuse_opendocument(path, sample)
    if sample.startswith(ZIP_SIGNATURE):
        return
    if is_text(sample):
        raise InvalidInput(
            message("{name} is a text (CSV) file, not an XLSX file; name it .csv", name=path.name),
            "file",
        )
    raise InvalidInput(
        message(
            "{name} is not an XLSX file, nor a text file; save it as an Excel Workbook (.xlsx) "
            "or CSV",
            name=path.name,
        ),
        "file",
    )


def _refuse_other_package(path: Path) -> None:
    """Refuse a ZIP archive that is not an XLSX package, or one saved as Strict Open XML
    (whose namespaces openpyxl does not know: it finds no sheet in it)."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if names[:1] == ["mimetype"] and _start_of(archive, "mimetype").startswith(
            OPENDOCUMENT_SPREADSHEET
        ):
            raise_opendocument(path)
        if "[Content_Types].xml" not in names:
            raise InvalidInput(
                message(
                    "{name} is a ZIP archive of other files, not an XLSX file; unpack it, or "
                    "save the sheet as an Excel Workbook (.xlsx) or CSV",
                    name=path.name,
                ),
                "file",
            )
        starts = [
            _start_of(archive, name) for name in ("_rels/.rels", "xl/workbook.xml") if name in names
        ]
    if any(STRICT_NAMESPACES in start for start in starts):
        raise InvalidInput(
            message(
                "{name} is saved as Strict Open XML, which is not read; save it as an Excel "
                "Workbook (.xlsx) or CSV",
                name=path.name,
            ),
            "file",
        )


def _start_of(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as part:
        return part.read(4096)


# What a damaged workbook raises while it is read (its XML, its zip, a cell of the wrong type).
DAMAGE = (ParseError, zipfile.BadZipFile, zlib.error, EOFError, ValueError)


def _damage(exc: BaseException) -> str:
    """What is wrong, in the reading library's words, except where those quote a cell: a
    value may be a prospect's name or e-mail, and this is printed and may be logged."""
    if isinstance(exc, ValueError):
        return message("a cell holds something its type cannot hold")
    return str(exc)


# (sheet, header, its row number, found by the rule, the rows after it, sheets passed)
_Chosen = tuple[str, tuple[Any, ...], int, bool, Iterator[tuple[Any, ...]], int]


def _every_row(worksheet: Any) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows as values: every row there is, as the stored dimension ("A1:F3") may
    understate the sheet."""
    reset = getattr(worksheet, "reset_dimensions", None)
    if reset is not None:
        reset()
    rows: Iterator[tuple[Any, ...]] = worksheet.iter_rows(values_only=True)
    return quiet_rows(rows)


def _chosen_sheet(sheets: Sequence[Any], rule: HeaderRule | None) -> _Chosen | None:
    """The first sheet with a header row the rule finds, else the first with any rows."""
    chosen: _Chosen | None = None
    for index, worksheet in enumerate(sheets):
        found = find_header(_every_row(worksheet), rule, _xlsx_header)
        if found is not None and (found[2] or chosen is None):
            chosen = (worksheet.title, *found, index)
            if found[2]:
                break
    return chosen


def _holding_rows(worksheet: Any) -> bool:
    """A header and a row below it at least: a sheet of data, not a note or a lookup."""
    filled = (row for row in _every_row(worksheet) if any(_cell_text(c).strip() for c in row))
    return len(list(islice(filled, 2))) == 2


def read_xlsx(path: Path, sheet: str | None, rule: HeaderRule | None) -> Table:
    workbook = _open_workbook(path)
    # A hidden sheet (a lookup list, last quarter's data) is not what the person sees and
    # means to import: only visible sheets are read, unless every sheet is hidden.
    visible = [worksheet for worksheet in workbook.worksheets if worksheet.sheet_state == "visible"]
    sheets = [workbook[sheet]] if sheet else visible or workbook.worksheets
    try:
        chosen = _chosen_sheet(sheets, rule)
        if chosen is None:
            raise InvalidInput(message("{name} has no header row", name=path.name), "file")
        after = sheets[chosen[5] + 1 :]
        left = tuple(worksheet.title for worksheet in after if _holding_rows(worksheet))
        part = read_sheet_part(path, workbook[chosen[0]])
    except DAMAGE as exc:
        workbook.close()
        raise InvalidInput(
            message(
                "{name} is damaged in its first rows ({problem}); nothing is imported: "
                "open it in the spreadsheet and save it again, or save it as CSV",
                name=path.name,
                problem=_damage(exc),
            ),
            "file",
        ) from None
    except InvalidInput:
        workbook.close()
        raise
    title, first, header_row, header_found, values, passed = chosen
    header = checked_header(path, _xlsx_header(first), workbook.close)
    formulas = formulas_after(path, workbook[title], header_row) if part.has_formulas else None
    merged = MergedFill(part.merged, header_row)
    hidden: list[int] = []
    in_currency: dict[int, dict[int, str]] = {}
    for (row_number, column), mark in part.in_currency.items():
        in_currency.setdefault(row_number, {})[column] = mark

    def numbered() -> Iterator[tuple[int, list[str]]]:
        number = header_row
        try:
            for number, read in enumerate(values, start=header_row + 1):
                row = (
                    read if formulas is None else uncalculated_as_typed(read, next(formulas[0], ()))
                )
                cells = [_cell_text(cell) for cell in row[: len(header) + MAX_COLUMNS]]
                for column, mark in in_currency.get(number, {}).items():
                    # As the sheet shows it: a revenue in another currency than the
                    # center's is then refused as one typed so would be.
                    if column < len(cells) and cells[column].strip():
                        cells[column] = f"{cells[column]} {mark}"
                if merged:
                    cells = merged.fill(number, cells)
                if not any(cell.strip() for cell in cells):
                    continue
                if number in part.hidden_rows:
                    hidden.append(number)
                else:
                    yield number, checked_row(cells, header, None)
        except DAMAGE as exc:
            raise InvalidInput(
                message(
                    "{name} is damaged after row {number} ({problem}); nothing is imported: "
                    "open it in the spreadsheet and save it again, or save it as CSV",
                    name=path.name,
                    number=number,
                    problem=_damage(exc),
                ),
                "file",
            ) from None
        finally:
            close()

    def close() -> None:
        workbook.close()
        if formulas is not None:
            formulas[1]()

    rows = numbered()
    return Table(
        path,
        header,
        (row for _, row in rows),
        numbered=rows,
        closer=close,
        header_row=header_row,
        sheet=title,
        header_found=header_found,
        passed_sheets=tuple(worksheet.title for worksheet in sheets[:passed]),
        unread_sheets=left,
        hidden_rows=hidden,
    )


def _xlsx_header(row: Sequence[Any]) -> list[str]:
    return [_cell_text(cell).strip() for cell in row]


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
