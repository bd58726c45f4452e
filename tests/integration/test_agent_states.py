"""Agent states on both databases: set by the rep, after-call work after an outcome with its
maximum, shown on the team board with time in state, and signing out releases the lead."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.persistence.models import AgentState, AuditEntry
from qualifier_app.services.board.team_board import RepOnBoard, RepState
from qualifier_app.services.workspace.agent_states import AgentStateKind
from tests.integration.test_workspace import NOT_NOW, count, outcome
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


def _on_board(services: Services, teams: Teams, login: str) -> RepOnBoard:
    board = services.board.board(teams.tina)
    return next(rep for rep in board.reps if rep.login == login)


def test_a_break_with_its_reason_and_time_in_state(
    services: Services, teams: Teams, clock: ManualClock
) -> None:
    signed_in = services.accounts.sign_in("rita", PASSWORD)
    clock.advance(timedelta(minutes=2))
    assert services.workspace.agent_state(teams.rita).state is AgentStateKind.READY
    rita = _on_board(services, teams, "rita")
    assert (rita.activity, rita.in_activity_for(clock.now())) == ("Ready", timedelta(minutes=2))

    status = services.workspace.change_agent_state(teams.rita, "break", "  coffee ")
    assert (status.state, status.reason, status.since) == (
        AgentStateKind.BREAK,
        "coffee",
        clock.now(),
    )
    clock.advance(timedelta(minutes=2))
    services.accounts.touch_session(signed_in)
    rita = _on_board(services, teams, "rita")
    assert rita.activity == "Break (coffee)"
    assert rita.in_activity_for(clock.now()) == timedelta(minutes=2)
    assert count(services, AuditEntry, AuditEntry.action == "agent_state.changed") == 1

    services.workspace.change_agent_state(teams.rita, "break", "coffee")  # nothing changes
    assert count(services, AuditEntry, AuditEntry.action == "agent_state.changed") == 1
    services.workspace.change_agent_state(teams.rita, "lunch")
    assert count(services, AgentState, AgentState.ended_at.is_(None)) == 1
    assert count(services, AgentState) == 2


def test_bad_state_or_reason_is_refused_and_nothing_is_saved(
    services: Services, teams: Teams
) -> None:
    with pytest.raises(InvalidInput, match="unknown state 'nap'") as bad:
        services.workspace.change_agent_state(teams.rita, "nap")
    assert bad.value.field == "state"
    with pytest.raises(InvalidInput, match="at most 200") as long:
        services.workspace.change_agent_state(teams.rita, "break", "x" * 201)
    assert long.value.field == "reason"
    assert count(services, AgentState) == 0


def test_after_call_work_starts_with_the_outcome_and_ends_after_its_maximum(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    factory.lead(queue="North queue")
    signed_in = services.accounts.sign_in("rita", PASSWORD)
    item = services.workspace.next_lead(teams.rita)
    services.workspace.submit(
        teams.rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="only researching",
            recycle_on=clock.now().date() + timedelta(days=90),
        ),
    )
    saved_at = clock.now()
    status = services.workspace.agent_state(teams.rita)
    assert status.state is AgentStateKind.AFTER_CALL_WORK
    assert status.ends_at == saved_at + timedelta(minutes=2)  # the default maximum
    assert _on_board(services, teams, "rita").activity == "After-call work"
    clock.advance(timedelta(minutes=2, seconds=1))
    services.accounts.touch_session(signed_in)
    status = services.workspace.agent_state(teams.rita)
    assert (status.state, status.since) == (AgentStateKind.READY, saved_at + timedelta(minutes=2))
    assert _on_board(services, teams, "rita").activity == "Ready"


def test_ready_and_next_ends_a_break(services: Services, factory: Factory, teams: Teams) -> None:
    lead_id = factory.lead(queue="North queue")
    services.accounts.sign_in("rita", PASSWORD)
    services.workspace.change_agent_state(teams.rita, "training")
    item = services.workspace.ready_and_next(teams.rita)
    assert item.lead.id == lead_id
    assert services.workspace.agent_state(teams.rita).state is AgentStateKind.READY


def test_signing_out_releases_the_lead_and_the_board_says_so_at_once(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    lead_id = factory.lead(queue="North queue")
    signed_in = services.accounts.sign_in("rita", PASSWORD)
    services.workspace.change_agent_state(teams.rita, "meeting")
    item = services.workspace.next_lead(teams.rita)
    assert _on_board(services, teams, "rita").state is RepState.WORKING

    version = services.workspace.end_shift(teams.rita, lead_id)
    services.accounts.sign_out(signed_in)

    lead = factory.get_lead(lead_id)
    assert lead.lease_owner_id is None and lead.version == version == item.lead.version + 1
    rita = _on_board(services, teams, "rita")
    assert (rita.state, rita.activity, rita.lead_id) == (RepState.SIGNED_OUT, "Signed out", None)
    assert count(services, AgentState, AgentState.ended_at.is_(None)) == 0
    assert count(services, AuditEntry, AuditEntry.action == "lead.released") == 1


def test_a_team_leads_pause_shows_as_such(services: Services, teams: Teams) -> None:
    services.accounts.sign_in("marco", PASSWORD)
    services.reassign.set_paused(teams.tina, teams.marco.user_id, True)
    marco = _on_board(services, teams, "marco")
    assert (marco.state, marco.activity) == (RepState.PAUSED, "Paused by team lead")
