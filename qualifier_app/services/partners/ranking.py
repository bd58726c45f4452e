"""Ranking the partners for a lead from what the database says: the directory, each
partner's load and track record, and where the lead's company or contact went before. The
policy itself is domain/partner_matching.py; the directory and the track records move
slowly, so they are cached."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.closed_loop import DECLINED, OPEN, HandoffOutcome, HandoffStatus, track_of
from qualifier_app.domain.partner_matching import (
    WEEK_DAYS,
    Directory,
    LeadFacts,
    Match,
    PartnerEntry,
    PartnerLoad,
    PriorHandoff,
    Ranked,
    RoutingPolicy,
    Track,
    match,
    normalize_word,
    screen,
)
from qualifier_app.domain.text import listed, message
from qualifier_app.persistence.models import Handoff, Lead, Partner, PartnerRep
from qualifier_app.services.check_calls.records import customer_records
from qualifier_app.services.partners.dto import PartnerChoice

# How long a partner's measured track record is reused before it is measured again.
TRACK_TTL = timedelta(minutes=5)


def facts_of(lead: Lead) -> LeadFacts:
    region = (lead.region or "").split("-")[-1] or None
    return LeadFacts(
        lead_id=lead.id,
        country=lead.country,
        region=region,
        postal_code=lead.postal_code,
        product=lead.product_interest,
        segment=lead.segment,
        company=lead.company,
    )


def choice_of(ranked: Ranked) -> PartnerChoice:
    return PartnerChoice(
        partner_id=ranked.partner_id,
        name=ranked.name,
        rank=ranked.rank,
        why=ranked.why,
        where=ranked.where,
        weight=round(ranked.weight, 3),
        received=ranked.received,
        fair_share=round(ranked.fair_share, 2),
        preferred=ranked.preferred,
    )


def reasons_no_partner(result: Match) -> str:
    """Why no partner is eligible: the partners left out and why, or an empty directory."""
    # Partners that cover the lead's geography say the most about what is missing.
    telling = sorted(result.excluded, key=lambda e: any("cover" in r for r in e.reasons))
    parts = [e.text() for e in telling[:3]]
    if len(telling) > 3:
        parts.append(message("and {count} more", count=len(telling) - 3))
    parts.extend(result.notes)
    if not parts:
        return message("the partner directory is empty")
    return listed(parts, "; ")


def why_no_partner(result: Match) -> str:
    return message("no partner is eligible for this lead: {why}", why=reasons_no_partner(result))


@dataclass
class Standings:
    """The directory and every partner's load and track record, measured once for a run of
    many routings; the loads move on as the run places leads."""

    directory: Directory
    loads: dict[int, PartnerLoad]
    tracks: dict[int, Track]

    def placed(self, partner_id: int) -> None:
        self.loads[partner_id] = self.loads.get(partner_id, PartnerLoad()).plus_one()


class PartnerRanking:
    """Ranks partners for leads; shared by every routing on this workstation."""

    def __init__(self, policy: RoutingPolicy) -> None:
        self.policy = policy
        self._directory_lock = threading.Lock()
        self._directory_key: tuple[int, int, int] | None = None
        self._cached_directory = Directory(())
        self._tracks_lock = threading.Lock()
        self._track_cache: dict[int, tuple[datetime, Track]] = {}

    def rank(self, session: Session, lead: Lead, now: datetime) -> Match:
        """Every partner that could take the lead, best first, and why the others cannot."""
        facts = facts_of(lead)
        screened = screen(facts, self.directory(session))
        ids = [c.entry.partner_id for c in screened.covered]
        return match(
            facts,
            screened,
            self.loads(session, ids, now),
            self.tracks(session, ids, now),
            self.declined(session, lead.id),
            self.prior(session, lead, now),
            self.policy,
        )

    def rank_in(self, session: Session, lead: Lead, now: datetime, standings: Standings) -> Match:
        """Like `rank`, with the partners' standings measured beforehand."""
        facts = facts_of(lead)
        return match(
            facts,
            screen(facts, standings.directory),
            standings.loads,
            standings.tracks,
            self.declined(session, lead.id),
            self.prior(session, lead, now),
            self.policy,
        )

    def standings(self, session: Session, now: datetime) -> Standings:
        directory = self.directory(session)
        ids = [e.partner_id for e in directory.entries]
        return Standings(directory, self.loads(session, ids, now), self.tracks(session, ids, now))

    def directory(self, session: Session) -> Directory:
        """The directory, cached until any partner changes (every change moves a version)."""
        count, versions, top = session.execute(
            select(
                func.count(Partner.id),
                func.coalesce(func.sum(Partner.version), 0),
                func.coalesce(func.max(Partner.id), 0),
            )
        ).one()
        key = (int(count), int(versions), int(top))
        with self._directory_lock:
            if key == self._directory_key:
                return self._cached_directory
        rows = session.execute(
            select(
                Partner.id,
                Partner.name,
                Partner.active,
                Partner.countries,
                Partner.regions,
                Partner.postal_prefixes,
                Partner.products,
                Partner.segments,
                Partner.capacity_open,
                Partner.capacity_week,
                Partner.sla_hours,
            ).order_by(Partner.id)
        ).all()
        entries = Directory(
            PartnerEntry(
                partner_id=row.id,
                name=row.name,
                active=row.active,
                countries=frozenset(str(c).upper() for c in row.countries),
                regions=frozenset(str(r).upper() for r in row.regions),
                postal_prefixes=tuple(str(p) for p in row.postal_prefixes),
                products=frozenset(normalize_word(str(p)) for p in row.products),
                segments=frozenset(normalize_word(str(s)) for s in row.segments),
                capacity_open=row.capacity_open,
                capacity_week=row.capacity_week,
                sla_hours=row.sla_hours,
            )
            for row in rows
        )
        with self._directory_lock:
            self._directory_key, self._cached_directory = key, entries
        return entries

    def loads(
        self, session: Session, partner_ids: Sequence[int], now: datetime
    ) -> dict[int, PartnerLoad]:
        if not partner_ids:
            return {}
        open_values = [s.value for s in OPEN]
        week_start = now - timedelta(days=WEEK_DAYS)
        rotation_start = now - timedelta(days=self.policy.rotation_days)
        is_open = Handoff.status.in_(open_values)
        counts = {
            pid: (int(o or 0), int(w or 0), int(r or 0))
            for pid, o, w, r in session.execute(
                select(
                    Handoff.partner_id,
                    func.sum(case((is_open, 1), else_=0)),
                    func.sum(case((Handoff.created_at >= week_start, 1), else_=0)),
                    func.sum(case((Handoff.created_at >= rotation_start, 1), else_=0)),
                )
                .where(
                    Handoff.partner_id.in_(partner_ids),
                    or_(is_open, Handoff.created_at >= min(week_start, rotation_start)),
                )
                .group_by(Handoff.partner_id)
            ).all()
        }
        with_rep = set(
            session.execute(
                select(PartnerRep.partner_id)
                .where(
                    PartnerRep.partner_id.in_(partner_ids),
                    PartnerRep.active.is_(True),
                    PartnerRep.email != "",
                )
                .distinct()
            ).scalars()
        )
        return {
            pid: PartnerLoad(*counts.get(pid, (0, 0, 0)), has_rep=pid in with_rep)
            for pid in partner_ids
        }

    def tracks(
        self, session: Session, partner_ids: Sequence[int], now: datetime
    ) -> dict[int, Track]:
        """Track records, measured at most TRACK_TTL ago: they move slowly, and measuring
        them is most of the cost of a proposal."""
        found: dict[int, Track] = {}
        with self._tracks_lock:
            for pid in partner_ids:
                cached = self._track_cache.get(pid)
                if cached is not None and now - TRACK_TTL <= cached[0] <= now:
                    found[pid] = cached[1]
        missing = [pid for pid in partner_ids if pid not in found]
        if not missing:
            return found
        since = now - timedelta(days=self.policy.performance_days)
        outcomes: dict[int, list[HandoffOutcome]] = {pid: [] for pid in missing}
        for pid, status, sent, accepted, rejected, updated, hours in session.execute(
            select(
                Handoff.partner_id,
                Handoff.status,
                Handoff.sent_at,
                Handoff.accepted_at,
                Handoff.rejected_at,
                Handoff.last_update_at,
                Partner.sla_hours,
            )
            .join(Partner, Partner.id == Handoff.partner_id)
            .where(Handoff.partner_id.in_(missing), Handoff.sent_at >= since)
        ).all():
            outcomes[pid].append(
                HandoffOutcome(HandoffStatus(status), sent, accepted or rejected, updated, hours)
            )
        customers = customer_records(session, missing, since)
        fresh = {
            pid: replace(track_of(rows, now, self.policy.stale_days), customer=customers.get(pid))
            for pid, rows in outcomes.items()
        }
        with self._tracks_lock:
            for pid, track in fresh.items():
                self._track_cache[pid] = (now, track)
        return {**found, **fresh}

    def forget_tracks(self) -> None:
        """Measure every partner afresh on the next proposal."""
        with self._tracks_lock:
            self._track_cache.clear()

    def declined(self, session: Session, lead_id: int) -> dict[int, str]:
        declined: dict[int, str] = {}
        for pid, status, at in session.execute(
            select(Handoff.partner_id, Handoff.status, Handoff.created_at).where(
                Handoff.lead_id == lead_id,
                Handoff.status.in_([s.value for s in DECLINED]),
            )
        ).all():
            declined[pid] = (
                message("rejected this lead (handed on {at:%Y-%m-%d})", at=at)
                if status == HandoffStatus.REJECTED
                else message(
                    "let its acceptance SLA run out on this lead (handed on {at:%Y-%m-%d})", at=at
                )
            )
        return declined

    def prior(self, session: Session, lead: Lead, now: datetime) -> list[PriorHandoff]:
        """Recent handoffs of the same company or contact (or this very lead)."""
        # One indexed lookup per key, then the handoffs of those leads: an OR over the three
        # columns would scan the leads table.
        matched: dict[int, str] = {lead.id: "lead"}
        for column, value, on in (
            (Lead.company_key, lead.company_key, "company"),
            (Lead.email_normalized, lead.email_normalized, "contact"),
            (Lead.phone_e164, lead.phone_e164, "contact"),
        ):
            if not value:
                continue
            for other in session.execute(select(Lead.id).where(column == value)).scalars():
                matched.setdefault(other, on)
        since = now - timedelta(days=self.policy.same_account_days)
        rows = session.execute(
            select(
                Handoff.id, Handoff.partner_id, Partner.name, Handoff.created_at, Handoff.lead_id
            )
            .join(Partner, Partner.id == Handoff.partner_id)
            .where(
                Handoff.lead_id.in_(list(matched)),
                Handoff.created_at >= since,
                Handoff.status.notin_([s.value for s in DECLINED]),
            )
            .order_by(Handoff.created_at.desc())
            .limit(20)
        ).all()
        return [
            PriorHandoff(handoff_id, pid, name, at, matched[other_lead])
            for handoff_id, pid, name, at, other_lead in rows
        ]
