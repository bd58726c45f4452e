"""The BANT script engine: reading scripts, typed answers, branching, grades, recommendations."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from qualifier_app.domain import bant
from qualifier_app.domain.currency import currency_text
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.paths import resources_dir

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def script() -> bant.Script:
    path = resources_dir() / "scripts" / "bant_default.json"
    return bant.parse_script(json.loads(path.read_text("utf-8")))


def typed(script: bant.Script, raw: dict[str, Any]) -> dict[str, bant.AnswerValue]:
    answers = {}
    for key, value in raw.items():
        parsed = bant.parse_answer(script.question(key), value)
        assert parsed is not None
        answers[key] = parsed
    return answers


OPENING = {
    "reached_contact": "yes",
    "recording_notice": "yes",
    "permission": "yes",
    "prospect_kind": "business",
    "contact_ok": "yes",
}


def answers(**choices: str) -> dict[str, str]:
    base = {
        "need_level": "project",
        "budget_status": "approved",
        "authority_role": "decision_maker",
        "timeline": "this_quarter",
    }
    return {**OPENING, **base, **choices}


def test_the_shipped_script_has_every_screen_the_issue_names(script: bant.Script) -> None:
    keys = [s.key for s in script.screens]
    assert keys == ["opening", "contact", "need", "budget", "authority", "timeline", "custom"]
    kinds = {q.type for s in script.screens for q in s.questions}
    assert kinds == set(bant.QuestionType)


@pytest.mark.parametrize(
    ("segment", "choices", "grade", "recommendation"),
    [
        ("enterprise", {}, "A", OutcomeKind.SALES_READY),
        # Enterprise wants a confirmed budget and a timeline within six months.
        ("enterprise", {"budget_status": "planned"}, "B", OutcomeKind.SALES_READY),
        ("enterprise", {"timeline": "this_year"}, "C", OutcomeKind.NURTURE),
        ("enterprise", {"authority_role": "user"}, "C", OutcomeKind.NURTURE),
        # SMB passes without a budget, on authority, need and a timeline within a year.
        (
            "smb",
            {"budget_status": "none", "timeline": "this_year"},
            "B",
            OutcomeKind.SALES_READY,
        ),
        ("smb", {"budget_status": "none", "timeline": "no_plan"}, "C", OutcomeKind.NURTURE),
        (None, {"budget_status": "planned"}, "A", OutcomeKind.SALES_READY),
        ("smb", {"need_level": "none"}, "D", OutcomeKind.DISQUALIFY),
    ],
)
def test_pass_rules_differ_by_segment(
    script: bant.Script,
    segment: str | None,
    choices: dict[str, str],
    grade: str,
    recommendation: OutcomeKind,
) -> None:
    result = bant.assess(script, segment, typed(script, answers(**choices)), TODAY)
    assert (result.grade, result.recommendation) == (grade, recommendation)
    assert result.complete


def test_points_go_to_their_dimension(script: bant.Script) -> None:
    raw = {**answers(), "seats": "600", "need_areas": ["uc", "security"]}
    points = bant.dimension_points(script, "enterprise", typed(script, raw))
    assert points == {"B": 30, "A": 30, "N": 30 + 10 + 3 + 2, "T": 30}
    # SMB does not see the "which areas" question, so its points do not count.
    assert bant.dimension_points(script, "smb", typed(script, raw))["N"] == 30 + 10


def test_no_time_jumps_to_a_callback(script: bant.Script) -> None:
    raw = {"reached_contact": "yes", "recording_notice": "yes", "permission": "no"}
    walk = bant.walk(script, "smb", typed(script, raw))
    assert walk.screens == ("opening",) and walk.ended_by == bant.CALLBACK
    result = bant.assess(script, "smb", typed(script, raw), TODAY)
    assert result.recommendation is OutcomeKind.CALLBACK and result.complete


def test_a_jump_ends_its_screen_and_skips_the_rest(script: bant.Script) -> None:
    raw = {"reached_contact": "no"}
    shown, target = bant.active_questions(
        script, script.screen("opening"), "smb", typed(script, raw)
    )
    assert [q.key for q in shown] == ["reached_contact"] and target == bant.CALLBACK
    assert bant.missing_required(script, "smb", typed(script, raw)) == []


def test_junk_is_disqualified_with_its_reason(script: bant.Script) -> None:
    raw = {**OPENING, "prospect_kind": "competitor"}
    result = bant.assess(script, "enterprise", typed(script, raw), TODAY)
    assert (result.grade, result.recommendation, result.reason) == (
        "D",
        OutcomeKind.DISQUALIFY,
        "competitor",
    )


def test_answers_on_skipped_screens_do_not_count(script: bant.Script) -> None:
    raw = {**answers(), "prospect_kind": "student"}
    counted = bant.counted_answers(script, "smb", typed(script, raw))
    assert "budget_status" not in counted and counted["prospect_kind"] == "student"


def test_missing_required_answers_are_named(script: bant.Script) -> None:
    raw = {k: v for k, v in answers().items() if k != "budget_status"}
    result = bant.assess(script, "smb", typed(script, raw), TODAY)
    assert not result.complete and result.missing == ("budget_status",)


@pytest.mark.parametrize(
    ("timeline", "decision_date", "recycle"),
    [
        ("next_quarter", None, date(2027, 1, 1)),
        ("this_year", None, date(2027, 5, 24)),
        ("no_plan", None, date(2027, 1, 1)),
        # A date the prospect named wins over the rule of thumb.
        ("no_plan", "2027-03-15", date(2027, 3, 15)),
    ],
)
def test_a_timeline_answer_proposes_the_recycle_date(
    script: bant.Script, timeline: str, decision_date: str | None, recycle: date
) -> None:
    raw: dict[str, Any] = {
        **answers(timeline=timeline, budget_status="none"),
        "authority_role": "user",
    }
    if decision_date:
        raw["decision_date"] = decision_date
    result = bant.assess(script, "enterprise", typed(script, raw), TODAY)
    assert result.recommendation is OutcomeKind.NURTURE
    assert result.recycle_on == recycle
    assert "budget 0 of 20" in result.reason


def test_recycle_dates() -> None:
    assert bant.recycle_date("next_quarter", date(2026, 12, 31)) == date(2027, 1, 1)
    assert bant.recycle_date("next_quarter", date(2026, 1, 1)) == date(2026, 4, 1)
    assert bant.recycle_date("next_year", date(2026, 6, 1)) == date(2027, 1, 1)
    assert bant.recycle_date("+1m", date(2027, 1, 31)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("permission", "Y", True),
        ("permission", "no", False),
        ("permission", True, True),
        ("need_level", "pain", "pain"),
        ("need_areas", ["security", "uc", "uc"], ("uc", "security")),
        ("seats", "1,200", Decimal(1200)),
        ("budget_amount", "$ 120 000.50", Decimal("120000.50")),
        # As a rep in Spain, Germany or Brazil writes them (read as 50.00 and 25 before).
        ("budget_amount", "50.000", Decimal(50000)),
        ("budget_amount", "48.000 €", Decimal(48000)),
        ("budget_amount", "1.234,56", Decimal("1234.56")),
        ("seats", "2,5", Decimal("2.5")),
        ("seats", "1 200", Decimal(1200)),
        ("decision_date", "2027-02-28", date(2027, 2, 28)),
        ("partner_notes", "  wants a demo ", "wants a demo"),
        ("partner_notes", "   ", None),
        ("need_areas", [], None),
    ],
)
def test_answers_are_typed(script: bant.Script, key: str, raw: Any, expected: Any) -> None:
    assert bant.parse_answer(script.question(key), raw) == expected


@pytest.mark.parametrize(
    ("key", "raw", "problem"),
    [
        ("permission", "maybe", "answer yes or no"),
        ("need_level", "huge", "not one of the options"),
        ("need_areas", ["uc", "cloud"], "cloud is not one of the options"),
        ("seats", "lots", "is not a number"),
        ("seats", "0", "at least 1"),
        ("seats", "2000000", "at most 1000000"),
        ("seats", "1.0055", "at most two decimals"),
        ("budget_amount", "3,000,00", "is not a number"),  # 3000.00 or 300000: say which
        ("budget_amount", "-5", "at least 0"),
        ("budget_amount", "NaN", "is not a number"),
        ("decision_date", "31/12/2026", "is not a date"),
    ],
)
def test_bad_answers_are_refused_with_the_reason(
    script: bant.Script, key: str, raw: Any, problem: str
) -> None:
    with pytest.raises(InvalidInput, match=problem) as error:
        bant.parse_answer(script.question(key), raw)
    assert error.value.field == key


@pytest.mark.parametrize(
    ("raw", "currency", "expected"),
    [
        ("48.000 €", "EUR", Decimal(48000)),
        ("$120,000", "USD", Decimal(120000)),
        ("CHF 12'500", "CHF", Decimal(12500)),
        ("120000", "CHF", Decimal(120000)),  # no mark: the center's
        ("€ 48.000", None, Decimal(48000)),  # no currency known (a script's preview)
    ],
)
def test_an_amount_is_in_the_center_s_currency(
    script: bant.Script, raw: str, currency: str | None, expected: Decimal
) -> None:
    assert bant.parse_answer(script.question("budget_amount"), raw, currency) == expected


@pytest.mark.parametrize(
    ("raw", "currency", "problem"),
    [
        ("€120.000", "USD", "'€120.000' is in EUR, but the center counts in USD"),
        ("$5,000", "CHF", r"'\$5,000' is in dollars, but the center counts in CHF"),
        ("120.000 EUR", "GBP", "is in EUR, but the center counts in GBP"),
    ],
)
def test_an_amount_marked_in_another_currency_is_refused(
    script: bant.Script, raw: str, currency: str, problem: str
) -> None:
    """It was taken as so many of the center's: "€120.000" a budget of 120,000 dollars."""
    with pytest.raises(InvalidInput, match=problem) as error:
        bant.parse_answer(script.question("budget_amount"), raw, currency)
    assert error.value.field == "budget_amount"


def test_an_amount_s_question_names_the_center_s_currency(script: bant.Script) -> None:
    """The shipped script asked for the budget "(USD)" in every center."""
    budget = script.question("budget_amount")
    assert budget.text == "Approximate budget (USD)"
    assert bant.question_text(budget, "CHF") == "Approximate budget (CHF)"
    assert bant.question_text(budget, None) == "Approximate budget (USD)"
    assert bant.question_text(script.question("seats"), "CHF") == script.question("seats").text
    assert currency_text("Budget", "EUR") == "Budget (EUR)"
    assert currency_text("Budget (in total)", "EUR") == "Budget (in total) (EUR)"


def test_answers_survive_a_round_trip_through_json(script: bant.Script) -> None:
    raw = {**answers(), "need_areas": ["uc"], "seats": "2,5", "decision_date": "2027-01-02"}
    before = typed(script, raw)
    again = typed(
        script, json.loads(json.dumps({k: bant.answer_to_json(v) for k, v in before.items()}))
    )
    assert again == before


@pytest.mark.parametrize(
    ("definition", "problem"),
    [
        ({"name": "x", "screens": []}, "at least one screen"),
        (
            {"name": "x", "screens": [{"key": "a", "questions": [{"key": "q", "type": "essay"}]}]},
            "type 'essay'",
        ),
        (
            {
                "name": "x",
                "screens": [{"key": "a", "questions": [{"key": "q", "type": "single_choice"}]}],
            },
            "needs options",
        ),
        (
            {
                "name": "x",
                "screens": [
                    {"key": "a", "questions": []},
                    {
                        "key": "b",
                        "questions": [{"key": "q", "type": "yes_no", "branch": {"no": "a"}}],
                    },
                ],
            },
            "not a later screen",
        ),
        ({"name": "x", "screens": [{"key": "a"}, {"key": "a"}]}, "same key"),
        ({"name": "x", "screens": [{"key": "a", "dimension": "X"}]}, "dimension 'X'"),
        ({"name": "x", "screens": [{"key": "a"}], "pass_rules": {"smb": {"D": {}}}}, "grade 'D'"),
        (
            {
                "name": "x",
                "screens": [
                    {
                        "key": "a",
                        "questions": [
                            {
                                "key": "q",
                                "type": "single_choice",
                                "options": [{"value": "v", "label": "V", "recycle": "soon"}],
                            }
                        ],
                    }
                ],
            },
            "recycle 'soon'",
        ),
    ],
)
def test_broken_scripts_are_refused_with_where_the_problem_is(
    definition: dict[str, Any], problem: str
) -> None:
    with pytest.raises(InvalidInput, match=problem):
        bant.parse_script(definition)


def test_the_first_draft_format_still_reads() -> None:
    """Version 1 of the shipped script (already in some databases) uses "months" on options."""
    old = {
        "name": "bant-default",
        "version": 1,
        "screens": [
            {
                "key": "timeline",
                "dimension": "T",
                "questions": [
                    {
                        "key": "timeline",
                        "type": "single_choice",
                        "options": [
                            {"value": "next_year", "label": "12 months", "points": 10, "months": 12}
                        ],
                    }
                ],
            }
        ],
        "pass_rules": {"smb": {"C": {"T": 5}}},
    }
    script = bant.parse_script(old)
    result = bant.assess(script, "smb", {"timeline": "next_year"}, TODAY)
    assert result.recycle_on == date(2027, 11, 24)


def test_an_overruled_decision_travels_with_a_matching_grade() -> None:
    assert bant.recommended_grade(OutcomeKind.SALES_READY, "C") == "B"
    assert bant.recommended_grade(OutcomeKind.SALES_READY, "A") == "A"
    assert bant.recommended_grade(OutcomeKind.NURTURE, "A") == "C"
    assert bant.recommended_grade(OutcomeKind.DISQUALIFY, "B") == "D"
