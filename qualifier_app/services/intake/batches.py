"""Shared steps of the partner and feedback imports: header mapping, cells, rejects, and
finishing the import batch."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput, QualifierError
from qualifier_app.domain.normalize import fold, spreadsheet_error
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.integrations.tabular import HEADER_SEARCH_ROWS, HeaderRule, UnreadableRow
from qualifier_app.persistence import audit
from qualifier_app.persistence.models import ImportBatch
from qualifier_app.services.intake.rejects import Reject, batch_rejects_file, write_rejects


def header_key(text: str) -> str:
    """A column title as compared: "Date de clôture" and "date_de_cloture" are one."""
    return "_".join(fold(text).replace("-", " ").replace("/", " ").split())


def header_rule(aliases: Mapping[str, tuple[str, ...]], least: int = 2) -> HeaderRule:
    """A file's header is the first row naming `least` of its fields (a title or a blank
    row above it is no header)."""
    return HeaderRule(lambda cells: len(_fields_named(cells, aliases)) >= least)


def _fields_named(header: Sequence[str], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    keys = [header_key(h) for h in header]
    found: dict[str, int] = {}
    for field_name, names in aliases.items():
        for name in (field_name, *names):
            if name in keys:
                found[field_name] = keys.index(name)
                break
    return found


def map_header(
    header: Sequence[str],
    aliases: Mapping[str, tuple[str, ...]],
    required: Sequence[str],
    header_found: bool = True,
) -> dict[str, int]:
    """Column index of each known field; InvalidInput names the missing ones (and, when no
    row looked like a header, says where it must be)."""
    found = _fields_named(header, aliases)
    missing = [f for f in required if f not in found]
    if missing and not header_found:
        raise InvalidInput(
            message(
                "no header row found: the header must be one of the first {rows} rows and "
                "have a column for {join}",
                rows=HEADER_SEARCH_ROWS,
                join=", ".join(missing),
            ),
            "file",
        )
    if missing:
        raise InvalidInput(
            message(
                "the file has no column for {join} (its columns: {value})",
                join=", ".join(missing),
                value=", ".join(h for h in header if h) or "none",
            ),
            "file",
        )
    return found


def cell(row: Sequence[str], columns: Mapping[str, int], field_name: str) -> str:
    """The field's cell, trimmed; empty when it holds a spreadsheet error value (#N/A)."""
    text = _raw_cell(row, columns, field_name)
    return "" if spreadsheet_error(text) else text


def _raw_cell(row: Sequence[str], columns: Mapping[str, int], field_name: str) -> str:
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
    """A rejects-file line for a row refused with `exc`: the field it names, and its value;
    for a row the file reader could not read (it has no cells), the reader's reason."""
    if isinstance(row, UnreadableRow):
        return (line, row.column, row.value, row.reason)
    field_name = getattr(exc, "field", None) or ""
    value = _raw_cell(row, columns, field_name) if field_name else ""
    reason = exc.message
    if error := spreadsheet_error(value):
        reason = message(
            "{reason} (the cell holds the spreadsheet error {error}, read as empty)",
            reason=reason,
            error=error,
        )
    return (line, field_name, value, reason)


def finish_batch(
    session: Session,
    batch: ImportBatch,
    *,
    counts: tuple[int, int, int],
    rejects: list[Reject],
    path: Path,
    data_dir: Path,
    now: datetime,
    actor: Actor,
    action: str,
) -> str | None:
    """Write the rejects file, record the batch's figures (rows, applied, unchanged) and
    audit the import; returns the rejects file's path, if any row was rejected."""
    rows, applied, unchanged = counts
    rejects_file = write_rejects(rejects, path, data_dir)
    batch.rows = rows
    batch.imported = applied
    batch.merged = unchanged
    batch.rejected = len(rejects)
    batch.finished_at = now
    batch.progressed_at = now
    batch.status = "finished"
    batch.rejects_file = batch_rejects_file(rejects_file)
    audit.record(
        session,
        at=now,
        actor_id=actor.audit_id,
        action=action,
        entity_type="import_batch",
        entity_id=batch.id,
        after={
            "rows": rows,
            "applied": applied,
            "unchanged": unchanged,
            "rejected": len(rejects),
        },
    )
    return rejects_file
