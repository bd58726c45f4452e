"""Teams, queues and staff: who may do what, what each change does to the work, bad input."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    QualifierError,
)
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence.models import AuditEntry, Center, Lead, Queue, TeamLead, User
from qualifier_app.services.accounts.first_run import CenterSetup
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import two_teams

NEW_PASSWORD = "Purple-Otter-42"


def audited(services: Services) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars()
        )


def people(factory: Factory) -> dict[Role, Actor]:
    factory.queue("North queue", team="North")
    actors = {
        Role.REP: factory.user("rita", team="North", queues=()),
        Role.TEAM_LEAD: factory.user("tina", Role.TEAM_LEAD, team="North", queues=()),
        Role.SUPERVISOR: factory.user("sam", Role.SUPERVISOR, team=None, queues=()),
        Role.ADMIN: factory.user("ada", Role.ADMIN, team=None, queues=()),
    }
    with factory.db.unit_of_work() as uow:
        uow.session.add(
            TeamLead(team_id=factory.team("North"), user_id=actors[Role.TEAM_LEAD].user_id)
        )
        uow.commit()
    return actors


def test_role_by_action_matrix(services: Services, factory: Factory) -> None:
    actors = people(factory)
    factory.user("marco", team="North", queues=())
    counter = iter(range(1000))

    def cases(actor: Actor) -> dict[str, object]:
        n = next(counter)
        teams, staff = services.teams, services.staff
        return {
            "add team": lambda: teams.add_team(actor, f"Team {n}"),
            "rename own team": lambda: teams.rename_team(actor, "North", "North"),
            "add queue to own team": lambda: teams.add_queue(actor, f"Queue {n}", "North"),
            "queue members": lambda: teams.set_members(actor, "North queue", add=["marco"]),
            "set user": lambda: staff.set_user(actor, "marco", display_name=f"Marco {n}"),
            "reset password": lambda: staff.reset_password(actor, "marco"),
            "unlock": lambda: staff.unlock(actor, "marco"),
        }

    allowed = {
        Role.REP: set(),
        Role.TEAM_LEAD: {"rename own team", "add queue to own team", "queue members"},
        Role.SUPERVISOR: set(),
        Role.ADMIN: {
            "add team",
            "rename own team",
            "add queue to own team",
            "queue members",
            "set user",
            "reset password",
            "unlock",
        },
    }
    for role, actor in actors.items():
        for name, use_case in cases(actor).items():
            if name in allowed[role]:
                use_case()  # type: ignore[operator]
            else:
                with pytest.raises(PermissionDenied):
                    use_case()  # type: ignore[operator]
    # Everyone may change their own password.
    for actor in actors.values():
        services.staff.change_own_password(actor, PASSWORD, NEW_PASSWORD)


def test_a_team_lead_manages_only_their_own_team(services: Services, factory: Factory) -> None:
    actors = people(factory)
    factory.queue("South queue", team="South")
    lead = actors[Role.TEAM_LEAD]
    assert [t.name for t in services.teams.list_teams(lead)] == ["North"]
    assert [t.name for t in services.teams.list_teams(actors[Role.ADMIN])] == ["North", "South"]
    with pytest.raises(PermissionDenied, match="not one of your teams"):
        services.teams.rename_team(lead, "South", "Southern")
    with pytest.raises(PermissionDenied):
        services.teams.add_queue(lead, "South 2", "South")
    with pytest.raises(PermissionDenied):
        services.teams.set_members(lead, "South queue", add=["rita"])


def test_a_team_lead_takes_out_of_a_shared_queue_only_their_own_people(
    services: Services, factory: Factory
) -> None:
    """A queue of no team is worked by several teams: each team lead takes their own people
    out of it, never another team's (whose held leads and callbacks there would go back)."""
    teams = two_teams(factory)
    factory.queue("Shared queue", team=None)
    factory.user("amy", team="South", queues=("South queue", "Shared queue"))
    factory.user("ron", team="North", queues=("North queue", "Shared queue"))
    with pytest.raises(PermissionDenied, match="amy is not in your teams"):
        services.teams.set_members(teams.tina, "Shared queue", remove=["amy"])
    shared = services.teams.set_members(teams.tina, "Shared queue", remove=["ron"])
    assert shared.members == ("amy",)
    # Their own team's queue is theirs to keep, whoever an administrator put in it.
    services.teams.set_members(OPERATOR, "North queue", add=["amy"])
    north = services.teams.set_members(teams.tina, "North queue", remove=["amy"])
    assert "amy" not in north.members
    assert services.teams.set_members(teams.omar, "Shared queue", remove=["amy"]).members == ()


def test_a_queue_is_routed_to_only_when_a_scoring_rule_names_it(
    services: Services, factory: Factory
) -> None:
    actors = people(factory)
    lead = actors[Role.TEAM_LEAD]
    # The shipped rules name Enterprise, SMB Americas and SMB International.
    assert services.teams.routed_by_rules(lead, " smb   AMERICAS")
    assert not services.teams.routed_by_rules(lead, "North queue")
    rules = {**services.scoring_rules.current(OPERATOR)}
    rules["queues"] = [*rules["queues"][:-1], {"queue": "North queue", "when": {}}]
    services.scoring_rules.save(OPERATOR, rules)
    assert services.teams.routed_by_rules(lead, "North queue")
    with pytest.raises(PermissionDenied):
        services.teams.routed_by_rules(actors[Role.REP], "North queue")


def test_a_rep_added_to_a_team_works_its_queues_and_claims(
    services: Services, factory: Factory
) -> None:
    services.teams.add_team(OPERATOR, "North America")
    services.teams.add_queue(OPERATOR, "NA SMB", "North America", "smb")
    rita = services.accounts.add_user(OPERATOR, "rita", PASSWORD, "rep", "Rita", "north america")
    assert rita.queues == ("NA SMB",)
    # A queue added later is worked by the team's reps at once.
    services.teams.add_queue(OPERATOR, "NA Enterprise", "North America", "enterprise", 5)
    lead = factory.lead("NA Enterprise")
    actor = services.accounts.actor_for("rita")
    assert services.queue.claim_next(actor).id == lead
    queues = {q.name: q for q in services.teams.list_queues(OPERATOR)}
    assert queues["NA Enterprise"].members == ("rita",)
    assert (queues["NA Enterprise"].segment, queues["NA Enterprise"].priority) == ("enterprise", 5)
    # Moving to another team leaves the old team's queues and joins the new one's.
    services.teams.add_team(OPERATOR, "Europe")
    services.teams.add_queue(OPERATOR, "EU", "Europe")
    services.staff.set_user(OPERATOR, "rita", team="Europe")
    users = {u.login: u for u in services.accounts.list_users(OPERATOR)}
    assert users["rita"].queues == ("EU",)


def test_duplicates_and_bad_input_say_what_is_wrong(services: Services, factory: Factory) -> None:
    services.teams.add_team(OPERATOR, "North")
    with pytest.raises(Conflict, match="a team 'north' exists already"):
        services.teams.add_team(OPERATOR, "north")
    services.teams.add_queue(OPERATOR, "Main", "North")
    with pytest.raises(Conflict, match="a queue 'MAIN' exists already"):
        services.teams.add_queue(OPERATOR, "MAIN", "North")
    with pytest.raises(InvalidInput, match="segment 'mid' is not one of"):
        services.teams.add_queue(OPERATOR, "Other", "North", "mid")
    with pytest.raises(NotFound, match="there is no team 'Nowhere'"):
        services.teams.add_queue(OPERATOR, "Other", "Nowhere")
    with pytest.raises(InvalidInput, match="needs a name"):
        services.teams.add_team(OPERATOR, "   ")
    services.teams.add_team(OPERATOR, "South")
    with pytest.raises(Conflict, match="a team 'South' exists already"):
        services.teams.rename_team(OPERATOR, "North", "South")
    factory.user("rita", team=None, queues=())
    with pytest.raises(Conflict, match="a user 'rita' exists already"):
        services.accounts.add_user(OPERATOR, "rita", PASSWORD, "rep")
    # Nothing already saved was lost.
    assert [t.name for t in services.teams.list_teams(OPERATOR)] == ["North", "South"]


def test_removing_a_queue_with_leads_says_how_many_and_can_move_them(
    services: Services, factory: Factory
) -> None:
    services.teams.add_team(OPERATOR, "North")
    services.teams.add_queue(OPERATOR, "Old", "North")
    services.teams.add_queue(OPERATOR, "New", "North")
    leads = [factory.lead("Old") for _ in range(3)]
    with pytest.raises(Conflict, match="still holds 3 leads"):
        services.teams.remove_queue(OPERATOR, "Old")
    assert services.teams.remove_queue(OPERATOR, "Old", move_to="New") == 3
    new_id = next(q.id for q in services.teams.list_queues(OPERATOR) if q.name == "New")
    assert {factory.get_lead(lead).queue_id for lead in leads} == {new_id}
    old = next(q for q in services.teams.list_queues(OPERATOR) if q.name == "Old")
    assert not old.active and old.members == ()
    assert "queue.closed" in audited(services)


def test_a_closed_queue_is_changed_only_by_adding_it_again(
    services: Services, factory: Factory
) -> None:
    actors = people(factory)
    lead, admin = actors[Role.TEAM_LEAD], actors[Role.ADMIN]
    factory.user("rosa", team="South", queues=())
    services.teams.remove_queue(lead, "North queue")
    closed = next(q for q in services.teams.list_queues(admin) if q.name == "North queue")
    with pytest.raises(Conflict, match="North queue is closed; adding a queue of that name"):
        services.teams.edit_queue(admin, "North queue", priority=5)
    with pytest.raises(Conflict, match="is closed"):
        services.teams.set_members(lead, "North queue", add=["rita"])
    assert services.teams.list_queues(admin) == [closed]  # nothing was changed

    # The team lead opens it again for their team: the team's reps work it, as a new queue's.
    reopened = services.teams.add_queue(lead, "north QUEUE", "North", priority=2)
    assert (reopened.id, reopened.name, reopened.active) == (closed.id, "North queue", True)
    assert (reopened.team, reopened.priority, reopened.members) == ("North", 2, ("rita",))
    assert audited(services).count("queue.added") == 1

    # An administrator may give it to another team; closed there, it is not the team lead's.
    services.teams.remove_queue(admin, "North queue")
    south = services.teams.add_queue(admin, "North queue", "South")
    assert (south.id, south.team, south.members) == (closed.id, "South", ("rosa",))
    services.teams.remove_queue(admin, "North queue")
    with pytest.raises(Conflict, match="a closed queue of another team"):
        services.teams.add_queue(lead, "North queue", "North")


def test_a_queue_of_no_team_is_given_to_a_team_by_adding_it_there(
    services: Services, factory: Factory
) -> None:
    """An import's scoring rules create a queue of no team, and the import warns that its
    leads wait until it is given to a team; adding it to a team said "exists already"."""
    actors = people(factory)
    team_lead, admin = actors[Role.TEAM_LEAD], actors[Role.ADMIN]
    factory.queue("Made by the rules", team=None)
    factory.user("sue", team="South", queues=("Made by the rules",))  # someone works it
    waiting = factory.lead("Made by the rules")
    with pytest.raises(Conflict, match="belongs to no team; an administrator gives it"):
        services.teams.add_queue(team_lead, "Made by the rules", "North")
    given = services.teams.add_queue(admin, "made by the RULES", "North", "enterprise", 3)
    assert (given.name, given.team, given.segment, given.priority) == (
        "Made by the rules", "North", "enterprise", 3)  # fmt: skip
    assert given.members == ("rita", "sue")  # the team's rep, and whoever worked it already
    assert services.queue.claim_next(actors[Role.REP]).id == waiting
    assert audited(services)[-2:] == ["queue.added", "lead.claimed"]
    # Once a team's, it is that team's queue like any other.
    with pytest.raises(Conflict, match="exists already"):
        services.teams.add_queue(admin, "Made by the rules", "South")
    # What is not given is kept, not set back to "any" and 0.
    services.teams.add_team(admin, "East")
    shared = factory.queue("Shared", team=None)
    with factory.db.unit_of_work() as uow:
        uow.session.get_one(Queue, shared).segment = "smb"
        uow.session.get_one(Queue, shared).priority = 7
        uow.commit()
    kept = services.teams.add_queue(admin, "Shared", "East")
    assert (kept.team, kept.segment, kept.priority) == ("East", "smb", 7)


def test_deactivating_returns_held_leads_and_me_only_callbacks(
    services: Services, factory: Factory
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    rita = factory.user("rita")
    held = factory.lead()
    callback = factory.lead(
        status="callback",
        assigned_rep_id=rita.user_id,
        next_call_at=services.clock.now() + timedelta(days=1),
    )
    assert services.queue.claim_next(rita).id == held
    done = services.staff.set_user(admin, "rita", active=False)
    assert (done.active, done.leads_returned, done.callbacks_returned) == (False, 1, 1)
    assert factory.get_lead(held).lease_owner_id is None
    assert factory.get_lead(callback).assigned_rep_id is None
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        services.accounts.sign_in("rita", PASSWORD)
    assert {"user.changed", "user.work_returned"} <= set(audited(services))
    # Nor is a deactivated person listed as working a queue; back, they work it again.
    [main] = services.teams.list_queues(admin)
    assert "rita" not in main.members
    services.staff.set_user(admin, "rita", active=True)
    assert services.accounts.sign_in("rita", PASSWORD).actor.login == "rita"
    assert "rita" in services.teams.list_queues(admin)[0].members


def test_the_last_admin_stays_and_nobody_deactivates_themselves(
    services: Services, factory: Factory
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    with pytest.raises(InvalidInput, match="cannot deactivate yourself"):
        services.staff.set_user(ada, "ada", active=False)
    with pytest.raises(Conflict, match="last active administrator"):
        services.staff.set_user(OPERATOR, "ada", active=False)
    with pytest.raises(Conflict, match="last active administrator"):
        services.staff.set_user(OPERATOR, "ada", role="supervisor")
    factory.user("bo", Role.ADMIN, team=None, queues=())
    services.staff.set_user(OPERATOR, "ada", role="supervisor")
    assert services.accounts.actor_for("ada").role is Role.SUPERVISOR


@pytest.mark.as_owner(
    reason="the person's password is reset to one the test's sign-in router does not know"
)
def test_reset_password_must_be_changed_and_weak_or_reused_are_refused(
    services: Services, factory: Factory
) -> None:
    factory.user("rita")
    one_time = services.staff.reset_password(OPERATOR, "rita")
    with pytest.raises(AuthenticationFailed):
        services.accounts.sign_in("rita", PASSWORD)
    rita = services.accounts.sign_in("rita", one_time).actor
    assert services.staff.must_change_password(rita)
    with pytest.raises(InvalidInput, match="not the current one"):
        services.staff.change_own_password(rita, one_time, one_time)
    with pytest.raises(InvalidInput, match="at least 10"):
        services.staff.change_own_password(rita, one_time, "short")
    with pytest.raises(InvalidInput, match="contain the login"):
        services.staff.change_own_password(rita, one_time, "rita-1234567")
    with pytest.raises(InvalidInput, match="too simple"):
        services.staff.change_own_password(rita, one_time, "aaaaaaaaaaaa")
    with pytest.raises(AuthenticationFailed, match="current password is wrong"):
        services.staff.change_own_password(rita, "wrong password", NEW_PASSWORD)
    services.staff.change_own_password(rita, one_time, NEW_PASSWORD)
    assert not services.staff.must_change_password(rita)
    assert services.accounts.sign_in("rita", NEW_PASSWORD).actor.login == "rita"


def test_unlock_lifts_the_wait(services: Services, factory: Factory) -> None:
    factory.user("rita")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.sign_in("rita", "wrong password!")
    with pytest.raises(AuthenticationFailed, match="try again"):
        services.accounts.sign_in("rita", PASSWORD)
    services.staff.unlock(OPERATOR, "rita")
    assert services.accounts.sign_in("rita", PASSWORD).actor.login == "rita"


def setup_request(**changes: object) -> CenterSetup:
    values: dict[str, object] = {
        "center": "Lisbon Qualifying Center",
        "time_zone": "Europe/Lisbon",
        "window_start": time(9),
        "window_end": time(18),
        "admin_login": "ada",
        "admin_password": NEW_PASSWORD,
        "team": "Team 1",
        "queue": "Main",
    }
    values.update(changes)
    return CenterSetup(**values)  # type: ignore[arg-type]


def test_first_run_sets_up_a_center_once(services: Services) -> None:
    assert services.first_run.needs_setup()
    for bad, message in [
        ({"time_zone": "Mars/Base"}, "time zone 'Mars/Base' is unknown"),
        ({"window_start": time(18), "window_end": time(9)}, "must start before it ends"),
        ({"window_start": time(9), "window_end": time(9, 30)}, "at least an hour long"),
        ({"admin_password": "short"}, "at least 10"),
        ({"admin_login": "9"}, "must start with a letter"),
        ({"center": " "}, "needs a name"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            services.first_run.set_up(setup_request(**bad))
    assert services.first_run.needs_setup()
    done = services.first_run.set_up(setup_request())
    assert done.queues[0] == "Main" and "SMB International" in done.queues
    assert not services.first_run.needs_setup()
    with services.db.unit_of_work(write=False) as uow:
        center = uow.session.execute(select(Center)).scalar_one()
        assert (center.name, center.window_start, center.window_end) == (
            "Lisbon Qualifying Center",
            540,
            1080,
        )
        teams = set(uow.session.execute(select(Queue.team_id)).scalars())
        admin = uow.session.execute(select(User).where(User.login == "ada")).scalar_one()
        assert admin.role == "admin" and len(teams) == 1
    assert services.accounts.sign_in("ada", NEW_PASSWORD).actor.role is Role.ADMIN
    with pytest.raises(Conflict, match="set up already"):
        services.first_run.set_up(setup_request(admin_login="bob"))
    assert "center.set_up" in audited(services)


def test_errors_are_qualifier_errors() -> None:
    assert issubclass(Conflict, QualifierError)


def test_a_center_set_up_in_lisbon_keeps_portugals_zones_for_what_nobody_can_place(
    services: Services, tmp_path: Path
) -> None:
    # Its "default time zone" was stored and never read: New York stood in for it. A lead
    # nobody can place is called in the hours safe in every zone of the center's country.
    services.first_run.set_up(setup_request())
    inquiries = tmp_path / "inquiries.csv"
    inquiries.write_text("Name,Email,Company\nAna Silva,ana@example.com,Acme\n", "utf-8")
    services.intake.import_inquiries(OPERATOR, inquiries)
    with services.db.unit_of_work(write=False) as uow:
        zones = uow.session.execute(select(Lead.time_zones)).scalar_one()
    assert zones == "Atlantic/Azores Atlantic/Madeira Europe/Lisbon"
    now = services.clock.now()
    day_start = services.board.board(OPERATOR).day_start
    lisbon = ZoneInfo("Europe/Lisbon")
    assert day_start == datetime.combine(now.astimezone(lisbon).date(), time(), lisbon)


def test_nobody_resets_or_unlocks_their_own_sign_in(services: Services, factory: Factory) -> None:
    """A reset of one's own lifted one's own lock-out (the database refuses it since 0048, in
    words nobody should read); another administrator does it."""
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    for reset in (services.staff.reset_password, services.staff.unlock):
        with pytest.raises(PermissionDenied, match="nobody resets or unlocks their own sign-in"):
            reset(ada, "ada")
    with services.db.unit_of_work(write=False) as uow:
        user = uow.session.execute(select(User).where(User.login == "ada")).scalar_one()
        assert not user.must_change_password
