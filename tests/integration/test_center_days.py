"""A day is the center's day in every report: a call at 23:24 in New York counts on its
New York date (not the UTC date after it) in the reports per rep and per campaign, their
drill-downs, the trend and the status reports' periods; changing the center's zone counts
every call again in the same transaction; days of 23 and 25 hours hold their own calls; the
Reports screen's default period ends on the center's today. On both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.activity import SALES_READY_OUTCOME
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import ActivityDay
from qualifier_app.services.reports.conversion_drill import PREFIX
from tests.support.activity import Activity
from tests.support.factories import Factory

NEW_YORK = ZoneInfo("America/New_York")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NEW_YORK).astimezone(UTC)


def _one_day(day: date) -> Period:
    return Period(day, day)


def _rollup(services: Services) -> dict[date, int]:
    with services.db.unit_of_work(write=False) as uow:
        return {
            day: int(attempts)
            for day, attempts in uow.session.execute(
                select(ActivityDay.day, func.sum(ActivityDay.attempts)).group_by(ActivityDay.day)
            )
            if attempts
        }


def _figures(services: Services, sam: Actor, day: date) -> tuple[int, int, int, int, int]:
    """Rita's claimed and sales-ready on `day`, their drill-downs, and the campaign's
    qualified, as the reports count them."""
    period = _one_day(day)
    (rita,) = [r for r in services.reports.conversion_by_rep(sam, period) if r.rep == "Rita"]
    claimed = services.reports.drill(sam, PREFIX + "rep", "Rita", "claimed", period)
    ready = services.reports.drill(sam, PREFIX + "rep", "Rita", "sales_ready", period)
    (show,) = [
        c for c in services.reports.conversion_by_campaign(sam, period) if c.campaign == "Show"
    ]
    assert (claimed.items, ready.items) == (rita.claimed, rita.sales_ready)
    return rita.claimed, rita.sales_ready, claimed.items, ready.items, show.qualified


def test_a_late_call_counts_on_the_centers_day_in_every_report(
    services: Services, factory: Factory
) -> None:
    factory.center("America/New_York")
    rita = factory.user("rita", team="Team A")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    activity = Activity(factory)
    show = activity.campaign("Show")
    lead_id = factory.lead(campaign_id=show)
    first = date(2026, 12, 1)
    late = _at(first, 23, 24)  # 04:24 UTC on December 2
    assert late.date() == date(2026, 12, 2)
    activity.attempt(lead_id, rita, late, seconds=60, outcome=SALES_READY_OUTCOME)

    assert _figures(services, sam, first) == (1, 1, 1, 1, 1)
    assert _figures(services, sam, first + timedelta(days=1)) == (0, 0, 0, 0, 0)
    assert _rollup(services) == {first: 1}
    (point,) = services.reports.trend(sam, _one_day(first))
    assert (point.day, point.attempts) == (first.isoformat(), 1)
    assert services.reports.trend(sam, _one_day(first + timedelta(days=1))) == []


def test_changing_the_centers_zone_counts_every_call_again(
    services: Services, factory: Factory
) -> None:
    ada = factory.center("America/New_York")
    rita = factory.user("rita", team="Team A")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    activity = Activity(factory)
    activity.campaign("Show")
    lead_id = factory.lead()
    first = date(2026, 12, 1)
    activity.attempt(lead_id, rita, _at(first, 23, 24))
    assert _rollup(services) == {first: 1}

    services.center.change(ada, time_zone="Europe/Berlin")  # 05:24 on December 2 there
    assert _rollup(services) == {first + timedelta(days=1): 1}
    period = _one_day(first + timedelta(days=1))
    assert [r.claimed for r in services.reports.conversion_by_rep(sam, period) if r.rep == "Rita"]
    assert services.reports.drill(sam, PREFIX + "rep", "Rita", "claimed", period).items == 1
    # Calls logged after the change count by the new zone too.
    activity.attempt(lead_id, rita, datetime(2026, 12, 3, 23, 30, tzinfo=UTC))  # 00:30 Dec 4
    assert _rollup(services) == {date(2026, 12, 2): 1, date(2026, 12, 4): 1}

    # A change refused by the service changes nothing: the rollup stays.
    with pytest.raises(InvalidInput):
        services.center.change(ada, time_zone="Mars/Olympus_Mons")
    assert _rollup(services) == {date(2026, 12, 2): 1, date(2026, 12, 4): 1}


@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 8), 23), (date(2026, 11, 1), 25)],
    ids=["spring-forward", "fall-back"],
)
def test_a_day_of_23_or_25_hours_holds_its_own_calls(
    services: Services, factory: Factory, day: date, hours: int
) -> None:
    factory.center("America/New_York")
    rita = factory.user("rita", team="Team A")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    activity = Activity(factory)
    lead_id = factory.lead()
    start = _at(day, 0)
    end = _at(day + timedelta(days=1), 0)
    assert end - start == timedelta(hours=hours)
    # The first and last minute of the day, and the minutes just outside it.
    for at in (start, end - timedelta(minutes=1), start - timedelta(minutes=1), end):
        activity.attempt(lead_id, rita, at, seconds=30)
    expected = {day - timedelta(days=1): 1, day: 2, day + timedelta(days=1): 1}
    assert _rollup(services) == expected
    (row,) = [r for r in services.reports.conversion_by_rep(sam, _one_day(day)) if r.rep == "Rita"]
    assert row.claimed == 2
    assert services.reports.drill(sam, PREFIX + "rep", "Rita", "claimed", _one_day(day)).items == 2


def test_the_reports_default_period_ends_on_the_centers_today(
    services: Services, factory: Factory
) -> None:
    factory.center("America/New_York")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    factory.clock.set(datetime(2026, 12, 2, 4, 24, tzinfo=UTC))  # 23:24 on Dec 1 in New York
    assert services.reports.choices(sam).today == date(2026, 12, 1)
    assert services.publication.today(sam) == date(2026, 12, 1)
