"""Call (F11) asks the database first: a lead whose calling window closed while it was open,
or that was taken out of the rep's hands (put on do-not-call), is not dialled, and the rep
reads why beside the Call button."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import CallAttempt
from qualifier_app.services.board.reassign import LeadRef, Target
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import OpenWorkspace, shortcut, wait_idle
from tests.gui.test_rep_shift import (  # noqa: F401 - a fixture
    TelHandler,
    no_answer_and_save,
    take_next,
    tel_handler,
)
from tests.integration.test_workspace import fetch
from tests.support.factories import Factory


def test_a_closed_window_or_a_do_not_call_lead_is_not_dialled(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,  # noqa: F811 - the fixture
) -> None:
    # 20:50 in New York: the window closes at 21:00, while the rep has the lead open.
    clock.set(datetime(2026, 11, 25, 1, 50, tzinfo=UTC))
    factory.lead(phone_raw="+1 212 555 0142", phone_e164="+12125550142")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    take_next(qtbot, area)
    notice = area.dial_notice
    assert notice.isHidden()

    clock.advance(timedelta(minutes=12))  # still the rep's lead: the lease runs on
    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(notice.isVisible)
    assert notice.text().startswith("Not dialled: lead ")
    assert "outside its calling window" in notice.text()
    assert tel_handler.opened == []
    assert area.clock.timer.text() == "Not dialled"
    assert area.call_button.isEnabled() and not area.hang_up_button.isEnabled()
    wait_idle(qtbot, area._workers)  # the lease was checked: still hers
    assert area.session is not None and notice.isVisible()

    # The number is put on the do-not-call list while the lead is open.
    admin = factory.user("adam", role=Role.ADMIN)
    services.do_not_call.add(admin, phone="+12125550142", reason="complaint")
    shortcut(qtbot, Qt.Key.Key_F11)
    # The lead is no longer hers: it is closed as the heartbeat would close it, the banner
    # says why, and nothing was dialled.
    qtbot.waitUntil(lambda: area.session is None)
    assert "do not call now" in area.banner.text()
    assert tel_handler.opened == []


def test_a_lead_moved_away_is_closed_at_the_dial_as_the_heartbeat_closes_it(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,  # noqa: F811 - the fixture
) -> None:
    """F11 before the heartbeat noticed: the lead does not stay open as if it were hers."""
    clock.set(datetime(2026, 11, 25, 15, 0, tzinfo=UTC))
    first = factory.lead(company="Summit Bank", phone_raw="+1 212 555 0142")
    factory.lead(company="Next Co", phone_raw="+1 212 555 0144")
    marco = factory.user("marco")
    sam = factory.user("sam", Role.SUPERVISOR)
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    assert take_next(qtbot, area) == first
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "Budget approved")
    path = area.drafts.path("rita", first)
    qtbot.waitUntil(lambda: path.exists() and "Budget" in path.read_text())
    version = factory.get_lead(first).version
    moved = services.reassign.move(sam, [LeadRef(first, version)], Target(rep_id=marco.user_id))
    assert moved.moved == (first,)

    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: area.session is None)
    assert tel_handler.opened == []
    assert "reassigned to Marco" in area.banner.text()
    assert [b.text() for b in area.banner.buttons] == ["&View draft", "&Discard draft"]
    assert area.status.text() == (
        f"Lead {first} is no longer yours; what you typed is kept as a draft."
    )
    assert "Budget approved" in path.read_text()
    # Ctrl+N takes the next lead: no "finish lead … first".
    assert take_next(qtbot, area) != first


def correct_phone_and_call(qtbot: QtBot, area: WorkspaceArea, typed: str) -> None:
    shortcut(qtbot, Qt.Key.Key_F2)
    area.card.phone.edit.selectAll()
    qtbot.keyClicks(area.card.phone.edit, typed)
    shortcut(qtbot, Qt.Key.Key_F11)


def test_an_unsaved_correction_is_judged_as_the_number_dialled(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,  # noqa: F811 - the fixture
) -> None:
    # 09:30 in New York, 06:30 in Los Angeles.
    clock.set(datetime(2026, 11, 25, 14, 30, tzinfo=UTC))
    factory.lead(phone_raw="+1 212 555 0142", phone_e164="+12125550142")
    factory.lead(phone_raw="+1 212 555 0144", phone_e164="+12125550144")
    admin = factory.user("adam", role=Role.ADMIN)
    services.do_not_call.add(admin, phone="+13125550143", reason="complaint")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    notice = area.dial_notice

    take_next(qtbot, area)
    correct_phone_and_call(qtbot, area, "312 555 0143")  # on the do-not-call list
    qtbot.waitUntil(notice.isVisible)
    assert notice.text() == (
        "Not dialled: the number +13125550143 is on the do-not-call list: it may not be called"
    )
    assert tel_handler.opened == []

    correct_phone_and_call(qtbot, area, "213 555 0143")  # Los Angeles: 06:30
    qtbot.waitUntil(lambda: "+12135550143" in notice.text())
    assert "in America/Los_Angeles is outside the calling window" in notice.text()
    assert tel_handler.opened == []

    correct_phone_and_call(qtbot, area, "212 555 0199")  # New York: it may be called
    qtbot.waitUntil(lambda: tel_handler.opened != [])
    assert tel_handler.opened == ["tel:+12125550199"]


def test_a_call_keeps_the_number_dialled(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,  # noqa: F811 - the fixture
) -> None:
    clock.set(datetime(2026, 11, 25, 14, 30, tzinfo=UTC))  # 09:30 in New York
    first = factory.lead(phone_raw="+1 212 555 0142", phone_e164="+12125550142")
    second = factory.lead(phone_raw="+1 212 555 0144", phone_e164="+12125550144")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)

    # The rep corrects the number, dials the correction, and saves.
    assert take_next(qtbot, area) == first
    correct_phone_and_call(qtbot, area, "212 555 0199")
    qtbot.waitUntil(lambda: tel_handler.opened == ["tel:+12125550199"])
    no_answer_and_save(qtbot, area)
    # The rep dials the number on the card, then types the one they are given: not dialled.
    assert take_next(qtbot, area) == second
    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: len(tel_handler.opened) == 2)
    shortcut(qtbot, Qt.Key.Key_F2)
    area.card.phone.edit.selectAll()
    qtbot.keyClicks(area.card.phone.edit, "212 555 0198")
    no_answer_and_save(qtbot, area)

    # The per-number caps count each call against the number it was made to.
    calls = {call.lead_id: call.number_e164 for call in fetch(services, CallAttempt)}
    assert calls == {first: "+12125550199", second: "+12125550144"}
    assert factory.get_lead(second).phone_e164 == "+12125550198"


def test_a_number_that_is_not_valid_is_not_dialled(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,  # noqa: F811 - the fixture
) -> None:
    clock.set(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))  # 10:00 in Hawaii
    factory.lead(phone_raw="312.555.0143", phone_e164=None, phone_valid=False, country=None)
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F11)
    notice = area.dial_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.text() == (
        "Not dialled: the number 312.555.0143 is not a valid phone number: correct it first (F2)"
    )
    assert tel_handler.opened == []
    assert area.call_button.isEnabled()
