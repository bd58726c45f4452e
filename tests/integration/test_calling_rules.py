"""Calling rules as data: windows, days and holidays per place, and per-number caps, enforced
by the claim (and by the callback check) on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import CallAttempt, CallingHoliday, CallingRule, Lead
from qualifier_app.services.queue.calling_profiles import why_not_callable
from tests.integration.test_blocked_reasons import lines
from tests.support.factories import Factory


def florida(factory: Factory, phone: str = "+13055550100", **fields: object) -> int:
    return factory.lead(phone_e164=phone, phone_raw=phone, region="FL", **fields)


def claimable(services: Services, rep) -> int | None:  # type: ignore[no-untyped-def]
    try:
        lead = services.queue.claim_next(rep)
    except NothingEligible:
        return None
    services.queue.release(rep, lead.id)
    return lead.id


def test_rules_are_seeded_with_their_statutes(services: Services) -> None:
    with services.db.unit_of_work(write=False) as uow:
        rules = {rule.place: rule for rule in uow.session.execute(select(CallingRule)).scalars()}
        uow.session.expunge_all()
        holidays = uow.session.execute(
            select(CallingHoliday.on).where(CallingHoliday.place == "US-LA")
        ).scalars()
        assert datetime(2026, 11, 26).date() in set(holidays)
    assert {"US", "US-FL", "US-OK", "US-MD", "US-MS", "US-LA"} <= set(rules)
    assert (rules["US-FL"].window_start, rules["US-FL"].window_end) == (8 * 60, 20 * 60)
    assert rules["US-FL"].calls_per_day == 3 and "501.616" in rules["US-FL"].source
    assert rules["US-MS"].weekdays == "123456"


@pytest.mark.parametrize(
    ("local", "allowed"),
    # A Florida address may be in either of Florida's zones: 08:00 Central is 09:00 in Miami.
    [("08:59", False), ("09:00", True), ("19:59", True), ("20:00", False)],
)
def test_florida_window_edges(
    services: Services, factory: Factory, clock: ManualClock, local: str, allowed: bool
) -> None:
    rep = factory.user("rita")
    lead = florida(factory)
    hour, minute = (int(part) for part in local.split(":"))
    # Tuesday 24 November 2026: Miami is on EST, UTC-5.
    clock.set(datetime(2026, 11, 24, tzinfo=UTC) + timedelta(hours=hour + 5, minutes=minute))
    assert (claimable(services, rep) == lead) is allowed


def test_new_york_keeps_the_federal_window_at_eight_pm(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    lead = factory.lead()
    clock.set(datetime(2026, 11, 25, 1, 30, tzinfo=UTC))  # 20:30 in New York
    assert claimable(services, rep) == lead


def test_no_calls_on_sunday_in_mississippi(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    lead = factory.lead(phone_e164="+16015550100", region="MS")
    clock.set(datetime(2026, 11, 29, 18, 0, tzinfo=UTC))  # Sunday, 12:00 in Jackson
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)
    clock.set(datetime(2026, 11, 30, 18, 0, tzinfo=UTC))  # Monday noon
    assert claimable(services, rep) == lead


def test_no_calls_on_a_legal_holiday_in_louisiana(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    lead = factory.lead(phone_e164="+15045550100", region="LA")
    other = factory.lead(phone_e164="+16015550101", region="MS", score=1)
    clock.set(datetime(2026, 11, 26, 18, 0, tzinfo=UTC))  # Thanksgiving, noon in New Orleans
    assert claimable(services, rep) == other  # Mississippi does not forbid holidays
    clock.set(datetime(2026, 11, 27, 18, 0, tzinfo=UTC))
    assert claimable(services, rep) == lead
    with services.db.unit_of_work(write=False) as uow:
        profile = uow.session.execute(
            select(Lead.calling_profile_id).where(Lead.id == lead)
        ).scalar_one()
        why = why_not_callable(uow.session, profile, datetime(2026, 11, 26, 18, 0, tzinfo=UTC))
    assert why is not None and "2026-11-26 is a legal holiday in US-LA" in why


def test_a_year_whose_holidays_are_not_listed_holds_louisiana_back_until_they_are(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    # Louisiana's holidays are dated rows, listed for 2026 and 2027 only; Thanksgiving moves.
    rep = factory.user("rita")
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    lead = factory.lead(phone_e164="+15045550100", region="LA")
    other = factory.lead(phone_e164="+16015550101", region="MS", score=1)
    thanksgiving = datetime(2028, 11, 23, 18, 0, tzinfo=UTC)  # noon in New Orleans
    clock.set(thanksgiving)
    assert claimable(services, rep) == other
    reason = "the legal holidays of 2028 are not listed for US-LA"
    assert [f"1 lead: {reason}: add them to its calling rules"] == [
        line for line in lines(services.queue.stats(OPERATOR).blocked) if "US-LA" in line
    ]
    with services.db.unit_of_work(write=False) as uow:
        profile = uow.session.execute(
            select(Lead.calling_profile_id).where(Lead.id == lead)
        ).scalar_one()
        assert reason in (why_not_callable(uow.session, profile, thanksgiving) or "")
    services.calling_rules.add_holiday(admin, "US-LA", thanksgiving.date(), "Thanksgiving Day")
    assert claimable(services, rep) == other
    clock.set(thanksgiving + timedelta(days=1))
    assert claimable(services, rep) == lead


def record_call(services: Services, lead_id: int, rep_id: int, at: datetime, outcome: str) -> None:
    with services.db.unit_of_work() as uow:
        uow.session.add(
            CallAttempt(
                request_id=str(uuid4()),
                lead_id=lead_id,
                rep_id=rep_id,
                started_at=at,
                ended_at=at + timedelta(minutes=2),
                disposition="no_answer" if outcome == "retry" else "contacted",
                outcome=outcome,
                callback_at=at + timedelta(hours=2) if outcome == "callback" else None,
            )
        )
        uow.commit()


def test_florida_cap_counts_the_number_across_leads_and_callbacks(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    now = clock.now()  # 10:00 in Miami
    first = florida(factory, score=90)
    second = florida(factory, score=80)  # another inquiry, same phone
    new_york = factory.lead(phone_e164="+12125550999", score=10)
    record_call(services, first, rep.user_id, now - timedelta(hours=20), "retry")
    record_call(services, second, rep.user_id, now - timedelta(hours=3), "retry")
    assert claimable(services, rep) == first  # two calls so far: a third is allowed
    record_call(services, first, rep.user_id, now - timedelta(hours=1), "callback")
    # Three calls to the number in 24 hours: neither lead is offered, whichever it is.
    assert claimable(services, rep) == new_york
    factory.set_lead(new_york, status="nurture")
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)
    # New York has no cap: the same three calls there would not block it.
    for lead in (first, second):
        factory.set_lead(lead, phone_e164="+12125550998", region="NY", status="nurture")
    factory.set_lead(new_york, status="queued", phone_e164="+12125550998")
    assert claimable(services, rep) == new_york
    # The sliding window: once the oldest call is more than 24 hours old, Florida reopens.
    for lead in (first, second):
        factory.set_lead(lead, phone_e164="+13055550100", region="FL", status="queued")
    factory.set_lead(new_york, status="nurture")
    clock.advance(timedelta(hours=4, minutes=1))
    assert claimable(services, rep) == first


def test_stats_do_not_count_capped_leads_as_eligible(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    lead = florida(factory)
    for hours in (1, 2, 3):
        record_call(services, lead, rep.user_id, clock.now() - timedelta(hours=hours), "retry")
    assert services.queue.stats(OPERATOR).eligible_now == 0
