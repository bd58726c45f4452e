"""What an XLSX file may unpack to before an import reads it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

MAX_SHARED_STRINGS_BYTES = 64 << 20  # openpyxl loads an XLSX's shared strings all at once
MAX_XLSX_PART_BYTES = 2 << 30
MAX_INFLATED_BYTES = 16 << 20  # a larger part packed more than 100:1 holds a giant cell


def check_xlsx_parts(path: Path) -> None:
    """Refuse an XLSX whose parts unpack to more than an import may hold in memory (a huge
    cell compresses to almost nothing)."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            shared = info.filename.lower().endswith("sharedstrings.xml")
            limit = MAX_SHARED_STRINGS_BYTES if shared else MAX_XLSX_PART_BYTES
            inflated = info.file_size > MAX_INFLATED_BYTES and (
                info.file_size > 100 * max(info.compress_size, 1)
            )
            if inflated and not shared:
                raise InvalidInput(
                    message(
                        "{name}: {filename} unpacks to {size:,.0f} MB from {packed:,.0f} KB: "
                        "it holds a cell far longer than an import reads, or is damaged",
                        name=path.name,
                        filename=info.filename,
                        size=info.file_size / 2**20,
                        packed=info.compress_size / 2**10,
                    ),
                    "file",
                )
            if info.file_size > limit:
                what = "its text cells" if shared else info.filename
                raise InvalidInput(
                    message(
                        "{name}: {what} unpack to {size:,.0f} MB, more than the {most:,} MB "
                        "an import holds; split the file or save it as CSV",
                        name=path.name,
                        what=what,
                        size=info.file_size / 2**20,
                        most=limit >> 20,
                    ),
                    "file",
                )
