"""Every bar and point of the reports' charts opens the leads behind it: by a click, or from
the keyboard (the chart takes focus; arrow keys move from figure to figure, Enter opens it).

Each chart's figures are worked out from the same bundle the chart was drawn from, in the
order they are drawn, so a bar opens exactly the figure it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCharts import QAbstractBarSeries, QBarSet, QChart, QChartView, QXYSeries
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent

from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports.cells import group_name
from qualifier_app.services.reports.conversion_drill import PREFIX
from qualifier_app.services.reports.drill_groups import EVERY_GROUP
from qualifier_app.ui.reports.charts import FUNNEL_FIGURES, shown_reps
from qualifier_app.ui.reports.drill import Figure, figure_at
from qualifier_app.ui.shell import i18n

SELECTED = QColor("#f0a030")  # the bar the keyboard is on


@dataclass(frozen=True)
class ChartFigure:
    """One bar or point: where it is drawn, what it says, and the figure it opens."""

    series: QObject  # the QBarSet or QXYSeries it belongs to
    index: int
    text: str
    figure: Figure


def group_figures(bundle: Any, chart: QChart) -> list[ChartFigure]:
    """The report-per-group chart: status shares, or won revenue, per row of the table."""
    rows = list(bundle.table.rows[:20])
    figures = []
    for bars in _bar_sets(chart):
        key = bars.objectName()  # the figure its bars show (ui/reports/charts.py)
        for index, row in enumerate(rows):
            # What the table's cell opens; a figure that stands for no leads opens nothing.
            figure = figure_at(bundle, index, key)
            if isinstance(figure, str):
                continue
            name = i18n.translated(group_name(row[0]))
            figures.append(ChartFigure(bars, index, f"{name} · {bars.label()}", figure))
    return figures


def funnel_figures(bundle: Any, chart: QChart) -> list[ChartFigure]:
    """The funnel: every rep's figures at once, as the conversion report per rep adds up."""
    figures = []
    for bars in _bar_sets(chart):
        for index, (title, key) in enumerate(FUNNEL_FIGURES):
            figure = Figure(PREFIX + "rep", EVERY_GROUP, key, bundle.period, bundle.filters)
            text = QCoreApplication.translate("Charts", title)
            figures.append(ChartFigure(bars, index, text, figure))
    return figures


def rep_figures(bundle: Any, chart: QChart) -> list[ChartFigure]:
    reps = shown_reps(bundle.reps)
    figures = []
    for bars in _bar_sets(chart):
        key = bars.objectName()  # the figure its bars show (ui/reports/charts.py)
        for index, rep in enumerate(reps):
            figure = Figure(PREFIX + "rep", rep.rep, key, bundle.period, bundle.filters)
            figures.append(ChartFigure(bars, index, f"{rep.rep} · {bars.label()}", figure))
    return figures


def trend_figures(bundle: Any, chart: QChart) -> list[ChartFigure]:
    """Each day's point of each line: that day's calls, with the report's filters."""
    if not bundle.trend:
        return []
    first = date.fromisoformat(bundle.trend[0].day)
    figures = []
    for line in chart.series():
        if not isinstance(line, QXYSeries) or not line.objectName():
            continue
        for index in range(line.count()):
            day = first + timedelta(days=round(line.at(index).x()))
            figure = Figure(
                PREFIX + "rep",
                EVERY_GROUP,
                line.objectName(),  # the figure its points show (ui/reports/charts.py)
                Period(day, day),
                bundle.filters,
            )
            figures.append(ChartFigure(line, index, f"{day} · {line.name()}", figure))
    return figures


def _bar_sets(chart: QChart) -> list[QBarSet]:
    return [
        bars
        for series in chart.series()
        if isinstance(series, QAbstractBarSeries)
        for bars in series.barSets()
    ]


class ChartDrill(QObject):
    """Connects one chart's bars and points to the drill-down, and walks them by keyboard."""

    current_changed = Signal(str)

    def __init__(
        self,
        view: QChartView,
        figures_of: Callable[[Any, QChart], list[ChartFigure]],
        open_figure: Callable[[Figure], None],
    ) -> None:
        super().__init__(view)
        self._view, self._figures_of, self._open = view, figures_of, open_figure
        self.figures: list[ChartFigure] = []
        self.current = -1
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.installEventFilter(self)

    def attach(self, bundle: Any) -> None:
        """After the chart was drawn from `bundle`: its figures, clickable."""
        self.figures = self._figures_of(bundle, self._view.chart())
        self.current = -1
        for series in {id(f.series): f.series for f in self.figures}.values():
            if isinstance(series, QBarSet):
                series.setSelectedColor(SELECTED)
                series.clicked.connect(lambda index, s=series: self._clicked(s, index))
            elif isinstance(series, QXYSeries):
                series.clicked.connect(lambda point, s=series: self._clicked_point(s, point))

    def open_at(self, position: int) -> None:
        if 0 <= position < len(self.figures):
            self._open(self.figures[position].figure)

    def _clicked(self, series: QObject, index: int) -> None:
        for position, figure in enumerate(self.figures):
            if figure.series is series and figure.index == index:
                self._select(position)
                self.open_at(position)
                return

    def _clicked_point(self, series: QXYSeries, point: QPointF) -> None:
        nearest = min(
            range(series.count()), key=lambda i: abs(series.at(i).x() - point.x()), default=-1
        )
        self._clicked(series, nearest)

    def _select(self, position: int) -> None:
        for figure in self.figures:
            if isinstance(figure.series, QBarSet):
                figure.series.deselectAllBars()
            elif isinstance(figure.series, QXYSeries):
                figure.series.deselectAllPoints()
        self.current = position
        chosen = self.figures[position]
        if isinstance(chosen.series, QBarSet):
            chosen.series.selectBar(chosen.index)
        elif isinstance(chosen.series, QXYSeries):
            chosen.series.selectPoint(chosen.index)
        self.current_changed.emit(
            self.tr("{}: Enter opens the leads behind it").format(chosen.text)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.figures:
            return False
        key = event.key()
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(Qt.Key(key))
        if step is not None:
            self._select((self.current + step) % len(self.figures))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.open_at(self.current)
            return True
        return False
