"""Lead scoring, segments and queues from the shipped rules."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from qualifier_app.domain.scoring import LeadFacts, check_rules, score
from qualifier_app.services.intake.scoring_rules import load_rules

NOW = datetime(2026, 11, 24, 15, tzinfo=UTC)


def facts(**changes: object) -> LeadFacts:
    base: dict[str, object] = {
        "employees": 100,
        "annual_revenue": None,
        "industry": "retail",
        "title": "IT Manager",
        "product_interest": "networking",
        "source": "web form",
        "country": "US",
        "inquired_at": NOW - timedelta(days=3),
        "touches": 1,
    }
    base.update(changes)
    return LeadFacts(**base)  # type: ignore[arg-type]


def test_points_add_up_with_reasons() -> None:
    result = score(facts(), load_rules(), NOW)
    # size 100 → 8, retail 8, networking 10, web form 15, manager 10, 3 days old 15
    assert result.score == 66
    assert "title manager: +10" in result.reasons


def test_seniority_and_size_raise_the_score() -> None:
    rules = load_rules()
    assert (
        score(facts(title="CIO", employees=6000), rules, NOW).score
        > score(facts(), rules, NOW).score
    )


def test_students_lose_points_and_old_inquiries_gain_none() -> None:
    rules = load_rules()
    student = score(facts(title="Student", inquired_at=NOW - timedelta(days=400)), rules, NOW)
    assert student.score < score(facts(), rules, NOW).score


def test_more_touches_more_points() -> None:
    rules = load_rules()
    assert score(facts(touches=4), rules, NOW).score - score(facts(), rules, NOW).score == 15


def test_segment_by_employees_or_revenue_and_queue_rules() -> None:
    rules = load_rules()
    assert score(facts(employees=1000), rules, NOW).segment == "enterprise"
    big_revenue = score(facts(employees=50, annual_revenue=Decimal(300_000_000)), rules, NOW)
    assert big_revenue.segment == "enterprise"
    assert big_revenue.queue == "Enterprise"
    assert score(facts(country="BR"), rules, NOW).queue == "SMB Americas"
    assert score(facts(country="DE"), rules, NOW).queue == "SMB International"


@pytest.mark.parametrize(
    ("table", "value", "problem"),
    [
        ("employees", [["x", 30]], '"points.employees" entry 1: "x" is not a number'),
        ("employees", None, '"points.employees" must be a list of pairs like [1000, 25]'),
        ("touches", [[4, 15], [3]], '"points.touches" entry 2 is [3], not a pair like [3, 10]'),
        ("industry", {"x": "ten"}, '"points.industry.x": the points "ten" are not a number'),
        ("industry", {"": 5}, '"points.industry.": "" is not a keyword'),
        ("source", [["web", 1]], '"points.source" must map keywords to their points'),
        ("title", [[None, 5]], '"points.title" entry 1: null is not a keyword'),
        ("title", [["vp", True]], '"points.title" entry 1: the points true are not a number'),
    ],
)
def test_a_badly_shaped_table_of_points_is_named_with_its_entry(
    table: str, value: object, problem: str
) -> None:
    rules = copy.deepcopy(load_rules())
    rules["points"][table] = value
    (found,) = check_rules(rules)
    assert found.startswith(problem)


@pytest.mark.parametrize(
    ("when", "problem"),
    [
        ({"countries": "US"}, 'queue rule 1: "countries" must be a list of texts like ["US"], '
                              'not "US"'),
        ({"languages": [1]}, 'queue rule 1: "languages" must be a list of texts'),
        ({"segment": "big"}, 'queue rule 1: "segment" must be "smb" or "enterprise", not "big"'),
        (["US"], 'queue rule 1: "when" must be an object of conditions'),
    ],
)  # fmt: skip
def test_a_badly_shaped_queue_condition_is_named(when: object, problem: str) -> None:
    rules = copy.deepcopy(load_rules())
    rules["queues"][0]["when"] = when
    (found,) = check_rules(rules)
    assert found.startswith(problem)


def test_the_shipped_rules_are_well_shaped() -> None:
    assert check_rules(load_rules()) == []
