"""Plain data handed from services to the UI and the CLI: never a live ORM object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class LocalTime:
    zone: str
    at: datetime  # aware, in `zone`

    def text(self) -> str:
        return f"{self.at:%a %H:%M} {self.at.tzname()} ({self.zone})"


@dataclass(frozen=True)
class ClaimedLead:
    id: int
    version: int
    company: str
    contact_name: str
    title: str
    phone_raw: str
    phone_e164: str | None
    email: str | None
    country: str | None
    region: str | None
    status: str
    score: int
    segment: str | None
    attempts: int
    campaign: str | None
    source: str
    time_zones: tuple[str, ...]
    calling_window: str
    local_times: tuple[LocalTime, ...]
    lease_expires_at: datetime
    next_call_at: datetime | None = None


@dataclass(frozen=True)
class QueueStats:
    by_status: dict[str, int]
    leased_now: int
    eligible_now: int
    total: int = field(default=0)


@dataclass(frozen=True)
class UserSummary:
    id: int
    login: str
    display_name: str
    role: str
    team: str | None
    active: bool
    queues: tuple[str, ...] = ()


# --- intake --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportPreview:
    """The first rows of a file and how its columns would be read."""

    file_name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    mapping: tuple[str | None, ...]  # the inquiry field for each column, None = ignored
    fields: tuple[tuple[str, str], ...]  # (field name, label) that columns can be mapped to
    encoding: str | None
    delimiter: str | None
    total_rows: int


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    imported: int
    merged: int
    rejected: int


@dataclass(frozen=True)
class ImportSummary:
    batch_id: int
    file: str
    rows: int
    imported: int
    merged: int
    rejected: int
    rejects_file: str | None
    already_imported: int = 0
    flagged: int = 0
    do_not_call: int = 0
    enriched: int = 0
    cancelled: bool = False
    campaign: str | None = None
    queues: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class FirmographicsSummary:
    rows: int
    loaded: int
    updated: int
    rejected: int
    rejects_file: str | None
    leads_enriched: int
    leads_rescored: int
    source: str


@dataclass(frozen=True)
class RescoreSummary:
    examined: int
    changed: int
    moved: int  # changed queue


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    path: str
    format: str
