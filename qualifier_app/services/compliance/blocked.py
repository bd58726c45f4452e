"""Why leads that wait to be called cannot be claimed now, and how many each reason holds:
a stale national registry for their country, or their place's rule (a legal holiday, a day
without calls, the hours outside its window). Read for `queue stats`, the team board and the
rep's queue panel; the claim itself enforces the same rules."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.text import message
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import Lead
from qualifier_app.services.compliance.registries import registry_states
from qualifier_app.services.queue.calling_profiles import load_profiles
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.settings import QueuePolicy


@dataclass(frozen=True)
class BlockedReason:
    reason: str
    leads: int

    @property
    def line(self) -> str:
        return message("{leads:,} lead(s): {reason}", leads=self.leads, reason=self.reason)


def blocked_reasons(
    session: Session,
    now: datetime,
    policy: QueuePolicy,
    scope: ColumnElement[bool] | None = None,
    *,
    places: bool = True,
) -> tuple[BlockedReason, ...]:
    """Leads (in `scope`) that are due and free but held back now, grouped by reason, most
    first. A stale registry is named even when it holds no lead back. `places=False` leaves
    the places' rules out (they count every waiting lead of a closed place)."""
    waiting = and_(
        Lead.status.in_(queue_sql.CLAIMABLE_VALUES),
        queue_sql.due(now),
        queue_sql.lease_free(now),
        *(() if scope is None else (scope,)),
    )
    counts: Counter[str] = Counter()
    registries: set[str] = set()
    stale_countries: set[str] = set()
    for state in registry_states(session, now):
        if not state.stale:
            continue
        stale_countries.update(state.countries)
        held = session.execute(
            select(func.count())
            .select_from(Lead)
            .where(waiting, Lead.country.in_(list(state.countries)))
        ).scalar_one()
        counts[state.reason()] += int(held)
        registries.add(state.reason())
    profiles = load_profiles(session, load_rule_book(session, policy)) if places else []
    closed = {
        profile.id: reason
        for profile in profiles
        if (reason := profile.place_rule.why_closed_for_place(profile.zones, now)) is not None
    }
    if closed:
        outside_registries = (
            Lead.country.is_(None) | Lead.country.not_in(sorted(stale_countries))
            if stale_countries
            else None
        )
        rows = session.execute(
            select(Lead.calling_profile_id, func.count())
            .where(
                waiting,
                Lead.calling_profile_id.in_(sorted(closed)),
                *(() if outside_registries is None else (outside_registries,)),
            )
            .group_by(Lead.calling_profile_id)
        ).all()
        for profile_id, held in rows:
            counts[closed[int(profile_id)]] += int(held)
    return tuple(
        BlockedReason(reason, leads)
        for reason, leads in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if leads or reason in registries
    )
