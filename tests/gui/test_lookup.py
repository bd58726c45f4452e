"""Lookup by keyboard: Ctrl+Shift+K, type a phone as the caller says it, Enter, Down, Enter
opens the lead record, Alt+I takes it as an inbound call and the lead opens in the Workspace."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.ui.widgets.lead_record import LeadRecordDialog
from qualifier_app.ui.workspace.area import WorkspaceArea
from qualifier_app.ui.workspace.lookup_box import LookupDialog
from tests.gui.conftest import (
    ALT,
    CTRL,
    SHIFT,
    OpenWorkspace,
    aligned,
    focused,
    press,
    shortcut,
)
from tests.integration.test_workspace import NOT_NOW, outcome
from tests.support.factories import Factory


def open_lookup(qtbot: QtBot, area: WorkspaceArea) -> LookupDialog:
    shortcut(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    qtbot.waitUntil(lambda: area.lookup.dialog is not None and area.lookup.dialog.isVisible())
    dialog = area.lookup.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.query)
    return dialog


def search(qtbot: QtBot, dialog: LookupDialog, text: str) -> int:
    press(qtbot, text)
    with qtbot.waitSignal(dialog.searched, timeout=10_000) as done:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    count: int = done.args[0]
    return count


def test_a_caller_is_found_by_phone_and_taken_as_an_inbound_call(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    # 04:00 in New York: no outbound call now, but the prospect is calling in.
    clock.set(clock.now().replace(hour=9))
    lead = factory.lead(
        company="Northwind", last_name="Okafor", phone_raw="212 555 0177", phone_e164="+12125550177"
    )
    area = open_workspace()
    dialog = open_lookup(qtbot, area)
    # A screen reader names the field and the table.
    assert (dialog.query.accessibleName(), dialog.results.accessibleName()) == (
        "Find a lead",
        "Leads found",
    )
    assert search(qtbot, dialog, "(212) 555-0177") == 1
    assert "phone +12125550177" in dialog.summary.text()

    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert isinstance(focused(), QTableWidget)
    with qtbot.waitSignal(dialog.record_opened, timeout=5_000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, LeadRecordDialog)
    qtbot.waitUntil(lambda: record.record is not None, timeout=10_000)
    assert f"Lead {lead}: Northwind" in record.heading.text()
    assert "+12125550177" in record.card.text()

    # Calling out is refused outside the window, in place, and nothing is taken.
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)
    qtbot.waitUntil(record.problem.isVisible, timeout=10_000)
    assert "outside its calling window" in record.problem.text()
    assert area.session is None

    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as shown:
        qtbot.keyClick(record, Qt.Key.Key_I, ALT)
    assert shown.args == [lead]
    assert area.session is not None and area.session.item.inbound
    assert not dialog.isVisible()


def test_a_found_leads_status_is_in_the_apps_words_and_its_number_on_the_right(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, german: None
) -> None:
    """The status showed the stored code with spaces ("handed off"), never translated."""
    lead = factory.lead(company="Northwind", status="handed_off")
    area = open_workspace()
    dialog = open_lookup(qtbot, area)
    assert search(qtbot, dialog, "Northwind") == 1
    row = [dialog.results.item(0, c).text() for c in range(dialog.results.columnCount())]  # type: ignore[union-attr]
    assert row[0] == str(lead) and "übergeben" in row
    assert aligned(dialog.results, 0)[:2] == ["right", "left"]


def test_a_bad_phone_is_explained_next_to_the_field(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    factory.lead()
    area = open_workspace()
    dialog = open_lookup(qtbot, area)
    assert search(qtbot, dialog, "555-01") == -1
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("phone 555-01: ")
    assert dialog.query.hasFocus()
    # Names and companies by prefix; none found is said so.
    dialog.query.clear()
    assert search(qtbot, dialog, "nobody-here") == 0
    assert "No lead found" in dialog.summary.text()
    assert not dialog.problem.isVisible()


def test_a_recycled_lead_comes_back_with_its_past_and_earlier_answers(
    qtbot: QtBot,
    open_workspace: OpenWorkspace,
    services: Services,
    factory: Factory,
    clock: ManualClock,
) -> None:
    sam = factory.user("sam")
    lead = factory.lead(company="Tailspin")
    item = services.workspace.next_lead(sam)
    services.workspace.submit(
        sam,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="budget next year",
            recycle_on=clock.now().date() + timedelta(days=1),
        ),
    )
    clock.advance(timedelta(days=1))
    assert services.nurture.recycle_due(sam) == 1

    area = open_workspace()
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as shown:
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    assert shown.args == [lead]
    past = area.card.past
    assert past.isVisible()
    assert "Nurture reason: budget next year" in past.text()
    assert "Last outcome: Nurture" in past.text() and "Sam" in past.text()
    budget = area.script.widgets["budget_status"]
    assert budget.value() == "none"
    assert "earlier answer" in budget.label.text()
    # What was said about reaching the contact belonged to that call: asked again.
    reached = area.script.widgets["reached_contact"]
    assert reached.value() is None
    assert "earlier answer" not in reached.label.text()
    assert area.session is not None and area.session.is_earlier("budget_status")
