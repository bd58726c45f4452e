"""The check-call reports in the Reports area: shown, charted and exported like the others."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.settings import Settings
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.reports.area import ReportsArea
from qualifier_app.ui.reports.chart_drill import group_figures
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import wait_idle
from tests.support.check_calls import (
    ANSWERS_CONTACTED,
    ANSWERS_NOT_CONTACTED,
    answer,
    check_every_handoff,
    handed_off,
    to_check_day,
)
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def test_check_calls_per_rep_shown_and_exported(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    workers: Workers,
    tmp_path: Path,
) -> None:
    rita = factory.user("rita.rep")
    factory.user("sam", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    handed_off(services, factory, rita)
    handed_off(services, factory, rita)
    to_check_day(clock)
    services.check_calls.make_due(rita)
    for number, answers in enumerate((ANSWERS_CONTACTED, ANSWERS_NOT_CONTACTED)):
        item = services.workspace.next_lead(rita)
        answer(services, rita, item, answers, request_id=f"check-report-{number:04d}")

    signed_in = services.accounts.sign_in("sam", PASSWORD)
    area = ReportsArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1250, 780)
    area.show()
    area.all_time.setChecked(True)
    index = area.kind.findText("Check calls per rep")
    with qtbot.waitSignal(area.shown, timeout=10_000) as shown:
        area.kind.setCurrentIndex(index)
    table = shown.args[0].table
    assert table.title == "Check calls by rep"
    [row] = [r for r in table.rows if r[0] == "Rita.Rep"]
    assert (row[1], row[2], row[3], row[4]) == (2, 2, 0.5, 1)
    bars = area.groups_chart.series()[0].barSets()[0]
    assert bars.at(0) == 50.0
    # A share of customers stands for no leads: its bars open nothing (they opened the
    # rep's won revenue), as its cells in the table do.
    assert group_figures(shown.args[0], area.groups_chart) == []

    out = tmp_path / "checks.csv"
    with qtbot.waitSignal(area.exported, timeout=10_000):
        area.export_to(out, "csv")
    with out.open(encoding="utf-8-sig") as handle:  # a BOM, for spreadsheets
        exported = list(csv.DictReader(handle))
    assert exported[0]["Rep"] == "Rita.Rep"
    assert float(exported[0]["Contacted by partner (%)"]) == 50
    wait_idle(qtbot, workers)
