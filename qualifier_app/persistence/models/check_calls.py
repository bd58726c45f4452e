"""Check calls after a handoff, and the policy that decides which handoffs get one."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qualifier_app.persistence.models.base import Base


class CheckCallPolicy(Base):
    """Per segment, and optionally per partner (0: every partner of the segment)."""

    __tablename__ = "check_call_policies"
    __table_args__ = (UniqueConstraint("segment", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    segment: Mapped[str] = mapped_column(String(20))
    # 0 rather than NULL, so the unique key holds on every database.
    partner_id: Mapped[int] = mapped_column(Integer, default=0)
    business_days: Mapped[int] = mapped_column(Integer, default=5)
    share_percent: Mapped[int] = mapped_column(Integer, default=100)
    minimum_per_month: Mapped[int] = mapped_column(Integer, default=0)
    poor_share_percent: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime]


class CheckCall(Base):
    """One handoff's check: decided once (due, skipped or cancelled), then worked like any
    lead (the lead is claimable as "check_call" while it is due) and answered."""

    __tablename__ = "check_calls"
    __table_args__ = (
        Index("ix_check_calls_partner_decided", "partner_id", "decided_at"),
        Index("ix_check_calls_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id"), unique=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    partner_rep_id: Mapped[int | None] = mapped_column(ForeignKey("partner_reps.id"))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # who qualified the lead
    status: Mapped[str] = mapped_column(String(20))  # due / answered / unreached / ...
    why: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime]
    decided_at: Mapped[datetime]
    # The lead's own attempts before the check call: the check call counts its own.
    lead_attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    script_id: Mapped[int | None] = mapped_column(ForeignKey("scripts.id"))
    call_attempt_id: Mapped[int | None] = mapped_column(ForeignKey("call_attempts.id"))
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[datetime | None]
    contacted: Mapped[bool | None] = mapped_column(Boolean)
    contacted_on: Mapped[date | None] = mapped_column(Date)
    contacted_by: Mapped[str] = mapped_column(String(200), default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    still_needs: Mapped[bool | None] = mapped_column(Boolean)
    may_share: Mapped[bool | None] = mapped_column(Boolean)
    comments: Mapped[str] = mapped_column(Text, default="")
    handoff_status: Mapped[str] = mapped_column(String(20), default="")  # when answered
    contradiction: Mapped[bool] = mapped_column(Boolean, default=False)
    # "Not contacted" after the SLA: open for the channel manager, then rerouted or kept.
    follow_up: Mapped[str | None] = mapped_column(String(20))
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    followed_up_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    followed_up_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
