"""Reports to CSV, XLSX or JSON files, through the shared formula-escaping table writer."""

from __future__ import annotations

import json
from pathlib import Path

from qualifier_app.integrations.files import write_text_atomically
from qualifier_app.integrations.table_export import write_table
from qualifier_app.services.reports.cells import as_document, export_header, export_rows
from qualifier_app.services.reports.dto import ReportTable


def export_report(table: ReportTable, path: Path, fmt: str | None = None) -> int:
    """The report's rows to `path`; how many were written."""
    if fmt == "json":
        data = as_document(table)
        write_text_atomically(
            path, lambda handle: json.dump(data, handle, default=str, indent=2, ensure_ascii=False)
        )
        return len(table.rows)
    return write_table(path, export_header(table), export_rows(table), fmt, sheet_title=table.title)
