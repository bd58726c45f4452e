"""Calling `qualifier_claim_next` in plain psycopg, as the app's one-call claim does."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from qualifier_app.persistence import queue_sql

# The app's call with psycopg's placeholders.
CLAIM = re.sub(r":(\w+)", r"%(\1)s", str(queue_sql.CLAIM_CALL))


def claim_params(rep_id: int, now: datetime, open_profiles: list[int]) -> dict[str, Any]:
    """A claim for `rep_id` at `now`, within the minute, in these profiles, nothing blocked."""
    return {
        "rep_id": rep_id,
        "now": now,
        "valid_from": now - timedelta(minutes=1),
        "valid_until": now + timedelta(minutes=1),
        "lease_seconds": 900,
        "open_profiles": open_profiles,
        "file_max_attempts": None,
        "default_max_attempts": 6,
        "blocked_countries": [],
        "cap_profiles": [],
        "cap_hours": [],
        "cap_calls": [],
    }
