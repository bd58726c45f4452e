"""The reports window shows a percentage rounded as the command line and the exports have it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qualifier_app.services.reports.cells import cell_text, export_rows
from qualifier_app.services.reports.dto import ReportColumn, ReportTable
from qualifier_app.ui.reports.area import ReportTableModel

SHARES = (0.0625, 0.1225, 0.0005, 0.3335)


def test_the_window_rounds_percentages_as_the_exports(qapp: QApplication) -> None:
    column = ReportColumn("r", "Rate", "percent")
    table = ReportTable("Rates", (column,), tuple((share,) for share in SHARES), "all time")
    model = ReportTableModel()
    model.show(table)
    shown = [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) for row in range(4)]
    assert shown == [cell_text(column, share) for share in SHARES]
    assert shown == [f"{row[0]} %" for row in export_rows(table)]
