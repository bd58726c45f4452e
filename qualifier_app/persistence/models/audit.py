"""The audit log and the keys that seal personal values in it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from qualifier_app.persistence.models.base import Base


class PersonKey(Base):
    """The key that seals a lead's personal values in audit rows; erasure deletes it, which
    leaves those values unreadable without editing the append-only log."""

    __tablename__ = "person_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(Integer, unique=True)
    secret: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Append-only: who did what, when, from what to what, and why. Triggers in the
    migration refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    reason: Mapped[str] = mapped_column(Text, default="")
