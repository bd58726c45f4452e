"""Step 1 of partner selection: which partners may take the lead, and why the others may not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from qualifier_app.domain.partner_matching.inputs import (
    WEEK_DAYS,
    LeadFacts,
    PartnerEntry,
    PartnerLoad,
    normalize_postal,
    normalize_word,
)
from qualifier_app.domain.text import counted, joined, listed, message

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
            counted(
                outsiders,
                "{count:,} other partner does not cover {area}",
                "{count:,} other partners do not cover {area}",
                area=where,
            )
            if where
            else counted(
                outsiders,
                "{count:,} partner cannot be matched: the lead's country is unknown",
                "{count:,} partners cannot be matched: the lead's country is unknown",
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
            counted(
                load.open_handoffs,
                "has no capacity left ({count} open handoff, at most {most})",
                "has no capacity left ({count} open handoffs, at most {most})",
                most=entry.capacity_open,
            )
        )
    if entry.capacity_week is not None and load.last_week >= entry.capacity_week:
        reasons.append(
            counted(
                entry.capacity_week,
                "has had its {count} lead for this week ({received} in the last {days} days)",
                "has had its {count} leads for this week ({received} in the last {days} days)",
                received=load.last_week,
                days=WEEK_DAYS,
            )
        )
    return reasons
