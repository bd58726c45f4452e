"""The reports as tables: titled columns, one row per group, for the screen and export."""

from __future__ import annotations

from qualifier_app.domain.reporting import Period
from qualifier_app.domain.text import message
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
        ("rep", message("Rep"), "text"),
        ("team", message("Team"), "text"),
        ("claimed", message("Claimed"), "count"),
        ("contacted", message("Contacted"), "count"),
        ("sales_ready", message("Sales-ready"), "count"),
        ("handoffs", message("Handed off"), "count"),
        ("accepted", message("Accepted by partner"), "count"),
        ("won", message("Won"), "count"),
        ("contact_rate", message("Contact rate"), "percent"),
        ("qualify_rate", message("Qualify rate"), "percent"),
        ("acceptance_rate", message("Acceptance rate"), "percent"),
        ("win_rate", message("Win rate"), "percent"),
        ("hours", message("Hours on leads"), "hours"),
        ("revenue", message("Revenue"), "money"),
    )
    return ReportTable(
        message("Conversion per rep"),
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
        ("campaign", message("Campaign"), "text"),
        ("channel", message("Channel"), "text"),
        ("inquiries", message("Inquiries"), "count"),
        ("cost", message("Cost"), "money"),
        ("qualified", message("Qualified"), "count"),
        ("handoffs", message("Handed off"), "count"),
        ("accepted", message("Accepted"), "count"),
        ("won", message("Won"), "count"),
        ("revenue", message("Won revenue"), "money"),
        ("cost_per_qualified", message("Cost per qualified lead"), "money"),
        ("roi", message("ROI"), "percent"),
    )
    return ReportTable(
        message("Conversion per campaign"),
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
        ("partner", message("Partner"), "text"),
        ("handoffs", message("Handoffs"), "count"),
        ("accepted", message("Accepted"), "count"),
        ("acceptance_rate", message("Acceptance rate"), "percent"),
        ("hours_to_accept", message("Hours to accept"), "hours"),
        ("sla_breaches", message("SLA breaches"), "count"),
        ("feedback_compliance", message("Feedback compliance"), "percent"),
        ("won", message("Won"), "count"),
        ("win_rate", message("Win rate"), "percent"),
        ("revenue", message("Revenue"), "money"),
    )
    return ReportTable(
        message("Conversion per partner"),
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


# Each grouping's column title and report title, as the catalogue has them.
KPI_TITLES = {
    "region": (message("Region"), message("Status by region")),
    "team": (message("Team"), message("Status by team")),
    "rep": (message("Rep"), message("Status by rep")),
    "channel_manager": (message("Channel manager"), message("Status by channel manager")),
    "partner": (message("Partner"), message("Status by partner")),
    "partner_rep": (message("Partner rep"), message("Status by partner rep")),
}


def kpi_table(rows: list[StatusKpi], by: str, period: Period) -> ReportTable:
    group, title = KPI_TITLES[by]
    columns = _columns(
        ("group", group, "text"),
        ("total", message("Leads"), "count"),
        ("handoffs", message("Handoffs"), "count"),
        ("pending", message("Pending"), "percent"),
        ("active", message("Active"), "percent"),
        ("unqualified", message("Unqualified"), "percent"),
        ("pipeline", message("Pipeline value"), "money"),
        ("won", message("Won revenue"), "money"),
    )
    return ReportTable(
        title,
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
