"""When a no-contact call is tried again: the retry policy, given the calls of the last day."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.retry import Disposition, RetryDecision, RetryPolicy, decide
from qualifier_app.persistence.models import CallAttempt, Lead

# The earlier calls to a lead within the last 24 hours before a moment: (lead id, moment).
RecentCalls = Callable[[int, datetime], Sequence[datetime]]


def next_try(
    recent_calls: RecentCalls,
    retry: RetryPolicy,
    lead: Lead,
    attempts: int,
    disposition: Disposition,
    now: datetime,
) -> RetryDecision:
    """The decision after attempt number `attempts` + 1 of `lead` ended in `disposition`.
    The earlier calls are asked for only where the lead's place limits calls per day."""
    limited = retry.daily_limit(lead.country, lead.region) is not None
    return decide(
        retry,
        disposition,
        attempts,
        now,
        recent_calls=recent_calls(lead.id, now) if limited else (),
        country=lead.country,
        region=lead.region,
    )


def calls_in(session: Session) -> RecentCalls:
    """RecentCalls read in the session's transaction."""

    def recent(lead_id: int, now: datetime) -> list[datetime]:
        return list(
            session.execute(
                select(CallAttempt.ended_at).where(
                    CallAttempt.lead_id == lead_id,
                    CallAttempt.ended_at > now - timedelta(hours=24),
                )
            ).scalars()
        )

    return recent
