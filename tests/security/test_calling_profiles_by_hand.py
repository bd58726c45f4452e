"""A calling profile a rep writes by hand stops nobody's claims: its window is one day's
minutes (migration 0048_a_group_is_no_owner), and the queue leaves out a profile it cannot
judge (services/queue/calling_profiles.load_profiles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from psycopg import errors

from qualifier_app.app import Services
from tests.security.conftest import Center
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

PROFILE = (
    "INSERT INTO calling_profiles (time_zones, window_start, window_end, place, number_country) "
    "VALUES (%s, %s, %s, 'ZZ', 'ZZ')"
)


@pytest.mark.parametrize("window", [(0, 99999), (-60, 600), (600, 600), (1200, 480)])
def test_a_profile_keeps_to_one_days_minutes(center: Center, window: tuple[int, int]) -> None:
    with connect_as(center.url, "rita") as rita, pytest.raises(errors.CheckViolation):
        rita.execute(PROFILE, ("America/New_York", *window))


def test_a_profile_in_an_unknown_zone_stops_no_claim(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    with connect_as(center.url, "rita") as rita:
        rita.execute(PROFILE, ("Not/AZone", 480, 1260))
    item = as_person("rita").workspace.next_lead(center.teams.rita)
    assert item is not None and item.lead.id == center.north_lead
