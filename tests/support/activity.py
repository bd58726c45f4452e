"""Making call attempts, campaigns, partners and handoffs directly, as other features would."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import CallAttempt, Campaign, Handoff, Partner, PartnerRep
from tests.support.factories import Factory

_numbers = itertools.count(1)


class Activity:
    def __init__(self, factory: Factory) -> None:
        self.factory = factory
        self.db = factory.db
        self.now = factory.clock.now()

    def _add(self, row: Any) -> int:
        with self.db.unit_of_work() as uow:
            uow.session.add(row)
            uow.session.flush()
            uow.commit()
            return int(row.id)

    def campaign(self, name: str, cost: str | int = 0, channel: str = "web form") -> int:
        return self._add(
            Campaign(
                name=name,
                channel=channel,
                source=channel,
                cost=Decimal(cost),
                currency="USD",
                created_at=self.now,
            )
        )

    def partner(self, name: str, manager: Actor | None = None, **fields: Any) -> int:
        values: dict[str, Any] = {
            "name": name,
            "countries": ["US"],
            "regions": [],
            "postal_prefixes": [],
            "products": [],
            "segments": ["smb", "enterprise"],
            "sla_hours": 48,
            "active": True,
            "created_at": self.now,
            "channel_manager_id": manager.user_id if manager else None,
        }
        values.update(fields)
        return self._add(Partner(**values))

    def partner_rep(self, partner_id: int, name: str) -> int:
        return self._add(
            PartnerRep(
                partner_id=partner_id,
                name=name,
                email=f"{name.split(maxsplit=1)[0].lower()}@p.example",
            )
        )

    def attempt(
        self,
        lead_id: int,
        rep: Actor,
        started_at: datetime,
        seconds: int = 300,
        disposition: str = "contacted",
        outcome: str = "retry",
        **fields: Any,
    ) -> int:
        return self._add(
            CallAttempt(
                request_id=str(uuid.uuid4()),
                lead_id=lead_id,
                rep_id=rep.user_id,
                started_at=started_at,
                ended_at=started_at + timedelta(seconds=seconds),
                disposition=disposition,
                outcome=outcome,
                **fields,
            )
        )

    def handoff(self, lead_id: int, partner_id: int, created_at: datetime, **fields: Any) -> int:
        values: dict[str, Any] = {
            "request_id": str(uuid.uuid4()),
            "lead_id": lead_id,
            "partner_id": partner_id,
            "status": "sent",
            "created_at": created_at,
            "sent_at": created_at,
            "message_id": f"<handoff-{next(_numbers)}@test>",
        }
        values.update(fields)
        return self._add(Handoff(**values))
