"""Many leads, fast: the report benchmark's million, each with its simulated history.

Synthetic leads are plain rows written in chunks, each chunk followed by its history, so
memory stays flat however many leads are asked for.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from qualifier_app.demo.cast import active_script_id, cast_of
from qualifier_app.demo.chance import pick
from qualifier_app.demo.history import HistoryCounts, HistorySimulator
from qualifier_app.demo.history_rows import finish, first_ids, write_history
from qualifier_app.domain.clock import Clock
from qualifier_app.persistence import audit, bulk
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, Lead, Queue
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.settings import QueuePolicy

CHUNK = 20_000

LEAD_COLUMNS = (
    "id",
    "company",
    "company_key",
    "first_name",
    "last_name",
    "title",
    "phone_raw",
    "phone_e164",
    "phone_valid",
    "email_raw",
    "email_normalized",
    "email_valid",
    "website",
    "country",
    "region",
    "city",
    "postal_code",
    "time_zones",
    "calling_profile_id",
    "employees",
    "industry",
    "product_interest",
    "inquiry",
    "source",
    "campaign_id",
    "field_sources",
    "score",
    "segment",
    "grade",
    "status",
    "queue_id",
    "assigned_rep_id",
    "attempts",
    "next_call_at",
    "last_attempt_at",
    "touches",
    "consent",
    "consent_source",
    "recycle_on",
    "status_reason",
    "inquired_at",
    "created_at",
    "updated_at",
    "version",
)
_PLACES = (
    ("US", "NY", "+1212555"),
    ("US", "CA", "+1415555"),
    ("US", "TX", "+1512555"),
    ("US", "IL", "+1312555"),
    ("CA", "ON", "+1416555"),
    ("GB", None, "+44207946"),
    ("DE", None, "+49301234"),
    ("FR", None, "+33142345"),
    ("AU", "NSW", "+61291234"),
    ("BR", None, "+55113456"),
)
_WORDS = ("Acme", "Northwind", "Globex", "Initech", "Summit", "Redwood", "Lakeside", "Crescent")
_KINDS = ("Health", "Bank", "Logistics", "Systems", "Retail", "Energy", "Media", "Labs")


class BulkHistory:
    """Adds `leads` synthetic leads with their simulated history to a demo database."""

    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy

    def add(
        self,
        leads: int,
        days: int,
        seed: int | None = None,
        contact_rate: float = 0.32,
        progress: Any = None,
    ) -> HistoryCounts:
        rng = random.Random(seed)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            reps, partners = cast_of(session, rng)
            campaigns = list(session.execute(select(Campaign.id, Campaign.channel)).all())
            queues = list(session.execute(select(Queue.id).order_by(Queue.id)).scalars())
            if not campaigns or not queues or not reps:
                raise ValueError("load the demo first: history needs reps, campaigns and queues")
            places = [
                (
                    country,
                    region,
                    prefix,
                    *profile_for_lead(session, self._policy, f"{prefix}0000", country, region),
                )
                for country, region, prefix in _PLACES
            ]
            simulator = HistorySimulator(
                rng, now, reps, partners, active_script_id(session), contact_rate
            )
            ids = first_ids(session)
            next_lead = bulk.next_id(session, Lead.__table__)  # type: ignore[arg-type]
            done = 0
            for chunk in _chunks(leads, CHUNK):
                batch = [
                    _synthetic_lead(rng, next_lead + done + i, now, days, places, campaigns, queues)
                    for i in range(chunk)
                ]
                rows = simulator.play(batch, ids)
                bulk.write_rows(
                    session,
                    Lead.__table__,  # type: ignore[arg-type]
                    LEAD_COLUMNS,
                    (tuple(lead[c] for c in LEAD_COLUMNS) for lead in batch),
                )
                write_history(session, rows)
                simulator.counts.attempts += len(rows.attempts)
                done += chunk
                if progress is not None:
                    progress(done, simulator.counts.attempts)
            finish(session)
            audit.record(
                session,
                at=now,
                actor_id=None,
                action="demo.history_added",
                entity_type="database",
                entity_id="demo",
                after={"leads": leads, "days": days, "attempts": simulator.counts.attempts},
            )
            uow.commit()
        return simulator.counts


def _chunks(total: int, size: int) -> Iterator[int]:
    while total > 0:
        yield min(size, total)
        total -= size


def _synthetic_lead(
    rng: random.Random,
    lead_id: int,
    now: datetime,
    days: int,
    places: list[tuple[Any, ...]],
    campaigns: list[Any],
    queues: list[int],
) -> dict[str, Any]:
    country, region, prefix, zones, profile_id = pick(rng, places)
    campaign_id, channel = pick(rng, campaigns)
    company = f"{_WORDS[lead_id % len(_WORDS)]} {_KINDS[(lead_id // 8) % len(_KINDS)]} {lead_id}"
    inquired = now - timedelta(seconds=rng.random() * days * 86_400)
    enterprise = rng.random() < 0.3
    number = f"{prefix}{lead_id % 10_000:04d}"
    email = f"contact{lead_id}@example.com"
    return {
        "id": lead_id,
        "company": company,
        "company_key": company.lower(),
        "first_name": "Pat",
        "last_name": f"Prospect {lead_id}",
        "title": "IT Manager",
        "phone_raw": number,
        "phone_e164": number,
        "phone_valid": True,
        "email_raw": email,
        "email_normalized": email,
        "email_valid": True,
        "website": "",
        "country": country,
        "region": region,
        "city": "",
        "postal_code": "",
        "time_zones": zones,
        "calling_profile_id": profile_id,
        "employees": 1500 if enterprise else 80,
        "industry": "technology",
        "product_interest": "Contact center",
        "inquiry": "",
        "source": channel,
        "campaign_id": campaign_id,
        "field_sources": {},
        "score": int(rng.random() * 100),
        "segment": "enterprise" if enterprise else "smb",
        "grade": None,
        "status": "queued",
        "queue_id": pick(rng, queues),
        "assigned_rep_id": None,
        "attempts": 0,
        "next_call_at": None,
        "last_attempt_at": None,
        "touches": 1,
        "consent": "unknown",
        "consent_source": channel,
        "recycle_on": None,
        "status_reason": "",
        "inquired_at": inquired,
        "created_at": inquired,
        "updated_at": inquired,
        "version": 1,
    }
