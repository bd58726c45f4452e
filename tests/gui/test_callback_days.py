"""The proposed callback keeps to the days the lead's place allows calls, not only to the
hours: a proposed Sunday or legal holiday was refused on saving."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.domain.clock import ManualClock
from tests.gui.conftest import CTRL, OpenWorkspace, shortcut
from tests.gui.test_workspace_flow import save, take_next
from tests.support.factories import Factory


def test_a_saturday_evening_callback_in_mississippi_is_proposed_on_monday(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))  # Saturday, 20:00 in Jackson
    lead_id = factory.lead(phone_raw="+1 601 555 0100", phone_e164="+16015550100", region="MS")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_B, CTRL)  # callback
    # Two hours on is after the window; Sunday has no calls in Mississippi.
    assert area.outcome.callback.text() == "2026-11-30 08:00"
    save(qtbot, area)
    assert factory.get_lead(lead_id).next_call_at == datetime(2026, 11, 30, 14, 0, tzinfo=UTC)


def test_a_callback_proposed_on_the_eve_of_thanksgiving_in_louisiana_skips_the_holiday(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 26, 1, 0, tzinfo=UTC))  # Wednesday, 19:00 in New Orleans
    lead_id = factory.lead(phone_raw="+1 504 555 0100", phone_e164="+15045550100", region="LA")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_B, CTRL)
    assert area.outcome.callback.text() == "2026-11-27 08:00"
    save(qtbot, area)
    assert factory.get_lead(lead_id).next_call_at == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
