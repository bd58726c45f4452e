"""The leads behind a figure: a window listing them, with their export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from qualifier_app.domain.lifecycle import status_label
from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports.conversion_drill import FIGURES as CONVERSION_FIGURES
from qualifier_app.services.reports.conversion_drill import PREFIX
from qualifier_app.services.reports.drill import DRILLABLE, SHOWN_AT_MOST, Drill
from qualifier_app.services.reports.dto import ReportFilters
from qualifier_app.services.reports.report_service import ReportService
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.forms import Numeral, table_item

HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Lead"),
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Contact"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Country"),
    QT_TRANSLATE_NOOP("Columns", "Campaign"),
)


@dataclass(frozen=True)
class Figure:
    """Which figure was opened: enough to ask for its leads again, for the export."""

    by: str
    group: str
    figure: str
    period: Period
    filters: ReportFilters


def summary_text(drill: Drill) -> str:
    """How many items the figure counts (and of how many leads), with their amount if any."""
    counted = _how_many(drill.items, drill.unit)
    if drill.unit != "leads":
        counted = QCoreApplication.translate("Reports", "{items} of {leads}").format(
            items=counted, leads=_how_many(drill.count, "leads")
        )
    if drill.amount is None:
        return counted
    return QCoreApplication.translate("Reports", "{counted}, {amount}").format(
        counted=counted, amount=" ".join(filter(None, (i18n.money(drill.amount), drill.currency)))
    )


def _how_many(count: int, unit: str) -> str:
    if unit == "calls":
        return i18n.plural(
            count, QT_TRANSLATE_NOOP("Counts", "{n} call"), QT_TRANSLATE_NOOP("Counts", "{n} calls")
        )
    if unit == "handoffs":
        return i18n.plural(
            count,
            QT_TRANSLATE_NOOP("Counts", "{n} handoff"),
            QT_TRANSLATE_NOOP("Counts", "{n} handoffs"),
        )
    return i18n.plural(
        count, QT_TRANSLATE_NOOP("Counts", "{n} lead"), QT_TRANSLATE_NOOP("Counts", "{n} leads")
    )


def figure_at(bundle: Any, row: int, key: str) -> Figure | str:
    """The figure in `row`, column `key` of a report, or why that column opens no leads."""
    group = str(bundle.table.rows[row][0])
    if bundle.kind == "conversion":
        if key in CONVERSION_FIGURES.get(bundle.by, ()):
            return Figure(PREFIX + bundle.by, group, key, bundle.period, bundle.filters)
        if key == "cost":
            return QCoreApplication.translate("Reports", "Cost is the campaign's spend, not leads")
    elif key in DRILLABLE:
        return Figure(bundle.by, group, key, bundle.period, bundle.filters)
    return QCoreApplication.translate("Reports", "Choose a figure: names do not stand for leads")


class DrillDialog(QDialog):
    exported = Signal(str)

    def __init__(
        self,
        parent: Any,
        service: ReportService,
        actor: Any,
        workers: Workers,
        figure: Figure,
        drill: Drill,
        open_record: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._actor, self._workers = service, actor, workers
        self.figure = figure
        self.setWindowTitle(self.tr("Leads behind {title}").format(title=drill.title))
        self.resize(820, 480)
        more = (
            self.tr("; the first {count} shown").format(count=i18n.number(SHOWN_AT_MOST))
            if drill.count > len(drill.rows)
            else ""
        )
        self.summary = QLabel(
            self.tr("{summary} — {title}{more}").format(
                summary=summary_text(drill), title=drill.title, more=more
            )
        )
        self.table = QTableWidget(len(drill.rows), len(HEADERS))
        self.table.setAccessibleName(self.tr("Leads behind the figure"))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(i18n.columns(HEADERS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, lead in enumerate(drill.rows):
            status = status_label(lead.status)  # in the person's language (table_item)
            values = (lead.company, lead.contact, status, lead.country, lead.campaign)
            # A lead's number is a name, not a count: no thousands separator.
            for column, value in enumerate((Numeral(str(lead.lead_id)), *values)):
                self.table.setItem(row, column, table_item(value))
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        close = QPushButton(self.tr("Close"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        close.clicked.connect(self.close)
        self.rows = drill.rows
        self.record_button = QPushButton(self.tr("Open &record"))
        self.record_button.setEnabled(open_record is not None and bool(drill.rows))
        buttons.insertWidget(1, self.record_button)
        if open_record is not None:
            # Enter (the default button), Alt+R or a double-click on a lead opens its record.
            def open_current() -> None:
                row = self.table.currentRow()
                if 0 <= row < len(self.rows):
                    open_record(self.rows[row].lead_id)

            for button in (self.xlsx_button, self.csv_button, close):
                button.setAutoDefault(False)
            self.record_button.setDefault(True)
            self.record_button.clicked.connect(open_current)
            self.table.doubleClicked.connect(lambda _index: open_current())
        for button in (self.xlsx_button, self.csv_button):
            button.setEnabled(drill.count > 0)

    def _ask_export(self, fmt: str) -> None:
        f = self.figure
        name = f"leads-{f.group}-{f.figure}-{f.period.in_a_file_name()}.{fmt}".replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export {upper}").format(upper=fmt.upper()),
            str(Path.home() / name),
            "Excel workbook (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)",
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        service, actor, f = self._service, self._actor, self.figure
        self.status.setText(self.tr("Exporting…"))
        self._workers.submit(
            lambda: service.export_drill(
                actor, f.by, f.group, f.figure, f.period, path, fmt, f.filters
            ),
            lambda count: self._exported(path, count),
            self._failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.status.setText(
            self.tr("{plural} exported to {path}").format(
                plural=i18n.plural(
                    count,
                    QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                ),
                path=path,
            )
        )
        self.exported.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(i18n.problem_text(exc))
