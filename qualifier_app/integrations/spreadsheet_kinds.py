"""Spreadsheet files an import does not read, known by their first bytes: each is refused
saying what it is and how to save it instead."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

ZIP_SIGNATURE = b"PK\x03\x04"
# A Compound File: an Excel 97-2003 workbook, or any workbook saved with a password (Excel
# encrypts the XLSX package and wraps it in one).
COMPOUND_FILE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
OPENDOCUMENT_SPREADSHEET = b"application/vnd.oasis.opendocument.spreadsheet"
# OpenDocument stores its "mimetype" member first and uncompressed, so its name and content
# follow the member's 30-byte local header.
_FIRST_MEMBER_NAME = slice(30, 38)


def refuse_compound_file(path: Path, sample: bytes) -> None:
    """Refuse a password-protected or Excel 97-2003 workbook given as XLSX."""
    if sample.startswith(COMPOUND_FILE_SIGNATURE):
        raise InvalidInput(
            message(
                "{name} is password-protected or an old Excel 97-2003 file, which is not "
                "read; save it without a password as an Excel Workbook (.xlsx) or CSV",
                name=path.name,
            ),
            "file",
        )


def refuse_opendocument(path: Path, sample: bytes) -> None:
    """Refuse an OpenDocument spreadsheet (.ods), whatever its name."""
    if (
        sample.startswith(ZIP_SIGNATURE)
        and sample[_FIRST_MEMBER_NAME] == b"mimetype"
        and sample[_FIRST_MEMBER_NAME.stop :].startswith(OPENDOCUMENT_SPREADSHEET)
    ):
        raise_opendocument(path)


def raise_opendocument(path: Path) -> NoReturn:
    raise InvalidInput(
        message(
            "{name} is an OpenDocument spreadsheet, which is not read; save it as an Excel "
            "Workbook (.xlsx) or CSV",
            name=path.name,
        ),
        "file",
    )
