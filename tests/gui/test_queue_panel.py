"""The rep's queue panel: what waits for them, said in the person's language and numbers."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from qualifier_app.services.workspace.dto import RepDay
from qualifier_app.services.workspace.rep_day import ELIGIBLE_CAP
from qualifier_app.ui.workspace.queue_panel import QueuePanel

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def _day(eligible: int) -> RepDay:
    return RepDay(eligible, None, (), attempts=0, contacts=0, qualified=0)


def test_the_count_of_eligible_leads_is_said_in_the_singular_and_the_plural(
    qtbot: QtBot,
) -> None:
    panel = QueuePanel()
    qtbot.addWidget(panel)
    panel.show_day(_day(1), NOW)
    assert panel.status.text() == "1 lead eligible for you now"  # was "1 leads"
    panel.show_day(_day(2), NOW)
    assert panel.status.text() == "2 leads eligible for you now"
    panel.show_day(_day(ELIGIBLE_CAP), NOW)
    assert panel.status.text() == f"{ELIGIBLE_CAP:,}+ leads eligible for you now"
