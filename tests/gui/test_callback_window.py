"""The callback picker proposes a time inside the lead's calling window: for a lead that no
place rule covers, the window the center entered at first-run setup."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.persistence.models import Center
from tests.gui.conftest import CTRL, OpenWorkspace, press, shortcut
from tests.gui.test_workspace_flow import next_screen, save, take_next
from tests.support.factories import Factory


def test_a_callback_two_hours_on_would_fall_after_the_window_so_it_opens_the_next_morning(
    qtbot: QtBot,
    services: Services,
    open_workspace: OpenWorkspace,
    factory: Factory,
    clock: ManualClock,
) -> None:
    with services.db.unit_of_work() as uow:  # as first-run setup leaves it
        uow.session.add(
            Center(
                name="Paris desk",
                time_zone="Europe/Paris",
                window_start=10 * 60,
                window_end=18 * 60,
                created_at=clock.now(),
            )
        )
        uow.commit()
    clock.set(datetime(2026, 11, 24, 16, 30, tzinfo=UTC))  # 17:30 in Paris
    lead_id = factory.lead(
        phone_raw="+33 1 42 68 53 00", phone_e164="+33142685300", country="FR", region=None
    )
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    assert area.session is not None and area.session.item.lead.calling_window == "10:00-18:00"
    press(qtbot, "11")
    press(qtbot, "n")  # no time now: the script ends with a callback
    next_screen(qtbot)
    assert area.outcome.kind_buttons[OutcomeKind.CALLBACK].isChecked()
    area.outcome.auto_next.setChecked(False)
    save(qtbot, area)
    # 19:30 would be after the window: 10:00 the next morning in Paris (09:00 UTC).
    lead = factory.get_lead(lead_id)
    assert lead.next_call_at == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def test_the_proposed_callback_is_open_in_every_zone_of_the_lead(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    """A Chicago number at a New York address, at 18:30 in Chicago: two hours on is 20:30 in
    Chicago, which was proposed, but 21:30 in New York, and saving it was refused."""
    clock.set(datetime(2026, 11, 25, 0, 30, tzinfo=UTC))
    lead_id = factory.lead(phone_raw="+1 312 555 0142", phone_e164="+13125550142", region="NY")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    assert area.session is not None
    assert area.session.item.lead.time_zones == ("America/Chicago", "America/New_York")
    shortcut(qtbot, Qt.Key.Key_B, CTRL)  # callback
    # Typed in the zone of the address, where the window opens last.
    assert area.outcome.callback_picker.chosen_zone() == "America/New_York"
    assert area.outcome.callback.text() == "2026-11-25 09:00"
    save(qtbot, area)
    assert factory.get_lead(lead_id).next_call_at == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
