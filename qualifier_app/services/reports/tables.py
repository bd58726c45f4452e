"""The reports as tables: titled columns, one row per group, for the screen and export."""

from __future__ import annotations

from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports.dto import (
    CampaignConversion,
    PartnerConversion,
    RepConversion,
    ReportColumn,
    ReportTable,
    StatusKpi,
)


def _columns(*specs: tuple[str, str, str]) -> tuple[ReportColumn, ...]:
    return tuple(ReportColumn(key, title, kind) for key, title, kind in specs)


def rep_table(rows: list[RepConversion], period: Period) -> ReportTable:
    columns = _columns(
        ("rep", "Rep", "text"),
        ("team", "Team", "text"),
        ("claimed", "Claimed", "count"),
        ("contacted", "Contacted", "count"),
        ("sales_ready", "Sales-ready", "count"),
        ("handoffs", "Handed off", "count"),
        ("accepted", "Accepted by partner", "count"),
        ("won", "Won", "count"),
        ("contact_rate", "Contact rate", "percent"),
        ("qualify_rate", "Qualify rate", "percent"),
        ("acceptance_rate", "Acceptance rate", "percent"),
        ("win_rate", "Win rate", "percent"),
        ("hours", "Hours on leads", "hours"),
        ("revenue", "Revenue", "money"),
    )
    return ReportTable(
        "Conversion per rep",
        columns,
        tuple(
            (
                r.rep,
                r.team or "",
                r.claimed,
                r.contacted,
                r.sales_ready,
                r.handoffs,
                r.accepted,
                r.won,
                r.contact_rate,
                r.qualify_rate,
                r.acceptance_rate,
                r.win_rate,
                r.hours_on_leads,
                r.revenue,
            )
            for r in rows
        ),
        period.text(),
    )


def campaign_table(rows: list[CampaignConversion], period: Period) -> ReportTable:
    columns = _columns(
        ("campaign", "Campaign", "text"),
        ("channel", "Channel", "text"),
        ("inquiries", "Inquiries", "count"),
        ("cost", "Cost", "money"),
        ("qualified", "Qualified", "count"),
        ("handoffs", "Handed off", "count"),
        ("accepted", "Accepted", "count"),
        ("won", "Won", "count"),
        ("revenue", "Won revenue", "money"),
        ("cost_per_qualified", "Cost per qualified lead", "money"),
        ("roi", "ROI", "percent"),
    )
    return ReportTable(
        "Conversion per campaign",
        columns,
        tuple(
            (
                r.campaign,
                r.channel,
                r.inquiries,
                r.cost,
                r.qualified,
                r.handoffs,
                r.accepted,
                r.won,
                r.revenue,
                r.cost_per_qualified,
                r.roi,
            )
            for r in rows
        ),
        period.text(),
    )


def partner_table(rows: list[PartnerConversion], period: Period) -> ReportTable:
    columns = _columns(
        ("partner", "Partner", "text"),
        ("handoffs", "Handoffs", "count"),
        ("accepted", "Accepted", "count"),
        ("acceptance_rate", "Acceptance rate", "percent"),
        ("hours_to_accept", "Hours to accept", "hours"),
        ("sla_breaches", "SLA breaches", "count"),
        ("feedback_compliance", "Feedback compliance", "percent"),
        ("won", "Won", "count"),
        ("win_rate", "Win rate", "percent"),
        ("revenue", "Revenue", "money"),
    )
    return ReportTable(
        "Conversion per partner",
        columns,
        tuple(
            (
                r.partner,
                r.handoffs,
                r.accepted,
                r.acceptance_rate,
                r.hours_to_accept,
                r.sla_breaches,
                r.feedback_compliance,
                r.won,
                r.win_rate,
                r.revenue,
            )
            for r in rows
        ),
        period.text(),
    )


KPI_TITLES = {
    "region": "Region",
    "team": "Team",
    "rep": "Rep",
    "channel_manager": "Channel manager",
    "partner": "Partner",
    "partner_rep": "Partner rep",
}


def kpi_table(rows: list[StatusKpi], by: str, period: Period) -> ReportTable:
    columns = _columns(
        ("group", KPI_TITLES.get(by, by), "text"),
        ("total", "Leads", "count"),
        ("handoffs", "Handoffs", "count"),
        ("pending", "Pending", "percent"),
        ("active", "Active", "percent"),
        ("unqualified", "Unqualified", "percent"),
        ("pipeline", "Pipeline value", "money"),
        ("won", "Won revenue", "money"),
    )
    return ReportTable(
        f"Status by {KPI_TITLES.get(by, by).lower()}",
        columns,
        tuple(
            (
                r.group,
                r.total,
                r.handoffs,
                r.pending_share,
                r.active_share,
                r.unqualified_share,
                r.pipeline_value,
                r.won_revenue,
            )
            for r in rows
        ),
        period.text(),
    )
