"""Who plays in the simulated history: the reps with their skill, the partners with their habits."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.persistence.models import Partner, PartnerRep, Script, User


@dataclass(frozen=True)
class RepProfile:
    id: int
    skill: float  # multiplies the chance of reaching and qualifying a prospect


@dataclass(frozen=True)
class PartnerProfile:
    id: int
    countries: frozenset[str]
    segments: frozenset[str]
    sla_hours: int
    rep_ids: tuple[int, ...]
    reports: float  # chance that it reports on an accepted lead at all
    wins: float


def cast_of(session: Session, rng: random.Random) -> tuple[list[RepProfile], list[PartnerProfile]]:
    reps = [
        RepProfile(rep_id, round(rng.uniform(0.7, 1.3), 2))
        for rep_id in session.execute(
            select(User.id).where(User.role == "rep", User.active.is_(True)).order_by(User.id)
        ).scalars()
    ]
    partner_reps: dict[int, list[int]] = {}
    for rep_id, partner_id in session.execute(select(PartnerRep.id, PartnerRep.partner_id)).all():
        partner_reps.setdefault(partner_id, []).append(rep_id)
    partners = [
        PartnerProfile(
            id=partner.id,
            countries=frozenset(partner.countries),
            segments=frozenset(partner.segments),
            sla_hours=partner.sla_hours,
            rep_ids=tuple(partner_reps.get(partner.id, [])),
            reports=round(rng.uniform(0.55, 0.97), 2),
            wins=round(rng.uniform(0.3, 0.6), 2),
        )
        for partner in session.execute(
            select(Partner).where(Partner.active.is_(True)).order_by(Partner.id)
        ).scalars()
    ]
    return reps, partners


def active_script_id(session: Session) -> int | None:
    return session.execute(
        select(Script.id).where(Script.active.is_(True)).order_by(Script.id).limit(1)
    ).scalar()
