"""Leads placed again: their zones and calling profile worked out anew from their phone and
address, as an import places a lead today.

A lead keeps the place it was given when it was imported (or its phone last corrected). A
center upgraded past a change to how leads are placed (calling places from the number as
well as the address, migration 0043; the area codes that cross a zone line) places its
leads again once, with `qualifier lead place-again`. Leads a rep holds now are left as they
are (the rep's card shows their place): run it again later for them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.settings import QueuePolicy

CHUNK = 500
# A lead that will never be called again keeps the place it had.
CLOSED = (LeadStatus.DISQUALIFIED.value, LeadStatus.DO_NOT_CALL.value, LeadStatus.MERGED.value)


@dataclass(frozen=True)
class PlacedAgain:
    examined: int
    moved: int  # their zones or calling profile changed
    held: int  # to be placed again but held by a rep now: left as they are


class PlacingService:
    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy

    def place_again(self, actor: Actor) -> PlacedAgain:
        require(actor, Action.MANAGE_CALLING_RULES)
        examined = moved = held = 0
        last_id = 0
        while True:
            with self._frame.change(actor) as change:
                session, now = change.session, change.now
                rows = session.execute(
                    select(
                        Lead.id,
                        Lead.version,
                        Lead.phone_e164,
                        Lead.country,
                        Lead.region,
                        Lead.time_zones,
                        Lead.calling_profile_id,
                        Lead.lease_owner_id,
                        Lead.lease_expires_at,
                    )
                    .where(Lead.id > last_id, Lead.status.not_in(CLOSED))
                    .order_by(Lead.id)
                    .limit(CHUNK)
                    .with_for_update()
                ).all()
                if not rows:
                    change.discard()
                    break
                last_id = rows[-1].id
                examined += len(rows)
                for row in rows:
                    zones, profile = profile_for_lead(
                        session, self._policy, row.phone_e164, row.country, row.region
                    )
                    if (zones, profile) == (row.time_zones, row.calling_profile_id):
                        continue
                    if row.lease_owner_id is not None and row.lease_expires_at > now:
                        held += 1
                        continue
                    moved += 1
                    session.execute(
                        update(Lead)
                        .where(Lead.id == row.id, Lead.version == row.version)
                        .values(
                            time_zones=zones,
                            calling_profile_id=profile,
                            version=row.version + 1,
                            updated_at=now,
                        )
                    )
                    change.audit(
                        "lead.placed_again",
                        "lead",
                        row.id,
                        before={"time_zones": row.time_zones},
                        after={"time_zones": zones},
                        reason="placed again from its phone and address",
                    )
        with self._frame.change(actor) as change:
            change.audit(
                "leads.placed_again",
                "calling_rules",
                "",
                after={"examined": examined, "moved": moved, "held": held},
            )
        return PlacedAgain(examined, moved, held)
