"""Steps 2-4 of partner selection: the partner already with the account first, then fair
rotation weighted by performance, each with its "why this partner"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from qualifier_app.domain.partner_matching.eligibility import (
    Covered,
    Directory,
    Exclusion,
    Screened,
    load_reasons,
    screen,
)
from qualifier_app.domain.partner_matching.inputs import (
    LeadFacts,
    PartnerEntry,
    PartnerLoad,
    Performance,
    RoutingPolicy,
    Track,
    normalize_word,
    performance,
)
from qualifier_app.domain.text import counted, listed, message

# --- ranking -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PriorHandoff:
    """A recent handoff of the same company or contact."""

    handoff_id: int
    partner_id: int
    partner_name: str
    handed_at: datetime
    matched_on: str  # "company" or "contact"


@dataclass(frozen=True)
class Ranked:
    partner_id: int
    name: str
    rank: int
    why: str
    where: str
    weight: float
    received: int
    fair_share: float
    deficit: float
    preferred: bool = False


@dataclass(frozen=True)
class Match:
    lead_id: int
    ranked: tuple[Ranked, ...]
    excluded: tuple[Exclusion, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def best(self) -> Ranked | None:
        return self.ranked[0] if self.ranked else None

    def get(self, partner_id: int) -> Ranked | None:
        return next((r for r in self.ranked if r.partner_id == partner_id), None)

    def exclusion(self, partner_id: int) -> Exclusion | None:
        return next((e for e in self.excluded if e.partner_id == partner_id), None)


def _offer(lead: LeadFacts, entry: PartnerEntry) -> str:
    parts = []
    if lead.products and entry.products:
        parts.append(
            message("sells {products}", products=", ".join(sorted(lead.products & entry.products)))
        )
    if lead.segment and entry.segments:
        parts.append(message("serves {segment} companies", segment=normalize_word(lead.segment)))
    return listed(parts)


def _the_same(subject: str) -> str:
    """What a prior handoff shares with the lead, inside a sentence."""
    return {"company": message("the same company"), "contact": message("the same contact")}.get(
        subject, subject
    )


def _this(subject: str) -> str:
    return {"company": message("this company"), "contact": message("this contact")}.get(
        subject, subject
    )


def match(
    lead: LeadFacts,
    screened: Screened,
    loads: Mapping[int, PartnerLoad],
    tracks: Mapping[int, Track],
    declined: Mapping[int, str],
    prior: Sequence[PriorHandoff],
    policy: RoutingPolicy,
) -> Match:
    """Rank the covered partners for `lead`; those out of capacity or declined drop out."""
    all_excluded = list(screened.excluded)
    eligible: list[tuple[Covered, PartnerLoad, Performance]] = []
    for item in screened.covered:
        entry = item.entry
        load = loads.get(entry.partner_id, PartnerLoad())
        reasons = load_reasons(entry, load, declined.get(entry.partner_id))
        if reasons:
            all_excluded.append(Exclusion(entry.partner_id, entry.name, tuple(reasons)))
            continue
        eligible.append((item, load, performance(tracks.get(entry.partner_id, Track()), policy)))

    notes: list[str] = list(screened.notes)
    preferred: PriorHandoff | None = None
    eligible_ids = {item.entry.partner_id for item, _, _ in eligible}
    for handoff in sorted(prior, key=lambda p: p.handed_at, reverse=True):
        if handoff.partner_id in eligible_ids:
            preferred = handoff
            break
        notes.append(
            message(
                "{subject} went to {partner} on {at:%Y-%m-%d}, but it is not eligible for this "
                "lead now",
                subject=_the_same(handoff.matched_on),
                partner=handoff.partner_name,
                at=handoff.handed_at,
            )
        )
        break

    total_received = sum(load.received for _, load, _ in eligible)
    total_weight = sum(perf.weight for _, _, perf in eligible) or 1.0
    scored = []
    for item, load, perf in eligible:
        fair = (total_received + 1) * perf.weight / total_weight
        scored.append((item, load, perf, fair, fair - load.received))

    def order(row: tuple[Covered, PartnerLoad, Performance, float, float]) -> tuple[object, ...]:
        item, load, _, _, deficit = row
        is_preferred = preferred is not None and item.entry.partner_id == preferred.partner_id
        return (not is_preferred, -round(deficit, 9), load.received, item.entry.partner_id)

    scored.sort(key=order)
    ranked = []
    for rank, (item, load, perf, fair, deficit) in enumerate(scored, start=1):
        entry = item.entry
        is_preferred = preferred is not None and entry.partner_id == preferred.partner_id
        offer = _offer(lead, entry)
        covers = (
            message("Covers {where}, {offer}.", where=item.where, offer=offer)
            if offer
            else message("Covers {where}.", where=item.where)
        )
        rotation = counted(
            load.received,
            "Rotation: {count} lead in the last {days} days against a fair share of "
            "{fair:,.1f}; {performance}.",
            "Rotation: {count} leads in the last {days} days against a fair share of "
            "{fair:,.1f}; {performance}.",
            days=policy.rotation_days,
            fair=fair,
            performance=perf.text(policy),
        )
        if is_preferred and preferred is not None:
            subject = (
                lead.company
                if preferred.matched_on == "company" and lead.company
                else _this(preferred.matched_on)
            )
            lead_in = message(
                "Already with this partner: {subject} went to {partner} on {at:%Y-%m-%d} "
                "(handoff {handoff}); keeping the account with one partner avoids channel "
                "conflict.",
                subject=subject,
                partner=entry.name,
                at=preferred.handed_at,
                handoff=preferred.handoff_id,
            )
        elif rank == 1:
            lead_in = message(
                "Next in the fair rotation: furthest behind its fair share of recent leads."
            )
        else:
            lead_in = message("Alternative {number}.", number=rank - 1)
        ranked.append(
            Ranked(
                partner_id=entry.partner_id,
                name=entry.name,
                rank=rank,
                why=listed((lead_in, covers, rotation), " "),
                where=item.where,
                weight=perf.weight,
                received=load.received,
                fair_share=fair,
                deficit=deficit,
                preferred=is_preferred,
            )
        )
    return Match(lead.lead_id, tuple(ranked), tuple(all_excluded), tuple(notes))


def match_all(
    lead: LeadFacts,
    entries: Directory | Iterable[PartnerEntry],
    loads: Mapping[int, PartnerLoad],
    tracks: Mapping[int, Track],
    declined: Mapping[int, str] | None = None,
    prior: Sequence[PriorHandoff] = (),
    policy: RoutingPolicy | None = None,
) -> Match:
    """Screen and rank in one call: for tests and benchmarks of the whole policy."""
    return match(
        lead,
        screen(lead, entries),
        loads,
        tracks,
        declined or {},
        prior,
        policy or RoutingPolicy(),
    )
