"""Plain data of the rep workspace: the lead being worked, the outcome sent, the receipt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from qualifier_app.domain.contact import EmailCheck, PhoneCheck
from qualifier_app.domain.currency import DEFAULT_CURRENCY
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.text import listed, message
from qualifier_app.services.compliance.blocked import BlockedReason
from qualifier_app.services.queue.dto import ClaimedLead
from qualifier_app.services.workspace.lead_record_dto import RecycledPast


@dataclass(frozen=True)
class ScriptRef:
    id: int
    name: str
    version: int
    definition: Mapping[str, Any]


@dataclass(frozen=True)
class Touchpoint:
    kind: str
    source: str
    campaign: str | None
    occurred_at: datetime


@dataclass(frozen=True)
class EarlierAttempt:
    at: datetime
    rep: str
    disposition: str
    outcome: str
    reason: str
    notes: str


@dataclass(frozen=True)
class WorkItem:
    """Everything the lead card and the script need, read in one go after the claim."""

    lead: ClaimedLead
    first_name: str
    phone_valid: bool
    email_raw: str
    email_valid: bool
    website: str
    city: str
    postal_code: str
    industry: str
    employees: int | None
    annual_revenue: Decimal | None
    product_interest: str
    inquiry: str
    inquired_at: datetime
    consent: str
    assigned_rep: str | None
    touches: tuple[Touchpoint, ...]
    history: tuple[EarlierAttempt, ...]
    script: ScriptRef
    # Checked off the GUI thread: the first parse in a country loads its phone metadata.
    phone_check: PhoneCheck | None = None
    email_check: EmailCheck | None = None
    # Taken from a lookup while the prospect is on the line: the attempt is logged as inbound.
    inbound: bool = False
    # A lead back from nurture or a partner: the earlier answers and why it came back.
    past: RecycledPast | None = None
    # A check call: the partner the customer is asked about.
    partner: str | None = None
    # The zone of the lead's a callback is typed in first (time_zones.callback_zone).
    callback_zone: str = ""
    # The center's time zone: its date is "today" for a recycle date and the script's dates.
    center_zone: str = "UTC"
    # The center's currency: the script's amounts are in it.
    center_currency: str = DEFAULT_CURRENCY


@dataclass(frozen=True)
class ContactChange:
    field: str  # "phone" or "email"
    value: str


@dataclass(frozen=True)
class Outcome:
    """What the rep decided for the lead; `request_id` is made once per lead on the
    workstation, so sending the same outcome again after a lost reply changes nothing."""

    request_id: str
    lead_id: int
    version: int
    kind: OutcomeKind
    started_at: datetime
    disposition: Disposition = Disposition.CONTACTED
    notes: str = ""
    reason: str = ""
    callback_at: datetime | None = None
    callback_me_only: bool = True
    recycle_on: date | None = None
    script_id: int | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    overrule_reason: str = ""
    corrections: tuple[ContactChange, ...] = ()
    inbound: bool = False  # the prospect called (a lead taken from a lookup)
    talk_seconds: int | None = None  # from dialling to hang-up, when the rep dialled
    # The number the workspace dialled (E.164), when it dialled; else the call was made to
    # the number the lead had before this outcome's corrections.
    dialled_number: str | None = None


@dataclass(frozen=True)
class OutcomeReceipt:
    request_id: str
    lead_id: int
    attempt_id: int
    status: str
    grade: str | None
    next_call_at: datetime | None
    recycle_on: date | None
    message: str
    replayed: bool = False
    qualification_id: int | None = None
    blocked_leads: int = 0


@dataclass(frozen=True)
class OtherLead:
    id: int
    company: str
    contact_name: str
    status: str


@dataclass(frozen=True)
class ContactCheckResult:
    field: str
    valid: bool
    reason: str
    normalized: str | None
    details: str  # international and national format, type and zones of a phone
    time_zones: tuple[str, ...]
    other_leads: tuple[OtherLead, ...]
    on_do_not_call: bool

    @property
    def message(self) -> str:
        if not self.valid:
            return self.reason
        notes: list[str] = [self.details] if self.details else []
        if self.on_do_not_call:
            notes.append(message("on the do-not-call list"))
        if self.other_leads:
            names = "; ".join(f"{o.id} {o.company} ({o.status})" for o in self.other_leads)
            notes.append(message("also belongs to lead {names}", names=names))
        return listed(notes, " — ")


@dataclass(frozen=True)
class CallbackDue:
    lead_id: int
    company: str
    contact_name: str
    at: datetime
    due: bool


@dataclass(frozen=True)
class RepDay:
    """The queue panel: what waits for the rep, and the rep's own figures today."""

    eligible_now: int  # counted up to rep_day.ELIGIBLE_CAP
    next_eligible_at: datetime | None
    callbacks: tuple[CallbackDue, ...]
    attempts: int
    contacts: int
    qualified: int
    # Why some of the rep's waiting leads cannot be claimed now, and how many.
    blocked: tuple[BlockedReason, ...] = ()
    # Why nothing waits at all when the rep works no queue (what Next would say).
    works_no_queue: str | None = None


@dataclass(frozen=True)
class DncResult:
    entries_added: int
    leads_blocked: tuple[int, ...]
