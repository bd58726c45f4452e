"""Partners, their reps, handoffs and their events."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from qualifier_app.persistence.models.base import Base


class Partner(Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    tier: Mapped[str] = mapped_column(String(20), default="silver")
    countries: Mapped[list[Any]] = mapped_column(default=list)
    regions: Mapped[list[Any]] = mapped_column(default=list)  # "US-CA" style
    postal_prefixes: Mapped[list[Any]] = mapped_column(default=list)
    products: Mapped[list[Any]] = mapped_column(default=list)
    segments: Mapped[list[Any]] = mapped_column(default=list)
    capacity_open: Mapped[int | None] = mapped_column(Integer)
    capacity_week: Mapped[int | None] = mapped_column(Integer)
    sla_hours: Mapped[int] = mapped_column(Integer, default=48)
    channel_manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PartnerRep(Base):
    __tablename__ = "partner_reps"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Handoff(Base):
    """A sales-ready lead delivered to a partner, with its acceptance SLA and closed loop."""

    __tablename__ = "handoffs"
    __table_args__ = (
        Index("ix_handoffs_partner_status", "partner_id", "status"),
        Index("ix_handoffs_deadline", "deadline_at", postgresql_where=text("status = 'sent'")),
        Index("ix_handoffs_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(36), unique=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    partner_rep_id: Mapped[int | None] = mapped_column(ForeignKey("partner_reps.id"))
    qualification_id: Mapped[int | None] = mapped_column(ForeignKey("qualifications.id"))
    qualified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    routed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    grade: Mapped[str | None] = mapped_column(String(1))
    why: Mapped[str] = mapped_column(Text, default="")  # "why this partner", in plain words
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # pending → sent → accepted / rejected / expired → active → won / lost
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    deadline_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    accepted_at: Mapped[datetime | None]
    rejected_at: Mapped[datetime | None]
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    sla_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    pipeline_value: Mapped[Decimal | None]
    won_revenue: Mapped[Decimal | None]
    closed_on: Mapped[date | None] = mapped_column(Date)
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    last_update_at: Mapped[datetime | None]
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[datetime | None]
    delivery_channel: Mapped[str | None] = mapped_column(String(20))  # smtp / outbox
    message_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    # No automatic delivery before this (an attempt whose outcome is unknown waits long).
    delivery_retry_at: Mapped[datetime | None]
    # Set when the mail server may have the message: a person decides whether to resend.
    delivery_flagged_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SweepLease(Base):
    """Held by the one workstation running a sweep; taken and judged by the database's time."""

    __tablename__ = "sweep_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(80))
    expires_at: Mapped[datetime]


class Publication(Base):
    """One weekly scorecard sent (or being sent) to one recipient: the unique key makes a
    week's publication happen once per recipient, whichever workstation publishes it."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("week", "recipient_kind", "recipient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[str] = mapped_column(String(8))  # ISO week, 2026-W48
    recipient_kind: Mapped[str] = mapped_column(String(20))  # partner / channel_manager / ...
    recipient_id: Mapped[int] = mapped_column(Integer)  # 0 for the supervisors' summary
    recipient: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(1000), default="")
    message_id: Mapped[str] = mapped_column(String(200))
    # started (sending; outcome not known yet) / smtp / outbox / unknown / retry (the mail
    # server failed for now: sent again by the next publication) / refused (outbox, by hand)
    channel: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")


class HandoffEvent(Base):
    """A status update on a handoff, from a partner-CRM export, the GUI or the SLA sweep."""

    __tablename__ = "handoff_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id"), index=True)
    at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(20))  # import / gui / sweep / delivery
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Same update imported twice is recognised by this key and ignored.
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)
