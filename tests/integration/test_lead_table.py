"""The team lead's lead table: filters and sorting in SQL, paging, team scope."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.normalize import company_key
from qualifier_app.services.board.lead_filter import LeadFilter, LeaseState
from tests.support.factories import Factory
from tests.support.teams import Teams, two_teams


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


def test_filters_sorting_and_paging(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    ids = [
        factory.lead(
            queue="North queue",
            score=score,
            company=f"Firm {score:02d}",
            company_key=f"firm {score:02d}",
        )
        for score in range(1, 26)
    ]
    factory.lead(queue="South queue", score=99)
    factory.set_lead(ids[0], status="nurture")
    factory.set_lead(ids[1], assigned_rep_id=teams.marco.user_id)
    table = services.lead_table
    everything = LeadFilter()
    assert table.count(teams.tina, everything) == 25
    assert table.count(teams.supervisor, everything) == 26
    first = table.page(teams.tina, everything, sort="score", descending=True, limit=10)
    assert [row.score for row in first] == list(range(25, 15, -1))
    second = table.page(teams.tina, everything, sort="score", descending=True, offset=10, limit=10)
    assert [row.score for row in second] == list(range(15, 5, -1))
    assert table.count(teams.tina, LeadFilter(statuses=("nurture",))) == 1
    [marco_row] = table.page(teams.tina, LeadFilter(rep_id=teams.marco.user_id))
    assert (marco_row.id, marco_row.rep, marco_row.queue) == (ids[1], "Marco", "North queue")
    assert table.count(teams.tina, LeadFilter(company="firm 1")) == 10
    held = services.queue.claim_next(teams.rita).id
    [row] = table.page(teams.tina, LeadFilter(lease=LeaseState.HELD))
    assert (row.id, row.holder, row.lease) == (held, "Rita", LeaseState.HELD)
    clock.advance(timedelta(minutes=30))
    [row] = table.page(teams.tina, LeadFilter(lease=LeaseState.EXPIRED))
    assert row.lease is LeaseState.EXPIRED


def test_the_company_filter_finds_a_name_typed_as_shown(
    services: Services, factory: Factory, teams: Teams
) -> None:
    tyrell = factory.lead(
        queue="North queue",
        company="Tyrell Foods GmbH",
        company_key=company_key("Tyrell Foods GmbH"),
    )
    factory.lead(queue="North queue", company="Tyrellian Ltd", company_key="tyrellian")
    table, tina = services.lead_table, teams.tina
    for typed in ("Tyrell Foods GmbH", "tyrell foods", "Tyrell Foods, Inc.", "TYRELL  FOODS"):
        assert [row.id for row in table.page(tina, LeadFilter(company=typed))] == [tyrell], typed
    assert table.count(tina, LeadFilter(company="Tyrell")) == 2


def test_choices_follow_scope(services: Services, teams: Teams) -> None:
    choices = services.lead_table.choices(teams.tina)
    assert [q.name for q in choices.queues] == ["North queue"]
    assert {r.name for r in choices.reps} == {"Rita", "Marco", "Tina"}
    assert "callback" in choices.statuses


def test_bad_requests_and_roles(services: Services, teams: Teams) -> None:
    with pytest.raises(PermissionDenied):
        services.lead_table.count(teams.rita, LeadFilter())
    with pytest.raises(InvalidInput, match="cannot sort"):
        services.lead_table.page(teams.tina, LeadFilter(), sort="password")
    with pytest.raises(InvalidInput, match="not a lead status"):
        LeadFilter(statuses=("lost in space",))


def test_the_leads_of_a_rep_are_found_by_the_index_of_assigned_leads(
    services: Services, factory: Factory, teams: Teams
) -> None:
    # Every lead's write updates each index of `leads`; the leads assigned to a rep (the
    # table's filter by rep, a deleted user's key) need only the index of assigned leads.
    lead = factory.lead(queue="North queue")
    factory.set_lead(lead, assigned_rep_id=teams.marco.user_id)
    [row] = services.lead_table.page(teams.tina, LeadFilter(rep_id=teams.marco.user_id))
    assert row.id == lead
    postgres = services.db.dialect == "postgresql"
    with services.db.engine.connect() as connection:
        if postgres:  # a table this small would be read whole; the choice of index is the test
            connection.execute(text("SET enable_seqscan = off"))
        plan = " ".join(
            str(cell)
            for statement in (
                "SELECT id FROM leads WHERE assigned_rep_id = :rep",
                "SELECT id FROM leads WHERE assigned_rep_id IN (:rep, :rep)",
            )
            for row in connection.execute(
                text(("EXPLAIN " if postgres else "EXPLAIN QUERY PLAN ") + statement),
                {"rep": teams.marco.user_id},
            ).all()
            for cell in row
        )
    assert plan.count("ix_leads_claim_assigned") == 2, plan
