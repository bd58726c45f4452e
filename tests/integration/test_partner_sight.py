"""Routing and handoffs seen as row-level security shows them on PostgreSQL, on SQLite too:
a rep routes the leads of the queues they work, a team lead their teams'."""

from __future__ import annotations

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.roles import OPERATOR, Role
from tests.support.factories import Factory
from tests.support.partners import add_partner, sales_ready_lead


def test_a_rep_routes_and_matches_the_leads_of_their_own_queues_only(
    services: Services, factory: Factory
) -> None:
    rita = factory.user("rita.rep")
    bob = factory.user("bob.rep", team="Team B", queues=("B queue",))
    add_partner(services, "Alpha Voice")
    hers = sales_ready_lead(factory, rita)
    his = sales_ready_lead(factory, bob, queue="B queue")

    pending = services.routing.route_pending(bob, dry_run=True)
    assert {r.lead_id for r in (*pending.routed, *pending.waiting)} == {his}
    with pytest.raises(NotFound):
        services.routing.propose(bob, hers)
    with pytest.raises(NotFound):
        services.routing.route(bob, hers)
    assert services.routing.propose(bob, his).proposed is not None

    done = services.routing.route_pending(bob)
    assert [r.lead_id for r in done.routed] == [his]
    handoff = done.routed[0].handoff_id
    assert handoff is not None
    assert services.handoffs.get(bob, handoff).lead_id == his
    with pytest.raises(NotFound):
        services.handoffs.get(rita, handoff)
    assert services.handoffs.get(OPERATOR, handoff).lead_id == his


def test_a_team_lead_matches_and_looks_up_their_teams_leads_only(
    services: Services, factory: Factory
) -> None:
    rita = factory.user("rita.rep")
    bob = factory.user("bob.rep", team="Team B", queues=("B queue",))
    tina = factory.user("tina.lead", Role.TEAM_LEAD, team="Team B", queues=())
    add_partner(services, "Alpha Voice")
    other_team = services.routing.route(rita, sales_ready_lead(factory, rita))
    her_team = services.routing.route(bob, sales_ready_lead(factory, bob, queue="B queue"))
    waiting_in_other_team = sales_ready_lead(factory, rita)

    with pytest.raises(NotFound):
        services.routing.propose(tina, waiting_in_other_team)
    with pytest.raises(NotFound):
        services.handoffs.get(tina, other_team.id)
    assert services.handoffs.get(tina, her_team.id).partner == "Alpha Voice"
