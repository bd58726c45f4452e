"""The Publish button in the Reports area: a bad week is said next to the field, a dry run
sends nothing, publishing twice e-mails each recipient once (a real SMTP server on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.settings import PublicationSettings, Settings
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.reports.area import ReportsArea
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import aligned
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    publication = PublicationSettings(supervisors="sup@center.example")
    return replace(with_mail_server(settings, smtp_server), publication=publication)


@pytest.fixture
def area(qtbot: QtBot, services: Services, factory: Factory) -> Iterator[ReportsArea]:
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    add_partner(services, "Alpha")
    workers = Workers()
    widget = ReportsArea(AreaContext(services, services.accounts.sign_in("sam", PASSWORD), workers))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    workers.drain()


def scorecards(server: SmtpServer) -> list[str]:
    return [str(m["To"]) for m in server.inbox.messages if m["X-Qualifier-Scorecard"]]


def test_publish_from_the_reports_area(
    qtbot: QtBot, area: ReportsArea, smtp_server: SmtpServer
) -> None:
    bar = area.publish_bar
    qtbot.waitUntil(lambda: bar.week.text() != "")  # the center's today, from the database
    assert bar.week.text() == "2026-W47"  # the last whole week before 24 November

    bar.week.setText("week 47")
    bar.button.click()
    assert bar.week_error.isVisible() and "2026-W48" in bar.week_error.text()
    bar.week.setText("2026-W47")

    bar.dry_run.setChecked(True)
    with qtbot.waitSignal(bar.published) as dry:
        bar.button.click()
    assert dry.args[0].count("would send") == 2
    assert "nothing was sent" in bar.result.text()
    assert scorecards(smtp_server) == []

    bar.dry_run.setChecked(False)
    for _ in range(2):
        with qtbot.waitSignal(bar.published):
            bar.button.click()
    assert "0 e-mailed" in bar.result.text() and "2 already published" in bar.result.text()
    assert sorted(scorecards(smtp_server)) == ["rep0@alpha.example", "sup@center.example"]


def test_a_week_not_begun_is_said_next_to_the_field(
    qtbot: QtBot, area: ReportsArea, smtp_server: SmtpServer
) -> None:
    bar = area.publish_bar
    bar.week.setText("2030-W01")
    bar.button.click()
    qtbot.waitUntil(bar.week_error.isVisible)
    assert "has not begun" in bar.week_error.text()
    assert bar.button.isEnabled()
    assert scorecards(smtp_server) == []


def test_the_partners_not_reporting_open_their_handoffs(
    qtbot: QtBot, area: ReportsArea, services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    services.routing.route(rep, sales_ready_lead(factory, rep))  # to Alpha, on 24 November
    clock.set(datetime(2026, 12, 14, 8, 0, tzinfo=UTC))  # Alpha never said a word since
    bar = area.publish_bar
    assert bar.laggards.isHidden()
    bar.week.setText("2026-W50")
    bar.dry_run.setChecked(True)
    with qtbot.waitSignal(bar.published):
        bar.button.click()
    assert bar.laggards.isVisible() and bar.laggards.rowCount() == 1
    cells = [bar.laggards.item(0, c).text() for c in range(bar.laggards.columnCount())]  # type: ignore[union-attr]
    assert cells[:5] == ["Alpha", "(no channel manager)", "0 % (0 / 1)", "1", "1"]
    assert aligned(bar.laggards, 0) == ["left"] * 2 + ["right"] * 5

    bar.laggards.setFocus()
    bar.laggards.setCurrentCell(0, 0)  # the partner's name is no figure
    qtbot.keyClick(bar.laggards, Qt.Key.Key_Return)
    assert "names do not stand for leads" in bar.result.text()
    bar.laggards.setCurrentCell(0, 4)  # no news
    with qtbot.waitSignal(area.drilled) as drilled:
        qtbot.keyClick(bar.laggards, Qt.Key.Key_Return)
    dialog = drilled.args[0]
    assert dialog.summary.text().startswith("1 handoff of 1 lead — Alpha · not_reported")
    assert dialog.table.item(0, 1).text().startswith("Sales Ready")
    dialog.close()
