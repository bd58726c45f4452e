"""A callback is typed in a time zone the rep understands, named beside the field, and
another of the lead's zones is picked by keyboard. For a toll-free number anywhere in the US
(29 zones) it was typed in the first zone by name, the Aleutians' Adak, with no way to
choose."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.persistence.models import Center
from tests.gui.conftest import ALT, CTRL, OpenWorkspace, focused, press, shortcut
from tests.gui.test_workspace_flow import save, take_next
from tests.support.factories import Factory


def test_a_toll_free_leads_callback_is_typed_in_the_centers_zone_or_one_picked_by_keyboard(
    qtbot: QtBot,
    services: Services,
    open_workspace: OpenWorkspace,
    factory: Factory,
    clock: ManualClock,
) -> None:
    with services.db.unit_of_work() as uow:
        uow.session.add(
            Center(
                name="Chicago desk",
                time_zone="America/Chicago",
                window_start=8 * 60,
                window_end=21 * 60,
                created_at=clock.now(),
            )
        )
        uow.commit()
    clock.set(datetime(2026, 11, 24, 18, 0, tzinfo=UTC))  # noon in Chicago
    lead_id = factory.lead(phone_raw="+1 800 356 9377", phone_e164="+18003569377", region=None)
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    assert area.session is not None and len(area.session.item.lead.time_zones) > 20
    shortcut(qtbot, Qt.Key.Key_B, CTRL)  # callback
    picker = area.outcome.callback_picker
    assert picker.chosen_zone() == "America/Chicago"
    assert picker.zone.currentText() == "Chicago (CST)"
    proposed = area.session.callback_at()
    assert proposed is not None and proposed.tzinfo is not None
    assert area.outcome.callback.text() == f"{proposed:%Y-%m-%d %H:%M}"

    shortcut(qtbot, Qt.Key.Key_Z, ALT)  # the zone, then its first letters
    assert focused() is picker.zone
    press(qtbot, "Los")
    assert picker.chosen_zone() == "America/Los_Angeles"
    # The same moment, shown in Los Angeles.
    assert area.session.callback_zone == "America/Los_Angeles"
    assert area.session.callback_at() == proposed
    assert area.outcome.callback.text() == (
        f"{proposed.astimezone(ZoneInfo('America/Los_Angeles')):%Y-%m-%d %H:%M}"
    )
    assert "Prospect's time (America/Los_Angeles)" in area.outcome.callback_zone.text()

    # 12:00 in Los Angeles is 20:00 UTC, open from Hawaii to New York.
    area.outcome.callback.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(12, 0)))
    save(qtbot, area)
    assert factory.get_lead(lead_id).next_call_at == datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
