"""Realistic demo data: people, teams, queues, campaigns, a script, partners and inquiries."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.demo.campaigns import add_campaigns
from qualifier_app.demo.cast import active_script_id, cast_of
from qualifier_app.demo.history import HistorySimulator
from qualifier_app.demo.history_rows import HistoryRows, finish, first_ids, write_history
from qualifier_app.demo.inquiries import (
    invent_inquiries,
    record_leads_created,
    write_leads,
    write_touches,
)
from qualifier_app.demo.partners import add_partners
from qualifier_app.demo.people import DemoAccount, add_center, add_people, add_queues, add_teams
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.persistence import audit, bulk
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead, User
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import QueuePolicy


@dataclass
class DemoResult:
    accounts: list[DemoAccount] = field(default_factory=list)
    leads: int = 0
    duplicate_touches: int = 0
    invalid_phones: int = 0
    invalid_emails: int = 0
    campaigns: int = 0
    partners: int = 0
    history_days: int = 0
    attempts: int = 0
    handoffs: int = 0
    won: int = 0
    won_revenue: Decimal = Decimal(0)


class DemoService:
    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy

    def has_data(self) -> bool:
        with self._db.unit_of_work(write=False) as uow:
            return uow.session.execute(select(User.id).limit(1)).first() is not None

    def load(
        self, inquiries: int = 500, seed: int | None = None, history_days: int = 0
    ) -> DemoResult:
        """Fill an empty database; with `history_days`, inquiries spread over that many past
        days and each lead gets its simulated history (attempts, outcomes, handoffs, feedback)."""
        if inquiries < 0:
            raise Conflict("the number of inquiries cannot be negative")
        if not 0 <= history_days <= 3650:
            raise InvalidInput("the history must be 0 to 3650 days", "history")
        rng = random.Random(seed)
        now = self._clock.now()
        result = DemoResult()
        with self._db.unit_of_work() as uow:
            session = uow.session
            if session.execute(select(User.id).limit(1)).first() is not None:
                raise Conflict(
                    "this database has users already; `qualifier demo` only fills an empty "
                    "database (use a new --db to try it again)"
                )
            add_center(session, now)
            teams = add_teams(session, now)
            queues = add_queues(session, teams, now)
            result.accounts = add_people(session, teams, queues, now)
            campaigns = add_campaigns(session, now)
            result.campaigns = len(campaigns)
            install_scripts(session, now)
            manager = session.execute(
                select(User.id).where(User.login == "sam.supervisor")
            ).scalar_one()
            result.partners = add_partners(session, manager, now)
            self._inquiries(session, rng, inquiries, campaigns, queues, now, result, history_days)
            audit.record(
                session,
                at=now,
                actor_id=None,
                action="demo.loaded",
                entity_type="database",
                entity_id="demo",
                after={"leads": result.leads, "seed": seed},
            )
            uow.commit()
        return result

    def _inquiries(
        self,
        session: Session,
        rng: random.Random,
        count: int,
        campaigns: list[tuple[int, str, str]],
        queues: dict[str, int],
        now: datetime,
        result: DemoResult,
        history_days: int = 0,
    ) -> None:
        invented = invent_inquiries(
            session, rng, self._policy, count, campaigns, queues, now, max(60, history_days)
        )
        result.invalid_phones += invented.invalid_phones
        result.invalid_emails += invented.invalid_emails
        leads, touches = invented.leads, invented.touches
        if not leads:
            return
        result.history_days = history_days
        rows = self._history(session, rng, leads, now, result) if history_days else None
        ids = write_leads(session, leads)
        if rows is not None:
            write_history(session, rows)
            finish(session)
        write_touches(session, touches, ids)
        record_leads_created(session, ids, leads, now)
        result.leads = len(leads)
        result.duplicate_touches = len(touches) - len(leads)

    @staticmethod
    def _history(
        session: Session,
        rng: random.Random,
        leads: list[dict[str, Any]],
        now: datetime,
        result: DemoResult,
    ) -> HistoryRows:
        reps, partners = cast_of(session, rng)
        simulator = HistorySimulator(rng, now, reps, partners, active_script_id(session))
        ids = first_ids(session)
        first_lead = bulk.next_id(session, Lead.__table__)  # type: ignore[arg-type]
        for index, lead in enumerate(leads):
            lead["id"] = first_lead + index
            for key in ("next_call_at", "last_attempt_at", "assigned_rep_id", "recycle_on"):
                lead.setdefault(key, None)
        rows = simulator.play(leads, ids)
        result.attempts = len(rows.attempts)
        result.handoffs = simulator.counts.handoffs
        result.won = simulator.counts.won
        result.won_revenue = simulator.counts.revenue
        return rows
