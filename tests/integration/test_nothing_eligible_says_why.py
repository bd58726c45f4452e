""" "Nothing eligible" never names a time already come: leads that only a per-number call cap
or a stale registry holds back are counted and named instead, by Next and by the rep's queue
panel, and a lead waiting for a later time still gives that time. On both databases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import OPERATOR, Role
from tests.integration.test_blocked_reasons import lines, registry_file
from tests.integration.test_calling_rules import florida, record_call
from tests.support.factories import Factory

MIAMI = "+13055550100"
FLORIDA_CAP = (
    "1 lead: number has had as many calls as US-FL allows (at most 3 calls in any 24 hours, "
    "counting every lead with this number)"
)


def test_leads_held_by_a_call_cap_are_counted_not_given_a_time_already_come(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    now = clock.now()  # 10:00 in Miami
    lead = florida(factory, phone=MIAMI)
    # Made now: the queue reads new calling profiles only once a minute.
    later = factory.lead(status="nurture")
    for hours_ago in (20, 3, 1):
        record_call(services, lead, rita.user_id, now - timedelta(hours=hours_ago), "retry")

    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(rita)
    assert empty.value.next_eligible_at is None
    assert str(empty.value) == f"no lead is eligible now; {FLORIDA_CAP}"
    day = services.workspace.rep_day(rita, now - timedelta(hours=2))
    assert (day.eligible_now, day.next_eligible_at) == (0, None)
    assert lines(day.blocked) == [FLORIDA_CAP]
    assert lines(services.queue.stats(OPERATOR).blocked) == [FLORIDA_CAP]

    # A lead that waits for its next call time still says when it comes.
    factory.set_lead(later, status="queued", next_call_at=now + timedelta(hours=2))
    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(rita)
    assert empty.value.next_eligible_at == now + timedelta(hours=2)
    assert str(empty.value).endswith(f"(in 120 min); {FLORIDA_CAP}")
    assert services.workspace.rep_day(rita, now).next_eligible_at == now + timedelta(hours=2)

    # Once the oldest call is a day old, the number is called again.
    clock.advance(timedelta(hours=4, minutes=1))
    assert services.queue.claim_next(rita).id == lead


def test_leads_held_by_a_stale_registry_are_given_no_time(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rita = factory.user("rita")
    factory.lead()
    taken = clock.now().date() - timedelta(days=20)
    services.registries.import_snapshot(OPERATOR, registry_file(tmp_path), "US", as_of=taken)
    clock.advance(timedelta(days=12))
    stale = (
        f"US do-not-call registry snapshot of {taken:%Y-%m-%d} is 32 days old (limit 31): "
        "leads in US, PR, VI, GU, MP, AS are not claimable until a fresh import"
    )

    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(rita)
    assert empty.value.next_eligible_at is None
    assert str(empty.value) == f"no lead is eligible now; {stale}"
    day = services.workspace.rep_day(rita, clock.now())
    assert (day.eligible_now, day.next_eligible_at) == (0, None)
    assert lines(day.blocked) == [f"1 lead: {stale}"]


def test_a_lead_on_the_registry_is_given_no_time(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rita = factory.user("rita")
    factory.lead(phone_e164="+12015550123")
    services.registries.import_snapshot(OPERATOR, registry_file(tmp_path), "US")

    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(rita)
    assert empty.value.next_eligible_at is None
    assert services.workspace.rep_day(rita, clock.now()).next_eligible_at is None


def test_a_rep_in_no_team_is_told_they_work_no_queue(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    factory.lead()  # waiting in Main, which this rep does not work
    newcomer = factory.user("nora", team=None, queues=())
    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(newcomer)
    assert str(empty.value) == (
        "no lead is eligible now: you work no queue yet; an administrator adds you to a team, "
        "whose queues you then work"
    )
    # The queue panel says it before Next is pressed ("nothing is waiting in your queues").
    assert services.workspace.rep_day(newcomer, clock.now()).works_no_queue == str(empty.value)
    # A lead given to them in person is theirs all the same.
    mine = factory.lead(assigned_rep_id=newcomer.user_id)
    assert services.workspace.rep_day(newcomer, clock.now()).works_no_queue is None
    assert services.queue.claim_next(newcomer).id == mine


def test_a_team_lead_in_a_team_is_told_how_to_work_its_queues(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    """A team lead joins their team without its queues: "an administrator adds you to a
    team" sent them looking for what they had."""
    factory.lead()
    tina = factory.user("tina", Role.TEAM_LEAD, queues=())
    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(tina)
    assert str(empty.value) == (
        "no lead is eligible now: you work none of your team's queues yet; an administrator "
        "or a team lead adds you to one (Worked by, in Teams and queues; qualifier queue "
        "members QUEUE --add LOGIN)"
    )
    assert services.workspace.rep_day(tina, clock.now()).works_no_queue == str(empty.value)
    rita = factory.user("rita")  # works the team's queue, which is empty for her now
    services.queue.claim_next(rita)
    assert services.workspace.rep_day(rita, clock.now()).works_no_queue is None


def test_working_no_queue_comes_before_a_registry_never_imported(
    services: Services, factory: Factory
) -> None:
    """A newcomer at a center that honours a registry it never imported was told about the
    registry, not that they work no queue: the one thing that is theirs to ask about."""
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.center.change(admin, name="Lisbon", time_zone="Europe/Lisbon", registries=["US"])
    factory.lead()
    newcomer = factory.user("nora", team=None, queues=())
    with pytest.raises(NothingEligible) as empty:
        services.queue.claim_next(newcomer)
    said = str(empty.value)
    assert said.startswith(
        "no lead is eligible now: you work no queue yet; an administrator adds you to a team, "
        "whose queues you then work; "
    )
    assert "US do-not-call registry" in said
