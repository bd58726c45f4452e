"""Team leads and supervisors open the lead record from the Team board's lead table and from a
report's drill-down, by keyboard (Enter on a lead)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.reports.drill import Drill, DrillRow
from qualifier_app.ui.reports.drill import DrillDialog
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.lead_record import LeadRecordDialog, open_lead_record
from tests.gui.conftest import aligned, tinas_board
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import two_teams


@pytest.fixture
def workers() -> Iterator[Workers]:
    pool = Workers()
    yield pool
    pool.drain()


def record_of(qtbot: QtBot, parent: Any) -> LeadRecordDialog:
    qtbot.waitUntil(lambda: bool(parent.findChildren(LeadRecordDialog)), timeout=5_000)
    dialog: LeadRecordDialog = parent.findChildren(LeadRecordDialog)[0]
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    return dialog


def test_enter_on_a_lead_of_the_board_opens_its_record(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    teams = two_teams(factory)
    lead = factory.lead(queue="North queue", company="Board Co")
    services.queue.claim_next(teams.rita)
    with tinas_board(qtbot, services, workers) as area:
        area.table.setFocus()
        area.table.setCurrentIndex(area.model.index(0, 0))
        qtbot.keyClick(area.table, Qt.Key.Key_Return)
        dialog = record_of(qtbot, area)
        assert dialog.heading.text().startswith(f"Lead {lead}: Board Co")
        assert "Being worked by Rita" in dialog.card.text()
        titles = [dialog.timeline.item(r, 2).text() for r in range(dialog.timeline.rowCount())]
        assert "Lead claimed" in titles  # the audit row's action in words, its code on hover
        claimed = dialog.timeline.item(titles.index("Lead claimed"), 2)
        assert claimed.toolTip() == "lead.claimed"
        # A team lead reads the record; taking leads is the Workspace's.
        assert not dialog.inbound_button.isVisible()


def test_enter_on_a_lead_of_a_drill_down_opens_its_record(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    lead = factory.lead(company="Drilled Co")
    sue = services.accounts.sign_in("sue", PASSWORD).actor
    drill = Drill(
        "Marco · pending", 1, (DrillRow(lead, "Drilled Co", "Pat", "sales_ready", "US", ""),)
    )
    opened: list[int] = []

    def open_record(lead_id: int) -> object:
        opened.append(lead_id)
        return open_lead_record(dialog, services.lookup, sue, workers, lead_id)

    figure = cast(Any, None)  # only the export asks for the figure again
    dialog = DrillDialog(None, services.reports, sue, workers, figure, drill, open_record)
    qtbot.addWidget(dialog)
    dialog.show()
    # The status in the app's words (it showed "sales_ready"); the lead's number on the right.
    assert [dialog.table.item(0, c).text() for c in range(4)] == [  # type: ignore[union-attr]
        str(lead),
        "Drilled Co",
        "Pat",
        "sales ready",
    ]
    assert aligned(dialog.table, 0)[:2] == ["right", "left"]
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [lead]
    record = record_of(qtbot, dialog)
    assert record.heading.text().startswith(f"Lead {lead}: Drilled Co")
    assert dialog.record_button.isEnabled()
    record.close()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [lead, lead]
