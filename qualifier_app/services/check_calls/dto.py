"""Plain data of the check calls, for the CLI, the Partners area and the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PolicyRow:
    segment: str
    partner_id: int | None
    partner: str  # "" for every partner of the segment
    business_days: int
    share_percent: int
    minimum_per_month: int
    poor_share_percent: int | None
    text: str


@dataclass(frozen=True)
class ScheduleResult:
    due: int  # check calls put into a queue
    skipped: int  # not in the sample
    cancelled: int  # the partner reported won or lost first, or the lead moved on


@dataclass(frozen=True)
class DueCheckCall:
    check_call_id: int
    handoff_id: int
    lead_id: int
    company: str
    partner: str
    rep: str  # who gets it: the qualifying rep, or "" for the team's queue
    due_at: datetime
    attempts: int
    why: str


@dataclass(frozen=True)
class ReopenedHandoff:
    """A handoff whose customer says the partner never called, past its SLA."""

    check_call_id: int
    handoff_id: int
    lead_id: int
    company: str
    partner: str
    partner_rep: str
    channel_manager_id: int | None
    sent_at: datetime | None
    answered_at: datetime | None
    said: str
    still_needs: bool | None
    contradiction: bool
    offers_reroute: bool  # the customer still needs it: the next eligible partner may take it
