"""A team lead's day on the command line: `qualifier board` and `qualifier lead move`, as
the person's own login on PostgreSQL (row-level security keeps them to their teams)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.persistence.models import AuditEntry
from tests.support.cli import Runner, fake_database_clock, in_process
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams

AS_TINA = ("--as", "tina", "--password-stdin")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, services: Services
) -> Runner:
    # The commands read the time the tests' clock shows, as the services do: a lease taken
    # at the tests' time runs then.
    fake_database_clock(monkeypatch, services.clock.now())
    return in_process(capsys, monkeypatch)


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


def test_the_board_shows_a_team_lead_their_reps_and_the_lead_in_hand(
    services: Services, factory: Factory, teams: Teams, database_url: str, run: Runner
) -> None:
    factory.lead("North queue", company="Acme Widgets")
    services.accounts.sign_in("rita", PASSWORD)
    services.workspace.change_agent_state(teams.rita, "ready")
    services.queue.claim_next(teams.rita)
    done = run("--db", database_url, "board", *AS_TINA, stdin=f"{PASSWORD}\n")
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    rita = next(line for line in done.stdout.splitlines() if line.startswith("Rita "))
    assert "Working" in rita and "Acme Widgets (lead 1)" in rita
    done = run("--db", database_url, "board", "--json", *AS_TINA, stdin=f"{PASSWORD}\n")
    board = json.loads(done.stdout)
    assert {rep["login"] for rep in board["reps"]} == {"rita", "marco", "tina"}
    assert board["teams"] == ["North"]


def test_a_team_lead_moves_a_held_lead_and_a_reps_callbacks_within_their_team(
    services: Services, factory: Factory, teams: Teams, database_url: str, run: Runner
) -> None:
    held = factory.lead("North queue")
    south = factory.lead("South queue")
    assert services.queue.claim_next(teams.rita).id == held
    callback = factory.lead("North queue", status="callback", assigned_rep_id=teams.rita.user_id)
    done = run("--db", database_url, "lead", "move", str(held), str(south), "--to-rep", "marco",
               "--reason", "Rita is off at noon", *AS_TINA, stdin=f"{PASSWORD}\n")  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "1 lead moved to Marco",
        f"lead {south}: not one of your teams' leads",
    ]
    moved = factory.get_lead(held)
    assert (moved.assigned_rep_id, moved.lease_owner_id) == (teams.marco.user_id, None)
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            select(AuditEntry.action, AuditEntry.reason, AuditEntry.actor_id).where(
                AuditEntry.entity_type == "lead", AuditEntry.entity_id == str(held)
            )
        ).all()
    assert ("lead.reassigned", "Rita is off at noon", teams.tina.user_id) in audited

    done = run("--db", database_url, "lead", "move", "--callbacks-of", "rita", "--to-rep",
               "marco", *AS_TINA, stdin=f"{PASSWORD}\n")  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "1 lead moved to Marco\n"), done.stderr
    assert factory.get_lead(callback).assigned_rep_id == teams.marco.user_id


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (("1", "--to-rep", "anna"), "Anna is not in your teams"),
        (("--callbacks-of", "anna", "--to-rep", "rita"), "Anna is not in your teams"),
        (("1", "--to-queue", "south QUEUE"), "the queue South queue is not one of your teams'"),
        (("1", "--to-queue", "Nowhere"), "there is no queue 'Nowhere'"),
        (("1", "--to-rep", "nobody"), "there is no user 'nobody'"),
        (("--to-rep", "rita"), "name the leads to move, or --callbacks-of LOGIN"),
        (("--callbacks-of", "rita", "--to-queue", "North queue"), "add --to-rep LOGIN"),
        (("1",), "one of the arguments --to-rep --to-queue is required"),
    ],
)
def test_a_move_the_team_lead_may_not_make_is_one_line_and_moves_nothing(
    factory: Factory,
    teams: Teams,
    database_url: str,
    run: Runner,
    arguments: tuple[str, ...],
    says: str,
) -> None:
    lead = factory.lead("North queue")
    before = factory.get_lead(lead).version
    done = run("--db", database_url, "lead", "move", *arguments, *AS_TINA,
               stdin=f"{PASSWORD}\n")  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert factory.get_lead(lead).version == before
