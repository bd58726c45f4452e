"""The check-call rules: business days, who is checked, what the customer's answers mean, and
how they weigh in a partner's routing weight."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from qualifier_app.domain.calling_rules import PlaceRule, RuleBook
from qualifier_app.domain.check_calls import (
    CheckPolicy,
    CustomerRecord,
    add_business_days,
    check_policy,
    contradicts,
    days_off,
    decide,
    in_sample,
    policy_for,
    read_answers,
)
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy, Track, performance

FRIDAY = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)
TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, datetime(2026, 11, 30, 16, 30, tzinfo=UTC)),  # Friday + 1 is Monday
        (3, datetime(2026, 12, 2, 16, 30, tzinfo=UTC)),
        (5, datetime(2026, 12, 4, 16, 30, tzinfo=UTC)),  # a week later, same time
        (6, datetime(2026, 12, 7, 16, 30, tzinfo=UTC)),  # over the next weekend too
    ],
)
def test_business_days_skip_weekends(days: int, expected: datetime) -> None:
    assert add_business_days(FRIDAY, days) == expected


def test_business_days_from_a_saturday_start_on_monday() -> None:
    saturday = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert add_business_days(saturday, 1) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


THANKSGIVING = date(2026, 11, 26)
TUESDAY = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def test_business_days_skip_the_places_holidays() -> None:
    # Tuesday + 5: Wed, (Thanksgiving), Fri, Mon, Tue, Wed.
    assert add_business_days(TUESDAY, 5, {THANKSGIVING}) == datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    assert add_business_days(TUESDAY, 5) == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    # A holiday on a weekend costs nothing.
    assert add_business_days(TUESDAY, 5, {date(2026, 11, 28)}) == datetime(
        2026, 12, 1, 15, 0, tzinfo=UTC
    )


def test_business_days_are_counted_on_the_leads_calendar() -> None:
    # Friday 02:00 UTC is still Thursday evening in Los Angeles: one business day on is
    # Friday there, not Monday as the UTC calendar would have it.
    thursday_evening = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    los_angeles = ZoneInfo("America/Los_Angeles")
    assert add_business_days(thursday_evening, 1) == datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    assert add_business_days(thursday_evening, 1, zone=los_angeles) == datetime(
        2026, 11, 21, 2, 0, tzinfo=UTC
    )
    # The holiday is the local day, whatever the UTC date.
    assert add_business_days(
        thursday_evening, 1, {date(2026, 11, 20)}, zone=los_angeles
    ) == datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def test_days_off_are_the_leads_rules_and_its_countrys() -> None:
    christmas, mardi_gras, boxing_day = date(2026, 12, 25), date(2027, 2, 9), date(2026, 12, 26)
    book = RuleBook(
        {
            "US": PlaceRule("US", holidays=frozenset({christmas})),
            "US-LA": PlaceRule("US-LA", holidays=frozenset({mardi_gras})),
        },
        PlaceRule("", holidays=frozenset({boxing_day})),
    )
    assert days_off(book, "US", "LA") == {christmas, mardi_gras}
    assert days_off(book, "us", "NY") == {christmas}  # no rule of its own: the country's
    assert days_off(book, "GB", None) == {boxing_day}  # no rule at all: the default's
    assert days_off(book, None, None) == {boxing_day}


SAMPLE = CheckPolicy("smb", None, 5, share_percent=25, minimum_per_month=3)


@pytest.mark.parametrize("status", ["won", "lost"])
def test_no_check_when_the_partner_reported_the_outcome(status: str) -> None:
    decision = decide(replace(SAMPLE, share_percent=100), 7, status, 0, poor_record=False)
    assert not decision.check
    assert decision.reason == f"the partner already reported the lead {status}"


@pytest.mark.parametrize("status", ["expired", "rejected", "pending"])
def test_no_check_for_a_handoff_the_partner_does_not_hold(status: str) -> None:
    assert not decide(replace(SAMPLE, share_percent=100), 7, status, 0, False).check


def test_the_minimum_per_partner_comes_first_then_the_sample() -> None:
    out_of_sample = next(i for i in range(1, 1000) if not in_sample(i, 25))
    for checked in range(3):
        decision = decide(SAMPLE, out_of_sample, "sent", checked, False)
        assert decision.check
        assert decision.reason == f"at least 3 per partner a month ({checked} so far)"
    decision = decide(SAMPLE, out_of_sample, "sent", 3, False)
    assert (decision.check, decision.status) == (False, "skipped")


def test_the_sample_takes_about_its_share_and_always_the_same_handoffs() -> None:
    taken = [i for i in range(1, 2001) if in_sample(i, 25)]
    assert 400 <= len(taken) <= 600
    assert taken == [i for i in range(1, 2001) if in_sample(i, 25)]
    assert all(in_sample(i, 100) for i in range(1, 50))
    assert not any(in_sample(i, 0) for i in range(1, 50))


def test_partners_with_a_poor_record_are_checked_more() -> None:
    policy = replace(SAMPLE, share_percent=0, minimum_per_month=0, poor_share_percent=100)
    assert not decide(policy, 11, "accepted", 10, poor_record=False).check
    decision = decide(policy, 11, "accepted", 10, poor_record=True)
    assert decision.check
    assert decision.reason == "every handoff is checked (poor check-call record)"


def test_a_partners_own_policy_beats_its_segments() -> None:
    general = CheckPolicy("smb", None, 5)
    own = CheckPolicy("smb", 4, 2)
    enterprise = CheckPolicy("enterprise", None, 3)
    policies = [general, own, enterprise]
    assert policy_for(policies, "SMB", 4) is own
    assert policy_for(policies, "smb", 5) is general
    assert policy_for(policies, "enterprise", 4) is enterprise
    assert policy_for([enterprise], "smb", 4) is None


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (("midmarket", None, 5, 100), "segment"),
        (("smb", None, 0, 100), "days"),
        (("smb", None, 5, 101), "share"),
        (("smb", None, 5, 10, -1), "minimum"),
        (("smb", None, 5, 50, 0, 40), "poor_share"),
    ],
)
def test_bad_policies_name_their_field(arguments: tuple[object, ...], field: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        check_policy(*arguments)  # type: ignore[arg-type]
    assert raised.value.field == field


def test_answers_of_a_customer_who_was_contacted() -> None:
    answers = read_answers(
        {
            "partner_contacted": "yes",
            "contacted_on": date(2026, 11, 26),
            "contacted_by": " Dana ",
            "experience": 4,
            "still_needs": True,
            "may_share": False,
            "comments": " fine ",
        },
        TODAY,
    )
    assert answers.contacted is True
    assert (answers.contacted_on, answers.contacted_by, answers.satisfaction) == (
        date(2026, 11, 26),
        "Dana",
        4,
    )
    assert (answers.still_needs, answers.may_share, answers.comments) == (True, False, "fine")


def test_never_contacted_keeps_no_contact_details() -> None:
    answers = read_answers({"partner_contacted": "no", "experience": 5, "contacted_by": "x"}, TODAY)
    assert answers.contacted is False
    assert (answers.satisfaction, answers.contacted_by) == (None, "")
    assert read_answers({"partner_contacted": "unsure"}, TODAY).contacted is None


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"partner_contacted": "yes", "experience": 6}, "experience"),
        ({"partner_contacted": "yes", "experience": "good"}, "experience"),
        ({"partner_contacted": "yes", "contacted_on": "2026-12-24"}, "contacted_on"),
        ({"partner_contacted": "yes", "contacted_on": "yesterday"}, "contacted_on"),
    ],
)
def test_bad_answers_name_their_question(answers: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        read_answers(answers, TODAY)
    assert raised.value.field == field


def test_active_but_never_contacted_is_a_contradiction() -> None:
    never = read_answers({"partner_contacted": "no"}, TODAY)
    called = read_answers({"partner_contacted": "yes"}, TODAY)
    assert contradicts("active", never)
    assert not contradicts("active", called)
    assert not contradicts("sent", never)  # no claim by the partner to contradict


def test_a_poor_record_needs_enough_answers() -> None:
    assert not CustomerRecord(reached=2, contacted=0).poor
    assert CustomerRecord(reached=3, contacted=1).poor
    assert not CustomerRecord(reached=4, contacted=2).poor


POLICY = RoutingPolicy()
TRACK = Track(sent=10, speed_total=8.0, speed_count=10, reporting_due=10, reported=8, won=2, lost=2)


def test_the_customers_measure_moves_the_weight_and_is_explained() -> None:
    plain = performance(TRACK, POLICY)
    praised = performance(replace(TRACK, customer=CustomerRecord(4, 4, 20, 4)), POLICY)
    ignored = performance(replace(TRACK, customer=CustomerRecord(4, 0, 0, 0)), POLICY)
    assert ignored.weight < plain.weight < praised.weight
    assert "customers say it contacted 0 of 4 (0%)" in ignored.text(POLICY)
    assert "customers say it contacted 4 of 4 (100%), satisfaction 5.0/5" in praised.text(POLICY)
    assert "customers say" not in plain.text(POLICY)


def test_the_weights_are_settings() -> None:
    customers_only = RoutingPolicy(
        speed_weight=0, reporting_weight=0, win_weight=0, customer_weight=1
    )
    ignored = performance(replace(TRACK, customer=CustomerRecord(4, 0, 0, 0)), customers_only)
    assert ignored.score == 0
    unmeasured = replace(TRACK, customer=CustomerRecord())
    assert performance(unmeasured, POLICY).score == performance(TRACK, POLICY).score
