"""A call's outcome counts days on the center's calendar: a nurture lead's recycle date must be
after the center's today, and a lead given up after its last attempt comes back the number of
days the rules say after the center's today. In New York after 19:00 UTC's date is already
tomorrow (a rep choosing tomorrow was refused); in Berlin after midnight it is still
yesterday (a rep could choose today). On both databases; on PostgreSQL the outcome that is
decided on the workstation and applied in one call counts the same days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor
from tests.integration.test_workspace import outcome
from tests.support.factories import Factory

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
# 20:30 on November 25 in New York (the lead's calling window is open): the 26th in UTC.
NEW_YORK_EVENING = datetime(2026, 11, 25, 20, 30, tzinfo=NEW_YORK).astimezone(UTC)
# 00:30 on November 26 in Berlin: still the 25th in UTC (18:30 in New York, where the lead is).
BERLIN_NIGHT = datetime(2026, 11, 26, 0, 30, tzinfo=BERLIN).astimezone(UTC)


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


def _nurture(services: Services, factory: Factory, rep: Actor, recycle_on: date) -> str:
    factory.lead()
    item = services.workspace.next_lead(rep)
    receipt = services.workspace.submit(
        rep,
        outcome(item, OutcomeKind.NURTURE, reason="budget next year", recycle_on=recycle_on),
    )
    assert receipt.recycle_on == recycle_on
    return receipt.status


def test_tomorrow_in_new_york_is_a_recycle_date_after_utc_s_midnight(
    services: Services, factory: Factory, clock: ManualClock, rita: Actor
) -> None:
    factory.center("America/New_York")
    clock.set(NEW_YORK_EVENING)
    assert _nurture(services, factory, rita, date(2026, 11, 26)) == "nurture"


def test_today_in_berlin_is_no_recycle_date_before_utc_s_midnight(
    services: Services, factory: Factory, clock: ManualClock, rita: Actor
) -> None:
    factory.center("Europe/Berlin")
    clock.set(BERLIN_NIGHT)
    with pytest.raises(InvalidInput) as refused:
        _nurture(services, factory, rita, date(2026, 11, 26))
    assert (refused.value.field, str(refused.value)) == (
        "recycle_on",
        "the recycle date must be after today",
    )
    assert _nurture(services, factory, rita, date(2026, 11, 27)) == "nurture"


@pytest.mark.parametrize(
    ("zone", "at", "today"),
    [
        ("America/New_York", NEW_YORK_EVENING, date(2026, 11, 25)),
        ("Europe/Berlin", BERLIN_NIGHT, date(2026, 11, 26)),
    ],
)
def test_a_lead_given_up_comes_back_days_after_the_center_s_today(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    rita: Actor,
    zone: str,
    at: datetime,
    today: date,
) -> None:
    factory.center(zone)
    clock.set(at)
    retry = services.settings.retry
    factory.lead(attempts=retry.max_attempts - 1)
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    )
    assert receipt.status == "nurture"
    assert receipt.recycle_on == today + timedelta(days=retry.nurture_recycle_days)
