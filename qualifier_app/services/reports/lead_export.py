"""Exporting leads to CSV, XLSX or JSON, safe to open in a spreadsheet."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.normalize import country_code
from qualifier_app.domain.reporting import midnight
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.integrations.files import write_text_atomically
from qualifier_app.integrations.table_export import write_table
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, Lead, Queue
from qualifier_app.services.center_days import center_zone
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake.dto import ExportSummary

FORMATS = ("csv", "xlsx", "json")
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("id", Lead.id),
    ("status", Lead.status),
    ("company", Lead.company),
    ("first_name", Lead.first_name),
    ("last_name", Lead.last_name),
    ("title", Lead.title),
    ("phone", Lead.phone_e164),
    ("phone_as_given", Lead.phone_raw),
    ("phone_extension", Lead.phone_extension),
    ("email", Lead.email_normalized),
    ("email_as_given", Lead.email_raw),
    ("website", Lead.website),
    ("country", Lead.country),
    ("region", Lead.region),
    ("city", Lead.city),
    ("postal_code", Lead.postal_code),
    ("language", Lead.language),
    ("employees", Lead.employees),
    ("annual_revenue", Lead.annual_revenue),
    ("industry", Lead.industry),
    ("product_interest", Lead.product_interest),
    ("source", Lead.source),
    ("campaign", Campaign.name),
    ("score", Lead.score),
    ("segment", Lead.segment),
    ("grade", Lead.grade),
    ("queue", Queue.name),
    ("touches", Lead.touches),
    ("attempts", Lead.attempts),
    ("time_zones", Lead.time_zones),
    ("inquired_at", Lead.inquired_at),
    ("created_at", Lead.created_at),
)
HEADER = tuple(name for name, _ in COLUMNS)


@dataclass(frozen=True)
class LeadFilter:
    statuses: tuple[str, ...] = ()
    queue: str | None = None
    campaign: str | None = None
    segment: str | None = None
    country: str | None = None
    since: date | None = None  # inquired on or after
    min_score: int | None = None


class LeadExportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._frame = Frame(db, clock)

    def export_leads(
        self, actor: Actor, path: Path, fmt: str | None = None, filters: LeadFilter | None = None
    ) -> ExportSummary:
        require(actor, Action.EXPORT_LEADS)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in FORMATS:
            raise InvalidInput(
                message("unknown format {fmt!r}; use csv, xlsx or json", fmt=fmt), "format"
            )
        filters = filters or LeadFilter()
        with self._db.unit_of_work(write=False) as uow:
            query = _query(uow.session, filters)
            rows = _rows(uow.session, query)
            if fmt == "json":
                count = _write_json(path, rows)
            else:
                count = write_table(path, HEADER, rows, fmt, sheet_title="Leads")
        # Audited at the database's time, read in the transaction that records the export.
        with self._frame.change(actor, Action.EXPORT_LEADS) as change:
            change.audit(
                "leads.exported",
                "export",
                fmt,
                after={"rows": count, "format": fmt, "file": path.name, "filters": _plain(filters)},
            )
        return ExportSummary(count, str(path), fmt)


def _plain(filters: LeadFilter) -> dict[str, Any]:
    return {
        key: (value.isoformat() if isinstance(value, date) else value)
        for key, value in vars(filters).items()
        if value not in (None, ())
    }


def _query(session: Session, filters: LeadFilter) -> Select[Any]:
    query = (
        select(*(column for _, column in COLUMNS))
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
        .outerjoin(Queue, Queue.id == Lead.queue_id)
        .order_by(Lead.id)
    )
    if filters.statuses:
        known = {status.value for status in LeadStatus}
        unknown = sorted(set(filters.statuses) - known)
        if unknown:
            raise InvalidInput(
                message(
                    "unknown status {join}; use one of {join2}",
                    join=", ".join(unknown),
                    join2=", ".join(sorted(known)),
                ),
                "status",
            )
        query = query.where(Lead.status.in_(filters.statuses))
    if filters.queue:
        _must_exist(session, Queue.name, filters.queue, "queue")
        query = query.where(Queue.name == filters.queue)
    if filters.campaign:
        _must_exist(session, Campaign.name, filters.campaign, "campaign")
        query = query.where(Campaign.name == filters.campaign)
    if filters.segment:
        if filters.segment not in ("smb", "enterprise"):
            raise InvalidInput(message("the segment is smb or enterprise"), "segment")
        query = query.where(Lead.segment == filters.segment)
    if filters.country:
        code = country_code(filters.country)
        if code is None:
            raise InvalidInput(
                message("{country!r} is not a country", country=filters.country), "country"
            )
        query = query.where(Lead.country == code)
    if filters.since:
        query = query.where(Lead.inquired_at >= midnight(filters.since, center_zone(session)))
    if filters.min_score is not None:
        query = query.where(Lead.score >= filters.min_score)
    return query


def _must_exist(session: Session, column: Any, value: str, what: str) -> None:
    if session.execute(select(column).where(column == value)).first() is None:
        raise InvalidInput(
            message("there is no {what} named {value!r}", what=what, value=value), what
        )


def _rows(session: Session, query: Select[Any]) -> Iterator[Sequence[Any]]:
    yield from session.execute(query.execution_options(yield_per=2000))


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _write_json(path: Path, rows: Iterator[Sequence[Any]]) -> int:
    """A JSON array of objects, written row by row (values verbatim: JSON runs nothing)."""

    def write(handle: TextIO) -> int:
        count = 0
        handle.write("[")
        for row in rows:
            record = {name: _json_value(value) for name, value in zip(HEADER, row, strict=True)}
            handle.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
        return count

    return write_text_atomically(path, write)
