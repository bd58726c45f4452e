"""A time on screen is the one on this workstation's wall, unless it says it is UTC: on a New
York workstation the team board showed a callback at 15:00 UTC as "15:00", the Partners
area a handoff's "respond by" in UTC, the lead card the earlier attempts in UTC, and an
inquiry at 21:30 in New York on the next day (UTC's)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.ui.partners import cells
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import OpenWorkspace, tinas_board
from tests.gui.test_workspace_flow import take_next
from tests.integration.test_calling_rules import record_call
from tests.support.factories import Factory
from tests.support.teams import two_teams

# 21:30 on November 20 in New York; 02:30 on the 21st in UTC.
EVENING = datetime(2026, 11, 21, 2, 30, tzinfo=UTC)
# 10:00 on November 24 in New York.
MORNING = datetime(2026, 11, 24, 15, tzinfo=UTC)


@pytest.fixture
def in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def wall(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> str:
    """How the locale writes that reading of the wall clock."""
    return i18n.moment(datetime(year, month, day, hour, minute, tzinfo=UTC))


def test_a_moment_and_its_day_are_shown_as_the_wall_here_shows_them(in_new_york: None) -> None:
    assert i18n.local_day(EVENING) == i18n.day(date(2026, 11, 20))
    assert i18n.local_moment(MORNING) == wall(2026, 11, 24, 10)
    # The Partners area's sent, respond-by and last-news columns.
    assert cells.when(MORNING) == wall(2026, 11, 24, 10)


def test_the_team_board_shows_the_next_call_and_the_inquiry_day_on_the_wall_here(
    in_new_york: None, qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    two_teams(factory)
    factory.lead(queue="North queue", inquired_at=EVENING, next_call_at=MORNING)
    with tinas_board(qtbot, services, workers) as area:
        assert area.model.text(0, "Inquired") == i18n.day(date(2026, 11, 20))
        assert area.model.text(0, "Next call") == wall(2026, 11, 24, 10)


def test_the_team_board_says_when_it_was_updated_and_a_lease_s_end_on_the_wall_here(
    in_new_york: None, qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """It said "Updated 15:00:00 UTC" and a lease "until 15:08:00 UTC" to a team lead whose
    clock said 10:00."""
    teams = two_teams(factory)
    lead = factory.lead(queue="North queue")
    until = factory.clock.now() + timedelta(minutes=8)
    factory.set_lead(lead, lease_owner_id=teams.rita.user_id, lease_expires_at=until)
    with tinas_board(qtbot, services, workers) as area:
        qtbot.waitUntil(lambda: area.live_label.text().startswith("Updated"))
        assert area._board is not None
        at = area._board.at
        assert area.live_label.text().startswith(f"Updated {on_the_wall(at)} · live")
        tip = area.model.data(area.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
        assert tip == f"lease until {on_the_wall(until)}"
        assert on_the_wall(until) != i18n.time_with_seconds(until)  # New York is not UTC


def on_the_wall(moment: datetime) -> str:
    return i18n.time_with_seconds(moment.astimezone(ZoneInfo("America/New_York")))


def test_the_lead_card_shows_the_inquiry_day_and_earlier_attempts_on_the_wall_here(
    in_new_york: None,
    qtbot: QtBot,
    open_workspace: OpenWorkspace,
    services: Services,
    factory: Factory,
    rita_signed_in: SignedIn,
) -> None:
    lead = factory.lead(company="Evening Inc", inquired_at=EVENING)
    # Ended at 15:02 UTC the day before: 10:02 in New York.
    record_call(services, lead, rita_signed_in.actor.user_id, MORNING - timedelta(days=1), "retry")
    area = open_workspace()
    take_next(qtbot, area)
    assert f"inquired {i18n.day(date(2026, 11, 20))}" in area.card.origin.text()
    earlier = area.card.history.text().splitlines()
    assert earlier[0] == "Earlier attempts:"
    assert earlier[1].startswith(f"{wall(2026, 11, 23, 10, 2)} Rita: ")
