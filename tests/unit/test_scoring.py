"""Lead scoring, segments and queues from the shipped rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from qualifier_app.domain.scoring import LeadFacts, score
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
