"""Report arithmetic: periods, rates, ROI and cost per lead, and how cells are shown."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from qualifier_app.domain.activity import is_contact
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import (
    Period,
    cost_in_period,
    hours,
    per_unit,
    rate,
    roi,
    utc_offsets,
)
from qualifier_app.services.reports.cells import cell_text, cell_value
from qualifier_app.services.reports.dto import ReportColumn


def test_period_bounds_are_the_centers_midnights() -> None:
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    with pytest.raises(ValueError, match="zone"):
        _ = period.since
    utc = period.in_zone(UTC)
    assert utc.since == datetime(2026, 11, 1, tzinfo=UTC)
    assert utc.before == datetime(2026, 12, 1, tzinfo=UTC)
    new_york = period.in_zone(ZoneInfo("America/New_York"))
    assert new_york.since == datetime(2026, 11, 1, 4, tzinfo=UTC)  # still summer time
    assert new_york.before == datetime(2026, 12, 1, 5, tzinfo=UTC)
    assert new_york == period  # the same days
    # Days of 23 and 25 hours; a midnight that is skipped starts its day at 01:00.
    march_8 = Period(date(2026, 3, 8), date(2026, 3, 8)).in_zone(ZoneInfo("America/New_York"))
    assert march_8.before - march_8.since == timedelta(hours=23)  # type: ignore[operator]
    nov_1 = Period(date(2026, 11, 1), date(2026, 11, 1)).in_zone(ZoneInfo("America/New_York"))
    assert nov_1.before - nov_1.since == timedelta(hours=25)  # type: ignore[operator]
    santiago = ZoneInfo("America/Santiago")
    skipped = Period(date(2026, 9, 6), date(2026, 9, 6)).in_zone(santiago)
    assert skipped.since is not None and skipped.since.astimezone(santiago).hour == 1
    assert skipped.since.astimezone(santiago).date() == date(2026, 9, 6)
    assert Period().since is None and Period().before is None
    assert Period().text() == "all time to today"  # as docs/reports.md says: cost to today
    assert Period(date(2026, 11, 1)).text() == "2026-11-01 to today"
    with pytest.raises(InvalidInput):
        Period(date(2026, 11, 2), date(2026, 11, 1))


def test_rates_never_divide_by_zero() -> None:
    assert rate(1, 4) == 0.25
    assert rate(0, 0) is None
    assert roi(Decimal("5000"), Decimal("1000")) == Decimal("4")
    assert roi(Decimal("0"), Decimal("500")) == Decimal("-1")
    assert roi(Decimal("100"), Decimal("0")) is None
    assert per_unit(Decimal("1000"), 3) == Decimal("333.33")
    assert per_unit(Decimal("1000"), 0) is None
    assert hours(1260) == Decimal("0.35")
    assert hours(None) == Decimal("0.00")


def test_campaign_cost_is_spread_over_the_days_it_ran() -> None:
    cost = Decimal("3000")
    autumn = Period(date(2026, 10, 1), date(2026, 11, 29))  # 60 days, 50 a day
    november = Period(date(2026, 11, 1), date(2026, 11, 30))

    def charged(runs: Period, period: Period, amount: Decimal = cost) -> Decimal:
        return cost_in_period(amount, runs, period, today=date(2027, 1, 1))

    assert charged(autumn, november) == Decimal("1450.00")  # 29 days
    assert charged(autumn, Period(date(2026, 10, 1), date(2026, 10, 31))) == Decimal("1550.00")
    assert charged(autumn, Period(date(2026, 11, 29))) == Decimal("50.00")
    assert charged(autumn, Period(None, date(2026, 10, 1))) == Decimal("50.00")
    assert charged(autumn, Period(date(2025, 1, 1), date(2025, 1, 31))) == 0
    assert charged(autumn, Period()) == cost
    # Without both dates there is nothing to spread the cost over.
    assert charged(Period(date(2026, 10, 1)), november) == cost
    one_day = Period(date(2026, 11, 5), date(2026, 11, 5))
    assert charged(one_day, november, Decimal("100")) == Decimal("100.00")
    assert charged(
        Period(date(2026, 1, 1), date(2026, 1, 3)),
        Period(date(2026, 1, 1), date(2026, 1, 1)),
        Decimal("100"),
    ) == Decimal("33.33")


def test_a_period_without_an_end_is_charged_to_today() -> None:
    """ "From 1 November to today" (or all time) is charged the days run so far, not those the
    campaign has yet to run; a period that names a later end is charged to it."""
    cost = Decimal("3000")
    autumn = Period(date(2026, 10, 1), date(2026, 11, 29))  # 60 days, 50 a day
    on_24_november = {"today": date(2026, 11, 24)}
    assert cost_in_period(cost, autumn, Period(date(2026, 11, 1)), **on_24_november) == (
        Decimal("1200.00")  # 24 days
    )
    assert cost_in_period(cost, autumn, Period(), **on_24_november) == Decimal("2750.00")
    till_the_end = Period(date(2026, 11, 1), date(2026, 11, 30))
    assert cost_in_period(cost, autumn, till_the_end, **on_24_november) == Decimal("1450.00")
    assert cost_in_period(cost, autumn, Period(date(2026, 12, 1)), **on_24_november) == 0


def test_contact_dispositions() -> None:
    assert is_contact("contacted")
    assert not any(is_contact(d) for d in ("no_answer", "busy", "voicemail_left", "bad_number"))


def test_cells_for_screens_and_spreadsheets() -> None:
    percent = ReportColumn("r", "Rate", "percent")
    money = ReportColumn("m", "Revenue", "money")
    assert cell_text(percent, 0.5) == "50.0 %"
    assert cell_text(percent, None) == "–"
    assert cell_text(money, Decimal("1234.5")) == "1,234.50"
    assert cell_value(percent, 0.3333) == Decimal("33.3")
    assert cell_value(percent, None) is None
    assert cell_value(money, Decimal("1.00")) == Decimal("1.00")


@pytest.mark.parametrize("share", [0.0625, 0.1225, 0.0005, 0.3335, 1.0])
def test_a_percentage_rounds_alike_on_screen_and_in_exports(share: float) -> None:
    percent = ReportColumn("r", "Rate", "percent")
    assert cell_text(percent, share) == f"{cell_value(percent, share)} %"
    assert cell_text(percent, 0.0625) == "6.3 %"


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"])
def test_the_offsets_the_database_dates_calls_by_agree_with_the_zone(zone: str) -> None:
    offsets = list(utc_offsets(zone))
    assert [at for at, _ in offsets] == sorted(at for at, _ in offsets)
    tz = ZoneInfo(zone)
    moment = datetime(2019, 1, 1, tzinfo=UTC)
    while moment < datetime(2031, 1, 1, tzinfo=UTC):  # every 97 minutes, both sides of changes
        minutes = next(m for at, m in reversed(offsets) if at <= moment)
        local = moment + timedelta(minutes=minutes)
        assert local.date() == moment.astimezone(tz).date(), moment
        moment += timedelta(minutes=97)


def test_the_shares_of_periods_that_follow_each_other_add_up_to_their_whole() -> None:
    """A quarter's cost is its months' costs added up, and a campaign's days cost what it
    cost, to the cent: each share is not rounded on its own."""
    first_day = date(2026, 10, 8)
    runs = Period(first_day, date(2027, 1, 6))  # 91 days
    cost = Decimal("25000")

    def charged(start: date, end: date) -> Decimal:
        return cost_in_period(cost, runs, Period(start, end), today=date(2027, 2, 1))

    months = [
        (date(2026, 10, 1), date(2026, 10, 31)),
        (date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 12, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 1, 31)),
    ]
    assert charged(date(2026, 11, 1), date(2026, 11, 30)) + charged(
        date(2026, 10, 1), date(2026, 10, 31)
    ) == charged(date(2026, 10, 1), date(2026, 11, 30))
    assert sum(charged(start, end) for start, end in months) == cost
    days = [first_day + timedelta(days=n) for n in range(91)]
    assert sum(charged(day, day) for day in days) == cost
