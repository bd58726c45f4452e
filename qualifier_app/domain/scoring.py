"""Lead scoring, segmentation and queue choice, by rules kept as data."""

from __future__ import annotations

import json
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


# Each table of points, and an example of one entry as the rules file writes it.
_BANDS = {"employees": "[1000, 25]", "recency_days": "[30, 10]", "touches": "[3, 10]"}
_KEYWORD_LISTS = {"title": '["director", 15]'}
_KEYWORD_TABLES = {
    "industry": '{"retail": 8}',
    "product_interest": '{"networking": 10}',
    "source": '{"web form": 15}',
}
_POINT_TABLES = (*_BANDS, *_KEYWORD_LISTS, *_KEYWORD_TABLES)
_CONDITIONS = frozenset({"segment", "countries", "regions", "languages", "campaigns"})
# The segments scoring sorts leads into; scripts, partners and check calls name them too.
SEGMENTS = ("smb", "enterprise")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def check_rules(rules: Mapping[str, Any]) -> list[str]:
    """What is wrong with a set of scoring rules, in plain words; empty when they are usable:
    every table is checked entry by entry, so that scoring never meets a value it cannot use."""
    problems: list[str] = []
    segments = rules.get("segments")
    if not isinstance(segments, Mapping):
        problems.append(message('"segments" is missing'))
    else:
        for key in ("enterprise_min_employees", "enterprise_min_annual_revenue"):
            if not _is_number(segments.get(key)):
                problems.append(message('"segments.{key}" must be a number', key=key))
    points = rules.get("points")
    if not isinstance(points, Mapping):
        problems.append(message('"points" is missing'))
    else:
        for name in _POINT_TABLES:
            if name not in points:
                problems.append(message('"points.{name}" is missing', name=name))
            else:
                problems.extend(_table_problems(name, points[name]))
    return problems + _queue_problems(rules.get("queues"))


def _queue_problems(queues: Any) -> list[str]:
    if not isinstance(queues, list) or not queues:
        return [message('"queues" must be a list of rules')]
    problems: list[str] = []
    for index, rule in enumerate(queues, 1):
        if not isinstance(rule, Mapping) or not isinstance(rule.get("queue"), str):
            problems.append(message("queue rule {index} has no queue name", index=index))
            continue
        problems.extend(_condition_problems(index, rule.get("when", {})))
    if not any(isinstance(rule, Mapping) and not rule.get("when") for rule in queues):
        problems.append(message("the queue rules have no catch-all rule (one without conditions)"))
    return problems


def _table_problems(name: str, table: Any) -> list[str]:
    """A table of points that scoring can read: bands of [threshold, points], keywords
    with their points in order ([keyword, points]), or keywords mapped to points."""
    if name in _KEYWORD_TABLES:
        if not isinstance(table, Mapping):
            return [
                message(
                    '"points.{name}" must map keywords to their points, like {example}',
                    name=name,
                    example=_KEYWORD_TABLES[name],
                )
            ]
        entries = [(f'"points.{name}.{key}"', key, points) for key, points in table.items()]
    else:
        example = _BANDS.get(name) or _KEYWORD_LISTS[name]
        if not isinstance(table, list):
            return [
                message(
                    '"points.{name}" must be a list of pairs like {example}',
                    name=name,
                    example=example,
                )
            ]
        entries = []
        for index, entry in enumerate(table, 1):
            where = f'"points.{name}" entry {index}'
            if not isinstance(entry, list) or len(entry) != 2:
                return [
                    message(
                        "{where} is {entry}, not a pair like {example}",
                        where=where,
                        entry=_shown(entry),
                        example=example,
                    )
                ]
            entries.append((where, entry[0], entry[1]))
    problems: list[str] = []
    for where, first, points in entries:
        if name in _BANDS and not _is_number(first):
            problems.append(
                message("{where}: {value} is not a number", where=where, value=_shown(first))
            )
        elif name not in _BANDS and not (isinstance(first, str) and first.strip()):
            problems.append(
                message(
                    "{where}: {value} is not a keyword (a text that is not empty)",
                    where=where,
                    value=_shown(first),
                )
            )
        if not _is_number(points):
            problems.append(
                message(
                    "{where}: the points {value} are not a number",
                    where=where,
                    value=_shown(points),
                )
            )
    return problems


def _condition_problems(index: int, when: Any) -> list[str]:
    if not isinstance(when, Mapping):
        return [message('queue rule {index}: "when" must be an object of conditions', index=index)]
    problems: list[str] = []
    unknown = set(when) - _CONDITIONS
    if unknown:
        problems.append(
            message(
                "queue rule {index} has unknown conditions: {conditions}",
                index=index,
                conditions=", ".join(sorted(unknown)),
            )
        )
    for condition, value in when.items():
        if condition == "segment":
            if value not in SEGMENTS:
                problems.append(
                    message(
                        'queue rule {index}: "segment" must be "smb" or "enterprise", not {value}',
                        index=index,
                        value=_shown(value),
                    )
                )
        elif condition in _CONDITIONS and not (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        ):
            # A text would be tested as a substring: "US" would take "U" and "S".
            problems.append(
                message(
                    'queue rule {index}: "{condition}" must be a list of texts like ["US"], '
                    "not {value}",
                    index=index,
                    condition=condition,
                    value=_shown(value),
                )
            )
    return problems


def queue_names(rules: Mapping[str, Any]) -> list[str]:
    return [str(rule["queue"]) for rule in rules["queues"]]
