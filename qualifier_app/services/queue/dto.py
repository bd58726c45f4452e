"""Plain data of the shared queue, for the UI and the CLI: never a live ORM object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from qualifier_app.domain.calling_rules import PlaceRule
from qualifier_app.services.compliance.blocked import BlockedReason


@dataclass(frozen=True)
class HeldLead:
    """A lead as this workstation's claim returned it: what an outcome is decided from,
    good while the lead keeps this version (the outcome's statement checks it)."""

    id: int
    version: int
    status: str
    attempts: int
    country: str | None
    region: str | None
    segment: str | None
    calling_profile_id: int | None
    time_zones: str | None
    phone_e164: str | None = None


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
    # The window, days and holidays of the lead's places as the claim judged them: the
    # callback proposed keeps to them.
    calling_rule: PlaceRule | None = None


@dataclass(frozen=True)
class QueueStats:
    by_status: dict[str, int]
    leased_now: int
    eligible_now: int
    total: int = field(default=0)
    # Why some leads may not be claimed at all now (a stale national registry), in words.
    not_claimable: tuple[str, ...] = ()
    blocked_by_registry: int = 0
    # Every reason that holds waiting leads back now, with how many (registry and rules).
    blocked: tuple[BlockedReason, ...] = ()
