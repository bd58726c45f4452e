"""When a no-contact call is tried again: the retry policy, given the calls of the last day."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.retry import Disposition, RetryDecision, RetryPolicy, decide
from qualifier_app.persistence.models import CallAttempt, Lead


def next_try(
    session: Session,
    retry: RetryPolicy,
    lead: Lead,
    attempts: int,
    disposition: Disposition,
    now: datetime,
) -> RetryDecision:
    """The decision after attempt number `attempts` + 1 of `lead` ended in `disposition`."""
    recent = session.execute(
        select(CallAttempt.ended_at).where(
            CallAttempt.lead_id == lead.id, CallAttempt.ended_at > now - timedelta(hours=24)
        )
    ).scalars()
    return decide(
        retry,
        disposition,
        attempts,
        now,
        recent_calls=list(recent),
        country=lead.country,
        region=lead.region,
    )
