"""A filter over leads ("campaign X in region Y, held by nobody"), turned into SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, or_

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.normalize import company_key
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Lead


class LeaseState(StrEnum):
    HELD = "held"  # someone is working it now
    FREE = "free"  # nobody holds it
    EXPIRED = "expired"  # the holder's lease ran out without a release

    @property
    def label(self) -> str:
        return {
            "held": message("being worked"),
            "free": message("not held"),
            "expired": message("stale lease"),
        }[self.value]


@dataclass(frozen=True)
class LeadFilter:
    statuses: tuple[str, ...] = ()
    queue_id: int | None = None
    campaign_id: int | None = None
    country: str | None = None
    region: str | None = None
    rep_id: int | None = None  # assigned to this rep
    unassigned: bool = False
    lease: LeaseState | None = None
    company: str = ""  # company name starts with (compared as normalize.company_key)

    def __post_init__(self) -> None:
        known = {status.value for status in LeadStatus}
        for status in self.statuses:
            if status not in known:
                raise InvalidInput(
                    message(
                        "{status!r} is not a lead status ({join})",
                        status=status,
                        join=", ".join(sorted(known)),
                    ),
                    "status",
                )
        if self.rep_id is not None and self.unassigned:
            raise InvalidInput(
                message("a lead cannot be both assigned to a rep and unassigned"), "rep"
            )

    @property
    def is_empty(self) -> bool:
        return self == LeadFilter()

    def conditions(self, now: datetime) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.statuses:
            found.append(Lead.status.in_(self.statuses))
        if self.queue_id is not None:
            found.append(Lead.queue_id == self.queue_id)
        if self.campaign_id is not None:
            found.append(Lead.campaign_id == self.campaign_id)
        if self.country:
            found.append(Lead.country == self.country.upper())
        if self.region:
            found.append(Lead.region == self.region.upper())
        if self.rep_id is not None:
            found.append(Lead.assigned_rep_id == self.rep_id)
        if self.unassigned:
            found.append(Lead.assigned_rep_id.is_(None))
        if self.lease is LeaseState.HELD:
            found.append(and_(Lead.lease_owner_id.is_not(None), Lead.lease_expires_at > now))
        elif self.lease is LeaseState.FREE:
            found.append(or_(Lead.lease_owner_id.is_(None), Lead.lease_expires_at <= now))
        elif self.lease is LeaseState.EXPIRED:
            found.append(and_(Lead.lease_owner_id.is_not(None), Lead.lease_expires_at <= now))
        if self.company.strip():
            # As the stored key is made, so "Tyrell Foods GmbH" typed as shown finds it.
            key = company_key(self.company) or self.company.strip().lower()
            found.append(Lead.company_key.startswith(key, autoescape=True))
        return found
