"""Report cells as text for screens and as plain values for spreadsheets."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qualifier_app.domain.text import message
from qualifier_app.services.reports.dto import ReportColumn, ReportTable

NOTHING = "–"
# The groups of what cannot be attributed (docs/reports.md). The queries, the command line,
# the exports and the drill-downs name them in English; the screen in the person's language.
UNATTRIBUTED: dict[str, str] = {
    label: label
    for label in (
        message("(nobody yet)"),
        message("(no team)"),
        message("(not handed off)"),
        message("(no partner rep)"),
        message("(no channel manager)"),
        message("(unknown)"),
        message("(no rep)"),
        message("(no campaign)"),
    )
}


def group_name(value: Any) -> str:
    """A row's group as the screen shows it (translatable when it is one of UNATTRIBUTED)."""
    return UNATTRIBUTED.get(str(value), str(value))


def percent_points(value: Any) -> Decimal:
    """A share (0–1) as percentage points to one decimal, rounded half up: the one rounding
    of the screen, the command line and the exports, so 6.25 % is 6.3 % everywhere."""
    return (Decimal(str(value)) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


def cell_text(column: ReportColumn, value: Any) -> str:
    if value is None:
        return NOTHING
    if column.kind == "percent":
        return f"{percent_points(value)} %"
    if column.kind == "money":
        return f"{Decimal(value):,.2f}"
    if column.kind == "hours":
        return f"{Decimal(value):,.2f}"
    if column.kind == "count":
        return f"{int(value):,}"
    return group_name(value)


def cell_value(column: ReportColumn, value: Any) -> Any:
    """What a spreadsheet gets: numbers stay numbers (percentages as 0–100), no value is empty."""
    if value is None:
        return None
    if column.kind == "percent":
        return percent_points(value)
    return value


def export_header(table: ReportTable) -> list[str]:
    return [f"{c.title} (%)" if c.kind == "percent" else table.title_of(c) for c in table.columns]


def export_rows(table: ReportTable) -> list[list[Any]]:
    return [
        [cell_value(column, value) for column, value in zip(table.columns, row, strict=True)]
        for row in table.rows
    ]


def text_rows(table: ReportTable) -> list[list[str]]:
    return [
        [cell_text(column, value) for column, value in zip(table.columns, row, strict=True)]
        for row in table.rows
    ]


def as_document(table: ReportTable) -> dict[str, Any]:
    """The report as JSON has it: its title, period, currency and rows."""
    return {
        "report": table.title,
        "period": table.period,
        "currency": table.currency or None,
        "rows": as_records(table),
    }


def as_records(table: ReportTable) -> list[dict[str, Any]]:
    return [
        {column.key: value for column, value in zip(table.columns, row, strict=True)}
        for row in table.rows
    ]
