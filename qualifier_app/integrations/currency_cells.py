"""The currency a number cell of an XLSX sheet shows by its format ("[$€-407] #,##0",
'#,##0.00 "€"', "#,##0 [$EUR]"): openpyxl's read-only values are the bare number, and
2,000,000 shown in euros was read as 2,000,000 of a dollar center's."""

from __future__ import annotations

import html
import re
import zipfile

_NUM_FMT = re.compile(rb"<(?:\w+:)?numFmt\s[^>]*>")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs[\s>].*?</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf[\s>/][^>]*>")
_ATTRIBUTE = re.compile(rb"""\s(\w+)=["']([^"']*)["']""")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\s[^>]*>")
_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)")
# A symbol in the format itself: "[$€-407]" (the locale's part after the dash), a quoted
# text, or a bare sign. The built-in currency formats (5-8, 37-40) show the computer's own
# currency, which the file does not say: not read.
_BRACKETED = re.compile(r"\[\$([^\]\-]+)")
_QUOTED = re.compile(r'"([^"]*)"')
_SIGNS = re.compile(r"[$€£¥₹₩₽₺₪₫₱฿]")
_CODE = re.compile(r"\b[A-Z]{3}\b")


def currency_styles(archive: zipfile.ZipFile) -> dict[int, str]:
    """The cell styles (their index in cellXfs) whose number format names a currency, and
    the mark it shows."""
    try:
        styles = archive.read("xl/styles.xml")
    except KeyError:
        return {}
    marks: dict[int, str] = {}
    for tag in _NUM_FMT.finditer(styles):
        found = dict(_ATTRIBUTE.findall(tag.group()))
        number = found.get(b"numFmtId", b"")
        if number.isdigit() and (
            mark := currency_mark(html.unescape(found.get(b"formatCode", b"").decode()))
        ):
            marks[int(number)] = mark
    if not marks:
        return {}
    listed = _CELL_XFS.search(styles)
    if listed is None:
        return {}
    shown: dict[int, str] = {}
    for index, tag in enumerate(_XF.finditer(listed.group())):
        number = dict(_ATTRIBUTE.findall(tag.group())).get(b"numFmtId", b"")
        if number.isdigit() and int(number) in marks:
            shown[index] = marks[int(number)]
    return shown


def currency_mark(code: str) -> str | None:
    """The currency a number format shows: "€" for "[$€-407] #,##0", "EUR" for
    "#,##0 [$EUR]"; None for one that shows none (or a date's "[$-409]")."""
    for mark in _BRACKETED.findall(code):
        if str(mark).strip():
            return str(mark).strip()
    for quoted in _QUOTED.findall(code):
        if _SIGNS.search(quoted) or _CODE.search(quoted):
            return str(quoted).strip()
    bare = _SIGNS.search(_QUOTED.sub("", re.sub(r"\[[^\]]*\]", "", code)))
    return bare.group() if bare else None


def currency_cells(window: bytes, styles: dict[int, str]) -> dict[tuple[int, int], str]:
    """The number cells of a stretch of sheet XML shown in a currency: (row, column index
    from 0) → the mark."""
    from openpyxl.utils.cell import column_index_from_string  # noqa: PLC0415 - spreadsheets only

    found: dict[tuple[int, int], str] = {}
    for tag in _CELL_TAG.finditer(window):
        attributes = dict(_ATTRIBUTE.findall(tag.group()))
        style = attributes.get(b"s", b"")
        if not style.isdigit() or int(style) not in styles:
            continue
        if attributes.get(b"t", b"n") != b"n":  # text, a shared string: as written
            continue
        if reference := _REFERENCE.fullmatch(attributes.get(b"r", b"").decode()):
            letters, row = reference.groups()
            found[(int(row), int(column_index_from_string(letters)) - 1)] = styles[int(style)]
    return found
