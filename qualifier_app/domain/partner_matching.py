"""Which partner gets a sales-ready lead (docs/domain.md, "Partner selection").

The policy, in the order it is applied:

1. **Eligible.** The partner is active, has a sales rep to send the lead to, covers the
   lead's geography, sells its product, serves its segment, has capacity left (open
   handoffs, and handoffs in the last 7 days), and has not declined this lead. Letting the
   acceptance SLA run out counts as declining.
   Coverage narrows from country to region to postal code: the lead's country must be one
   of the partner's countries (a region such as "US-CA" implies its country); if the partner
   lists regions in that country, the lead's region must be one of them; if it lists
   postal-code prefixes ("941", or "US:941" for one country only), the lead's postal code
   must start with one. An empty product or segment list means "all of them".
2. **Already with a partner.** If the same company or contact was handed to an eligible
   partner within the last N days (`same_account_days`), that partner comes first: one
   account, one partner, no channel conflict.
3. **Fair rotation weighted by performance.** Every other eligible partner is ranked by its
   deficit: the share of recent leads (`rotation_days`) it is owed, minus what it received.
   Its owed share is proportional to its weight, so equal partners get equal shares and no
   partner is always first, and better partners get proportionally more. The weight is the
   partner's performance score, a mix of acceptance speed (35 %), reporting on its leads
   (40 %) and win rate (25 %), and, once check calls have reached its customers, what they
   say (contacted by the partner, satisfaction); the weights are settings. A floor for new
   partners keeps them from being starved before they can prove themselves, and a minimum
   holds for everybody.
4. **Explained.** Every ranked partner carries a plain "why this partner" text.

Everything here is pure: the services measure the inputs and store the outcome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property, lru_cache

from qualifier_app.domain.check_calls import CustomerRecord
from qualifier_app.domain.text import joined, listed, message

# A measure with no data yet counts as average, neither rewarded nor punished.
NEUTRAL = 0.5
WEEK_DAYS = 7

_SPLIT = re.compile(r"[,;/|]")


@dataclass(frozen=True)
class RoutingPolicy:
    rotation_days: int = 30
    performance_days: int = 180
    same_account_days: int = 90
    stale_days: int = 7
    new_partner_handoffs: int = 5
    new_partner_floor: float = 0.5
    minimum_weight: float = 0.1
    nurture_recycle_days: int = 90
    sweep_minutes: int = 5  # how often a running app sweeps SLAs
    # The weights of the performance measures; the customers' measure counts only once
    # check calls have reached some of the partner's customers.
    speed_weight: float = 0.35
    reporting_weight: float = 0.40
    win_weight: float = 0.25
    customer_weight: float = 0.30


def normalize_word(text: str) -> str:
    return " ".join(text.casefold().split())


def normalize_postal(text: str) -> str:
    return "".join(text.upper().split()).replace("-", "")


@dataclass(frozen=True)
class LeadFacts:
    """What matching needs to know about a lead."""

    lead_id: int
    country: str | None
    region: str | None  # ISO 3166-2 subdivision without the country: "CA" for California
    postal_code: str = ""
    product: str = ""
    segment: str | None = None
    company: str = ""

    @property
    def region_code(self) -> str | None:
        if not self.country or not self.region:
            return None
        return f"{self.country.upper()}-{self.region.upper()}"

    @cached_property
    def products(self) -> frozenset[str]:
        return frozenset(w for w in (normalize_word(p) for p in _SPLIT.split(self.product)) if w)


@dataclass(frozen=True)
class PartnerEntry:
    """A partner as the directory describes it."""

    partner_id: int
    name: str
    active: bool = True
    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # "US-CA"
    postal_prefixes: tuple[str, ...] = ()  # "941" or "US:941"
    products: frozenset[str] = frozenset()  # normalized; empty: every product
    segments: frozenset[str] = frozenset()  # normalized; empty: every segment
    capacity_open: int | None = None
    capacity_week: int | None = None
    sla_hours: int = 48

    @cached_property
    def _regions_by_country(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for region in self.regions:
            code = region.upper()
            found.setdefault(code.split("-", 1)[0], set()).add(code)
        return {country: frozenset(codes) for country, codes in found.items()}

    def regions_in(self, country: str) -> frozenset[str]:
        return self._regions_by_country.get(country, frozenset())


@dataclass(frozen=True)
class PartnerLoad:
    """What the partner holds now: open handoffs, recent ones, and its reps."""

    open_handoffs: int = 0
    last_week: int = 0
    received: int = 0  # handoffs in the rotation window
    has_rep: bool = True

    def plus_one(self) -> PartnerLoad:
        return replace(
            self,
            open_handoffs=self.open_handoffs + 1,
            last_week=self.last_week + 1,
            received=self.received + 1,
        )


@dataclass(frozen=True)
class Track:
    """A partner's measured track record in the performance window."""

    sent: int = 0  # delivered handoffs
    speed_total: float = 0.0  # sum of per-handoff response scores (see response_score)
    speed_count: int = 0
    response_hours_total: float = 0.0
    response_count: int = 0
    reporting_due: int = 0  # handoffs old enough that an update is expected
    reported: int = 0  # of those, the ones the partner kept up to date
    won: int = 0
    lost: int = 0
    customer: CustomerRecord | None = None  # what check calls heard from its customers


@dataclass(frozen=True)
class Performance:
    speed: float | None
    reporting: float | None
    win_rate: float | None
    average_response_hours: float | None
    score: float
    weight: float
    is_new: bool
    measured: int
    customer: CustomerRecord | None = None

    def text(self, policy: RoutingPolicy) -> str:
        if self.is_new and self.weight <= policy.new_partner_floor:
            return message(
                "new partner ({measured} of {needed} handoffs measured), so it gets the "
                "new-partner floor of {weight:,.2f}",
                measured=self.measured,
                needed=policy.new_partner_handoffs,
                weight=self.weight,
            )
        parts: list[str] = []
        if self.average_response_hours is not None:
            parts.append(
                message("answers in {hours:,.0f} h on average", hours=self.average_response_hours)
            )
        elif self.speed is not None:
            parts.append(message("has let handoffs expire"))
        if self.reporting is not None:
            parts.append(message("reports on {share:.0%} of its leads", share=self.reporting))
        if self.win_rate is not None:
            parts.append(message("wins {share:.0%}", share=self.win_rate))
        if self.customer is not None and self.customer.measure is not None:
            parts.append(self.customer.text())
        measured = listed(parts) if parts else message("no measurements yet")
        return message("{measured} (weight {weight:,.2f})", measured=measured, weight=self.weight)


@lru_cache(maxsize=16_384)
def performance(track: Track, policy: RoutingPolicy) -> Performance:
    speed = track.speed_total / track.speed_count if track.speed_count else None
    reporting = track.reported / track.reporting_due if track.reporting_due else None
    closed = track.won + track.lost
    win_rate = track.won / closed if closed else None
    measures = [
        (policy.speed_weight, NEUTRAL if speed is None else speed),
        (policy.reporting_weight, NEUTRAL if reporting is None else reporting),
        (policy.win_weight, NEUTRAL if win_rate is None else win_rate),
    ]
    customer = track.customer.measure if track.customer is not None else None
    if customer is not None:
        measures.append((policy.customer_weight, customer))
    total = sum(weight for weight, _ in measures) or 1.0
    score = sum(weight * value for weight, value in measures) / total
    is_new = track.sent < policy.new_partner_handoffs
    floor = policy.new_partner_floor if is_new else policy.minimum_weight
    return Performance(
        speed=speed,
        reporting=reporting,
        win_rate=win_rate,
        average_response_hours=(
            track.response_hours_total / track.response_count if track.response_count else None
        ),
        score=score,
        weight=max(score, floor),
        is_new=is_new,
        measured=track.sent,
        customer=track.customer,
    )


# --- eligibility ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Covered:
    """A partner that covers the lead's geography, product and segment, and where."""

    entry: PartnerEntry
    where: str


@dataclass(frozen=True)
class Exclusion:
    partner_id: int
    name: str
    reasons: tuple[str, ...]

    def text(self) -> str:
        return joined(self.name, ": ", listed(self.reasons, "; "))


def _prefixes_for(entry: PartnerEntry, country: str) -> list[str]:
    found = []
    for prefix in entry.postal_prefixes:
        scope, _, value = prefix.rpartition(":")
        if not scope or scope.upper() == country:
            found.append(normalize_postal(value))
    return [p for p in found if p]


def _postal(
    lead: LeadFacts, entry: PartnerEntry, country: str, area: str, where: str
) -> tuple[str | None, str]:
    """`area`: the lead's country or region code; `where`: how the partner covers it."""
    prefixes = _prefixes_for(entry, country)
    if not prefixes:
        return where, ""
    postal = normalize_postal(lead.postal_code)
    if not postal:
        return None, message("covers only some postal codes and the lead's postal code is unknown")
    hit = next((p for p in prefixes if postal.startswith(p)), None)
    if hit is None:
        return None, message("does not cover the lead's postal code in {where}", where=where)
    return message("postal codes {prefix}… in {area}", prefix=hit, area=area), ""


def geography(lead: LeadFacts, entry: PartnerEntry) -> tuple[str | None, str]:
    """(where the partner covers the lead, "") or (None, why it does not)."""
    country = (lead.country or "").upper()
    if not country:
        return None, message("the lead's country is unknown")
    regions_here = entry.regions_in(country)
    if country not in entry.countries and not regions_here:
        return None, message("does not cover {area}", area=country)
    where: str = message("all of {country}", country=country)
    area = country
    if regions_here:
        code = lead.region_code
        if code is None:
            return None, message(
                "covers only some regions of {country} and the lead's region is unknown",
                country=country,
            )
        if code not in regions_here:
            return None, message(
                "does not cover {area} (only {regions})",
                area=code,
                regions=", ".join(sorted(regions_here)),
            )
        where = area = code
    if not entry.postal_prefixes:
        return where, ""
    return _postal(lead, entry, country, area, where)


# Partners outside the lead's country are listed one by one up to this many; beyond it
# they are counted, since "does not cover FR" five thousand times helps nobody.
LIST_OUTSIDERS = 20


class Directory:
    """The partners indexed by where they sell, so a lead is screened only against the
    partners of its own country, and of its own region among the regional ones."""

    def __init__(self, entries: Iterable[PartnerEntry]) -> None:
        self.entries = tuple(entries)
        national: dict[str, list[PartnerEntry]] = {}
        regional: dict[str, list[PartnerEntry]] = {}
        for entry in self.entries:
            regions = {r.upper() for r in entry.regions}
            countries = {c.upper() for c in entry.countries} | {r.split("-", 1)[0] for r in regions}
            for country in countries:
                here = [r for r in regions if r.startswith(country + "-")]
                if not here:
                    national.setdefault(country, []).append(entry)
                for region in here:
                    regional.setdefault(region, []).append(entry)
                    regional.setdefault(country + "-*", []).append(entry)
        self._national = {key: tuple(found) for key, found in national.items()}
        self._regional = {key: tuple(found) for key, found in regional.items()}
        self._by_id = {entry.partner_id: entry for entry in self.entries}

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, partner_id: int) -> PartnerEntry | None:
        return self._by_id.get(partner_id)

    def candidates(self, lead: LeadFacts) -> tuple[PartnerEntry, ...]:
        """The partners that sell in the lead's country (or region, for regional ones); a
        lead of unknown region meets all the regional partners of its country, to be told
        why they cannot take it."""
        country = (lead.country or "").upper()
        if not country:
            return ()
        code = lead.region_code
        regional = self._regional.get(code if code else country + "-*", ())
        found = {e.partner_id: e for e in (*self._national.get(country, ()), *regional)}
        return tuple(found.values())


@dataclass(frozen=True)
class Screened:
    covered: tuple[Covered, ...]
    excluded: tuple[Exclusion, ...]
    notes: tuple[str, ...] = ()


def _screen_one(
    lead: LeadFacts, entry: PartnerEntry, products: frozenset[str], segment: str
) -> Covered | Exclusion:
    reasons: list[str] = []
    if not entry.active:
        reasons.append(message("is inactive"))
    where, why_not = geography(lead, entry)
    if where is None:
        reasons.append(why_not)
    if products and entry.products and products.isdisjoint(entry.products):
        reasons.append(message("does not sell {product}", product=lead.product.strip()))
    if segment and entry.segments and segment not in entry.segments:
        reasons.append(message("does not serve {segment} companies", segment=segment))
    if reasons:
        return Exclusion(entry.partner_id, entry.name, tuple(reasons))
    assert where is not None
    return Covered(entry, where)


def screen(lead: LeadFacts, directory: Directory | Iterable[PartnerEntry]) -> Screened:
    """The directory's part of eligibility: active, geography, product, segment."""
    if not isinstance(directory, Directory):
        directory = Directory(directory)
    candidates = directory.candidates(lead)
    products, segment = lead.products, normalize_word(lead.segment or "")
    notes: list[str] = []
    outsiders = len(directory) - len(candidates)
    if outsiders <= LIST_OUTSIDERS:
        inside = {e.partner_id for e in candidates}
        checked = [_screen_one(lead, e, products, segment) for e in directory.entries]
        checked.sort(key=lambda c: isinstance(c, Exclusion) and c.partner_id not in inside)
    else:
        checked = [_screen_one(lead, e, products, segment) for e in candidates]
        where = lead.region_code or (lead.country or "").upper()
        notes.append(
            message("{count:,} other partners do not cover {area}", count=outsiders, area=where)
            if where
            else message(
                "{count:,} partners cannot be matched: the lead's country is unknown",
                count=outsiders,
            )
        )
    return Screened(
        covered=tuple(c for c in checked if isinstance(c, Covered)),
        excluded=tuple(c for c in checked if isinstance(c, Exclusion)),
        notes=tuple(notes),
    )


def load_reasons(entry: PartnerEntry, load: PartnerLoad, declined: str | None) -> list[str]:
    """The moment's part of eligibility: a rep, capacity, and not having declined the lead."""
    reasons = []
    if declined:
        reasons.append(declined)
    if not load.has_rep:
        reasons.append(message("has no active sales rep with an e-mail address"))
    if entry.capacity_open is not None and load.open_handoffs >= entry.capacity_open:
        reasons.append(
            message(
                "has no capacity left ({open} open handoffs, at most {most})",
                open=load.open_handoffs,
                most=entry.capacity_open,
            )
        )
    if entry.capacity_week is not None and load.last_week >= entry.capacity_week:
        reasons.append(
            message(
                "has had its {week} leads for this week ({received} in the last {days} days)",
                week=entry.capacity_week,
                received=load.last_week,
                days=WEEK_DAYS,
            )
        )
    return reasons


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
        rotation = message(
            "Rotation: {received} leads in the last {days} days against a fair share of "
            "{fair:,.1f}; {performance}.",
            received=load.received,
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
