"""Calling windows at their edges, on DST change days and across several zones, as the
workspace clock shows them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.calling_hours import window_state

NY = ("America/New_York",)
WINDOW = cw.CallingWindow.parse("08:00-21:00")


def local(text: str, zone: str = "America/New_York") -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("clock", "is_open"),
    [("07:59", False), ("08:00", True), ("20:59", True), ("21:00", False)],
)
def test_window_edges(clock: str, is_open: bool) -> None:
    at = local(f"2026-11-24T{clock}")
    assert cw.is_open(NY, at, WINDOW) is is_open
    shown_open, text = window_state(NY, WINDOW, at)
    assert shown_open is is_open
    assert ("Calling allowed" in text) is is_open


def test_the_clock_says_how_long_until_close_and_open() -> None:
    assert window_state(NY, WINDOW, local("2026-11-24T20:59"))[1].endswith("closes in 1 min")
    assert window_state(NY, WINDOW, local("2026-11-24T21:00"))[1].endswith("opens in 11 h 00 min")
    assert window_state(NY, WINDOW, local("2026-11-24T07:59"))[1].endswith("opens in 1 min")
    assert "Time zone unknown" in window_state((), WINDOW, local("2026-11-24T12:00"))[1]


@pytest.mark.parametrize(
    ("day", "utc_open"),
    [
        # Spring forward (2027-03-14): 08:00 EDT is 12:00 UTC; the day before, 13:00 UTC.
        ("2027-03-13", datetime(2027, 3, 13, 13, 0, tzinfo=UTC)),
        ("2027-03-14", datetime(2027, 3, 14, 12, 0, tzinfo=UTC)),
        # Fall back (2026-11-01): 08:00 EST is 13:00 UTC again.
        ("2026-10-31", datetime(2026, 10, 31, 12, 0, tzinfo=UTC)),
        ("2026-11-01", datetime(2026, 11, 1, 13, 0, tzinfo=UTC)),
    ],
)
def test_dst_change_days(day: str, utc_open: datetime) -> None:
    midnight = local(f"{day}T00:30")
    assert cw.next_opening(NY, midnight, WINDOW) == utc_open
    assert cw.is_open(NY, utc_open, WINDOW)
    assert not cw.is_open(NY, utc_open - timedelta(minutes=1), WINDOW)


def test_the_closing_time_on_a_dst_day_counts_the_short_night() -> None:
    # 2027-03-14 20:00 EDT: one hour until 21:00, whatever happened at 02:00.
    assert window_state(NY, WINDOW, local("2027-03-14T20:00"))[1].endswith("closes in 1 h 00 min")
    # 2027-03-13 21:30 EST → opens 2027-03-14 08:00 EDT: only 9 h 30 min later.
    assert window_state(NY, WINDOW, local("2027-03-13T21:30"))[1].endswith("opens in 9 h 30 min")


def test_several_zones_share_only_the_hours_open_in_all() -> None:
    zones = ("America/Chicago", "America/Denver")
    # 08:30 in Chicago is 07:30 in Denver: not yet.
    at = local("2026-11-24T08:30", "America/Chicago")
    assert not cw.is_open(zones, at, WINDOW)
    assert cw.next_opening(zones, at, WINDOW) == local("2026-11-24T08:00", "America/Denver")
    # 20:30 in Denver is 21:30 in Chicago: closed already.
    assert not cw.is_open(zones, local("2026-11-24T20:30", "America/Denver"), WINDOW)
    open_, text = window_state(zones, WINDOW, local("2026-11-24T12:00", "America/Chicago"))
    assert open_ and text.endswith("closes in 9 h 00 min")


def test_zones_that_never_share_a_window() -> None:
    zones = ("America/New_York", "Asia/Tokyo")
    morning = cw.CallingWindow.parse("09:00-12:00")
    open_, text = window_state(zones, morning, datetime(2026, 11, 24, 3, 0, tzinfo=UTC))
    assert not open_ and "never opens" in text


def test_florida_is_stricter() -> None:
    rules = cw.CallingRules(overrides={"US-FL": cw.CallingWindow.parse("08:00-20:00")})
    florida = rules.window_for("US", "FL")
    assert not cw.is_open(NY, local("2026-11-24T20:00"), florida)
    assert cw.is_open(NY, local("2026-11-24T20:00"), rules.window_for("US", "NY"))
