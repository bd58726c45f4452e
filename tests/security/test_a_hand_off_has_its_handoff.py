"""A lead is handed off only with its handoff (migration 0051_a_hand_off_has_its_handoff):
marked handed off with plain SQL, a sales-ready lead would leave routing for good, with no
partner and no SLA."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from psycopg import errors

from qualifier_app.app import Services
from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import one
from tests.support.activity import Activity
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

NO_HANDOFF = "is handed off without a handoff"


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])  # a rep, her team lead, a supervisor
def test_nobody_hands_a_lead_off_without_a_handoff(center: Center, login: str) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, status="sales_ready", grade="A")
    with connect_as(center.url, login) as person:
        with pytest.raises(errors.InsufficientPrivilege) as refused:
            person.execute("UPDATE leads SET status = 'handed_off' WHERE id = %s", (lead,))
        assert NO_HANDOFF in str(refused.value)
        # Nor in a transaction of their own, committed later.
        with pytest.raises(errors.InsufficientPrivilege), person.transaction():
            person.execute("UPDATE leads SET status = 'handed_off' WHERE id = %s", (lead,))
    assert center.factory.get_lead(lead).status == "sales_ready"


def test_a_lead_handed_off_and_back_in_one_transaction_is_left_alone(center: Center) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, status="sales_ready", grade="A")
    # Back to sales-ready is a supervisor's only after a handoff of the lead was rejected
    # (0055_office_writes_as_its_paths).
    activity = Activity(center.factory)
    activity.handoff(lead, activity.partner("Acme Partner"), activity.now, status="rejected")
    with connect_as(center.url, "sam") as sam, sam.transaction():
        sam.execute("UPDATE leads SET status = 'handed_off' WHERE id = %s", (lead,))
        sam.execute("UPDATE leads SET status = 'sales_ready' WHERE id = %s", (lead,))
    assert center.factory.get_lead(lead).status == "sales_ready"


def test_routing_hands_the_lead_off_with_its_handoff(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, status="sales_ready", grade="A", country="US")
    activity = Activity(center.factory)
    activity.partner_rep(activity.partner("Acme Partner"), "Paula Partner")
    rita = as_person("rita")
    routed = rita.routing.route(center.teams.rita, lead)
    assert center.factory.get_lead(lead).status == "handed_off"
    with connect_as(center.url, "sam") as sam:
        assert one(sam, "SELECT lead_id FROM handoffs WHERE id = %s", routed.id) == lead
