"""What partner selection works from: the routing policy, the lead, the partners, their load
and their track record (see the package's docstring for the policy)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from qualifier_app.domain.check_calls import CustomerRecord
from qualifier_app.domain.text import listed, message

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
