"""Report cells as text for screens and as plain values for spreadsheets."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qualifier_app.services.reports.dto import ReportColumn, ReportTable

NOTHING = "–"


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
    return str(value)


def cell_value(column: ReportColumn, value: Any) -> Any:
    """What a spreadsheet gets: numbers stay numbers (percentages as 0–100), no value is empty."""
    if value is None:
        return None
    if column.kind == "percent":
        return percent_points(value)
    return value


def export_header(table: ReportTable) -> list[str]:
    return [f"{c.title} (%)" if c.kind == "percent" else c.title for c in table.columns]


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


def as_records(table: ReportTable) -> list[dict[str, Any]]:
    return [
        {column.key: value for column, value in zip(table.columns, row, strict=True)}
        for row in table.rows
    ]
