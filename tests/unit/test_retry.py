"""The retry policy for calls that reached nobody."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.retry import Disposition, RetryPolicy, decide

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("disposition", "before", "minutes"),
    [
        (Disposition.NO_ANSWER, 0, 120),
        (Disposition.NO_ANSWER, 1, 240),
        (Disposition.NO_ANSWER, 2, 1440),
        (Disposition.NO_ANSWER, 4, 1440),  # the last delay repeats
        (Disposition.BUSY, 0, 15),
        (Disposition.VOICEMAIL, 0, 1440),
        (Disposition.WRONG_NUMBER, 3, 1440),
    ],
)
def test_delays_grow_with_the_attempts(disposition: Disposition, before: int, minutes: int) -> None:
    decision = decide(RetryPolicy(), disposition, before, NOW)
    assert decision.next_call_at == NOW + timedelta(minutes=minutes)
    assert decision.attempts == before + 1 and not decision.gives_up


def test_after_the_maximum_attempts_the_lead_goes_to_nurture() -> None:
    policy = RetryPolicy(max_attempts=3, nurture_recycle_days=30)
    decision = decide(policy, Disposition.BUSY, 2, NOW)
    assert decision.gives_up
    assert decision.nurture_reason == "no contact after 3 call attempts"
    assert policy.recycle_on(date(2026, 11, 24)) == date(2026, 12, 24)


def test_a_bad_number_gives_up_at_once() -> None:
    decision = decide(RetryPolicy(), Disposition.BAD_NUMBER, 0, NOW)
    assert decision.gives_up and "bad number" in decision.nurture_reason


def test_configured_delays() -> None:
    policy = RetryPolicy(delays={"busy": (5,), "no_answer": (60, 90)})
    assert decide(policy, Disposition.BUSY, 3, NOW).next_call_at == NOW + timedelta(minutes=5)


def test_daily_limit_by_region() -> None:
    policy = RetryPolicy(daily_limits={"US-FL": 3})
    earlier = [NOW - timedelta(hours=5), NOW - timedelta(hours=1)]
    limited = decide(
        policy, Disposition.BUSY, 2, NOW, recent_calls=earlier, country="US", region="FL"
    )
    assert limited.next_call_at == earlier[0] + timedelta(hours=24)
    free = decide(policy, Disposition.BUSY, 2, NOW, recent_calls=earlier, country="US", region="NY")
    assert free.next_call_at == NOW + timedelta(minutes=240)
    # Calls older than 24 hours do not count.
    old = [NOW - timedelta(hours=30), NOW - timedelta(hours=25)]
    assert decide(
        policy, Disposition.BUSY, 0, NOW, recent_calls=old, country="US", region="FL"
    ).next_call_at == NOW + timedelta(minutes=15)


def test_contacted_is_not_a_no_contact_disposition() -> None:
    with pytest.raises(InvalidInput, match="not a no-contact"):
        decide(RetryPolicy(), Disposition.CONTACTED, 0, NOW)


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"max_attempts": 0}, "at least 1"),
        ({"delays": {"busy": (0,)}}, "positive"),
        ({"delays": {"contacted": (5,)}}, "not a no-contact"),
        ({"nurture_recycle_days": 0}, "nurture_recycle_days"),
    ],
)
def test_bad_policies_are_refused(kwargs: dict[str, object], problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]
