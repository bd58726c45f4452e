"""Where a lead is for the calling rules: its number's place and its address's together, the
rules as they are when it is claimed, its number's country for the national registries, and
a machine's settings that may only narrow a window."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from qualifier_app.app import Services, build
from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.services.admin.calling_rules import RuleDraft
from qualifier_app.settings.queue import queue_policy
from tests.integration.test_calling_rules import record_call
from tests.support.factories import Factory

# Tuesday 24 November 2026, 20:30 in Miami and New York (EST, UTC-5).
EVENING = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)


def claimable(services: Services, rep: Actor) -> int | None:
    try:
        lead = services.queue.claim_next(rep)
    except NothingEligible:
        return None
    services.queue.release(rep, lead.id)
    return lead.id


def test_a_florida_number_keeps_floridas_window_whatever_the_address_says(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    for country, region in (("US", "NY"), ("US", None), (None, None)):
        factory.lead(
            phone_e164="+13055550100", phone_raw="+1 305 555 0100", country=country, region=region
        )
    clock.set(EVENING)
    assert claimable(services, rep) is None


def test_a_florida_numbers_calls_are_capped_with_a_new_york_address(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    lead = factory.lead(phone_e164="+13055550100", phone_raw="+1 305 555 0100", region="NY")
    clock.set(datetime(2026, 11, 24, 16, 0, tzinfo=UTC))  # 11:00 in Miami
    assert claimable(services, rep) == lead
    for minutes in range(3):
        record_call(
            services, lead, rep.user_id, clock.now() - timedelta(minutes=10 + minutes), "retry"
        )
    assert claimable(services, rep) is None  # Florida: at most 3 calls a number in 24 hours


def test_a_rule_saved_later_reaches_the_leads_already_placed(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    rep = factory.user("rita")
    factory.lead(phone_e164="+12145550100", phone_raw="+1 214 555 0100", region="TX")
    factory.lead(phone_e164="+4930123456", phone_raw="+49 30 123456", country="DE", region=None)
    services.calling_rules.save_rule(admin, RuleDraft("US-TX", "09:00", "20:00"))
    services.calling_rules.save_rule(admin, RuleDraft("", "10:00", "18:00"))
    clock.set(EVENING + timedelta(hours=1, minutes=2))  # 20:32 in Dallas
    assert claimable(services, rep) is None
    clock.set(datetime(2026, 11, 24, 8, 32, tzinfo=UTC))  # 09:32 in Berlin
    assert claimable(services, rep) is None


def test_a_stale_registry_blocks_its_countrys_numbers_whatever_the_address(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rep = factory.user("rita")
    path = tmp_path / "registry.txt"
    path.write_text("2015550199\n", encoding="utf-8")
    services.registries.import_snapshot(OPERATOR, path, "US")
    factory.lead(phone_e164="+12125550102", country=None, region=None)
    factory.lead(phone_e164="+12125550103", country="GB", region=None)
    abroad = factory.lead(phone_e164="+442079460958", country="US", region="NY", score=10)
    clock.advance(timedelta(days=40))
    clock.set(clock.now().replace(hour=15))
    # The British number is on no US registry: its US address does not hold it back.
    assert claimable(services, rep) in (abroad, None)
    assert services.queue.stats(OPERATOR).blocked_by_registry == 2


def test_a_machines_settings_may_narrow_a_window_never_widen_it(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    lead = factory.lead()  # New York
    wide = queue_policy({"calling_window_overrides": {"US": "06:00-23:30"}})
    narrow = queue_policy({"calling_window_overrides": {"US": "10:00-18:00"}})
    widened = build(replace(services.settings, queue=wide), clock)
    narrowed = build(replace(services.settings, queue=narrow), clock)
    try:
        clock.set(datetime(2026, 11, 24, 11, 30, tzinfo=UTC))  # 06:30 in New York
        assert claimable(widened, rep) is None
        clock.set(datetime(2026, 11, 24, 14, 30, tzinfo=UTC))  # 09:30 in New York
        assert claimable(narrowed, rep) is None
    finally:
        widened.close()
        narrowed.close()
    assert claimable(services, rep) == lead
    assert wide.calling_rules.overrides is not None
    assert wide.calling_rules.overrides["US"] == CallingWindow.parse("06:00-23:30")


def test_a_stale_us_registry_holds_back_the_us_territories_numbers(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    """Puerto Rico's and the Virgin Islands' numbers are on the US registry (a fresh
    snapshot blocked them); a stale one let them through."""
    rep = factory.user("rita")
    path = tmp_path / "registry.txt"
    path.write_text("2015550199\n", encoding="utf-8")
    services.registries.import_snapshot(OPERATOR, path, "US")
    factory.lead(phone_e164="+17872001234", country=None, region=None)
    factory.lead(phone_e164="+13407731234", country="US", region=None)
    canadian = factory.lead(phone_e164="+14165550100", country="CA", region="ON", score=1)
    clock.advance(timedelta(days=40))
    clock.set(clock.now().replace(hour=16))
    assert claimable(services, rep) == canadian
    assert services.queue.stats(OPERATOR).blocked_by_registry == 2
