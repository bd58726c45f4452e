"""Moving work between reps and queues: version checks, leases, scope, audit."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.app import Services
from qualifier_app.cli.board import render_move
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import (
    Conflict,
    InvalidInput,
    LeaseLost,
    NothingEligible,
    PermissionDenied,
)
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence.models import AuditEntry, Lead
from qualifier_app.services.board.lead_filter import LeadFilter
from qualifier_app.services.board.reassign import LeadRef, ReassignService, Target
from tests.support.factories import Factory
from tests.support.teams import Teams, two_teams


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


def ref(factory: Factory, lead_id: int) -> LeadRef:
    return LeadRef(lead_id, factory.get_lead(lead_id).version)


def audit_actions(services: Services, lead_id: int) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "lead", AuditEntry.entity_id == str(lead_id))
                .order_by(AuditEntry.id)
            ).scalars()
        )


def test_selected_leads_go_to_a_rep_who_claims_them_first(
    services: Services, factory: Factory, teams: Teams
) -> None:
    first = factory.lead(queue="North queue", score=10)
    second = factory.lead(queue="North queue", score=20)
    factory.lead(queue="North queue", score=99)
    result = services.reassign.move(
        teams.tina, [ref(factory, first), ref(factory, second)], Target(rep_id=teams.marco.user_id)
    )
    assert result.moved == (first, second) and result.refused == ()
    assert result.summary() == "2 leads moved to Marco"
    assert factory.get_lead(first).assigned_rep_id == teams.marco.user_id
    assert factory.get_lead(first).version == 2
    # Assigned leads come before the better-scored shared ones.
    claimed = services.queue.claim_next(teams.marco).id
    assert claimed in {first, second}
    assert audit_actions(services, claimed)[-2:] == ["lead.reassigned", "lead.claimed"]


def test_a_lead_that_changed_meanwhile_is_reported_not_overwritten(
    services: Services, factory: Factory, teams: Teams
) -> None:
    lead = factory.lead(queue="North queue")
    seen = ref(factory, lead)
    # Rita claims and logs the lead in between: its version moves on.
    assert services.queue.claim_next(teams.rita).id == lead
    services.queue.release(teams.rita, lead)
    result = services.reassign.move(teams.tina, [seen], Target(rep_id=teams.marco.user_id))
    assert result.moved == ()
    [refused] = result.refused
    assert refused.lead_id == lead and "changed since you loaded it" in refused.reason
    assert factory.get_lead(lead).assigned_rep_id is None
    assert "lead.reassigned" not in audit_actions(services, lead)


def test_a_lead_a_rep_claimed_meanwhile_says_who_took_it(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    """A claim keeps the lead's status and time: the refusal read "now queued, at" the time
    of an earlier change, and "reload and try again" invited taking it from the rep."""
    lead = factory.lead(queue="North queue")
    seen = ref(factory, lead)
    clock.advance(timedelta(minutes=3))
    assert services.queue.claim_next(teams.rita).id == lead
    held = factory.get_lead(lead)
    assert held.leased_at is not None
    result = services.reassign.move(teams.tina, [seen], Target(rep_id=teams.marco.user_id))
    assert result.moved == ()
    [refused] = result.refused
    assert refused.reason == (
        f"Rita took it at {held.leased_at:%H:%M:%S} UTC, after you loaded it; reload to see it"
    )
    assert factory.get_lead(lead).lease_owner_id == teams.rita.user_id


def test_taking_a_held_lead_makes_the_holders_save_fail(
    services: Services, factory: Factory, teams: Teams
) -> None:
    lead = factory.lead(queue="North queue")
    card = services.queue.claim_next(teams.rita)
    assert card.id == lead
    result = services.reassign.move(
        teams.tina, [LeadRef(lead, card.version)], Target(rep_id=teams.marco.user_id)
    )
    assert result.moved == (lead,)
    moved = factory.get_lead(lead)
    assert moved.lease_owner_id is None and moved.version == card.version + 1
    # Rita's workstation: the heartbeat says she lost it, and a version-checked save fails.
    with pytest.raises(LeaseLost):
        services.queue.heartbeat(teams.rita, lead)
    with services.db.unit_of_work() as uow:
        done = uow.session.execute(
            update(Lead)
            .where(Lead.id == lead, Lead.version == card.version)
            .values(status="nurture", version=Lead.version + 1)
        )
        assert done.rowcount == 0  # type: ignore[attr-defined]
    stale = factory.get_lead(lead)
    stale.version = card.version
    with services.db.unit_of_work() as uow, pytest.raises(StaleDataError):
        merged = uow.session.merge(stale)
        merged.status = "nurture"
        uow.session.flush()


def test_move_by_filter_leaves_leads_being_worked(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    campaign_leads = [factory.lead(queue="North queue", region="TX") for _ in range(3)]
    other_region = factory.lead(queue="North queue", region="NY")
    nurture = factory.lead(queue="North queue", region="TX", status="nurture")
    held = services.queue.claim_next(teams.rita).id
    assert held in campaign_leads
    result = services.reassign.move_matching(
        teams.tina, LeadFilter(region="TX"), Target(rep_id=teams.marco.user_id)
    )
    assert set(result.moved) == set(campaign_leads) - {held}
    reasons = {r.lead_id: r.reason for r in result.refused}
    assert "Rita is working on it right now" in reasons[held]
    assert "only queued leads and callbacks move" in reasons[nurture]
    assert factory.get_lead(other_region).assigned_rep_id is None
    assert factory.get_lead(held).lease_owner_id == teams.rita.user_id


def test_move_to_a_queue_unassigns(services: Services, factory: Factory, teams: Teams) -> None:
    other = factory.queue("North overflow", team="North")
    lead = factory.lead(queue="North queue", assigned_rep_id=teams.rita.user_id)
    result = services.reassign.move(teams.tina, [ref(factory, lead)], Target(queue_id=other))
    assert result.moved == (lead,)
    moved = factory.get_lead(lead)
    assert (moved.queue_id, moved.assigned_rep_id) == (other, None)


def test_a_move_to_a_queue_nobody_works_says_its_leads_wait(
    services: Services, factory: Factory, teams: Teams
) -> None:
    """Leads moved where nobody will call them are told of, as an import tells of them; a
    queue somebody works, and a move that moved nothing, say nothing more."""
    nobody = factory.queue("North overflow", team="North")
    leads = [factory.lead(queue="North queue") for _ in range(2)]
    result = services.reassign.move(teams.tina, [LeadRef(leads[0])], Target(queue_id=nobody))
    assert result.moved == (leads[0],)
    assert result.warning is not None
    assert result.warning.startswith("nobody works queue North overflow of team North")
    assert "nobody works queue North overflow" in render_move(result)
    # The board and queue stats count it among the leads held back, until someone works it.
    held_back = "1 lead: nobody works queue North overflow"
    assert held_back in [b.line for b in services.board.board(teams.tina).blocked]
    assert held_back in [b.line for b in services.queue.stats(OPERATOR).blocked]
    again = services.reassign.move(teams.tina, [LeadRef(leads[0])], Target(queue_id=nobody))
    assert again.moved == () and again.warning is None
    worked = services.reassign.move(
        teams.tina, [LeadRef(leads[1])], Target(queue_id=teams.north_queue)
    )
    assert worked.moved == () and worked.warning is None  # already there
    back = services.reassign.move(
        teams.tina, [LeadRef(leads[0])], Target(queue_id=teams.north_queue)
    )
    assert back.moved == (leads[0],) and back.warning is None
    assert "nobody works" not in render_move(back)
    assert not any("nobody works" in b.line for b in services.board.board(teams.tina).blocked)


def test_the_board_recounts_a_queue_nobody_works_once_a_minute(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    """Every board refresh counted every waiting lead of the queues nobody works: after an
    import of 50,000 leads into such queues, at 500 workstations, that count was 72 % of the
    server's time. The count is kept for a minute while the same queues hold leads; a queue
    that empties or begins to hold leads shows at once."""
    factory.queue("North overflow", team="North")
    first = factory.lead(queue="North overflow")

    def held_back() -> list[str]:
        return [b.line for b in services.board.board(teams.tina).blocked if "nobody" in b.line]

    assert held_back() == ["1 lead: nobody works queue North overflow"]
    second = factory.lead(queue="North overflow")  # an import, say
    assert held_back() == ["1 lead: nobody works queue North overflow"]  # kept
    clock.advance(timedelta(seconds=61))
    assert held_back() == ["2 leads: nobody works queue North overflow"]
    for lead in (first, second):
        services.reassign.move(teams.tina, [LeadRef(lead)], Target(queue_id=teams.north_queue))
    assert held_back() == []  # emptied: at once
    factory.lead(queue="North overflow")
    assert held_back() == ["1 lead: nobody works queue North overflow"]  # holds leads again


def test_nobody_works_counts_no_lead_assigned_to_a_rep_and_only_the_teams_queues(
    services: Services, factory: Factory, teams: Teams
) -> None:
    """A lead assigned to a rep is called by that rep wherever it is queued; and a team lead's
    board counts their own team's queues nobody works, not another team's or an import's."""
    factory.queue("North overflow", team="North")
    factory.queue("Scored by rules")  # an import's queue: no team
    factory.lead(queue="North overflow")
    factory.lead(queue="North overflow", assigned_rep_id=teams.rita.user_id)
    for _ in range(3):
        factory.lead(queue="Scored by rules")

    def held_back(actor: Actor) -> list[str]:
        return [b.line for b in services.board.board(actor).blocked if "nobody" in b.line]

    assert held_back(teams.tina) == ["1 lead: nobody works queue North overflow"]
    assert held_back(teams.omar) == []
    assert held_back(teams.supervisor) == [
        "3 leads: nobody works queue Scored by rules",
        "1 lead: nobody works queue North overflow",
    ]


def test_move_callbacks_between_reps(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    soon = clock.now() + timedelta(hours=2)
    callbacks = [
        factory.lead(
            queue="North queue",
            status="callback",
            assigned_rep_id=teams.rita.user_id,
            next_call_at=soon,
        )
        for _ in range(2)
    ]
    queued = factory.lead(queue="North queue", assigned_rep_id=teams.rita.user_id)
    result = services.reassign.move_callbacks(teams.tina, teams.rita.user_id, teams.marco.user_id)
    assert set(result.moved) == set(callbacks)
    assert all(factory.get_lead(c).assigned_rep_id == teams.marco.user_id for c in callbacks)
    assert factory.get_lead(queued).assigned_rep_id == teams.rita.user_id
    with pytest.raises(InvalidInput):
        services.reassign.move_callbacks(teams.tina, teams.rita.user_id, teams.rita.user_id)


def test_team_lead_moves_only_own_teams_leads(
    services: Services, factory: Factory, teams: Teams
) -> None:
    south_lead = factory.lead(queue="South queue")
    result = services.reassign.move(
        teams.tina, [ref(factory, south_lead)], Target(rep_id=teams.rita.user_id)
    )
    assert result.moved == ()
    assert result.refused[0].reason == "not one of your teams' leads"
    north_lead = factory.lead(queue="North queue")
    with pytest.raises(PermissionDenied, match="Anna is not in your teams"):
        services.reassign.move(
            teams.tina, [ref(factory, north_lead)], Target(rep_id=teams.anna.user_id)
        )
    with pytest.raises(PermissionDenied):
        services.reassign.move(
            teams.tina, [ref(factory, north_lead)], Target(queue_id=teams.south_queue)
        )
    # Nor another team's rep's callbacks: refused, not "0 leads moved".
    with pytest.raises(PermissionDenied, match="Anna is not in your teams"):
        services.reassign.move_callbacks(teams.tina, teams.anna.user_id, teams.rita.user_id)
    with pytest.raises(PermissionDenied, match="Anna is not in your teams"):
        services.reassign.move_matching(
            teams.tina, LeadFilter(rep_id=teams.anna.user_id), Target(queue_id=teams.north_queue)
        )
    # Filter moves never reach another team's leads.
    result = services.reassign.move_matching(
        teams.tina, LeadFilter(statuses=("queued",)), Target(rep_id=teams.marco.user_id)
    )
    assert result.moved == (north_lead,)
    # A supervisor may move anything anywhere.
    result = services.reassign.move(
        teams.supervisor, [ref(factory, south_lead)], Target(rep_id=teams.rita.user_id)
    )
    assert result.moved == (south_lead,)


def test_reps_may_not_reassign_pause_or_release(
    services: Services, factory: Factory, teams: Teams
) -> None:
    lead = factory.lead(queue="North queue")
    with pytest.raises(PermissionDenied):
        services.reassign.move(teams.rita, [ref(factory, lead)], Target(rep_id=teams.rita.user_id))
    with pytest.raises(PermissionDenied):
        services.reassign.set_paused(teams.rita, teams.marco.user_id, True)
    with pytest.raises(PermissionDenied):
        services.reassign.release_stale_leases(teams.rita)


def test_bad_requests_are_explained(services: Services, factory: Factory, teams: Teams) -> None:
    with pytest.raises(InvalidInput, match="either to a rep or to a queue"):
        Target()
    with pytest.raises(InvalidInput, match="at least one lead"):
        services.reassign.move(teams.tina, [], Target(rep_id=teams.rita.user_id))
    with pytest.raises(InvalidInput, match="choose at least one filter"):
        services.reassign.move_matching(teams.tina, LeadFilter(), Target(rep_id=teams.rita.user_id))
    lead = factory.lead(queue="North queue")
    with pytest.raises(InvalidInput, match="does not work leads"):
        services.reassign.move(
            teams.supervisor, [ref(factory, lead)], Target(rep_id=teams.supervisor.user_id)
        )


def test_pause_and_resume_a_rep(services: Services, factory: Factory, teams: Teams) -> None:
    factory.lead(queue="North queue")
    services.reassign.set_paused(teams.tina, teams.rita.user_id, True, "coaching")
    with pytest.raises(NothingEligible, match="paused"):
        services.queue.claim_next(teams.rita)
    with pytest.raises(Conflict, match="paused already"):
        services.reassign.set_paused(teams.tina, teams.rita.user_id, True)
    with pytest.raises(PermissionDenied):
        services.reassign.set_paused(teams.tina, teams.anna.user_id, True)
    services.reassign.set_paused(teams.tina, teams.rita.user_id, False)
    assert services.queue.claim_next(teams.rita)


def test_release_stale_leases_in_scope(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    north = factory.lead(queue="North queue")
    south = factory.lead(queue="South queue")
    services.queue.claim_next(teams.rita)
    services.queue.claim_next(teams.anna)
    clock.advance(timedelta(minutes=16))
    assert services.reassign.release_stale_leases(teams.tina) == 1
    assert factory.get_lead(north).lease_owner_id is None
    assert factory.get_lead(south).lease_owner_id == teams.anna.user_id
    assert audit_actions(services, north)[-1] == "lead.lease_released"


def test_a_move_and_the_target_reps_deactivation_at_once_leave_no_lead_with_them(
    services: Services, factory: Factory, teams: Teams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move has checked that Marco is active when an administrator deactivates him:
    whichever commits second sees the other's work, so no lead stays with an inactive rep."""
    lead = factory.lead(queue="North queue")
    checked, go_on = threading.Event(), threading.Event()
    real_before = ReassignService._before

    def before_after_a_pause(self, *args):  # type: ignore[no-untyped-def]
        checked.set()  # the target rep was checked: active
        go_on.wait(10)
        return real_before(self, *args)

    monkeypatch.setattr(ReassignService, "_before", before_after_a_pause)
    results: dict[str, object] = {}

    def move() -> None:
        results["move"] = services.reassign.move(
            teams.tina, [ref(factory, lead)], Target(rep_id=teams.marco.user_id)
        )

    def deactivate() -> None:
        results["deactivated"] = services.staff.set_user(OPERATOR, "marco", active=False)

    mover = threading.Thread(target=move)
    mover.start()
    assert checked.wait(10)
    administrator = threading.Thread(target=deactivate)
    administrator.start()
    administrator.join(1.0)  # it waits for the move, here as long as the move is held up
    go_on.set()
    mover.join(20)
    administrator.join(20)
    assert not mover.is_alive() and not administrator.is_alive()
    assert results["move"].moved == (lead,)  # type: ignore[attr-defined]
    deactivation = results["deactivated"]
    # The deactivation came second and handed the moved lead back to the team.
    assert deactivation.callbacks_returned == 1  # type: ignore[attr-defined]
    assert factory.get_lead(lead).assigned_rep_id is None
