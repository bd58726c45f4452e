"""The reports' charts, drawn so that they read true.

Value axes are category axes with labels placed on exact values: counts get whole-number ticks
at a "nice" step (1, 2, 5 × 10ⁿ), money gets the same steps with thousands separators,
percentages run from 0 to 100 % whatever the data. The trend's days are positions on an axis
that names each day once; a single day is drawn as a point.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter

from qualifier_app.services.reports.cells import group_name
from qualifier_app.services.reports.dto import RepConversion, ReportTable, TrendPoint
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP

MOST_TICKS = 5  # intervals on a value axis at most: more are elided to "…" on a 720-pixel screen
MOST_DAY_LABELS = 10


def nice_step(top: float, whole: bool = True) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ step that covers `top` in at most MOST_TICKS intervals."""
    if top <= 0:
        return 1.0
    raw = top / MOST_TICKS
    power = 10.0 ** math.floor(math.log10(raw))
    step = power
    for factor in (1, 2, 5, 10):
        step = factor * power
        if step >= raw:
            break
    return max(step, 1.0) if whole else step


def ticks(top: float, whole: bool = True) -> list[float]:
    """0, step, 2 × step … up to the first tick at or above `top` (at least one interval)."""
    step = nice_step(top, whole)
    count = max(1, math.ceil(top / step - 1e-9))
    return [round(i * step, 10) for i in range(count + 1)]


def count_label(value: float) -> str:
    return i18n.number(int(value))


def money_label(value: float) -> str:
    return i18n.money(value, 0 if value == int(value) else 2)


def percent_label(value: float) -> str:
    return i18n.percent(value)


def value_axis(
    values: list[float], label: Callable[[float], str], title: str = ""
) -> QCategoryAxis:
    """An axis from 0 with a label on each tick, as `label(tick)` writes it."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    axis.setRange(0, values[-1])
    for value in values:
        axis.append(label(value), value)
    if title:
        axis.setTitleText(title)
    return axis


def count_axis(top: float, title: str = "") -> QCategoryAxis:
    return value_axis(ticks(top), count_label, title)


def money_axis(top: float, title: str = "") -> QCategoryAxis:
    return value_axis(ticks(top), money_label, title)


def percent_axis(title: str = "") -> QCategoryAxis:
    return value_axis([0.0, 20.0, 40.0, 60.0, 80.0, 100.0], percent_label, title)


def clamp_percent(share: float | None) -> float:
    return 0.0 if share is None else min(100.0, max(0.0, share * 100))


def day_label(day: date) -> str:
    return i18n.day_month(day)


def chart_view(title: str) -> tuple[QChartView, QChart]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    # Below this, Qt elides the value axis' labels to "…" on a 720-pixel screen.
    view.setMinimumHeight(280)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(title)
    return view, chart


def clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _attach(chart: QChart, series: object, axis: QAbstractAxis, side: Qt.AlignmentFlag) -> None:
    chart.addAxis(axis, side)
    series.attachAxis(axis)  # type: ignore[attr-defined]


# The funnel's stages, bottom to top, and the figure of the report per rep each adds up.
FUNNEL_FIGURES = (
    (QT_TRANSLATE_NOOP("Charts", "Won"), "won"),
    (QT_TRANSLATE_NOOP("Charts", "Accepted by partner"), "accepted"),
    (QT_TRANSLATE_NOOP("Charts", "Sales-ready"), "sales_ready"),
    (QT_TRANSLATE_NOOP("Charts", "Contacted"), "contacted"),
    (QT_TRANSLATE_NOOP("Charts", "Claimed"), "claimed"),
)
# The trend's lines: the title, the day's figure drawn and the figure its points open. A
# series' object name is its figure, for the drill-down: its name is in the person's language.
TREND_LINES = (
    (QT_TRANSLATE_NOOP("Charts", "Attempts"), "attempts", "claimed"),
    (QT_TRANSLATE_NOOP("Charts", "Contacts"), "contacts", "contacted"),
    (QT_TRANSLATE_NOOP("Charts", "Sales-ready"), "sales_ready", "sales_ready"),
)
LEADS = QT_TRANSLATE_NOOP("Charts", "Leads")
REP_BARS = (
    (QT_TRANSLATE_NOOP("Charts", "Sales-ready"), "sales_ready"),
    (QT_TRANSLATE_NOOP("Charts", "Won"), "won"),
)


def shown_reps(reps: list[RepConversion]) -> list[RepConversion]:
    """The reps the per-rep chart draws: those with calls or wins, twenty at most."""
    return [r for r in reps if r.claimed or r.won][:20]


def draw_funnel(chart: QChart, reps: list[RepConversion]) -> None:
    clear(chart)
    stages = [(_tr(title), sum(getattr(r, key) for r in reps)) for title, key in FUNNEL_FIGURES]
    bars = QBarSet(_tr(LEADS))
    bars.append([float(count) for _, count in stages])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([name for name, _ in stages])
    _attach(chart, series, categories, Qt.AlignmentFlag.AlignLeft)
    _attach(chart, series, count_axis(max(c for _, c in stages)), Qt.AlignmentFlag.AlignBottom)
    chart.legend().hide()


def draw_trend(chart: QChart, points: list[TrendPoint]) -> None:
    """One position per day from the first to the last; points visible, so one day shows."""
    clear(chart)
    lines = {drawn: QLineSeries() for _, drawn, _ in TREND_LINES}
    days = [date.fromisoformat(point.day) for point in points]
    first = days[0] if days else None
    for title, drawn, figure in TREND_LINES:
        lines[drawn].setName(_tr(title))
        lines[drawn].setObjectName(figure)
        lines[drawn].setPointsVisible(True)
    for day, point in zip(days, points, strict=True):
        x = float((day - first).days) if first else 0.0
        for drawn, line in lines.items():
            line.append(x, getattr(point, drawn))
    span = (days[-1] - days[0]).days if days else 0
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(-0.5)
    axis.setRange(-0.5, span + 0.5)
    if first is not None:
        every = max(1, math.ceil((span + 1) / MOST_DAY_LABELS))
        for offset in range(0, span + 1, every):
            axis.append(day_label(date.fromordinal(first.toordinal() + offset)), offset)
    counts = count_axis(
        max([p.attempts for p in points] + [0]), _tr(QT_TRANSLATE_NOOP("Charts", "Calls"))
    )
    for line in lines.values():
        chart.addSeries(line)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    for line in lines.values():
        line.attachAxis(axis)
        line.attachAxis(counts)
    chart.legend().show()


def draw_reps(chart: QChart, reps: list[RepConversion]) -> None:
    clear(chart)
    shown = shown_reps(reps)
    series = QBarSeries()
    for title, figure in REP_BARS:
        bars = QBarSet(_tr(title))
        bars.setObjectName(figure)
        bars.append([float(getattr(r, figure)) for r in shown])
        series.append(bars)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(
        [_first_name(r.rep) for r in shown]
        or [QCoreApplication.translate("Charts", "(no activity)")]
    )
    _attach(chart, series, names, Qt.AlignmentFlag.AlignBottom)
    top = max([r.sales_ready for r in shown] + [r.won for r in shown] + [0])
    _attach(chart, series, count_axis(top, _tr(LEADS)), Qt.AlignmentFlag.AlignLeft)
    chart.legend().show()


def _first_name(name: str) -> str:
    """Rita for Rita Rep; a placeholder such as "(no rep)" stays whole."""
    return name if name.startswith("(") or not name.strip() else name.split(maxsplit=1)[0]


SHARES = (
    ("pending", QT_TRANSLATE_NOOP("Charts", "Pending")),
    ("active", QT_TRANSLATE_NOOP("Charts", "Active")),
    ("unqualified", QT_TRANSLATE_NOOP("Charts", "Unqualified")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def draw_groups(chart: QChart, table: ReportTable) -> None:
    """The table's groups: status shares on a 0–100 % axis, or revenue on a money axis."""
    clear(chart)
    keys = [column.key for column in table.columns]
    rows = list(table.rows[:20])
    names = QBarCategoryAxis()
    names.append(
        [i18n.translated(group_name(row[0])) for row in rows]
        or [QCoreApplication.translate("Charts", "(nothing)")]
    )
    series = QBarSeries()
    if "pending" in keys:
        for key, title in SHARES:
            bars = QBarSet(_tr(title))
            bars.setObjectName(key)
            bars.append([clamp_percent(row[keys.index(key)]) for row in rows])
            series.append(bars)
        values = percent_axis(QCoreApplication.translate("Charts", "Share of leads"))
    elif "contacted_rate" in keys:  # the check calls: what customers say
        bars = QBarSet(
            QCoreApplication.translate("Charts", "Contacted by the partner, customers say")
        )
        bars.setObjectName("contacted_rate")
        bars.append([clamp_percent(row[keys.index("contacted_rate")]) for row in rows])
        series.append(bars)
        values = percent_axis(QCoreApplication.translate("Charts", "Share of customers reached"))
    else:
        bars = QBarSet(QCoreApplication.translate("Charts", "Won revenue"))
        bars.setObjectName("revenue")
        amounts = [float(Decimal(row[keys.index("revenue")] or 0)) for row in rows]
        bars.append(amounts)
        series.append(bars)
        revenue = table.columns[keys.index("revenue")]
        titled = table.title_of(revenue, QCoreApplication.translate("Charts", "Won revenue"))
        values = money_axis(max([*amounts, 0.0]), titled)
    chart.addSeries(series)
    _attach(chart, series, names, Qt.AlignmentFlag.AlignBottom)
    _attach(chart, series, values, Qt.AlignmentFlag.AlignLeft)
    chart.legend().show()
