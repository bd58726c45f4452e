"""The shared queue: what is claimed first, what is never claimed, leases and releases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import LeaseLost, NotFound, NothingEligible, PermissionDenied
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.services.board.reassign import LeadRef, Target
from qualifier_app.services.queue.claims import QueueService
from tests.support.factories import Factory
from tests.support.teams import two_teams


def claimed_id(services: Services, actor) -> int:  # type: ignore[no-untyped-def]
    return services.queue.claim_next(actor).id


def test_best_score_first_then_oldest(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    now = clock.now()
    low = factory.lead(score=10)
    old_high = factory.lead(score=90, created_at=now - timedelta(days=5))
    new_high = factory.lead(score=90, created_at=now - timedelta(days=1))
    order = []
    for _ in range(3):
        lead = services.queue.claim_next(rep)
        order.append(lead.id)
        services.queue.release(rep, lead.id)
        factory.set_lead(lead.id, status="nurture")
    assert order == [old_high, new_high, low]


def test_own_due_callbacks_come_before_the_queue(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    now = clock.now()
    factory.lead(score=99)
    mine = factory.lead(
        score=1,
        status="callback",
        assigned_rep_id=rita.user_id,
        next_call_at=now - timedelta(minutes=5),
    )
    not_yet = factory.lead(
        score=100,
        status="callback",
        assigned_rep_id=rita.user_id,
        next_call_at=now + timedelta(hours=1),
    )
    assert claimed_id(services, rita) == mine
    # A "me only" callback is never given to someone else, due or not.
    assert claimed_id(services, marco) not in {mine, not_yet}


def test_shared_callbacks_before_fresh_leads(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    factory.lead(score=99)
    callback = factory.lead(
        score=5, status="callback", next_call_at=clock.now() - timedelta(minutes=1)
    )
    assert claimed_id(services, rep) == callback


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"status": "do_not_call"}, "do-not-call"),
        ({"status": "nurture"}, "in nurture"),
        ({"attempts": 6}, "attempts exhausted"),
        ({"next_call_at": "+1h"}, "next call in the future"),
        ({"queue": "Other"}, "not in the rep's queues"),
        (
            {"phone_e164": "+61299999999", "country": "AU", "region": "NSW"},
            "02:00 in Sydney: outside the calling window",
        ),
    ],
)
def test_never_eligible(
    services: Services, factory: Factory, clock: ManualClock, fields: dict, why: str
) -> None:
    rep = factory.user("rita")
    if fields.get("next_call_at") == "+1h":
        fields = {**fields, "next_call_at": clock.now() + timedelta(hours=1)}
    factory.lead(**fields)
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)


def test_leased_lead_is_not_given_twice_until_the_lease_expires(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    lead = factory.lead()
    assert claimed_id(services, rita) == lead
    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(marco)
    # The message says when the lead comes back: when Rita's lease runs out.
    assert empty.value.next_eligible_at == clock.now() + timedelta(minutes=15)
    clock.advance(timedelta(minutes=15, seconds=1))
    assert claimed_id(services, marco) == lead
    with pytest.raises(LeaseLost, match="Marco holds it now"):
        services.queue.heartbeat(rita, lead)


def test_heartbeat_after_a_move_says_where_the_lead_went_and_who_moved_it(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    sam = factory.user("sam", Role.SUPERVISOR)
    lead = factory.lead()
    assert claimed_id(services, rita) == lead
    version = factory.get_lead(lead).version
    services.reassign.move(sam, [LeadRef(lead, version)], Target(rep_id=marco.user_id))
    with pytest.raises(LeaseLost, match="reassigned to Marco") as lost:
        services.queue.heartbeat(rita, lead)
    assert "(last change: reassigned by Sam at" in str(lost.value)
    assert lost.value.holder == "Marco"


def test_heartbeat_renews_the_lease(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    lead = factory.lead()
    services.queue.claim_next(rita)
    clock.advance(timedelta(minutes=10))
    until = services.queue.heartbeat(rita, lead)
    assert until == clock.now() + timedelta(minutes=15)
    clock.advance(timedelta(minutes=10))
    with pytest.raises(NothingEligible):
        services.queue.claim_next(marco)


def test_one_heartbeat_renews_every_lead_given_and_names_the_one_lost(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    held = [factory.lead(), factory.lead()]
    gone = factory.lead()
    for lead in held:
        factory.set_lead(
            lead, lease_owner_id=rita.user_id, lease_expires_at=clock.now() + timedelta(minutes=5)
        )
    factory.set_lead(
        gone, lease_owner_id=marco.user_id, lease_expires_at=clock.now() + timedelta(minutes=5)
    )
    clock.advance(timedelta(minutes=3))
    until = services.queue.heartbeat(rita, *held)
    assert until == clock.now() + timedelta(minutes=15)
    assert {factory.get_lead(lead).lease_expires_at for lead in held} == {until}
    clock.advance(timedelta(minutes=1))
    with pytest.raises(LeaseLost, match="Marco holds it now"):
        services.queue.heartbeat(rita, held[0], gone, held[1])
    # Losing one lead does not lose the others: they were renewed all the same.
    later = clock.now() + timedelta(minutes=15)
    assert {factory.get_lead(lead).lease_expires_at for lead in held} == {later}
    assert factory.get_lead(gone).lease_expires_at == until - timedelta(minutes=13)


def test_a_lead_whose_lease_ran_out_is_claimed_in_its_turn_among_the_free_ones(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco, ines, olga = (factory.user(name) for name in ("rita", "marco", "ines", "olga"))
    ran_out_high = factory.lead(score=90)
    held = factory.lead(score=95)
    free = factory.lead(score=50)
    ran_out_low = factory.lead(score=10)
    for lead, minutes in ((ran_out_high, -1), (held, 5), (ran_out_low, -1)):
        factory.set_lead(
            lead,
            lease_owner_id=olga.user_id,
            lease_expires_at=clock.now() + timedelta(minutes=minutes),
        )
    # Best score first, whether nobody held the lead or someone's lease on it ran out; a
    # running lease is never taken.
    assert claimed_id(services, rita) == ran_out_high
    assert claimed_id(services, marco) == free
    assert claimed_id(services, ines) == ran_out_low
    assert factory.get_lead(held).lease_owner_id == olga.user_id
    with pytest.raises(NothingEligible):
        services.queue.claim_next(factory.user("pia"))


def test_claim_again_returns_the_lead_still_held(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    first = factory.lead(score=90)
    factory.lead(score=80)
    assert claimed_id(services, rep) == first
    assert claimed_id(services, rep) == first


def test_release_gives_the_lead_back_and_is_audited(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    lead = factory.lead()
    services.queue.claim_next(rita)
    services.queue.release(rita, lead, "wrong queue")
    assert factory.get_lead(lead).lease_owner_id is None
    assert claimed_id(services, marco) == lead
    with services.db.unit_of_work(write=False) as uow:
        actions = uow.session.execute(
            select(AuditEntry.action, AuditEntry.actor_id, AuditEntry.reason)
            .where(AuditEntry.entity_type == "lead", AuditEntry.entity_id == str(lead))
            .order_by(AuditEntry.id)
        ).all()
    assert [a.action for a in actions] == ["lead.claimed", "lead.released", "lead.claimed"]
    assert actions[1].actor_id == rita.user_id and actions[1].reason == "wrong queue"


def test_release_by_someone_else_is_refused(services: Services, factory: Factory) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    lead = factory.lead()
    services.queue.claim_next(rita)
    with pytest.raises(LeaseLost, match="Rita holds it now"):
        services.queue.release(marco, lead)
    assert factory.get_lead(lead).lease_owner_id == rita.user_id


def test_team_lead_may_release_a_reps_lead(services: Services, factory: Factory) -> None:
    rita = factory.user("rita")
    lead_user = factory.user("tina", Role.TEAM_LEAD)
    lead = factory.lead()
    services.queue.claim_next(rita)
    services.queue.release(lead_user, lead, "stale")
    assert factory.get_lead(lead).lease_owner_id is None


def test_team_lead_releases_only_their_teams_leads(services: Services, factory: Factory) -> None:
    teams = two_teams(factory)
    south = factory.lead("South queue")
    services.queue.claim_next(teams.anna)
    with pytest.raises(PermissionDenied, match=f"lead {south} is not one of your teams' leads"):
        services.queue.release(teams.tina, south, "stale")
    assert factory.get_lead(south).lease_owner_id == teams.anna.user_id
    services.queue.release(teams.omar, south, "stale")
    assert factory.get_lead(south).lease_owner_id is None


def test_release_of_unknown_lead(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    with pytest.raises(NotFound, match="no lead 999"):
        services.queue.release(rep, 999)


def test_paused_rep_gets_nothing(services: Services, factory: Factory) -> None:
    from qualifier_app.persistence.models import User

    rep = factory.user("rita")
    factory.lead()
    with services.db.unit_of_work() as uow:
        user = uow.session.get(User, rep.user_id)
        assert user is not None
        user.paused = True
        uow.commit()
    with pytest.raises(NothingEligible, match="paused"):
        services.queue.claim_next(rep)


def test_supervisor_cannot_claim(services: Services, factory: Factory) -> None:
    boss = factory.user("sam", Role.SUPERVISOR)
    factory.lead()
    with pytest.raises(PermissionDenied, match="sam \\(supervisor\\) may not work leads"):
        services.queue.claim_next(boss)


def test_stats_count_statuses_leases_and_eligible(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    factory.lead()
    factory.lead()
    factory.lead(status="nurture")
    factory.lead(phone_e164="+61299999999", country="AU", region="NSW")  # window closed
    services.queue.claim_next(rep)
    stats = services.queue.stats(rep)
    assert stats.by_status == {"queued": 3, "nurture": 1}
    assert stats.leased_now == 1
    assert stats.eligible_now == 1
    assert stats.total == 4


def test_claimed_card_shows_local_time(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    factory.lead(company="Acme Inc.")
    card = services.queue.claim_next(rep)
    assert card.company == "Acme Inc."
    assert card.time_zones == ("America/New_York",)
    assert card.local_times[0].text().startswith("Tue 10:00 EST")
    assert card.calling_window == "08:00-21:00"


def test_florida_is_called_only_until_20_local(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    # 20:30 in Miami on a November evening (UTC-5).
    clock.set(clock.now().replace(hour=1, minute=30) + timedelta(days=1))
    factory.lead(phone_e164="+13055550100", country="US", region="FL")
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)


def test_the_claim_in_a_transaction_takes_the_better_of_a_free_lead_and_a_lease_run_out(
    services: Services, factory: Factory, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL claims in one call of its function; when the database's clock keeps moving
    it claims with the statement SQLite uses, built for PostgreSQL's indexes (no index of all
    queued leads in claim order there). Both pick as the function does."""
    monkeypatch.setattr(QueueService, "_claim_in_one_call", lambda _self, _actor: None)
    rita, marco, ann, bob, carol = (
        factory.user(name) for name in ("rita", "marco", "ann", "bob", "carol")
    )
    low, high, higher = factory.lead(score=10), factory.lead(score=90), factory.lead(score=99)
    assert claimed_id(services, marco) == higher
    assert claimed_id(services, ann) == high
    clock.advance(timedelta(minutes=10))
    services.queue.heartbeat(marco, higher)
    clock.advance(timedelta(minutes=6))  # Ann's lease has run out, Marco's has not
    assert claimed_id(services, rita) == high
    assert claimed_id(services, bob) == low
    with pytest.raises(NothingEligible):
        services.queue.claim_next(carol)
