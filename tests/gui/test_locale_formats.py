"""Outside the workspace too, dates, times, numbers and amounts read as the person's language
writes them (QLocale), never as Python formats them: the team board's lead table, the lead
record, the partner tables and the report charts, rendered in German."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChart
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports import conversion, status_kpis
from qualifier_app.services.reports.cells import group_name, text_rows
from qualifier_app.services.reports.dto import PartnerConversion, StatusKpi, TrendPoint
from qualifier_app.services.reports.tables import kpi_table, partner_table
from qualifier_app.ui.partners import cells
from qualifier_app.ui.reports.area import ReportTableModel
from qualifier_app.ui.reports.charts import chart_view, draw_groups, draw_trend
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.lead_record import LeadRecordDialog
from tests.gui.conftest import tinas_board
from tests.support.factories import Factory
from tests.support.teams import two_teams

GERMAN = QLocale("de")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


@pytest.fixture
def workers() -> Iterator[Workers]:
    pool = Workers()
    yield pool
    pool.drain()


def short_date(day: datetime) -> str:
    return GERMAN.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def test_board_table_and_lead_record_show_german_dates(
    qtbot: QtBot, german: None, services: Services, factory: Factory, workers: Workers
) -> None:
    teams = two_teams(factory)
    factory.lead(queue="North queue", company="Datum GmbH")
    services.queue.claim_next(teams.rita)
    with tinas_board(qtbot, services, workers) as area:
        inquired = area.model.text(0, "Inquired")
        # 24.11.26, not 2026-11-24
        assert re.fullmatch(r"\d{2}\.\d{2}\.\d{2}", inquired), inquired
        assert GERMAN.toDate(inquired, QLocale.FormatType.ShortFormat).isValid()

        area.table.setFocus()
        area.table.setCurrentIndex(area.model.index(0, 0))
        qtbot.keyClick(area.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(area.findChildren(LeadRecordDialog)), timeout=5_000)
        dialog = area.findChildren(LeadRecordDialog)[0]
        qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
        assert dialog.record is not None
        first = dialog.record.timeline[0].at
        shown = dialog.timeline.item(0, 0).text()
        assert shown.startswith(short_date(first)), shown
        assert shown.endswith(f"{first:%H:%M}")  # German time: 24 hours, no AM/PM


def test_partner_cells_in_german(german: None) -> None:
    assert cells.money(Decimal("12345.5")) == "12.345,50"
    assert cells.when(datetime(2026, 11, 24, 16, 5, tzinfo=UTC)) == "24.11.26 16:05"
    assert cells.money(None) == "" and cells.when(None) == ""


def axis(chart: QChart, side: Qt.AlignmentFlag) -> QCategoryAxis:
    found = [a for a in chart.axes() if a.alignment() == side]
    assert len(found) == 1 and isinstance(found[0], QCategoryAxis)
    return found[0]


def test_report_chart_axes_in_german(qtbot: QtBot, german: None) -> None:
    view, chart = chart_view("test")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()

    def partner(name: str, revenue: str) -> PartnerConversion:
        return PartnerConversion(0, name, 1, 1, 1, 0, 0, 1, 1, 0, Decimal(revenue), None)

    draw_groups(chart, partner_table([partner("Atlantic", "5000")], Period()))
    money = axis(chart, Qt.AlignmentFlag.AlignLeft).categoriesLabels()
    assert money == ["0", "1.000", "2.000", "3.000", "4.000", "5.000"]

    draw_trend(chart, [TrendPoint("2026-11-10", 3, 2, 1)])
    assert axis(chart, Qt.AlignmentFlag.AlignBottom).categoriesLabels() == ["10. Nov."]


def test_a_status_report_is_titled_in_german(qtbot: QtBot, german: None) -> None:
    """The grouping's column and the report's title (the chart's and the status line's)."""
    row = StatusKpi("Rita", 2, 1, 1, 1, 0, Decimal("700"), Decimal("0"))
    model = ReportTableModel()
    model.show(kpi_table([row], "rep", Period()))
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert header == ["Agent", "Leads"]
    assert i18n.translated(kpi_table([row], "channel_manager", Period()).title) == (
        "Status nach Channel-Manager"
    )


def test_the_groups_of_what_has_no_owner_are_in_german(qtbot: QtBot, german: None) -> None:
    """`(not handed off)` and its kind, in the table and on the chart; the command line,
    the exports and the drill-downs keep reading them in English."""
    rows = [
        StatusKpi(status_kpis.NOT_HANDED_OFF, 2, 0, 1, 0, 1, Decimal("0"), Decimal("0")),
        StatusKpi("Atlantic", 1, 1, 0, 1, 0, Decimal("700"), Decimal("0")),
    ]
    table = kpi_table(rows, "partner", Period())
    model = ReportTableModel()
    model.show(table)
    assert [model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole) for r in range(2)] == [
        "(nicht übergeben)",
        "Atlantic",
    ]
    view, chart = chart_view("test")
    qtbot.addWidget(view)
    draw_groups(chart, table)
    (names,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert names.categories() == ["(nicht übergeben)", "Atlantic"]
    assert text_rows(table)[0][0] == "(not handed off)"
    for name in (
        status_kpis.NOBODY,
        status_kpis.NO_TEAM,
        status_kpis.NO_PARTNER_REP,
        status_kpis.NO_MANAGER,
        status_kpis.UNKNOWN_REGION,
        conversion.NO_REP,
        conversion.NO_CAMPAIGN,
    ):
        assert i18n.translated(group_name(name)) != name, name
