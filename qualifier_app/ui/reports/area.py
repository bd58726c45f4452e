"""Reports: conversion and status tables with a date range and filters, charts, exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import QualifierError
from qualifier_app.domain.reporting import Period
from qualifier_app.services.check_calls.service import CheckCallService
from qualifier_app.services.reports.cells import cell_text, percent_points
from qualifier_app.services.reports.drill import Drill
from qualifier_app.services.reports.dto import (
    RepConversion,
    ReportChoices,
    ReportColumn,
    ReportFilters,
    ReportTable,
    TrendPoint,
)
from qualifier_app.services.reports.report_service import ReportService
from qualifier_app.ui.reports.chart_drill import (
    ChartDrill,
    funnel_figures,
    group_figures,
    rep_figures,
    trend_figures,
)
from qualifier_app.ui.reports.charts import (
    chart_view,
    draw_funnel,
    draw_groups,
    draw_reps,
    draw_trend,
)
from qualifier_app.ui.reports.drill import DrillDialog, Figure, figure_at, summary_text
from qualifier_app.ui.reports.publish import PublishBar
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import FIGURE_ALIGNMENT
from qualifier_app.ui.widgets.lead_record import open_lead_record

REPORTS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("ReportsArea", "Conversion per rep"), "conversion", "rep"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Conversion per campaign"), "conversion", "campaign"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Conversion per partner"), "conversion", "partner"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Status by region"), "status", "region"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Status by team"), "status", "team"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Status by rep"), "status", "rep"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Status by channel manager"), "status", "channel_manager"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Status by partner"), "status", "partner"),
    (QT_TRANSLATE_NOOP("ReportsArea", "Status by partner rep"), "status", "partner_rep"),
    (
        QT_TRANSLATE_NOOP("ReportsArea", "Check calls per partner and partner rep"),
        "check_calls",
        "partner",
    ),
    (QT_TRANSLATE_NOOP("ReportsArea", "Check calls per rep"), "check_calls", "rep"),
]


@dataclass(frozen=True)
class ReportBundle:
    table: ReportTable
    reps: list[RepConversion]
    trend: list[TrendPoint]
    kind: str  # conversion, status or check_calls
    by: str
    period: Period
    filters: ReportFilters


def load_bundle(
    service: ReportService,
    actor: Any,
    kind: str,
    by: str,
    period: Period,
    filters: ReportFilters,
    check_calls: CheckCallService | None = None,
) -> ReportBundle:
    if kind == "conversion":
        table = service.conversion_table(actor, by, period, filters)
    elif kind == "check_calls" and check_calls is not None:
        table = check_calls.report(actor, by, period)
    else:
        table = service.kpi_table(actor, by, period, filters)
    return ReportBundle(
        table,
        service.conversion_by_rep(actor, period, filters),
        service.trend(actor, period, filters),
        kind,
        by,
        period,
        filters,
    )


def _shown(column: ReportColumn, value: Any) -> str:
    """A report cell with the locale's digits (the command line writes them the English way)."""
    if value is None:
        return cell_text(column, value)
    if column.kind == "percent":
        return i18n.percent(float(percent_points(value)), 1)
    if column.kind in {"money", "hours"}:
        return i18n.money(Decimal(value))
    if column.kind == "count":
        return i18n.number(int(value))
    return i18n.translated(cell_text(column, value))


class ReportTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.report: ReportTable | None = None

    def show(self, report: ReportTable) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if self.report is None or not index.isValid():
            return None
        column = self.report.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(column, self.report.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(FIGURE_ALIGNMENT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if (
            self.report is not None
            and role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            column = self.report.columns[section]
            return self.report.title_of(column, i18n.translated(column.title))
        return None


class ReportsArea(QWidget):
    shown = Signal(ReportBundle)
    exported = Signal(str)
    drilled = Signal(DrillDialog)

    def __init__(self, context: AreaContext) -> None:  # noqa: PLR0915 - layout, then wiring
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._service = context.services.reports
        self.bundle: ReportBundle | None = None
        self._request = 0  # only the latest request's answer is shown

        title = QLabel(self.tr("Reports"))
        title.setObjectName("title")
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report"))
        for text, kind, by in REPORTS:
            self.kind.addItem(self.tr(text), (kind, by))
        # The default period ends on the center's today, which comes with the choices; until
        # then the workstation's date stands in (and is not used to load anything).
        today = context.services.clock.now().date()
        self.start = QDateEdit(QDate(today.year, today.month, today.day).addDays(-89))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setAccessibleName(self.tr("From"))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.end.setAccessibleName(self.tr("To"))
        self.all_time = QCheckBox(self.tr("&All time"))
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team filter"))
        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Campaign filter"))
        for combo in (self.kind, self.team, self.campaign):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(14)
        self.show_button = QPushButton(self.tr("Sh&ow"))
        self.show_button.setDefault(True)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.period_error = QLabel("")
        self.period_error.setObjectName("fieldError")
        self.period_error.hide()
        controls = QHBoxLayout()
        controls.addWidget(title)
        controls.addSpacing(16)
        for label, widget in (
            ("", self.kind),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
        ):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.all_time)
        controls.addWidget(self.show_button)
        controls.addStretch()
        # The filters and the exports on a line of their own: one line of everything needs
        # more than 1280 px, and beside the exports the German report names were cut.
        filters = QHBoxLayout()
        filters.addWidget(self.team)
        filters.addWidget(self.campaign)
        filters.addStretch()
        filters.addWidget(self.xlsx_button)
        filters.addWidget(self.csv_button)

        self.model = ReportTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel("")
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)

        self.groups_view, self.groups_chart = chart_view(self.tr("This report per group"))
        self.funnel_view, self.funnel_chart = chart_view(self.tr("Funnel: claimed → won"))
        self.trend_view, self.trend_chart = chart_view(self.tr("Trend per day"))
        self.reps_view, self.reps_chart = chart_view(self.tr("Sales-ready and won per rep"))
        self.charts = QTabWidget()
        self.charts.addTab(self.groups_view, self.tr("This report"))
        self.charts.addTab(self.funnel_view, self.tr("Funnel"))
        self.charts.addTab(self.trend_view, self.tr("Trend"))
        self.charts.addTab(self.reps_view, self.tr("Per rep"))
        self.chart_drills = [
            ChartDrill(view, figures, self.open_drill)
            for view, figures in (
                (self.groups_view, group_figures),
                (self.funnel_view, funnel_figures),
                (self.trend_view, trend_figures),
                (self.reps_view, rep_figures),
            )
        ]

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setSizes([330, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(filters)
        layout.addWidget(self.period_error)
        layout.addWidget(splitter)
        layout.addWidget(self.status)
        self.publish_bar = PublishBar(context)
        self.publish_bar.figure_opened.connect(self.open_drill)
        layout.addWidget(self.publish_bar)

        self.show_button.clicked.connect(self.refresh)
        for chart_drill in self.chart_drills:
            chart_drill.current_changed.connect(self.status.setText)
        self.table.activated.connect(self.open_figure)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.all_time.toggled.connect(self._all_time_toggled)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_typed)
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self._set_export_enabled(False)

        service, actor = self._service, self._actor
        self._asked = False  # a period asked for or typed, by the person or the defaults
        context.workers.submit(lambda: service.choices(actor), self._show_choices, self._failed)

    def _all_time_toggled(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)
        self.refresh()

    def _dates_typed(self) -> None:
        self._asked = True  # the person's period stands, not the default one

    def _show_choices(self, choices: ReportChoices) -> None:
        for combo, everything, items in (
            (self.team, self.tr("all teams"), choices.teams),
            (self.campaign, self.tr("all campaigns"), choices.campaigns),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.blockSignals(False)
        if not self._asked:  # nobody asked for a period meanwhile: the center's default one
            today = QDate(choices.today.year, choices.today.month, choices.today.day)
            self.start.setDate(today.addDays(-89))
            self.end.setDate(today)
            self.refresh()

    def period(self) -> Period | None:
        if self.all_time.isChecked():
            return Period()
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        try:
            return Period(start, end)
        except QualifierError as exc:
            self.period_error.setText(i18n.translated(str(exc)))
            self.period_error.show()
            return None

    def refresh(self) -> None:
        self._asked = True
        period = self.period()
        if period is None:
            return
        self.period_error.hide()
        kind, by = self.kind.currentData()
        filters = ReportFilters(
            team_id=self.team.currentData(), campaign_id=self.campaign.currentData()
        )
        service, actor, checks = self._service, self._actor, self._context.services.check_calls
        self.status.setText(self.tr("Loading…"))
        self._request += 1
        request = self._request
        self._context.workers.submit(
            lambda: load_bundle(service, actor, kind, by, period, filters, checks),
            lambda bundle: self._show(bundle) if request == self._request else None,
            self._failed,
        )

    def open_figure(self, index: QModelIndex) -> None:
        """The leads behind the figure at `index` (Enter or double-click on a figure)."""
        bundle = self.bundle
        if bundle is None or not index.isValid():
            return
        key = bundle.table.columns[index.column()].key
        figure = figure_at(bundle, index.row(), key)
        if isinstance(figure, str):
            self.status.setText(figure)
            return
        self.open_drill(figure)

    def open_drill(self, figure: Figure) -> None:
        service, actor = self._service, self._actor
        self.status.setText(self.tr("Opening the leads…"))
        self._context.workers.submit(
            lambda: service.drill(
                actor, figure.by, figure.group, figure.figure, figure.period, figure.filters
            ),
            lambda drill: self._show_drill(figure, drill),
            self._failed,
        )

    def _show_drill(self, figure: Figure, drill: Drill) -> None:
        context, actor = self._context, self._actor
        dialog = DrillDialog(
            self,
            self._service,
            actor,
            context.workers,
            figure,
            drill,
            lambda lead_id: open_lead_record(
                self,
                context.services.lookup,
                actor,
                context.workers,
                lead_id,
                context.services.person,
            ),
        )
        self.status.setText(
            self.tr("{summary} behind {title}").format(
                summary=summary_text(drill), title=drill.title
            )
        )
        dialog.show()
        self.drilled.emit(dialog)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(i18n.problem_text(exc))

    def _set_export_enabled(self, enabled: bool) -> None:
        self.xlsx_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def _show(self, bundle: ReportBundle) -> None:
        self.bundle = bundle
        self.model.show(bundle.table)
        self.status.setText(
            self.tr("{title} · {period} · {plural}").format(
                title=i18n.translated(bundle.table.title),
                period=i18n.translated(bundle.table.period),
                plural=i18n.plural(
                    len(bundle.table.rows),
                    QT_TRANSLATE_NOOP("Counts", "{n} row"),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows"),
                ),
            )
        )
        self._set_export_enabled(True)
        self.groups_chart.setTitle(i18n.translated(bundle.table.title))
        draw_groups(self.groups_chart, bundle.table)
        draw_funnel(self.funnel_chart, bundle.reps)
        draw_trend(self.trend_chart, bundle.trend)
        draw_reps(self.reps_chart, bundle.reps)
        for chart_drill in self.chart_drills:
            chart_drill.attach(bundle)
        self.shown.emit(bundle)

    # --- export -----------------------------------------------------------------------------

    def _ask_export(self, fmt: str) -> None:
        if self.bundle is None:
            return
        title = self.bundle.table.title.lower().replace(" ", "-")
        name = f"{title}-{self.bundle.period.in_a_file_name()}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export {upper}").format(upper=fmt.upper()),
            str(Path.home() / name),
            "Excel workbook (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)",
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        if self.bundle is None:
            return
        table, service, actor = self.bundle.table, self._service, self._actor
        self._context.workers.submit(
            lambda: service.export(actor, table, path, fmt),
            lambda count: self._exported(path, count),
            self._failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.status.setText(
            self.tr("{plural} exported to {path}").format(
                plural=i18n.plural(
                    count,
                    QT_TRANSLATE_NOOP("Counts", "{n} row"),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows"),
                ),
                path=path,
            )
        )
        self.exported.emit(str(path))
