"""The reports area: tables for each report, charts, date range, exports read back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.reports.area import ReportsArea
from qualifier_app.ui.shell.worker import Workers
from tests.support.factories import PASSWORD, Factory
from tests.support.report_history import History, build_history


@pytest.fixture
def history(services: Services, factory: Factory) -> History:
    return build_history(services, factory)


@pytest.fixture
def area(qtbot: QtBot, services: Services, history: History) -> Iterator[ReportsArea]:
    workers = Workers()
    signed_in = services.accounts.sign_in("sam", PASSWORD)
    widget = ReportsArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(widget)
    widget.resize(1250, 780)
    widget.show()
    yield widget
    workers.drain()


def cells(area: ReportsArea) -> dict[str, list[str]]:
    model = area.model
    return {
        model.index(row, 0).data(): [
            model.index(row, column).data() for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def set_november(area: ReportsArea) -> None:
    area.start.setDate(QDate(2026, 11, 1))
    area.end.setDate(QDate(2026, 11, 30))


def test_conversion_per_rep_with_charts(qtbot: QtBot, area: ReportsArea) -> None:
    set_november(area)
    with qtbot.waitSignal(area.shown) as shown:
        area.show_button.click()
    bundle = shown.args[0]
    assert bundle.table.title == "Conversion per rep"
    rows = cells(area)
    # claimed, contacted, sales-ready, handed off, accepted, won
    assert rows["Rita"][2:8] == ["4", "2", "1", "1", "1", "1"]
    assert rows["Rita"][-1] == "5,000.00"
    assert rows["Anna"][8] == "–"
    # The amounts say what they count in: the center's currency.
    header = [
        area.model.headerData(c, Qt.Orientation.Horizontal) for c in (2, len(rows["Rita"]) - 1)
    ]
    assert header == ["Claimed", "Revenue (USD)"]
    # Funnel totals: claimed 7, contacted 4, sales-ready 3, accepted 2, won 1.
    funnel = area.funnel_chart.series()[0].barSets()[0]
    assert [funnel.at(i) for i in range(funnel.count())] == [1.0, 2.0, 3.0, 4.0, 7.0]
    trend = area.trend_chart.series()[0]
    assert trend.count() == 5
    assert len(area.reps_chart.series()[0].barSets()) == 2
    # The axes read whole numbers to the first tick past the largest figure (claimed 7),
    # revenue in money.
    bottom = [a for a in area.funnel_chart.axes() if a.alignment() == Qt.AlignmentFlag.AlignBottom]
    assert bottom[0].categoriesLabels() == ["0", "2", "4", "6", "8"]
    days = [a for a in area.trend_chart.axes() if a.alignment() == Qt.AlignmentFlag.AlignBottom]
    assert days[0].categoriesLabels() == ["Nov 10", "Nov 11", "Nov 12", "Nov 13", "Nov 14"]
    money = [a for a in area.groups_chart.axes() if a.alignment() == Qt.AlignmentFlag.AlignLeft]
    assert money[0].categoriesLabels()[-1] == "5,000"
    assert money[0].titleText() == "Won revenue (USD)"


def test_each_report_kind_loads(qtbot: QtBot, area: ReportsArea) -> None:
    set_november(area)
    for index in range(area.kind.count()):
        with qtbot.waitSignal(area.shown) as shown:
            if area.kind.currentIndex() == index:
                # The report on show already loaded, maybe before the test began: ask again.
                area.show_button.click()
            else:
                area.kind.setCurrentIndex(index)
        assert shown.args[0].table.title
    with qtbot.waitSignal(area.shown):
        area.kind.setCurrentIndex(1)
    assert cells(area)["Show"][-1] == "400.0 %"


def test_bad_period_is_shown_at_the_field(qtbot: QtBot, area: ReportsArea) -> None:
    area.start.setDate(QDate(2026, 12, 1))
    area.end.setDate(QDate(2026, 11, 1))
    area.show_button.click()
    assert area.period_error.isVisible()
    assert "after it ends" in area.period_error.text()


def test_export_xlsx_and_csv(qtbot: QtBot, area: ReportsArea, tmp_path: Path) -> None:
    with qtbot.waitSignal(area.shown):
        area.kind.setCurrentIndex(2)  # per partner
    with qtbot.waitSignal(area.shown):
        area.all_time.setChecked(True)
    target = tmp_path / "partners.xlsx"
    with qtbot.waitSignal(area.exported):
        area.export_to(target, "xlsx")
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Partner" and "Feedback compliance (%)" in rows[0]
    atlantic = next(row for row in rows if row[0] == "Atlantic")
    assert atlantic[1] == 2
    csv_target = tmp_path / "partners.csv"
    with qtbot.waitSignal(area.exported):
        area.export_to(csv_target, "csv")
    assert "Atlantic" in csv_target.read_text("utf-8-sig")


def offered_names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names the save dialog is opened with, from now on; the dialog is cancelled."""
    offered: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:
        offered.append(Path(str(args[2])).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    return offered


def test_an_export_is_offered_a_file_name_with_its_period(
    qtbot: QtBot, area: ReportsArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report file passed on said nothing of the days its figures are of."""
    offered = offered_names(monkeypatch)
    set_november(area)
    with qtbot.waitSignal(area.shown):
        area.show_button.click()
    area._ask_export("csv")
    with qtbot.waitSignal(area.shown):
        area.all_time.setChecked(True)
    area._ask_export("xlsx")
    assert offered[0].endswith("-2026-11-01_2026-11-30.csv")
    assert offered[1].endswith("-all-time.xlsx")


def test_a_figure_opens_its_leads_and_exports_them(
    qtbot: QtBot, area: ReportsArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_november(area)
    with qtbot.waitSignal(area.shown):
        area.kind.setCurrentIndex(5)  # status by rep
    rows = cells(area)
    assert rows["Marco"][1] == "3"  # leads: L3, L4 and L5, each once
    row = list(rows).index("Marco")
    pending = [c.key for c in area.model.report.columns].index("pending")  # type: ignore[union-attr]
    with qtbot.waitSignal(area.drilled) as drilled:
        cell = area.table.visualRect(area.model.index(row, pending)).center()
        qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = drilled.args[0]
    assert dialog.table.rowCount() == 2
    assert {dialog.table.item(r, 3).text() for r in range(2)} == {"handed off", "queued"}
    assert dialog.summary.text().startswith("2 leads — Marco · pending")
    target = tmp_path / "marco.csv"
    with qtbot.waitSignal(dialog.exported):
        dialog.export_to(target, "csv")
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("id,status,company") and len(lines) == 3
    offered = offered_names(monkeypatch)
    dialog._ask_export("xlsx")
    assert offered == ["leads-Marco-pending-2026-11-01_2026-11-30.xlsx"]
    dialog.close()
    won = [c.key for c in area.model.report.columns].index("won")  # type: ignore[union-attr]
    with qtbot.waitSignal(area.drilled) as drilled:
        cell = area.table.visualRect(area.model.index(row, won)).center()
        qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert drilled.args[0].summary.text().startswith("0 handoffs of 0 leads, 0.00 USD — Marco")
    drilled.args[0].close()


def test_conversion_figures_say_where_leads_open(qtbot: QtBot, area: ReportsArea) -> None:
    set_november(area)
    with qtbot.waitSignal(area.shown) as shown:
        area.show_button.click()
    area.open_figure(area.model.index(0, 0))  # a rep's name is no figure
    assert "names do not stand for leads" in area.status.text()
    keys = [column.key for column in shown.args[0].table.columns]
    rita = [str(r[0]) for r in shown.args[0].table.rows].index("Rita")
    with qtbot.waitSignal(area.drilled) as drilled:
        area.open_figure(area.model.index(rita, keys.index("claimed")))
    calls = drilled.args[0]
    assert calls.summary.text().startswith("4 calls of ")  # Rita claimed 4
    calls.close()
    rows = shown.args[0].table.rows
    row = next(i for i, r in enumerate(rows) if r[keys.index("handoffs")])
    with qtbot.waitSignal(area.drilled) as drilled:
        area.open_figure(area.model.index(row, keys.index("handoffs")))
    dialog = drilled.args[0]
    assert 0 < dialog.table.rowCount() <= rows[row][keys.index("handoffs")]
    dialog.close()


def test_chart_bars_and_points_open_their_leads_by_keyboard_and_click(
    qtbot: QtBot, area: ReportsArea
) -> None:
    set_november(area)
    with qtbot.waitSignal(area.shown):
        area.show_button.click()
    area.charts.setCurrentWidget(area.funnel_view)
    area.funnel_view.setFocus()
    funnel = area.chart_drills[1]
    qtbot.keyClick(area.funnel_view, Qt.Key.Key_Right)  # the first stage: won
    assert funnel.current == 0 and "Won" in area.status.text()
    qtbot.keyClick(area.funnel_view, Qt.Key.Key_Right)  # accepted by partner
    with qtbot.waitSignal(area.drilled) as drilled:
        qtbot.keyClick(area.funnel_view, Qt.Key.Key_Return)
    accepted = drilled.args[0]
    assert accepted.summary.text().startswith("2 handoffs of 2 leads")  # the funnel says 2
    accepted.close()
    # A click on a day of the trend opens that day's calls.
    trend = area.chart_drills[2]
    attempts = next(f for f in trend.figures if f.figure.figure == "claimed")
    with qtbot.waitSignal(area.drilled) as drilled:
        attempts.series.clicked.emit(attempts.series.at(0))  # type: ignore[attr-defined]
    day = drilled.args[0]
    assert day.figure.period.start == day.figure.period.end
    first = area.bundle.trend[0]  # type: ignore[union-attr]
    assert day.summary.text().startswith(f"{first.attempts} call")
    day.close()
    # A bar of the per-rep chart: Rita's one win.
    reps = area.chart_drills[3]
    won = next(f for f in reps.figures if f.figure.figure == "won" and f.figure.group == "Rita")
    with qtbot.waitSignal(area.drilled) as drilled:
        won.series.clicked.emit(won.index)  # type: ignore[attr-defined]
    assert drilled.args[0].summary.text().startswith("1 handoff of 1 lead")
    drilled.args[0].close()


def test_the_default_period_ends_on_the_centers_today(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    factory.center("America/New_York")
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    factory.clock.set(datetime(2026, 12, 2, 4, 24, tzinfo=UTC))  # 23:24 on Dec 1 in New York
    workers = Workers()
    widget = ReportsArea(AreaContext(services, services.accounts.sign_in("sam", PASSWORD), workers))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.shown) as shown:
        widget.show()
    assert widget.end.date() == QDate(2026, 12, 1)
    assert widget.start.date() == QDate(2026, 9, 3)
    assert shown.args[0].period == Period(date(2026, 9, 3), date(2026, 12, 1))
    qtbot.waitUntil(lambda: widget.publish_bar.week.text() != "")
    assert widget.publish_bar.week.text() == "2026-W48"  # the last whole week before Dec 1
    workers.drain()
