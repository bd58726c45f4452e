"""Making leads, users and queues directly in a test database."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence.models import Lead, Queue, QueueMember, Team
from qualifier_app.services.queue.calling_profiles import profile_for_lead

PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


class Factory:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db
        self.clock = services.clock

    def team(self, name: str = "Team A") -> int:
        with self.db.unit_of_work() as uow:
            found = uow.session.execute(select(Team.id).where(Team.name == name)).scalar()
            if found is not None:
                return int(found)
            team = Team(name=name, created_at=self.clock.now())
            uow.session.add(team)
            uow.session.flush()
            uow.commit()
            return team.id

    def queue(self, name: str = "Main", team: str | None = None) -> int:
        team_id = self.team(team) if team else None
        with self.db.unit_of_work() as uow:
            found = uow.session.execute(select(Queue.id).where(Queue.name == name)).scalar()
            if found is not None:
                return int(found)
            queue = Queue(name=name, description="", team_id=team_id, created_at=self.clock.now())
            uow.session.add(queue)
            uow.session.flush()
            uow.commit()
            return queue.id

    def user(
        self,
        login: str,
        role: Role = Role.REP,
        team: str | None = "Team A",
        queues: tuple[str, ...] = ("Main",),
    ) -> Actor:
        if team:
            self.team(team)
        self.services.accounts.add_user(OPERATOR, login, PASSWORD, role.value, login.title(), team)
        actor = self.services.accounts.actor_for(login)
        for queue in queues:
            queue_id = self.queue(queue)
            with self.db.unit_of_work() as uow:
                # A rep added to a team joined the team's queues already.
                if uow.session.get(QueueMember, (queue_id, actor.user_id)) is None:
                    uow.session.add(QueueMember(queue_id=queue_id, user_id=actor.user_id))
                    uow.commit()
        return actor

    def center(self, zone: str, currency: str | None = None) -> Actor:
        """The center, Harbor Center, in time zone `zone` (and `currency`, else US dollars),
        set by its administrator ada (who is returned)."""
        ada = self.user("ada", Role.ADMIN, team=None, queues=())
        self.services.center.change(ada, name="Harbor Center", time_zone=zone, currency=currency)
        return ada

    def lead(self, queue: str = "Main", **fields: Any) -> int:
        """A queued lead in New York (open 08:00–21:00 local) unless told otherwise."""
        return self.leads(1, queue, **fields)[0]

    def leads(self, count: int, queue: str = "Main", **fields: Any) -> list[int]:
        """`count` leads as `lead` makes them, in one transaction."""
        queue_id = self.queue(queue)
        with self.db.unit_of_work() as uow:
            made = [Lead(**self._lead_values(uow.session, queue_id, fields)) for _ in range(count)]
            uow.session.add_all(made)
            uow.session.flush()
            uow.commit()
            return [lead.id for lead in made]

    def _lead_values(
        self, session: Session, queue_id: int, fields: dict[str, Any]
    ) -> dict[str, Any]:
        number = next(_numbers)
        # 555-1000 to 555-9999: tests write their own numbers below 555-1000, and a lead the
        # factory makes must never share one with them (per-number caps, lookup, erasure).
        line = 1000 + number % 9000
        now = self.clock.now()
        values: dict[str, Any] = {
            "company": f"Company {number}",
            "company_key": f"company {number}",
            "first_name": "Pat",
            "last_name": f"Prospect{number}",
            "phone_raw": f"+1 212 555 {line}",
            "phone_e164": f"+1212555{line}",
            "phone_valid": True,
            "country": "US",
            "region": "NY",
            "status": "queued",
            "score": 50,
            "inquired_at": now - timedelta(days=1),
            "created_at": now - timedelta(days=1),
            "updated_at": now,
            "queue_id": queue_id,
        }
        values.update(fields)
        if "calling_profile_id" not in values:
            zones, profile_id = profile_for_lead(
                session,
                self.services.settings.queue,
                values.get("phone_e164"),
                values.get("country"),
                values.get("region"),
            )
            values["calling_profile_id"] = profile_id
            values.setdefault("time_zones", zones)
        return values

    def get_lead(self, lead_id: int) -> Lead:
        with self.db.unit_of_work(write=False) as uow:
            lead = uow.session.get(Lead, lead_id)
            assert lead is not None
            uow.session.expunge(lead)
            return lead

    def set_lead(self, lead_id: int, **fields: Any) -> None:
        with self.db.unit_of_work() as uow:
            lead = uow.session.get(Lead, lead_id)
            assert lead is not None
            for key, value in fields.items():
                setattr(lead, key, value)
            uow.commit()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
