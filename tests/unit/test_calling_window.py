"""Calling windows in the prospect's local time, across zones and DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualifier_app.domain.calling_rules import PlaceRule, RuleBook, places_key
from qualifier_app.domain.calling_window import (
    CallingRules,
    CallingWindow,
    is_open,
    local_times_by_offset,
    next_opening,
    zones_key,
)
from qualifier_app.domain.errors import InvalidInput

WINDOW = CallingWindow()
NY = ("America/New_York",)


def ny(text: str) -> datetime:
    """A New York wall-clock time as an aware UTC moment."""
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("America/New_York")).astimezone(UTC)


@pytest.mark.parametrize(
    ("local", "expected"),
    [("07:59", False), ("08:00", True), ("20:59", True), ("21:00", False), ("23:30", False)],
)
def test_window_edges(local: str, expected: bool) -> None:
    assert is_open(NY, ny(f"2026-11-24T{local}"), WINDOW) is expected


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        # 2026-03-08: clocks jump from 02:00 to 03:00 in New York.
        ("2026-03-08T07:59", False),
        ("2026-03-08T08:00", True),
        ("2026-03-08T20:59", True),
        ("2026-03-08T21:00", False),
        # 2026-11-01: clocks fall back from 02:00 to 01:00.
        ("2026-11-01T07:59", False),
        ("2026-11-01T08:00", True),
        ("2026-11-01T21:00", False),
    ],
)
def test_window_on_dst_change_days(local: str, expected: bool) -> None:
    assert is_open(NY, ny(local), WINDOW) is expected


def test_several_zones_use_the_window_safe_in_all() -> None:
    zones = ("America/New_York", "America/Los_Angeles")
    # 08:30 in New York is 05:30 in Los Angeles: not safe.
    assert not is_open(zones, ny("2026-11-24T08:30"), WINDOW)
    # 11:00 in New York is 08:00 in Los Angeles: open in both.
    assert is_open(zones, ny("2026-11-24T11:00"), WINDOW)
    # 20:30 in New York is 17:30 in Los Angeles, but New York closes at 21:00.
    assert is_open(zones, ny("2026-11-24T20:30"), WINDOW)
    assert not is_open(zones, ny("2026-11-24T21:00"), WINDOW)


def test_no_zone_is_never_open() -> None:
    assert not is_open((), datetime(2026, 1, 1, 15, tzinfo=UTC), WINDOW)
    assert next_opening((), datetime(2026, 1, 1, 15, tzinfo=UTC), WINDOW) is None


def test_next_opening_is_the_next_local_start() -> None:
    assert next_opening(NY, ny("2026-11-24T22:15"), WINDOW) == ny("2026-11-25T08:00")
    assert next_opening(NY, ny("2026-11-24T10:00"), WINDOW) == ny("2026-11-24T10:00")


def test_next_opening_for_zones_that_never_overlap_is_none() -> None:
    # Two 13-hour windows always overlap somewhere on the clock; three-hour ones in New York
    # and Tokyo never do.
    short = CallingWindow.parse("09:00-12:00")
    zones = ("America/New_York", "Asia/Tokyo")
    assert next_opening(zones, datetime(2026, 11, 24, tzinfo=UTC), short) is None


@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1)))
def test_next_opening_is_open_and_nothing_earlier_is(naive: datetime) -> None:
    moment = naive.replace(tzinfo=UTC)
    zones = ("America/New_York", "Europe/London")
    opening = next_opening(zones, moment, WINDOW)
    assert opening is not None
    assert opening >= moment
    assert is_open(zones, opening, WINDOW)
    probe = moment
    while probe < opening - timedelta(minutes=15):
        assert not is_open(zones, probe, WINDOW)
        probe += timedelta(minutes=15)


def test_window_parsing_and_validation() -> None:
    assert CallingWindow.parse("09:30-18:00") == CallingWindow(time(9, 30), time(18))
    with pytest.raises(InvalidInput, match="HH:MM-HH:MM"):
        CallingWindow.parse("nine to five")
    with pytest.raises(InvalidInput, match="must start before it ends"):
        CallingWindow.parse("21:00-08:00")


def test_rules_prefer_the_region_then_the_country() -> None:
    florida = CallingWindow.parse("08:00-20:00")
    germany = CallingWindow.parse("09:00-20:00")
    rules = CallingRules(overrides={"US-FL": florida, "DE": germany})
    assert rules.window_for("US", "FL") == florida
    assert rules.window_for("us", "fl") == florida
    assert rules.window_for("US", "NY") == WINDOW
    assert rules.window_for("DE", None) == germany
    assert rules.window_for(None, None) == WINDOW


def test_zones_key_is_order_free() -> None:
    assert zones_key(["b/B", "a/A", "b/B"]) == zones_key(["a/A", "b/B"]) == "a/A b/B"


def test_a_lead_in_two_places_keeps_to_both_rules() -> None:
    florida = PlaceRule("US-FL", CallingWindow.parse("08:00-20:00"), calls_per_day=3)
    maryland = PlaceRule("US-MD", CallingWindow.parse("09:00-21:00"), calls_per_week=5)
    book = RuleBook({"US": PlaceRule("US"), "US-FL": florida, "US-MD": maryland})
    assert places_key("US", "MD", ["US-FL"]) == "US-FL US-MD"
    assert places_key("US", None, ["US-FL"]) == "US-FL"
    both = book.rule_for("US-FL US-MD")
    assert both.window == CallingWindow.parse("09:00-20:00")
    assert (both.calls_per_day, both.calls_per_week) == (3, 5)
    assert book.rule_for("US-NY") == book.rules["US"]
    assert book.rule_for("") == book.default


def test_a_machine_may_narrow_a_rules_window_never_widen_it() -> None:
    book = RuleBook({"US": PlaceRule("US", CallingWindow.parse("08:00-21:00"))})
    wider = book.with_windows(CallingRules(overrides={"US": CallingWindow.parse("06:00-23:30")}))
    assert wider.rule("US").window == CallingWindow.parse("08:00-21:00")
    narrower = book.with_windows(CallingRules(overrides={"US": CallingWindow.parse("10:00-22:00")}))
    assert narrower.rule("US").window == CallingWindow.parse("10:00-21:00")


def test_local_times_by_offset_groups_the_zones_that_show_one_time_earliest_first() -> None:
    at = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
    zones = ("America/New_York", "Pacific/Honolulu", "America/Detroit", "America/Chicago")
    grouped = local_times_by_offset(zones, at)
    assert [(local.strftime("%H:%M %Z"), names) for local, names in grouped] == [
        ("10:00 HST", ("Pacific/Honolulu",)),
        ("14:00 CST", ("America/Chicago",)),
        ("15:00 EST", ("America/New_York", "America/Detroit")),
    ]
