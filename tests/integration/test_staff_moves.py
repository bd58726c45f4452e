"""Moving people between teams and queues hands back the work they can no longer do, a
write the database itself refuses is a plain refusal, not a crash, and a login nobody can be
given (another database role's) is refused by name."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import AuditEntry, QueueMember
from tests.support.cli import Runner, in_process
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import two_teams

POSTGRES_ONLY = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=pytest.mark.postgres)]
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def east_and_west(factory: Factory) -> tuple[Actor, Actor]:
    factory.queue("East Main", team="East")
    factory.queue("West Main", team="West")
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    rita = factory.user("rita", team="East", queues=())
    return admin, rita


def returned_work(services: Services) -> list[tuple[str, object]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            (entry.reason, entry.after)
            for entry in uow.session.execute(
                select(AuditEntry).where(AuditEntry.action == "user.work_returned")
            ).scalars()
        ]


def test_a_rep_moved_to_another_team_gives_back_what_the_new_team_does_not_work(
    services: Services, factory: Factory
) -> None:
    admin, rita = east_and_west(factory)
    factory.queue("Shared")  # a queue of no team, joined by hand: she keeps working it
    services.teams.set_members(admin, "Shared", add=["rita"])
    held = factory.lead("East Main")
    tomorrow = services.clock.now() + timedelta(days=1)
    callback = factory.lead(
        "East Main", status="callback", assigned_rep_id=rita.user_id, next_call_at=tomorrow
    )
    kept = factory.lead(
        "Shared", status="callback", assigned_rep_id=rita.user_id, next_call_at=tomorrow
    )
    assert services.queue.claim_next(rita).id == held

    moved = services.staff.set_user(admin, "rita", team="West")

    assert (moved.team, moved.leads_returned, moved.callbacks_returned) == ("West", 1, 1)
    assert factory.get_lead(held).lease_owner_id is None
    assert factory.get_lead(callback).assigned_rep_id is None
    assert factory.get_lead(kept).assigned_rep_id == rita.user_id
    assert returned_work(services) == [
        ("moved to another team", {"leads_returned": 1, "callbacks_returned": 1})
    ]
    # The East team claims the lead again; she works West's queue now.
    assert services.queue.claim_next(factory.user("ed", team="East", queues=())).id == held


def test_a_rep_taken_out_of_a_queue_gives_back_the_lead_she_held_there(
    services: Services, factory: Factory
) -> None:
    admin, rita = east_and_west(factory)
    held = factory.lead("East Main")
    assert services.queue.claim_next(rita).id == held

    services.teams.set_members(admin, "East Main", remove=["rita"])

    assert factory.get_lead(held).lease_owner_id is None
    assert [reason for reason, _ in returned_work(services)] == ["taken out of queue East Main"]


@POSTGRES_ONLY
def test_a_change_row_level_security_refuses_is_a_refusal_not_a_crash(
    services: Services, factory: Factory, database_url: str, run: Runner
) -> None:
    _, rita = east_and_west(factory)
    held = factory.lead("East Main")
    assert services.queue.claim_next(rita).id == held
    # However she came to work the queue no more, released the lead would be hidden from her.
    with services.db.unit_of_work() as uow:
        uow.session.execute(delete(QueueMember).where(QueueMember.user_id == rita.user_id))
        uow.commit()

    with pytest.raises(PermissionDenied, match="row-level security"):
        services.queue.release(rita, held)

    done = run("--db", database_url, "queue", "release", str(held), "--as", "rita",
               "--password-stdin", stdin=f"{PASSWORD}\n")  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "qualifier: error: the database refused this change to leads: row-level security "
        "does not let your login make it; nothing was saved"
    ]
    assert factory.get_lead(held).lease_owner_id == rita.user_id


@POSTGRES_ONLY
def test_a_login_that_is_already_a_database_role_is_refused_by_name(
    services: Services, factory: Factory, database_url: str, run: Runner
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    with services.db.unit_of_work(write=False) as uow:
        owner = str(uow.session.execute(text("SELECT current_user")).scalar_one())
    for taken in (owner, "qualifier_admin"):
        with pytest.raises(InvalidInput, match=f"a database role named {taken} exists") as refused:
            services.accounts.add_user(admin, taken, PASSWORD, "rep")
        assert refused.value.field == "login"

    passwords = f"{PASSWORD}\nQuartz-Field-2210\n"
    done = run("--db", database_url, "user", "add", "qualifier_rep", "--role", "rep",
               "--as", "ada", "--password-stdin", stdin=passwords)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "qualifier: error: a database role named qualifier_rep exists already; choose another login"
    ]
    assert services.accounts.add_user(admin, "rosa", PASSWORD, "rep").login == "rosa"


def test_a_team_leads_queue_list_and_members_are_of_their_teams_queues(
    services: Services, factory: Factory, database_url: str, run: Runner
) -> None:
    """Another team's queue listed to a team lead counted none of its leads on PostgreSQL
    (row-level security hides them) and all of them on SQLite; a queue named in another case
    than its own changed its members and then failed with a traceback."""
    two_teams(factory)
    factory.lead("South queue")
    factory.lead("North queue")
    factory.user("ron", team="North", queues=())
    as_tina = ("--as", "tina", "--password-stdin")
    done = run("--db", database_url, "queue", "members", "north QUEUE", "--add", "ron", *as_tina,
               stdin=f"{PASSWORD}\n")  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("North queue (North, any, priority 0): marco, rita, ron")
    done = run("--db", database_url, "queue", "list", "--json", *as_tina, stdin=f"{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    listed = {(queue["name"], queue["leads"]) for queue in json.loads(done.stdout)}
    assert listed == {("North queue", 1)}


def test_a_team_named_in_another_case_is_that_team(
    factory: Factory, database_url: str, run: Runner
) -> None:
    """`team reactivate north` changed nothing and then failed with a traceback."""
    two_teams(factory)
    done = run("--db", database_url, "team", "reactivate", "north", "--as", "tina",
               "--password-stdin", stdin=f"{PASSWORD}\n")  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "North\n", "")
