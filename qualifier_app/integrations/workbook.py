"""Small XLSX workbooks written straight to their XML parts, for the weekly publication's
scorecards: hundreds of workbooks of a few dozen cells each, where building and saving each
through openpyxl cost about 80 ms of a core, and this costs well under one.

Cells are text (inline strings, so nothing is ever read as a formula), numbers, booleans or
empty; the parts are the fewest a spreadsheet opens: no styles beyond the default one, no
shared strings, no document properties.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape, quoteattr

Rows = Sequence[Sequence[Any]]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_PACKAGE_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
# Characters XML 1.0 cannot carry at all; a cell drops them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_STAMP = (1980, 1, 1, 0, 0, 0)  # the same bytes for the same workbook


def column_letters(index: int) -> str:
    """A 0-based column index as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(reference: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float | Decimal) and math.isfinite(value):
        return f'<c r="{reference}"><v>{value}</v></c>'
    text = escape(_NOT_XML.sub("", str(value)))
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{reference}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _sheet(rows: Rows) -> str:
    width = max((len(row) for row in rows), default=0)
    letters = [column_letters(i) for i in range(width)]
    body = "".join(
        f'<row r="{number}">'
        + "".join(_cell(f"{letters[i]}{number}", value) for i, value in enumerate(row))
        + "</row>"
        for number, row in enumerate(rows, start=1)
    )
    # The dimension tells a reader the sheet's extent (openpyxl's read-only mode pads rows
    # to it); an empty sheet has A1.
    extent = f"A1:{letters[-1]}{len(rows)}" if width and rows else "A1"
    return (
        f'{_HEAD}<worksheet xmlns="{_MAIN}"><dimension ref="{extent}"/>'
        f"<sheetData>{body}</sheetData></worksheet>"
    )


def workbook_bytes(sheets: Sequence[tuple[str, Rows]]) -> bytes:
    """An XLSX file of these sheets (title, rows), in this order; titles are cut to the 31
    characters a spreadsheet allows."""
    count = len(sheets)
    types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_CONTENT}.worksheet+xml"/>'
        for n in range(1, count + 1)
    )
    content_types = (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CONTENT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CONTENT}.styles+xml"/>'
        f"{types}</Types>"
    )
    listed = "".join(
        f'<sheet name={quoteattr(_NOT_XML.sub("", title)[:31])} sheetId="{n}" r:id="rId{n}"/>'
        for n, (title, _rows) in enumerate(sheets, start=1)
    )
    workbook = (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">'
        f"<sheets>{listed}</sheets></workbook>"
    )
    relationships = "".join(
        f'<Relationship Id="rId{n}" Type="{_RELATIONSHIPS}/worksheet" '
        f'Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, count + 1)
    )
    workbook_rels = (
        f'{_HEAD}<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">{relationships}'
        f'<Relationship Id="rId{count + 1}" Type="{_RELATIONSHIPS}/styles" '
        'Target="styles.xml"/></Relationships>'
    )
    parts = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", _PACKAGE_RELS),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", workbook_rels),
        ("xl/styles.xml", _STYLES),
        *((f"xl/worksheets/sheet{n}.xml", _sheet(rows)) for n, (_t, rows) in enumerate(sheets, 1)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            archive.writestr(zipfile.ZipInfo(name, _STAMP), text, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
