"""What the reports show: the filters, one row per group of each report, and tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.reporting import per_unit, rate, roi

ZERO = Decimal("0.00")
ACCEPTED = ("accepted", "active", "won", "lost")
# Migration 0025_i15_lead_handoff_states keeps each lead's state by these two.
OPEN_OPPORTUNITY = ("accepted", "active")
WAITING_FOR_PARTNER = ("pending", "sent")
UNQUALIFIED_LEAD = (
    LeadStatus.NURTURE.value,
    LeadStatus.DISQUALIFIED.value,
    LeadStatus.DO_NOT_CALL.value,
)
PENDING_LEAD = (LeadStatus.QUEUED.value, LeadStatus.CALLBACK.value, LeadStatus.SALES_READY.value)
CONVERSION_BY = ("rep", "campaign", "partner")
KPI_BY = ("region", "team", "rep", "channel_manager", "partner", "partner_rep")


@dataclass(frozen=True)
class ReportFilters:
    team_id: int | None = None
    campaign_id: int | None = None
    partner_id: int | None = None
    country: str | None = None


@dataclass(frozen=True)
class RepConversion:
    rep_id: int
    rep: str
    team: str | None
    claimed: int
    contacted: int
    sales_ready: int
    handoffs: int  # handoffs made in the period of leads this rep made sales-ready
    accepted: int
    won: int
    revenue: Decimal
    hours_on_leads: Decimal

    @property
    def contact_rate(self) -> float | None:
        return rate(self.contacted, self.claimed)

    @property
    def qualify_rate(self) -> float | None:
        return rate(self.sales_ready, self.contacted)

    @property
    def acceptance_rate(self) -> float | None:
        # Of the same handoffs: the period's sales-ready calls are another population (a lead
        # qualified on the 31st and accepted on the 1st would read 1 of 0, or over 100 %).
        return rate(self.accepted, self.handoffs)

    @property
    def win_rate(self) -> float | None:
        return rate(self.won, self.accepted)


@dataclass(frozen=True)
class CampaignConversion:
    campaign_id: int
    campaign: str
    channel: str
    inquiries: int
    cost: Decimal
    qualified: int
    handoffs: int
    accepted: int
    won: int
    revenue: Decimal

    @property
    def cost_per_qualified(self) -> Decimal | None:
        return per_unit(self.cost, self.qualified)

    @property
    def roi(self) -> Decimal | None:
        return roi(self.revenue, self.cost)


@dataclass(frozen=True)
class PartnerConversion:
    partner_id: int
    partner: str
    handoffs: int
    sent: int
    accepted: int
    rejected: int
    sla_breaches: int
    with_feedback: int
    won: int
    lost: int
    revenue: Decimal
    hours_to_accept: Decimal | None

    @property
    def acceptance_rate(self) -> float | None:
        return rate(self.accepted, self.sent)

    @property
    def feedback_compliance(self) -> float | None:
        return rate(self.with_feedback, self.sent)

    @property
    def win_rate(self) -> float | None:
        return rate(self.won, self.accepted)


@dataclass(frozen=True)
class StatusKpi:
    group: str
    total: int  # leads, each counted once
    handoffs: int  # handoffs of those leads, each credited once
    pending: int
    active: int
    unqualified: int
    pipeline_value: Decimal
    won_revenue: Decimal

    @property
    def pending_share(self) -> float | None:
        return rate(self.pending, self.total)

    @property
    def active_share(self) -> float | None:
        return rate(self.active, self.total)

    @property
    def unqualified_share(self) -> float | None:
        return rate(self.unqualified, self.total)


@dataclass(frozen=True)
class TrendPoint:
    day: str  # ISO date
    attempts: int
    contacts: int
    sales_ready: int


@dataclass(frozen=True)
class ReportChoices:
    teams: tuple[tuple[int, str], ...]
    campaigns: tuple[tuple[int, str], ...]
    partners: tuple[tuple[int, str], ...]
    today: date  # the center's, for the default period


@dataclass(frozen=True)
class ReportColumn:
    key: str
    title: str
    kind: str  # text, count, money, percent, hours, ratio


@dataclass(frozen=True)
class ReportTable:
    """A report as rows of plain values, for the CLI, the GUI and spreadsheet exports."""

    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[Any, ...], ...]
    period: str
    currency: str = ""  # the center's, which every money column counts in

    def title_of(self, column: ReportColumn, title: str | None = None) -> str:
        """`column`'s title (or `title`, its translation), a money column's with the currency
        it counts in: "Revenue (EUR)"."""
        shown = column.title if title is None else title
        return f"{shown} ({self.currency})" if column.kind == "money" and self.currency else shown

    @property
    def header(self) -> list[str]:
        return [self.title_of(column) for column in self.columns]
