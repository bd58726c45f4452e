"""The rep's shift on both databases: talk time on the attempt, on the board and in the
rep's own figures (today and this week, with what partners did), signing out closes the
agent state, a team lead's pause reaches the rep, and a softphone command really runs."""

from __future__ import annotations

import json
import sys
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from qualifier_app.app import Services
from qualifier_app.domain import dialing
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.integrations.dialer import DialFailed, run_dial_command, wait_for_dial_commands
from qualifier_app.persistence.models import AgentState, CallAttempt
from qualifier_app.services.workspace.agent_states import AgentStateKind
from tests.integration.test_workspace import NOT_NOW, count, fetch, outcome
from tests.support.activity import Activity
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams

NO_ANSWER = Disposition.NO_ANSWER
RECORDER = """\
import json, sys
with open(sys.argv[1], "w") as out:
    json.dump(sys.argv[2:], out)
"""


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


def _nurture(services: Services, teams: Teams, clock: ManualClock, **fields: object) -> int:
    item = services.workspace.next_lead(teams.rita)
    receipt = services.workspace.submit(
        teams.rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="only researching",
            recycle_on=clock.now().date() + timedelta(days=90),
            **fields,
        ),
    )
    return receipt.attempt_id


def test_talk_time_is_stored_and_counted_on_the_board_and_in_my_figures(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    activity = Activity(factory)
    partner = activity.partner("Pacific Unified")
    old_lead = factory.lead(queue="North queue")
    factory.lead(queue="North queue")
    services.accounts.sign_in("rita", PASSWORD)
    now = clock.now()  # a Tuesday afternoon
    monday = now - timedelta(days=1)
    last_week = now - timedelta(days=3)
    activity.attempt(old_lead, teams.rita, monday, talk_seconds=60, outcome="sales_ready")
    activity.attempt(old_lead, teams.rita, last_week, talk_seconds=600)
    activity.handoff(
        old_lead,
        partner,
        monday,
        qualified_by_id=teams.rita.user_id,
        status="won",
        accepted_at=monday,
        last_update_at=now - timedelta(hours=1),
    )
    activity.handoff(old_lead, partner, last_week, qualified_by_id=teams.rita.user_id,
                     status="accepted", accepted_at=last_week)  # fmt: skip

    attempt_id = _nurture(services, teams, clock, talk_seconds=95)

    [attempt] = fetch(services, CallAttempt, CallAttempt.id == attempt_id)
    assert attempt.talk_seconds == 95
    rita = next(r for r in services.board.board(teams.tina).reps if r.login == "rita")
    assert rita.talk_seconds_today == 95
    figures = services.workspace.my_figures(teams.rita, UTC)
    today, week = figures.today, figures.week
    assert (today.calls, today.talk_seconds, today.contacts, today.sales_ready) == (1, 95, 1, 0)
    assert (today.accepted, today.won) == (0, 1)
    assert (week.calls, week.talk_seconds, week.contacts, week.sales_ready) == (2, 155, 2, 1)
    assert (week.accepted, week.won) == (1, 1)
    assert week.since == now.replace(day=23, hour=0)
    # Another rep's figures are their own.
    assert services.workspace.my_figures(teams.marco, UTC).week.calls == 0


def test_an_outcome_without_dialling_has_no_talk_time_and_a_negative_one_is_refused(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    factory.lead(queue="North queue")
    services.accounts.sign_in("rita", PASSWORD)
    item = services.workspace.next_lead(teams.rita)
    with pytest.raises(InvalidInput, match="talk time cannot be negative") as bad:
        services.workspace.submit(
            teams.rita,
            outcome(item, OutcomeKind.NO_CONTACT, disposition=NO_ANSWER, talk_seconds=-5),
        )
    assert bad.value.field == "talk_seconds"
    assert count(services, CallAttempt) == 0
    receipt = services.workspace.submit(
        teams.rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=NO_ANSWER)
    )
    [attempt] = fetch(services, CallAttempt, CallAttempt.id == receipt.attempt_id)
    assert attempt.talk_seconds is None
    assert services.workspace.my_figures(teams.rita, UTC).today.talk_seconds == 0


def test_signing_out_closes_the_state_and_the_next_shift_starts_ready(
    services: Services, teams: Teams, clock: ManualClock
) -> None:
    signed_in = services.accounts.sign_in("rita", PASSWORD)
    services.workspace.change_agent_state(teams.rita, "lunch", "canteen")
    services.accounts.sign_out(signed_in)
    assert count(services, AgentState, AgentState.ended_at.is_(None)) == 0
    clock.advance(timedelta(hours=1))
    services.accounts.sign_in("rita", PASSWORD)
    status = services.workspace.agent_state(teams.rita)
    assert (status.state, status.since) == (AgentStateKind.READY, clock.now())


def test_the_rep_sees_a_team_leads_pause(services: Services, teams: Teams) -> None:
    services.accounts.sign_in("rita", PASSWORD)
    assert not services.workspace.agent_state(teams.rita).paused
    services.reassign.set_paused(teams.tina, teams.rita.user_id, True)
    status = services.workspace.agent_state(teams.rita)
    assert status.paused and status.state is AgentStateKind.READY
    assert services.workspace.change_agent_state(teams.rita, "break").paused


def test_a_softphone_command_gets_the_number_as_one_argument(tmp_path: Path) -> None:
    script = tmp_path / "softphone.py"
    script.write_text(RECORDER)
    record = tmp_path / "called.json"
    template = f'"{sys.executable}" "{script}" "{record}" --dial {{number}} --name "Rita R"'
    run_dial_command(dialing.dial_command(template, "+1 (415) 555-0100"))
    assert wait_for_dial_commands(30) == [0]
    assert json.loads(record.read_text()) == ["--dial", "+14155550100", "--name", "Rita R"]
    with pytest.raises(DialFailed, match="could not start the dial command"):
        run_dial_command([str(tmp_path / "no-such-phone"), "+14155550100"])
