"""A call counts against the number it was made to: a contact correction does not move past
calls to the new number, nor take them from the old one, and an undone outcome leaves its
dial counted. The claim, the dial check and the queue's figures count alike. And a lead the
rep still holds is not handed back outside its calling window. On both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import CallAttempt, TakenBackCall
from qualifier_app.services.workspace.dto import ContactChange
from tests.integration.test_calling_rules import claimable, florida, record_call
from tests.integration.test_workspace import count, fetch, outcome
from tests.support.factories import Factory

MIAMI = "+13055550100"
CORRECTED = "+13055550177"
FLORIDA_CAP = (
    "number has had as many calls as US-FL allows (at most 3 calls in any 24 hours, counting every "
    "lead with this number): call it later"
)


def test_a_corrected_number_keeps_its_calls_and_the_old_number_its_cap(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    now = clock.now()  # 10:00 in Miami
    first = florida(factory, phone=MIAMI, score=90)
    second = florida(factory, phone=MIAMI, score=50)  # another inquiry, same number
    # Made now: the queue reads new calling profiles only once a minute.
    new_york = factory.lead(phone_e164="+12125550999", phone_raw="+12125550999", status="nurture")
    record_call(services, first, rita.user_id, now - timedelta(hours=20), "retry")
    record_call(services, first, rita.user_id, now - timedelta(hours=3), "retry")
    item = services.workspace.next_lead(rita)
    assert item.lead.id == first  # two calls to the number so far: a third is allowed

    # The third call reaches someone who gives the right number: a contact correction.
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NO_CONTACT,
            disposition=Disposition.NO_ANSWER,
            corrections=(ContactChange("phone", "+1 305 555 0177"),),
        ),
    )

    assert factory.get_lead(first).phone_e164 == CORRECTED
    calls = fetch(services, CallAttempt, CallAttempt.lead_id == first)
    assert sorted(call.number_e164 for call in calls) == [MIAMI] * 3
    # Three calls to the old number in 24 hours: the other lead with it waits, and the
    # figures and the dial check say so, whatever number the corrected lead has now.
    assert claimable(services, rita) is None
    assert services.queue.stats(OPERATOR).eligible_now == 0
    factory.set_lead(new_york, status="queued")
    assert services.workspace.next_lead(rita).lead.id == new_york
    assert services.workspace.why_not_dial(rita, new_york, MIAMI) == (
        # The rule of both places: the lead's address (New York) and the number's (Florida).
        f"the number {MIAMI} has had as many calls as US US-FL allows (at most 3 calls in any "
        "24 hours): call it later"
    )
    # The new number has had none of them.
    assert services.workspace.why_not_dial(rita, new_york, CORRECTED) is None
    # The sliding window: once the oldest call is a day old, the old number is called again.
    services.queue.release(rita, new_york)
    factory.set_lead(new_york, status="nurture")
    clock.advance(timedelta(hours=4, minutes=1))
    assert claimable(services, rita) == second


@pytest.mark.as_owner(
    reason="on PostgreSQL qualifier_take_back_call checks the 30 s window against now(), "
    "not the test's clock (tests/security covers the window as the person)"
)
def test_an_undone_outcome_leaves_its_dial_counted(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    now = clock.now()  # 10:00 in Miami
    first = florida(factory, phone=MIAMI, score=90)
    second = florida(factory, phone=MIAMI, score=50)
    record_call(services, first, rita.user_id, now - timedelta(hours=20), "retry")
    record_call(services, second, rita.user_id, now - timedelta(hours=3), "retry")
    item = services.workspace.next_lead(rita)
    assert item.lead.id == first
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    )
    clock.advance(timedelta(seconds=10))

    services.workspace.undo_outcome(rita, receipt.attempt_id)

    assert count(services, CallAttempt, CallAttempt.id == receipt.attempt_id) == 0
    assert [call.number_e164 for call in fetch(services, TakenBackCall)] == [MIAMI]
    # The lead is the rep's again, but its number was dialled three times in 24 hours.
    assert services.workspace.why_not_dial(rita, first) == f"lead {first}'s {FLORIDA_CAP}"
    services.queue.release(rita, first)
    assert claimable(services, rita) is None
    assert services.queue.stats(OPERATOR).eligible_now == 0


def test_a_held_lead_is_not_handed_back_after_its_window_closed(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    # 19:55 in Miami: five minutes left of Florida's window (08:00 to 20:00).
    clock.advance(timedelta(hours=9, minutes=55))
    miami = florida(factory, phone=MIAMI)
    new_york = factory.lead(phone_e164="+12125550999", phone_raw="+12125550999", status="nurture")
    assert services.queue.claim_next(rita).id == miami
    clock.advance(timedelta(minutes=10))  # 20:05: the lease (15 min) still runs

    with pytest.raises(NothingEligible):
        services.queue.claim_next(rita)
    # New York's window runs to 21:00: the rep gets a lead they may call now.
    factory.set_lead(new_york, status="queued")
    assert services.queue.claim_next(rita).id == new_york
