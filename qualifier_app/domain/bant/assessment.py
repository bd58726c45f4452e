"""Assessing: points per dimension, the segment's pass rules, the grade and recommendation."""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from qualifier_app.domain.bant.answers import points_for
from qualifier_app.domain.bant.script import (
    CALLBACK,
    DEFAULT_SEGMENT,
    DIMENSION_NAMES,
    DIMENSIONS,
    GRADES,
    Answers,
    Question,
    QuestionType,
    Script,
    segment_key,
)
from qualifier_app.domain.bant.walking import walk
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.text import listed, message


@dataclass(frozen=True)
class Assessment:
    points: Mapping[str, int]
    grade: str
    recommendation: OutcomeKind
    reason: str
    recycle_on: date | None
    complete: bool  # every required question on the path is answered
    missing: tuple[str, ...] = ()

    def text(self) -> str:
        points = " · ".join(f"{d} {self.points.get(d, 0)}" for d in DIMENSIONS)
        return message(
            "Grade {grade} — {recommendation}: {reason} ({points})",
            grade=self.grade,
            recommendation=self.recommendation.phrase,
            reason=self.reason,
            points=points,
        )


def dimension_points(script: Script, segment: str | None, answers: Answers) -> dict[str, int]:
    totals = dict.fromkeys(DIMENSIONS, 0)
    for question in walk(script, segment, answers).questions:
        value = answers.get(question.key)
        dimension = script.dimension_of(question)
        if value is not None and dimension:
            totals[dimension] += points_for(question, value)
    return totals


def _meets(points: Mapping[str, int], minimums: Mapping[str, int]) -> bool:
    return all(points.get(d, 0) >= need for d, need in minimums.items())


def _shortfall(points: Mapping[str, int], minimums: Mapping[str, int]) -> str:
    return listed(
        message(
            "{dimension} {points} of {need}",
            dimension=DIMENSION_NAMES[d],
            points=points.get(d, 0),
            need=need,
        )
        for d, need in minimums.items()
        if points.get(d, 0) < need
    )


def grade_of(script: Script, segment: str | None, points: Mapping[str, int]) -> str:
    rules = script.pass_rules.get(segment_key(segment)) or script.pass_rules.get(
        DEFAULT_SEGMENT, {}
    )
    for grade in ("A", "B", "C"):
        if grade in rules and _meets(points, rules[grade]):
            return grade
    return "D"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def recycle_date(spec: str, today: date) -> date:
    if spec == "next_quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        return add_months(date(today.year, first_month, 1), 3)
    if spec == "next_year":
        return date(today.year + 1, 1, 1)
    return add_months(today, int(spec[1:-1]))


def _proposed_recycle(
    script: Script, questions: Sequence[Question], answers: Answers, today: date
) -> date:
    # A date the prospect named beats the rule of thumb of a timeline option.
    for question in questions:
        value = answers.get(question.key)
        if question.proposes_recycle and isinstance(value, date) and value > today:
            return value
    for question in questions:
        value = answers.get(question.key)
        if value is not None and question.type is QuestionType.SINGLE_CHOICE:
            option = question.option(str(value))
            if option is not None and option.recycle:
                return recycle_date(option.recycle, today)
    return add_months(today, script.default_recycle_months)


def assess(script: Script, segment: str | None, answers: Answers, today: date) -> Assessment:
    """Points, grade and recommendation for the answers given so far."""
    path = walk(script, segment, answers)
    points = dimension_points(script, segment, answers)
    missing = tuple(q.key for q in path.questions if q.required and q.key not in answers)
    complete = not missing
    for question in path.questions:
        value = answers.get(question.key)
        if value is None or question.type is not QuestionType.SINGLE_CHOICE:
            continue
        option = question.option(str(value))
        if option is not None and option.disqualify:
            return Assessment(
                points, "D", OutcomeKind.DISQUALIFY, option.disqualify, None, complete, missing
            )
    grade = grade_of(script, segment, points)
    if path.ended_by == CALLBACK:
        return Assessment(
            points,
            grade,
            OutcomeKind.CALLBACK,
            message("the prospect asked to talk at another time"),
            None,
            complete,
            missing,
        )
    if grade in {"A", "B"}:
        reason = message(
            "passed the {segment} rules for grade {grade}",
            segment=segment_key(segment),
            grade=grade,
        )
        return Assessment(points, grade, OutcomeKind.SALES_READY, reason, None, complete, missing)
    rules = script.pass_rules.get(segment_key(segment)) or script.pass_rules.get(
        DEFAULT_SEGMENT, {}
    )
    if grade == "C":
        short = _shortfall(points, rules.get("B", {}))
        reason = (
            message("not sales-ready yet ({short})", short=short)
            if short
            else message("not sales-ready yet")
        )
        recycle = _proposed_recycle(script, path.questions, answers, today)
        return Assessment(points, grade, OutcomeKind.NURTURE, reason, recycle, complete, missing)
    short = _shortfall(points, rules.get("C", {}))
    reason = (
        message("no real interest ({short})", short=short) if short else message("no real interest")
    )
    return Assessment(points, "D", OutcomeKind.DISQUALIFY, reason, None, complete, missing)


def recommended_grade(decision: OutcomeKind, computed: str) -> str:
    """The grade that goes with a rep's decision: the computed one when they agree, else the
    nearest grade the decision allows (an overruled C sent as sales-ready travels as B)."""
    allowed = {
        OutcomeKind.SALES_READY: ("A", "B"),
        OutcomeKind.NURTURE: ("C",),
        OutcomeKind.DISQUALIFY: ("D",),
        OutcomeKind.CALLBACK: GRADES,
    }[decision]
    if computed in allowed:
        return computed
    return allowed[-1] if decision is OutcomeKind.SALES_READY else allowed[0]
