"""Nurture: leads that were real but not ready come back to the queue on their recycle date,
unless their phone or e-mail is on the do-not-call list (they become do-not-call) or the
prospect said no to being called again (they stay in nurture, with no recycle date)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import DoNotCallEntry, Lead
from qualifier_app.services.center_days import center_today
from qualifier_app.services.compliance import consents
from qualifier_app.services.frame import Change, Frame

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
                select(
                    Lead.id, Lead.recycle_on, Lead.attempts, Lead.phone_e164, Lead.email_normalized
                )
                .where(
                    Lead.status == LeadStatus.NURTURE.value,
                    Lead.recycle_on.is_not(None),
                    Lead.recycle_on <= center_today(session, now),
                )
                .order_by(Lead.recycle_on, Lead.id)
                .limit(BATCH)
            ).all()
            if not due:
                change.discard()
                return 0, 0
            held_back = _hold_back(
                change, [(row.id, row.phone_e164, row.email_normalized) for row in due]
            )
            moved = set(
                session.execute(
                    update(Lead)
                    .where(
                        Lead.id.in_([row.id for row in due if row.id not in held_back]),
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


def _hold_back(change: Change, due: Sequence[tuple[int, str | None, str | None]]) -> set[int]:
    """The due leads that may not be called again, kept out of the queue: a listed phone or
    e-mail makes the lead do-not-call (as listing it would have); a "no" to being called
    keeps it in nurture with no recycle date."""
    session, now = change.session, change.now
    hashes = {
        lead_id: {
            dnc_hash(kind, value)
            for kind, value in ((DncKind.PHONE, phone), (DncKind.EMAIL, email))
            if value
        }
        for lead_id, phone, email in due
    }
    listed_hashes = set(
        session.execute(
            select(DoNotCallEntry.value_hash).where(
                DoNotCallEntry.value_hash.in_(set().union(*hashes.values()))
            )
        ).scalars()
    )
    listed = sorted(lead_id for lead_id, keys in hashes.items() if keys & listed_hashes)
    said_no = sorted(
        consents.leads_that_said_no_to_calls(session, [lead_id for lead_id, _, _ in due])
        - set(listed)
    )
    for lead_ids, values, action, reason in (
        (
            listed,
            {
                "status": LeadStatus.DO_NOT_CALL.value,
                "status_reason": "do not call: phone or e-mail on the do-not-call list",
            },
            "lead.do_not_call",
            "phone or e-mail on the do-not-call list",
        ),
        (said_no, {}, "lead.not_recycled", "the prospect said no to being called again"),
    ):
        if not lead_ids:
            continue
        done = session.execute(
            update(Lead)
            .where(Lead.id.in_(lead_ids), Lead.status == LeadStatus.NURTURE.value)
            .values(
                **values,
                recycle_on=None,
                next_call_at=None,
                assigned_rep_id=None,
                updated_at=now,
                version=Lead.version + 1,
            )
            .returning(Lead.id)
            .execution_options(synchronize_session=False)
        ).scalars()
        for lead_id in done:
            change.audit(
                action,
                "lead",
                lead_id,
                before={"status": LeadStatus.NURTURE.value},
                after={
                    "status": values.get("status", LeadStatus.NURTURE.value),
                    "recycle_on": None,
                },
                reason=reason,
            )
    return set(listed) | set(said_no)
