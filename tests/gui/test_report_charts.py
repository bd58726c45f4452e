"""The charts read true: axis ranges and labels read back from real Qt charts on known data."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChart, QLineSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports.dto import (
    PartnerConversion,
    RepConversion,
    StatusKpi,
    TrendPoint,
)
from qualifier_app.services.reports.tables import kpi_table, partner_table
from qualifier_app.ui.reports.chart_drill import (
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
    ticks,
)
from tests.gui.conftest import language_installed


def rep(
    name: str, claimed: int, contacted: int, ready: int, accepted: int, won: int
) -> RepConversion:
    return RepConversion(
        0, name, None, claimed, contacted, ready, accepted, accepted, won, Decimal(0), Decimal(0)
    )


def axis(chart: QChart, side: Qt.AlignmentFlag) -> QCategoryAxis:
    found = [a for a in chart.axes() if a.alignment() == side]
    assert len(found) == 1 and isinstance(found[0], QCategoryAxis)
    return found[0]


def readback(value_axis: QCategoryAxis) -> tuple[float, float, list[str], list[float]]:
    labels = value_axis.categoriesLabels()
    return (
        value_axis.min(),
        value_axis.max(),
        labels,
        [value_axis.endValue(label) for label in labels],
    )


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[QChart]:
    view, made = chart_view("test")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    yield made
    view.close()


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (5, [0, 1, 2, 3, 4, 5]),
        (9, [0, 2, 4, 6, 8, 10]),
        (37, [0, 10, 20, 30, 40]),
        (1234, [0, 500, 1000, 1500]),
    ],
)
def test_nice_whole_ticks(top: int, expected: list[int]) -> None:
    assert ticks(top) == [float(v) for v in expected]


def test_funnel_of_five_four_one_reads_whole_numbers(chart: QChart) -> None:
    # The funnel: 5 claimed, 4 contacted, 1 sales-ready.
    draw_funnel(chart, [rep("Rita", 5, 4, 1, 0, 0)])
    low, high, labels, values = readback(axis(chart, Qt.AlignmentFlag.AlignBottom))
    assert (low, high) == (0, 5)
    assert labels == ["0", "1", "2", "3", "4", "5"] and values == [0, 1, 2, 3, 4, 5]
    bars = chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [0, 0, 1, 4, 5]


def test_per_rep_axis_with_one_win_is_zero_to_one(chart: QChart) -> None:
    draw_reps(chart, [rep("Rita Rep", 3, 1, 1, 1, 1), rep("Marco Rep", 2, 0, 0, 0, 0)])
    low, high, labels, _ = readback(axis(chart, Qt.AlignmentFlag.AlignLeft))
    assert (low, high, labels) == (0, 1, ["0", "1"])
    names = axis_names(chart)
    assert names == ["Rita", "Marco"]


def axis_names(chart: QChart) -> list[str]:
    found = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    return list(found[0].categories())


def test_a_single_day_trend_is_a_point_with_its_date_once(chart: QChart) -> None:
    draw_trend(chart, [TrendPoint("2026-11-10", 3, 2, 1)])
    dates = axis(chart, Qt.AlignmentFlag.AlignBottom)
    assert dates.categoriesLabels() == ["Nov 10"]
    assert dates.min() < 0 < dates.max()  # the point sits inside the plot, not on its edge
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert [line.count() for line in lines] == [1, 1, 1]
    assert all(line.pointsVisible() for line in lines)
    _, high, labels, _ = readback(axis(chart, Qt.AlignmentFlag.AlignLeft))
    assert (high, labels) == (3, ["0", "1", "2", "3"])


def test_trend_names_each_day_once_in_order(chart: QChart) -> None:
    points = [TrendPoint(f"2026-11-{day:02d}", day, 0, 0) for day in (1, 2, 5)]
    draw_trend(chart, points)
    labels = axis(chart, Qt.AlignmentFlag.AlignBottom).categoriesLabels()
    assert labels == ["Nov 1", "Nov 2", "Nov 3", "Nov 4", "Nov 5"]
    long = [TrendPoint(f"2026-10-{day:02d}", 1, 0, 0) for day in range(1, 32)]
    draw_trend(chart, long)
    labels = axis(chart, Qt.AlignmentFlag.AlignBottom).categoriesLabels()
    assert len(labels) == len(set(labels)) <= 10 and labels[0] == "Oct 1"


def test_status_shares_on_a_zero_to_hundred_percent_axis(chart: QChart) -> None:
    rows = [
        StatusKpi("US-NY", 4, 2, 2, 0, 1, Decimal(0), Decimal(5000)),
        StatusKpi("GB", 1, 1, 0, 1, 0, Decimal("1200.50"), Decimal(0)),
    ]
    draw_groups(chart, kpi_table(rows, "region", Period()))
    low, high, labels, _ = readback(axis(chart, Qt.AlignmentFlag.AlignLeft))
    assert (low, high) == (0, 100)
    assert labels == ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]
    pending = chart.series()[0].barSets()[0]
    assert [pending.at(0), pending.at(1)] == [50.0, 0.0]


def test_revenue_on_a_money_axis(chart: QChart) -> None:
    def partner(name: str, revenue: str) -> PartnerConversion:
        return PartnerConversion(0, name, 1, 1, 1, 0, 0, 1, 1, 0, Decimal(revenue), None)

    draw_groups(
        chart, partner_table([partner("Atlantic", "5000"), partner("Pacific", "0")], Period())
    )
    low, high, labels, _ = readback(axis(chart, Qt.AlignmentFlag.AlignLeft))
    assert (low, high) == (0, 5000)
    assert labels == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"]


@pytest.fixture
def german(request: pytest.FixtureRequest, built: Path) -> Iterator[str]:
    request.param = "de"  # type: ignore[attr-defined]
    yield from language_installed(request, built)


def test_the_charts_speak_the_person_s_language_and_open_the_right_figure(
    chart: QChart, german: str
) -> None:
    """In German the funnel said "Claimed", "Won", the trend "Attempts", the axis "Calls";
    and a status chart's bar opened the drill-down of the won revenue, not of its status
    (the bar's figure was looked up by its English name)."""
    rita = rep("Rita Rep", 5, 4, 1, 1, 1)
    draw_funnel(chart, [rita])
    assert axis_names(chart) == [
        "Gewonnen", "Vom Partner angenommen", "Vertriebsbereit", "Erreicht", "Übernommen"
    ]  # fmt: skip
    bundle = SimpleNamespace(period=Period(), filters={}, reps=[rita])
    assert [f.text for f in funnel_figures(bundle, chart)][:2] == [
        "Gewonnen", "Vom Partner angenommen"
    ]  # fmt: skip

    draw_trend(chart, [TrendPoint("2026-11-10", 3, 2, 1)])
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert [line.name() for line in lines] == ["Versuche", "Kontakte", "Vertriebsbereit"]
    assert axis(chart, Qt.AlignmentFlag.AlignLeft).titleText() == "Anrufe"
    trend = SimpleNamespace(period=Period(), filters={}, trend=[TrendPoint("2026-11-10", 3, 2, 1)])
    shown = {f.figure.figure for f in trend_figures(trend, chart)}
    assert shown == {"claimed", "contacted", "sales_ready"}

    draw_reps(chart, [rita])
    assert [bars.label() for bars in chart.series()[0].barSets()] == ["Vertriebsbereit", "Gewonnen"]
    assert {f.figure.figure for f in rep_figures(bundle, chart)} == {"sales_ready", "won"}

    rows = [StatusKpi("US-NY", 4, 2, 2, 0, 1, Decimal(0), Decimal(5000))]
    table = kpi_table(rows, "region", Period())
    draw_groups(chart, table)
    status = SimpleNamespace(period=Period(), filters={}, table=table, kind="status", by="region")
    opened = {(f.series.label(), f.figure.figure) for f in group_figures(status, chart)}
    assert ("Offen", "pending") in opened and all(key != "revenue" for _, key in opened)
