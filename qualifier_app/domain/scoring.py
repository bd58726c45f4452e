"""Lead scoring, segmentation and queue choice, by rules kept as data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from qualifier_app.domain.text import message


@dataclass(frozen=True)
class LeadFacts:
    """What scoring looks at; the lead itself lives elsewhere."""

    employees: int | None
    annual_revenue: Decimal | None
    industry: str
    title: str
    product_interest: str
    source: str
    country: str | None
    inquired_at: datetime
    touches: int = 1
    language: str | None = None
    campaign: str | None = None
    region: str | None = None  # ISO 3166-2 without the country prefix


@dataclass(frozen=True)
class ScoreResult:
    score: int
    segment: str
    queue: str
    reasons: tuple[str, ...]


def _banded(value: float | None, bands: Sequence[Sequence[Any]]) -> int:
    """Bands are [threshold, points] from the highest threshold down; first one reached wins."""
    if value is None:
        return 0
    for threshold, points in bands:
        if value >= threshold:
            return int(points)
    return 0


def _below(value: float, bands: Sequence[Sequence[Any]]) -> int:
    """Bands are [limit, points] from the lowest limit up; first limit not exceeded wins."""
    for limit, points in bands:
        if value <= limit:
            return int(points)
    return 0


def _lookup(text: str, table: Mapping[str, Any]) -> tuple[int, str | None]:
    lowered = text.lower()
    for key, points in table.items():
        if key in lowered:
            return int(points), key
    return 0, None


def segment_of(facts: LeadFacts, rules: Mapping[str, Any]) -> str:
    thresholds = rules["segments"]
    if facts.employees is not None and facts.employees >= thresholds["enterprise_min_employees"]:
        return "enterprise"
    revenue_floor = Decimal(str(thresholds["enterprise_min_annual_revenue"]))
    if facts.annual_revenue is not None and facts.annual_revenue >= revenue_floor:
        return "enterprise"
    return "smb"


def queue_of(facts: LeadFacts, segment: str, rules: Mapping[str, Any]) -> str:
    for rule in rules["queues"]:
        when = rule.get("when", {})
        if "segment" in when and when["segment"] != segment:
            continue
        if "countries" in when and (facts.country or "") not in when["countries"]:
            continue
        if "regions" in when and f"{facts.country}-{facts.region}" not in when["regions"]:
            continue
        if "languages" in when and (facts.language or "") not in when["languages"]:
            continue
        if "campaigns" in when and (facts.campaign or "") not in when["campaigns"]:
            continue
        return str(rule["queue"])
    raise ValueError("the queue rules have no catch-all rule")


def score(facts: LeadFacts, rules: Mapping[str, Any], now: datetime) -> ScoreResult:
    points = rules["points"]
    reasons: list[str] = []
    total = 0

    size = _banded(facts.employees, points["employees"])
    if size:
        reasons.append(f"size {facts.employees} employees: {size:+d}")
    total += size

    for label, text, table in (
        ("industry", facts.industry, points["industry"]),
        ("product interest", facts.product_interest, points["product_interest"]),
        ("source", facts.source, points["source"]),
    ):
        gained, key = _lookup(text, table)
        if key:
            reasons.append(f"{label} {key}: {gained:+d}")
        total += gained

    lowered_title = facts.title.lower()
    for keyword, gained in points["title"]:
        if keyword in lowered_title.split() or (" " in keyword and keyword in lowered_title):
            reasons.append(f"title {keyword}: {int(gained):+d}")
            total += int(gained)
            break

    age_days = max(0.0, (now - facts.inquired_at).total_seconds() / 86400)
    recency = _below(age_days, points["recency_days"])
    if recency:
        reasons.append(f"inquired {int(age_days)} days ago: {recency:+d}")
    total += recency

    engagement = _banded(facts.touches, points["touches"])
    if engagement:
        reasons.append(f"{facts.touches} touches: {engagement:+d}")
    total += engagement

    segment = segment_of(facts, rules)
    return ScoreResult(max(0, total), segment, queue_of(facts, segment, rules), tuple(reasons))


_POINT_TABLES = (
    "employees",
    "industry",
    "title",
    "product_interest",
    "source",
    "recency_days",
    "touches",
)
_CONDITIONS = frozenset({"segment", "countries", "regions", "languages", "campaigns"})


def check_rules(rules: Mapping[str, Any]) -> list[str]:
    """What is wrong with a set of scoring rules, in plain words; empty when they are usable."""
    problems: list[str] = []
    segments = rules.get("segments")
    if not isinstance(segments, Mapping):
        problems.append(message('"segments" is missing'))
    else:
        for key in ("enterprise_min_employees", "enterprise_min_annual_revenue"):
            if not isinstance(segments.get(key), int | float):
                problems.append(message('"segments.{key}" must be a number', key=key))
    points = rules.get("points")
    if not isinstance(points, Mapping):
        problems.append(message('"points" is missing'))
    else:
        problems.extend(
            message('"points.{name}" is missing', name=name)
            for name in _POINT_TABLES
            if name not in points
        )
    queues = rules.get("queues")
    if not isinstance(queues, list) or not queues:
        problems.append(message('"queues" must be a list of rules'))
        return problems
    for index, rule in enumerate(queues, 1):
        if not isinstance(rule, Mapping) or not isinstance(rule.get("queue"), str):
            problems.append(message("queue rule {index} has no queue name", index=index))
            continue
        unknown = set(rule.get("when", {})) - _CONDITIONS
        if unknown:
            problems.append(
                message(
                    "queue rule {index} has unknown conditions: {conditions}",
                    index=index,
                    conditions=", ".join(sorted(unknown)),
                )
            )
    if not any(isinstance(rule, Mapping) and not rule.get("when") for rule in queues):
        problems.append(message("the queue rules have no catch-all rule (one without conditions)"))
    return problems


def queue_names(rules: Mapping[str, Any]) -> list[str]:
    return [str(rule["queue"]) for rule in rules["queues"]]
