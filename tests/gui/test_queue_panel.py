"""The rep's queue panel: what waits for them, said in the person's language and numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from qualifier_app.services.compliance.blocked import BlockedReason
from qualifier_app.services.workspace.dto import CallbackDue, RepDay
from qualifier_app.services.workspace.rep_day import ELIGIBLE_CAP
from qualifier_app.ui.shell import i18n
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


def test_leads_held_back_with_no_time_are_not_said_to_be_none(qtbot: QtBot) -> None:
    panel = QueuePanel()
    qtbot.addWidget(panel)
    cap = "number has had as many calls as US-FL allows (at most 3 calls in any 24 hours)"
    held = RepDay(0, None, (), 0, 0, 0, blocked=(BlockedReason(cap, 2),))
    panel.show_day(held, NOW)
    assert panel.status.text() == f"Nothing eligible now\nHeld back: 2 leads: {cap}"
    panel.show_day(_day(0), NOW)
    assert panel.status.text() == "Nothing is waiting in your queues"


def test_a_rep_who_works_no_queue_is_told_so_not_that_nothing_waits(qtbot: QtBot) -> None:
    panel = QueuePanel()
    qtbot.addWidget(panel)
    told = "no lead is eligible now: you work no queue yet; an administrator adds you to a team"
    panel.show_day(RepDay(0, None, (), 0, 0, 0, works_no_queue=told), NOW)
    assert panel.status.text() == (
        "No lead is eligible now: you work no queue yet; an administrator adds you to a team."
    )


def test_a_callback_beyond_this_week_says_its_date(qtbot: QtBot) -> None:
    """ "Tue 3:00 PM" for a callback weeks ahead read as this Tuesday's."""
    panel = QueuePanel()
    qtbot.addWidget(panel)
    soon, later = NOW + timedelta(days=2), NOW + timedelta(days=20)
    callbacks = (
        CallbackDue(1, "Acme", "Ann Lee", soon, due=False),
        CallbackDue(2, "Beta", "Bo Chan", later, due=False),
    )
    panel.show_day(RepDay(0, None, callbacks, 0, 0, 0), NOW)
    first, second = (panel.callbacks.item(row).text() for row in range(2))
    weekday = QLocale().dayName(soon.astimezone().isoweekday(), QLocale.FormatType.ShortFormat)
    assert first.startswith(weekday + " ")
    assert second.startswith(i18n.day_month(later.astimezone().date()) + " "), second
