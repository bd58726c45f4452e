"""The workspace counts a nurture lead's days on the center's calendar, as the server does: at
20:30 in a New York center (the 26th in UTC already) it proposes 90 days after the 25th, and
tomorrow there, the 26th, is a recycle date the rep can save."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from qualifier_app.domain.clock import ManualClock
from qualifier_app.ui.workspace.script_view import TextQuestion
from tests.gui.conftest import CTRL, OpenWorkspace, shortcut
from tests.gui.test_workspace_flow import save, take_next
from tests.support.factories import Factory

NEW_YORK_EVENING = datetime(2026, 11, 25, 20, 30, tzinfo=ZoneInfo("America/New_York"))


def test_tomorrow_in_the_center_is_proposed_from_and_saved_after_its_today(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    factory.center("America/New_York")
    lead_id = factory.lead()
    clock.set(NEW_YORK_EVENING.astimezone(UTC))
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    assert take_next(qtbot, area) == lead_id

    shortcut(qtbot, Qt.Key.Key_L, CTRL)  # nurture
    proposed = date(2026, 11, 25) + timedelta(days=90)
    assert area.outcome.recycle.date() == QDate(proposed.year, proposed.month, proposed.day)
    area.outcome.recycle.setDate(QDate(2026, 11, 26))
    area.outcome.reason.setEditText("budget next year")
    save(qtbot, area)
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.recycle_on) == ("nurture", date(2026, 11, 26))


def test_the_budget_is_asked_in_the_center_s_currency_and_checked_against_it(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    """A Zurich center's reps read "Approximate budget (USD)", and "€120.000" was taken."""
    factory.center("Europe/Zurich", currency="CHF")
    factory.lead(segment="enterprise")
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    budget = area.script.widgets["budget_amount"]
    assert budget.label.text() == "Approximate budget (CHF)"
    assert isinstance(budget, TextQuestion)
    qtbot.keyClicks(budget.edit, "EUR 120.000")  # (QTest types no "€")
    assert budget.problem.text().startswith("budget amount 'EUR 120.000' is in EUR, but the")
    # Shown again with the answers (a draft restored): the problem with it, not a bare red box.
    assert area.session is not None
    area.script.load(area.session, {})
    assert not budget.problem.isHidden() and "is in EUR" in budget.problem.text()
    budget.edit.clear()
    qtbot.keyClicks(budget.edit, "CHF 120'000")
    assert budget.problem.isHidden()
