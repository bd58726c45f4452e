"""Shared steps of the partner and feedback imports: header mapping, cells, rejects."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from qualifier_app.domain.errors import InvalidInput, QualifierError
from qualifier_app.services.rejects import Reject


def header_key(text: str) -> str:
    return "_".join(text.strip().casefold().replace("-", " ").replace("/", " ").split())


def map_header(
    header: Sequence[str], aliases: Mapping[str, tuple[str, ...]], required: Sequence[str]
) -> dict[str, int]:
    """Column index of each known field; InvalidInput names the missing ones."""
    keys = [header_key(h) for h in header]
    found: dict[str, int] = {}
    for field_name, names in aliases.items():
        for name in (field_name, *names):
            if name in keys:
                found[field_name] = keys.index(name)
                break
    missing = [f for f in required if f not in found]
    if missing:
        raise InvalidInput(
            f"the file has no column for {', '.join(missing)} "
            f"(its columns: {', '.join(h for h in header if h) or 'none'})",
            "file",
        )
    return found


def cell(row: Sequence[str], columns: Mapping[str, int], field_name: str) -> str:
    index = columns.get(field_name)
    if index is None or index >= len(row):
        return ""
    return str(row[index]).strip()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def reject(
    line: int, row: Sequence[str], columns: Mapping[str, int], exc: QualifierError
) -> Reject:
    """A rejects-file line for a row refused with `exc`: the field it names, and its value."""
    field_name = getattr(exc, "field", None) or ""
    return (line, field_name, cell(row, columns, field_name) if field_name else "", exc.message)
