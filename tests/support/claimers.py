"""A claiming process for the concurrency tests: claim, prove ownership, give back, repeat."""

from __future__ import annotations

import time
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.persistence.database import Database
from qualifier_app.services.accounts.users import AccountService
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.settings import QueuePolicy

PROBE_TABLE = "holder_probe"


def create_probe(url: str) -> None:
    db = Database.from_url(url)
    with db.engine.begin() as connection:
        connection.execute(
            text(f"CREATE TABLE {PROBE_TABLE} (lead_id INTEGER PRIMARY KEY, holder INTEGER)")
        )
    db.dispose()


def claim_loop(
    url: str, login: str, rounds: int, hold_seconds: float, at: datetime
) -> dict[str, object]:
    """Claim `rounds` times, with the clock stopped at `at` (calling windows open, no lease
    runs out, so every overlap would be a real double claim). While holding a lead, insert
    (lead, me) into a probe table keyed by the lead: a second simultaneous holder cannot
    insert and is counted."""
    db = Database.from_url(url, pool_size=2)
    clock = ManualClock(at)
    queue = QueueService(db, clock, QueuePolicy())
    actor = AccountService(db, clock).actor_for(login)
    claimed: list[int] = []
    doubles: list[int] = []
    empty = 0
    for _ in range(rounds):
        try:
            lead = queue.claim_next(actor)
        except NothingEligible:
            empty += 1
            time.sleep(0.005)
            continue
        claimed.append(lead.id)
        try:
            with db.engine.begin() as connection:
                connection.execute(
                    text(f"INSERT INTO {PROBE_TABLE} (lead_id, holder) VALUES (:l, :h)"),
                    {"l": lead.id, "h": actor.user_id},
                )
        except IntegrityError:
            doubles.append(lead.id)
        time.sleep(hold_seconds)
        with db.engine.begin() as connection:
            connection.execute(
                text(f"DELETE FROM {PROBE_TABLE} WHERE lead_id = :l AND holder = :h"),
                {"l": lead.id, "h": actor.user_id},
            )
        queue.release(actor, lead.id)
    db.dispose()
    return {"login": login, "claimed": claimed, "doubles": doubles, "empty": empty}
