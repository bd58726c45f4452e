"""Reports to CSV or XLSX files, through the shared formula-escaping table writer."""

from __future__ import annotations

from pathlib import Path

from qualifier_app.integrations.table_export import write_table
from qualifier_app.services.reports.cells import export_header, export_rows
from qualifier_app.services.reports.dto import ReportTable


def export_report(table: ReportTable, path: Path, fmt: str | None = None) -> int:
    return write_table(path, export_header(table), export_rows(table), fmt, sheet_title=table.title)
