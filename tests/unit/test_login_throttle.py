from __future__ import annotations

from datetime import timedelta

from qualifier_app.services.accounts.users import lock_duration


def test_three_free_tries_then_doubling_up_to_fifteen_minutes() -> None:
    assert [lock_duration(n) for n in range(3)] == [timedelta(0)] * 3
    assert lock_duration(3) == timedelta(seconds=5)
    assert lock_duration(4) == timedelta(seconds=10)
    assert lock_duration(5) == timedelta(seconds=20)
    assert lock_duration(30) == timedelta(minutes=15)
