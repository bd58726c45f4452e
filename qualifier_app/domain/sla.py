"""Acceptance SLAs: a deadline from the partner's SLA hours, a reminder at 75 % of it."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

REMINDER_SHARE = 0.75


class SlaState(StrEnum):
    RUNNING = "running"
    REMIND = "remind"  # past the reminder point, no reminder sent yet
    EXPIRED = "expired"


def deadline(sent_at: datetime, sla_hours: int) -> datetime:
    return sent_at + timedelta(hours=sla_hours)


def reminder_at(sent_at: datetime, sla_hours: int) -> datetime:
    return sent_at + timedelta(hours=sla_hours * REMINDER_SHARE)


def state(now: datetime, sent_at: datetime, due: datetime, reminded: bool) -> SlaState:
    """Where a sent, unanswered handoff stands at `now`."""
    if now >= due:
        return SlaState.EXPIRED
    remind = sent_at + (due - sent_at) * REMINDER_SHARE
    if not reminded and now >= remind:
        return SlaState.REMIND
    return SlaState.RUNNING


def response_score(sent_at: datetime, answered_at: datetime | None, sla_hours: int) -> float:
    """1.0 for an instant answer, falling to 0.0 at the deadline; 0.0 when never answered."""
    if answered_at is None or sla_hours <= 0:
        return 0.0
    hours = max(0.0, (answered_at - sent_at).total_seconds() / 3600)
    return max(0.0, 1.0 - hours / sla_hours)
