"""A simulated handoff and what the partner reports on it, closing the loop.

The partner accepts, rejects or lets the SLA run out; an accepted lead may become an active
opportunity with pipeline value and end won or lost, if the partner reports at all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from qualifier_app.demo.cast import PartnerProfile
from qualifier_app.demo.chance import pick
from qualifier_app.domain.text import message, stored

REJECT_REASONS = ("not our territory", "already a customer of ours", "too small for us")
LOST_REASONS = ("went with a competitor", "project cancelled", "price")
SIMULATED_WHY = stored(message("covers the lead's country and segment (simulated history)"))
SLA_RAN_OUT = stored(message("SLA ran out"))


@dataclass(frozen=True)
class SimulatedHandoff:
    row: tuple[Any, ...]  # in the order of HANDOFF_COLUMNS
    events: list[tuple[Any, ...]]  # in the order of EVENT_COLUMNS
    won_revenue: Decimal | None


def play_handoff(  # noqa: PLR0912, PLR0915 - one handoff's story
    rng: random.Random,
    now: datetime,
    handoff_id: int,
    lead: dict[str, Any],
    partner: PartnerProfile,
    segment: str,
    qualification_id: int | None,
    qualified_by_id: int,
    grade: str,
    qualified_at: datetime,
) -> SimulatedHandoff:
    created = qualified_at + timedelta(minutes=rng.uniform(2, 30))
    if created >= now:
        created = qualified_at
    sent = created + timedelta(minutes=1)
    deadline = sent + timedelta(hours=partner.sla_hours)
    status = "sent"
    accepted_at = rejected_at = closed_on = last_update = None
    reject_reason = lost_reason = ""
    breached = False
    pipeline: Decimal | None = None
    revenue: Decimal | None = None
    events: list[tuple[Any, ...]] = [(handoff_id, sent, "sent", "delivery", "", {})]
    roll = rng.random()
    if roll < 0.72:
        accepted_at = sent + timedelta(hours=rng.uniform(0.3, partner.sla_hours * 1.3))
        if accepted_at <= now:
            status = "accepted"
            breached = accepted_at > deadline
            last_update = accepted_at
            events.append((handoff_id, accepted_at, "accepted", "import", "", {}))
        else:
            accepted_at = None
    elif roll < 0.86:
        rejected_at = sent + timedelta(hours=rng.uniform(0.5, partner.sla_hours))
        if rejected_at <= now:
            status = "rejected"
            reject_reason = pick(rng, REJECT_REASONS)
            last_update = rejected_at
            events.append((handoff_id, rejected_at, "rejected", "import", reject_reason, {}))
        else:
            rejected_at = None
    elif deadline <= now:
        status = "expired"
        breached = True
        events.append((handoff_id, deadline, "expired", "sweep", SLA_RAN_OUT, {}))
    if status == "accepted" and accepted_at is not None:
        last_update = None  # accepted, then the partner may never report again
        if rng.random() < partner.reports:
            size = 15_000 if segment == "enterprise" else 2_500
            pipeline = Decimal(int(size * rng.uniform(0.3, 3.0)))
            active_at = accepted_at + timedelta(days=rng.uniform(1, 10))
            if active_at <= now:
                status = "active"
                last_update = active_at
                events.append(
                    (handoff_id, active_at, "active", "import", "", {"pipeline": str(pipeline)})
                )
                closed_at = active_at + timedelta(days=rng.uniform(10, 80))
                if closed_at <= now:
                    if rng.random() < partner.wins * (1.3 if grade == "A" else 1.0):
                        status = "won"
                        revenue = (
                            pipeline * Decimal(str(round(rng.uniform(0.7, 1.15), 2)))
                        ).quantize(Decimal("0.01"))
                    elif rng.random() < 0.6:
                        status = "lost"
                        lost_reason = pick(rng, LOST_REASONS)
                    if status in ("won", "lost"):
                        closed_on = closed_at.date()
                        last_update = closed_at
                        events.append((handoff_id, closed_at, status, "import", lost_reason, {}))
    row = (
        handoff_id,
        f"history-{handoff_id}",
        lead["id"],
        partner.id,
        pick(rng, partner.rep_ids) if partner.rep_ids else None,
        qualification_id,
        qualified_by_id,
        None,
        grade,
        SIMULATED_WHY,
        "",
        status,
        created,
        sent,
        deadline,
        None,
        accepted_at,
        rejected_at,
        reject_reason,
        breached,
        pipeline,
        revenue,
        closed_on,
        lost_reason,
        last_update,
        1,
        sent,
        "outbox",
        f"<history-{handoff_id}@qualifier.invalid>",
        1,
    )
    return SimulatedHandoff(row, events, revenue)
