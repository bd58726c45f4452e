"""Plain data of a lookup and of the lead record: what was found, and one lead's whole past."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class LeadHit:
    """One lead a lookup found."""

    id: int
    company: str
    contact_name: str
    phone: str
    email: str
    status: str
    held_by: str | None  # the display name of whoever holds a live lease on it
    matched_on: str  # "phone", "e-mail", "name", "company" or "lead id"


@dataclass(frozen=True)
class LookupResult:
    query: str
    understood_as: str  # what the text was taken for: "phone +12125550100", "name prefix smi"
    hits: tuple[LeadHit, ...]
    more: bool  # there were more matches than shown


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: str  # touch, attempt, qualification, outcome, handoff, partner, correction, audit
    title: str
    detail: str = ""
    who: str = ""
    code: str = ""  # an audit row's action as the log keeps it ("lead.claimed")


@dataclass(frozen=True)
class AnswerSet:
    """The BANT answers of one conversation, with the script version they were given on."""

    qualification_id: int
    at: datetime
    script_id: int
    script: str  # "BANT default v3"
    grade: str
    decision: str
    answers: Mapping[str, Any]  # question key -> the answer as the script form takes it
    by: str = ""


@dataclass(frozen=True)
class RecycledPast:
    """What the next rep must know about a lead that came back from nurture or a partner."""

    earlier_answers: AnswerSet | None
    last_outcome: str  # "Nurture on 2026-11-02 by Rita: budget next year"
    nurture_reason: str
    partner_loss_reason: str  # "Acme Partners rejected: no budget" / "... lost: chose a rival"
    # The earlier answers to Budget, Authority, Need and Timeline questions, to pre-fill the
    # script with (what was said about reaching the contact belongs to that call only).
    prefill: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LeadRecord:
    id: int
    version: int
    company: str
    contact_name: str
    title: str
    phone: str
    email: str
    country: str
    city: str
    status: str
    status_reason: str
    score: int
    grade: str
    segment: str
    attempts: int
    campaign: str
    assigned_rep: str | None
    held_by: str | None
    inquiry: str
    timeline: tuple[TimelineEvent, ...]
    answer_sets: tuple[AnswerSet, ...]
    past: RecycledPast | None = None
    facts: Mapping[str, str] = field(default_factory=dict)
    # Consent given on the call, one line per channel (the newest answer counts).
    consent: tuple[str, ...] = ()
