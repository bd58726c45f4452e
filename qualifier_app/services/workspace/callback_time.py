"""When a callback may be set: in the future, within the horizon, and at a moment the lead's
place allows a call (window, days, holidays), as the claim will judge it. One rule for the
callbacks of BANT calls and of check calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import check_callback_time
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Lead

# Why a call to a lead of this calling profile then would break its place's rules, or None
# (calling_profiles.why_not_callable, read in the caller's transaction or kept a moment).
WhyNotCallable = Callable[[int, datetime], str | None]


def allowed_callback(
    why_not_callable: WhyNotCallable, lead: Lead, at: datetime | None, now: datetime
) -> datetime:
    at = check_callback_time(at, now)
    refused = why_not_callable(lead.calling_profile_id, at)
    if refused is not None and cw.parse_zones_key(lead.time_zones):
        raise InvalidInput(
            message("a callback then is not allowed: {refused}", refused=refused), "callback_at"
        )
    # As stored, and as the confirmations that name it UTC say it: typed in the prospect's zone.
    return at.astimezone(UTC)
