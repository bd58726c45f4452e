"""A rep's day and week begin at this workstation's own midnight, also on the night summer
time begins: the queue panel's "today" and My figures used today's offset for midnight, so
on 29 March in Berlin the day began at 23:00 of the day before by the clock on the wall."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.services.workspace.my_figures import starts
from qualifier_app.ui.shell import i18n
from tests.gui.conftest import OpenWorkspace

# 14:00 in Berlin on the Sunday summer time began (at 02:00, an hour after the night's start).
SUNDAY_NOON = datetime(2026, 3, 29, 12, tzinfo=UTC)
BERLIN_MIDNIGHT = datetime(2026, 3, 28, 23, tzinfo=UTC)  # 00:00 CET, winter time
MONDAY_MIDNIGHT = datetime(2026, 3, 22, 23, tzinfo=UTC)


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_workstation_s_zone_keeps_its_rules(in_berlin: None) -> None:
    zone = i18n.workstation_zone()
    assert zone == ZoneInfo("Europe/Berlin")
    day, week = starts(SUNDAY_NOON, zone)
    assert (day, week) == (BERLIN_MIDNIGHT, MONDAY_MIDNIGHT)
    # What today's offset alone gives: an hour early.
    fixed = SUNDAY_NOON.astimezone().tzinfo
    assert fixed is not None
    assert starts(SUNDAY_NOON, fixed)[0] == datetime(2026, 3, 28, 22, tzinfo=UTC)


def test_the_queue_panel_counts_the_rep_s_day_from_midnight_on_the_wall(
    in_berlin: None,
    qtbot: QtBot,
    services: Services,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.set(SUNDAY_NOON)
    asked: list[datetime] = []
    rep_day = services.workspace.rep_day

    def recorded(actor: Any, since: datetime) -> Any:
        asked.append(since)
        return rep_day(actor, since)

    monkeypatch.setattr(services.workspace, "rep_day", recorded)
    open_workspace()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked[-1] == BERLIN_MIDNIGHT
