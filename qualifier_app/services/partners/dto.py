"""Plain data of partner routing, handoffs and the closed loop, for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.text import joined, listed, message


@dataclass(frozen=True)
class PartnerRepInfo:
    id: int
    name: str
    email: str
    active: bool


@dataclass(frozen=True)
class PartnerSummary:
    id: int
    name: str
    tier: str
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    postal_prefixes: tuple[str, ...]
    products: tuple[str, ...]
    segments: tuple[str, ...]
    capacity_open: int | None
    capacity_week: int | None
    sla_hours: int
    channel_manager: str | None  # login
    channel_manager_active: bool  # False: deactivated, the partner needs another one
    active: bool
    reps: tuple[PartnerRepInfo, ...]
    open_handoffs: int
    version: int


@dataclass(frozen=True)
class PersonChoice:
    login: str
    display_name: str


@dataclass(frozen=True)
class PartnerChoice:
    partner_id: int
    name: str
    rank: int
    why: str
    where: str
    weight: float
    received: int
    fair_share: float
    preferred: bool


@dataclass(frozen=True)
class PartnerExclusion:
    partner_id: int
    name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RoutingProposal:
    lead_id: int
    company: str
    lead_status: str
    proposed: PartnerChoice | None
    alternatives: tuple[PartnerChoice, ...]
    excluded: tuple[PartnerExclusion, ...]
    notes: tuple[str, ...]
    # The prospect said no to passing their details to a partner (consent on the call).
    partner_refused: bool = False

    @property
    def explanation(self) -> str:
        if self.proposed is not None:
            return self.proposed.why
        if self.partner_refused or self.notes:  # the notes say that no partner is eligible
            return listed(self.notes, " ")
        return message("No partner is eligible for this lead.")


@dataclass(frozen=True)
class HandoffSummary:
    id: int
    request_id: str
    lead_id: int
    company: str
    contact_name: str
    lead_status: str
    partner_id: int
    partner: str
    partner_rep: str | None
    status: str
    grade: str | None
    why: str
    override_reason: str
    created_at: datetime
    sent_at: datetime | None
    deadline_at: datetime | None
    reminded_at: datetime | None
    delivery_channel: str | None
    delivered_at: datetime | None
    delivery_attempts: int
    sla_breached: bool
    accepted_at: datetime | None
    reject_reason: str
    pipeline_value: Decimal | None
    won_revenue: Decimal | None
    closed_on: date | None
    lost_reason: str
    last_update_at: datetime | None
    # Its e-mail waits for a person (outcome unknown, or the address refused).
    delivery_flagged_at: datetime | None = None

    @property
    def awaiting_delivery(self) -> bool:
        """Not delivered to the partner yet: the package waits in the outbox (no mail server
        configured, or the server failed); the acceptance SLA has not started."""
        return self.status == "pending" and self.delivered_at is None

    @property
    def status_text(self) -> str:
        """The handoff's status as a person reads it, saying what happened to the delivery."""
        if self.awaiting_delivery:
            if self.delivery_flagged_at is not None:
                return message("awaiting delivery: waiting for a person to decide, SLA not started")
            if self.delivery_channel == "outbox" and self.delivery_attempts == 0:
                return message("awaiting delivery: no mail server configured, SLA not started")
            if self.delivery_channel == "outbox":
                return message(
                    "awaiting delivery: the mail server failed, the sweep retries, SLA not started"
                )
            return message("awaiting delivery, SLA not started")
        status = HandoffStatus(self.status).label
        return joined(status, message(" (SLA breached)")) if self.sla_breached else status


@dataclass(frozen=True)
class DeliveryOutcome:
    handoff_id: int
    delivered: bool
    channel: str | None  # smtp / outbox
    problem: str = ""
    sent_now: bool = False  # this call delivered it (not a delivery found already done)
    awaiting: bool = False  # in the outbox until a mail server is configured


@dataclass(frozen=True)
class FlaggedDelivery:
    """A handoff e-mail that may have reached the partner, or whose address was refused; a
    person decides."""

    handoff_id: int
    partner: str
    message_id: str
    attempts: int
    flagged_at: datetime | None
    # Why it waits (flagged.py): "unknown" (the partner may have it: ask about the
    # Message-ID), "refused" (the partner rep's address was refused for good: give the partner
    # a working one, then send again), "message_refused" (the message itself was refused for
    # good, as spam say: have it let through, then send again) or "do_not_call" (the lead went
    # do-not-call: not sent).
    why: str = "unknown"
    # What was said when it was flagged: what the mail server answered, say (English, as the
    # server and the command line say it).
    problem: str = ""


@dataclass(frozen=True)
class RoutedLead:
    lead_id: int
    company: str
    partner_id: int | None
    partner: str | None
    handoff_id: int | None
    why: str


@dataclass(frozen=True)
class RoutePendingResult:
    dry_run: bool
    routed: tuple[RoutedLead, ...]
    waiting: tuple[RoutedLead, ...]  # no eligible partner; `why` says what is missing
    delivered: int = 0
    delivery_failed: int = 0
    awaiting_delivery: int = 0  # in the outbox: no mail server is configured
    queued: int = 0  # committed; the outbox sweep e-mails them (routing never waits for SMTP)


@dataclass(frozen=True)
class SweepResult:
    delivered: int
    delivery_failed: int
    reminded: int
    expired: int
    rerouted: int
    waiting: int  # expired and no other partner eligible: back to waiting for routing
    awaiting_delivery: int = 0  # in the outbox, no mail server configured: SLA not started
    reminders_failed: int = 0  # not sent (or not surely): a later sweep tries again


@dataclass(frozen=True)
class ImportReport:
    file: str
    rows: int
    applied: int
    unchanged: int  # already recorded: a repeated file changes nothing
    rejected: int
    rejects_file: str | None
    batch_id: int | None = None
    empty: int = 0  # blank rows between others: counted in `rows`, nothing to apply
    hidden: int = 0  # rows with values the workbook hides (a filter): not in `rows`, not read
    unused_columns: tuple[str, ...] = ()  # the file's columns no field was read from
    header_row: int = 1  # the rows above it (a title, a blank row) are not data
    sheet: str | None = None  # the workbook's sheet that was read
    passed_sheets: tuple[str, ...] = ()  # the sheets before it, with no header row
    unread_sheets: tuple[str, ...] = ()  # the sheets after it that hold rows too


@dataclass(frozen=True)
class StaleRep:
    name: str
    email: str
    stale: int


@dataclass(frozen=True)
class StalePartner:
    partner_id: int
    partner: str
    channel_manager: str | None
    awaiting_news: int
    stale: int
    oldest_news: datetime | None
    reps: tuple[StaleRep, ...]

    @property
    def stale_share(self) -> float:
        return self.stale / self.awaiting_news if self.awaiting_news else 0.0
