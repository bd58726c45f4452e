"""Nurture: leads that were real but not ready come back to the queue on their recycle date."""

from __future__ import annotations

from sqlalchemy import select, update

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead
from qualifier_app.services.frame import Frame

BATCH = 500


class NurtureService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def recycle_due(self, actor: Actor) -> int:
        """Put every nurture lead whose recycle date has come back in its queue, as a fresh
        cycle (attempts from zero). Safe from many workstations at once: each lead moves in a
        conditional update that only one of them wins. Returns how many moved."""
        require(actor, Action.RECYCLE_NURTURE)
        moved = 0
        while True:
            seen, batch = self._recycle_batch(actor)
            moved += batch
            if seen < BATCH:
                return moved

    def _recycle_batch(self, actor: Actor) -> tuple[int, int]:
        """(leads found due, leads this call moved)."""
        with self._frame.change(actor) as change:
            session, now = change.session, change.now
            due = session.execute(
                select(Lead.id, Lead.recycle_on, Lead.attempts)
                .where(
                    Lead.status == LeadStatus.NURTURE.value,
                    Lead.recycle_on.is_not(None),
                    Lead.recycle_on <= now.date(),
                )
                .order_by(Lead.recycle_on, Lead.id)
                .limit(BATCH)
            ).all()
            if not due:
                change.discard()
                return 0, 0
            moved = set(
                session.execute(
                    update(Lead)
                    .where(
                        Lead.id.in_([row.id for row in due]),
                        Lead.status == LeadStatus.NURTURE.value,
                    )
                    .values(
                        status=LeadStatus.QUEUED.value,
                        attempts=0,
                        next_call_at=None,
                        assigned_rep_id=None,
                        recycle_on=None,
                        updated_at=now,
                        version=Lead.version + 1,
                    )
                    .returning(Lead.id)
                    .execution_options(synchronize_session=False)
                ).scalars()
            )
            for row in due:
                if row.id in moved:
                    change.audit(
                        "lead.recycled",
                        "lead",
                        row.id,
                        before={
                            "status": "nurture",
                            "recycle_on": row.recycle_on,
                            "attempts": row.attempts,
                        },
                        after={"status": "queued", "attempts": 0},
                        reason="recycle date reached",
                    )
            return len(due), len(moved)
