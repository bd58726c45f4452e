"""BANT scripts as data: screens, typed questions, branching, points, grades, recommendations.

A script is a JSON document (resources/scripts/, versioned in the database). The rep walks
through its screens; every answer is typed data. Answers add points to Budget, Authority,
Need or Timeline; the pass rules of the lead's segment turn the points into a grade (A–D)
and a recommendation: sales-ready, nurture (with a reason and a recycle date), disqualify,
or call back when the prospect had no time.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from qualifier_app.domain.errors import InvalidInput

DIMENSIONS = ("B", "A", "N", "T")
DIMENSION_NAMES = {"B": "budget", "A": "authority", "N": "need", "T": "timeline"}
GRADES = ("A", "B", "C", "D")

END = "@end"
CALLBACK = "@callback"
SPECIAL_TARGETS = frozenset({END, CALLBACK})

DEFAULT_SEGMENT = "smb"


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    NUMBER = "number"
    CURRENCY = "currency"
    DATE = "date"
    TEXT = "text"

    @property
    def is_choice(self) -> bool:
        return self in {
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.YES_NO,
        }


class Recommendation(StrEnum):
    SALES_READY = "sales_ready"
    NURTURE = "nurture"
    DISQUALIFY = "disqualify"
    CALLBACK = "callback"

    @property
    def label(self) -> str:
        return {
            Recommendation.SALES_READY: "sales-ready",
            Recommendation.NURTURE: "nurture",
            Recommendation.DISQUALIFY: "disqualify",
            Recommendation.CALLBACK: "call back",
        }[self]


# A typed answer: option value(s) for choices, bool for yes/no, Decimal, date or text.
AnswerValue = str | bool | Decimal | date | tuple[str, ...]
Answers = Mapping[str, AnswerValue]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    points: int = 0
    jump: str | None = None
    # Picking this option ends the qualification as junk, with this reason.
    disqualify: str | None = None
    # When to call again if the lead goes to nurture: "next_quarter", "next_year", "+6m".
    recycle: str | None = None


@dataclass(frozen=True)
class Question:
    key: str
    type: QuestionType
    text: str
    required: bool = False
    dimension: str | None = None
    options: tuple[Option, ...] = ()
    # Answer value ("yes"/"no" for yes/no, an option value for choices) → screen or @target.
    branch: Mapping[str, str] = field(default_factory=dict)
    # Points for yes/no answers: {"yes": 10}.
    answer_points: Mapping[str, int] = field(default_factory=dict)
    # Numbers and amounts: [(threshold, points)] from the highest threshold down.
    bands: tuple[tuple[Decimal, int], ...] = ()
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    segments: frozenset[str] | None = None
    # A date answer that proposes the recycle date (e.g. "expected decision date").
    proposes_recycle: bool = False

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def applies_to(self, segment: str) -> bool:
        return self.segments is None or segment in self.segments

    def choices(self) -> tuple[Option, ...]:
        """The options a rep picks from; yes/no has two fixed ones."""
        if self.type is QuestionType.YES_NO:
            return (
                Option("yes", "Yes", self.answer_points.get("yes", 0), self.branch.get("yes")),
                Option("no", "No", self.answer_points.get("no", 0), self.branch.get("no")),
            )
        return self.options


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    questions: tuple[Question, ...]
    say: str = ""
    dimension: str | None = None
    segments: frozenset[str] | None = None

    def applies_to(self, segment: str) -> bool:
        return self.segments is None or segment in self.segments


@dataclass(frozen=True)
class Script:
    name: str
    version: int
    title: str
    screens: tuple[Screen, ...]
    # segment → grade → minimum points per dimension
    pass_rules: Mapping[str, Mapping[str, Mapping[str, int]]]
    default_recycle_months: int = 3

    def screens_for(self, segment: str | None) -> tuple[Screen, ...]:
        seg = segment_key(segment)
        return tuple(screen for screen in self.screens if screen.applies_to(seg))

    def screen(self, key: str) -> Screen:
        for screen in self.screens:
            if screen.key == key:
                return screen
        raise KeyError(key)

    def question(self, key: str) -> Question:
        for screen in self.screens:
            for question in screen.questions:
                if question.key == key:
                    return question
        raise KeyError(key)

    def dimension_of(self, question: Question) -> str | None:
        if question.dimension:
            return question.dimension
        for screen in self.screens:
            if question in screen.questions:
                return screen.dimension
        return None

    def questions_for(self, screen: Screen, segment: str | None) -> tuple[Question, ...]:
        seg = segment_key(segment)
        return tuple(q for q in screen.questions if q.applies_to(seg))


def segment_key(segment: str | None) -> str:
    return (segment or DEFAULT_SEGMENT).lower()


# --- reading a script definition ------------------------------------------------------------


def _bad(script: str, where: str, problem: str) -> InvalidInput:
    return InvalidInput(f"script {script}: {where}: {problem}", "script")


def _segments(raw: Any) -> frozenset[str] | None:
    if raw is None:
        return None
    return frozenset(str(s).lower() for s in raw)


def _decimal(raw: Any) -> Decimal | None:
    return None if raw is None else Decimal(str(raw))


def _option(name: str, where: str, raw: Mapping[str, Any]) -> Option:
    if "value" not in raw or "label" not in raw:
        raise _bad(name, where, "every option needs a value and a label")
    recycle = raw.get("recycle")
    if recycle is None and raw.get("months") is not None:
        recycle = f"+{int(raw['months'])}m"
    if recycle is not None:
        _check_recycle_spec(name, where, str(recycle))
    return Option(
        value=str(raw["value"]),
        label=str(raw["label"]),
        points=int(raw.get("points", 0)),
        jump=raw.get("jump"),
        disqualify=raw.get("disqualify"),
        recycle=None if recycle is None else str(recycle),
    )


def _check_recycle_spec(name: str, where: str, spec: str) -> None:
    if spec in {"next_quarter", "next_year"}:
        return
    if spec.startswith("+") and spec.endswith("m") and spec[1:-1].isdigit():
        return
    raise _bad(name, where, f"recycle {spec!r} is not next_quarter, next_year or +Nm")


def _question(name: str, screen: Mapping[str, Any], raw: Mapping[str, Any]) -> Question:
    key = str(raw.get("key", ""))
    where = f"question {key or '?'} on screen {screen.get('key')}"
    if not key:
        raise _bad(name, where, "a question has no key")
    try:
        kind = QuestionType(str(raw.get("type")))
    except ValueError:
        known = ", ".join(t.value for t in QuestionType)
        raise _bad(name, where, f"type {raw.get('type')!r} is not one of {known}") from None
    options = tuple(_option(name, where, o) for o in raw.get("options", ()))
    if kind in {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE} and not options:
        raise _bad(name, where, "a choice question needs options")
    if len({o.value for o in options}) != len(options):
        raise _bad(name, where, "two options have the same value")
    dimension = raw.get("dimension")
    if dimension is not None and dimension not in DIMENSIONS:
        raise _bad(name, where, f"dimension {dimension!r} is not one of B, A, N, T")
    bands = tuple(
        sorted(((Decimal(str(t)), int(p)) for t, p in raw.get("bands", ())), reverse=True)
    )
    return Question(
        key=key,
        type=kind,
        text=str(raw.get("text", key)),
        required=bool(raw.get("required", False)),
        dimension=dimension,
        options=options,
        branch={str(k): str(v) for k, v in raw.get("branch", {}).items()},
        answer_points={str(k): int(v) for k, v in raw.get("points", {}).items()}
        if isinstance(raw.get("points"), Mapping)
        else {},
        bands=bands,
        minimum=_decimal(raw.get("min")),
        maximum=_decimal(raw.get("max")),
        segments=_segments(raw.get("segments")),
        proposes_recycle=bool(raw.get("proposes_recycle", False)),
    )


def _screen(name: str, raw: Mapping[str, Any]) -> Screen:
    key = str(raw.get("key", ""))
    if not key:
        raise _bad(name, "screens", "a screen has no key")
    dimension = raw.get("dimension")
    if dimension is not None and dimension not in DIMENSIONS:
        raise _bad(name, f"screen {key}", f"dimension {dimension!r} is not B, A, N or T")
    return Screen(
        key=key,
        title=str(raw.get("title", key)),
        say=str(raw.get("say", "")),
        dimension=dimension,
        segments=_segments(raw.get("segments")),
        questions=tuple(_question(name, raw, q) for q in raw.get("questions", ())),
    )


def _check_jumps(name: str, screens: Sequence[Screen]) -> None:
    keys = [s.key for s in screens]
    if len(set(keys)) != len(keys):
        raise _bad(name, "screens", "two screens have the same key")
    question_keys = [q.key for s in screens for q in s.questions]
    if len(set(question_keys)) != len(question_keys):
        raise _bad(name, "questions", "two questions have the same key")
    # Jumps only go forward, so no answer can make the script loop.
    for index, screen in enumerate(screens):
        later = set(keys[index + 1 :]) | SPECIAL_TARGETS
        for question in screen.questions:
            targets = [*question.branch.values(), *(o.jump for o in question.options if o.jump)]
            for target in targets:
                if target not in later:
                    raise _bad(
                        name,
                        f"question {question.key}",
                        f"jump target {target!r} is not a later screen, @end or @callback",
                    )


def _pass_rules(name: str, rules: Mapping[str, Any]) -> dict[str, dict[str, dict[str, int]]]:
    checked: dict[str, dict[str, dict[str, int]]] = {}
    for segment, grades in rules.items():
        checked[str(segment).lower()] = {}
        for grade, minimums in grades.items():
            if grade not in {"A", "B", "C"}:
                raise _bad(name, f"pass_rules.{segment}", f"grade {grade!r} is not A, B or C")
            unknown = [d for d in minimums if d not in DIMENSIONS]
            if unknown:
                where = f"pass_rules.{segment}.{grade}"
                raise _bad(name, where, f"{unknown[0]!r} is not B, A, N or T")
            checked[str(segment).lower()][grade] = {d: int(p) for d, p in minimums.items()}
    return checked


def parse_script(definition: Mapping[str, Any]) -> Script:
    """Read and check a script definition; every problem is named with where it is."""
    name = str(definition.get("name", "?"))
    raw_screens = definition.get("screens") or []
    if not raw_screens:
        raise _bad(name, "screens", "a script needs at least one screen")
    screens = tuple(_screen(name, raw) for raw in raw_screens)
    _check_jumps(name, screens)
    return Script(
        name=name,
        version=int(definition.get("version", 1)),
        title=str(definition.get("title", name)),
        screens=screens,
        pass_rules=_pass_rules(name, definition.get("pass_rules") or {}),
        default_recycle_months=int(definition.get("default_recycle_months", 3)),
    )


# --- answers ---------------------------------------------------------------------------------

_YES = {"yes", "y", "true", "1", "ja", "oui", "si", "sí"}
_NO = {"no", "n", "false", "0", "nein", "non"}


def parse_answer(question: Question, raw: Any) -> AnswerValue | None:
    """Turn what the rep entered into a typed answer; None means "not answered".

    Raises InvalidInput (field = the question key) with a plain reason when it does not fit.
    """
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "":
            return None
    return _PARSERS[question.type](question, raw)


def _text(question: Question, raw: Any) -> AnswerValue:
    return str(raw)


def _yes_no(question: Question, raw: Any) -> AnswerValue:
    if isinstance(raw, bool):
        return raw
    text = str(raw).lower()
    if text in _YES or text in _NO:
        return text in _YES
    raise InvalidInput(f"{question.text}: answer yes or no", question.key)


def _single(question: Question, raw: Any) -> AnswerValue:
    if question.option(str(raw)) is None:
        raise InvalidInput(f"{question.text}: {raw!r} is not one of the options", question.key)
    return str(raw)


def _multiple(question: Question, raw: Any) -> AnswerValue | None:
    values = (raw,) if isinstance(raw, str) else tuple(str(v) for v in raw)
    unknown = [v for v in values if question.option(v) is None]
    if unknown:
        raise InvalidInput(
            f"{question.text}: {', '.join(unknown)} is not one of the options", question.key
        )
    # Stored in the order of the script, once each.
    chosen = set(values)
    return tuple(o.value for o in question.options if o.value in chosen) or None


def _date(question: Question, raw: Any) -> AnswerValue:
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise InvalidInput(
            f"{question.text}: {raw!r} is not a date (YYYY-MM-DD)", question.key
        ) from None


def _number(question: Question, raw: Any) -> Decimal:
    text = str(raw).replace(",", "").replace("_", "").replace(" ", "")
    for symbol in ("$", "€", "£", "¥"):
        text = text.replace(symbol, "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(f"{question.text}: {raw!r} is not a number", question.key) from None
    if not value.is_finite():
        raise InvalidInput(f"{question.text}: {raw!r} is not a number", question.key)
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(f"{question.text}: at most two decimals", question.key)
    floor = question.minimum if question.minimum is not None else Decimal(0)
    if value < floor:
        raise InvalidInput(f"{question.text}: must be at least {floor}", question.key)
    if question.maximum is not None and value > question.maximum:
        raise InvalidInput(f"{question.text}: must be at most {question.maximum}", question.key)
    return value


_PARSERS: dict[QuestionType, Callable[[Question, Any], AnswerValue | None]] = {
    QuestionType.TEXT: _text,
    QuestionType.YES_NO: _yes_no,
    QuestionType.SINGLE_CHOICE: _single,
    QuestionType.MULTIPLE_CHOICE: _multiple,
    QuestionType.NUMBER: _number,
    QuestionType.CURRENCY: _number,
    QuestionType.DATE: _date,
}


def answer_to_json(value: AnswerValue) -> Any:
    """A JSON-safe form of an answer, for drafts; `parse_answer` reads it back."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def points_for(question: Question, value: AnswerValue) -> int:
    if question.type is QuestionType.YES_NO:
        return question.answer_points.get("yes" if value else "no", 0)
    if question.type is QuestionType.SINGLE_CHOICE:
        option = question.option(str(value))
        return option.points if option else 0
    if question.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, tuple):
        return sum(o.points for o in question.options if o.value in value)
    if question.type in {QuestionType.NUMBER, QuestionType.CURRENCY} and isinstance(value, Decimal):
        for threshold, points in question.bands:
            if value >= threshold:
                return points
    return 0


def _jump_of(question: Question, value: AnswerValue) -> str | None:
    if question.type is QuestionType.YES_NO:
        return question.branch.get("yes" if value else "no")
    if question.type is QuestionType.SINGLE_CHOICE:
        option = question.option(str(value))
        if option is not None and option.jump:
            return option.jump
        return question.branch.get(str(value))
    if question.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, tuple):
        for option in question.options:
            if option.value in value and option.jump:
                return option.jump
    return None


# --- walking the script -----------------------------------------------------------------------


def active_questions(
    script: Script, screen: Screen, segment: str | None, answers: Answers
) -> tuple[tuple[Question, ...], str | None]:
    """The questions of a screen that count, and where the screen leads.

    An answer that jumps ends its screen: the questions after it are not asked.
    """
    shown: list[Question] = []
    for question in script.questions_for(screen, segment):
        shown.append(question)
        value = answers.get(question.key)
        if value is not None:
            target = _jump_of(question, value)
            if target is not None:
                return tuple(shown), target
    return tuple(shown), None


def next_screen(
    script: Script, segment: str | None, screen_key: str, answers: Answers
) -> str | None:
    """The screen after `screen_key` given the answers, END/CALLBACK, or None after the last."""
    screens = script.screens_for(segment)
    keys = [s.key for s in screens]
    index = keys.index(screen_key)
    _, target = active_questions(script, screens[index], segment, answers)
    if target is not None:
        if target in SPECIAL_TARGETS:
            return target
        if target in keys:
            return target
        # A jump to a screen this segment does not see goes on to the next one it does.
        all_keys = [s.key for s in script.screens]
        later = all_keys[all_keys.index(target) :]
        return next((k for k in later if k in keys), None)
    return keys[index + 1] if index + 1 < len(keys) else None


@dataclass(frozen=True)
class Walk:
    screens: tuple[str, ...]  # the screens on the path, in order
    questions: tuple[Question, ...]  # the questions that count, in order
    ended_by: str | None  # END or CALLBACK when a jump ended the script early


def walk(script: Script, segment: str | None, answers: Answers) -> Walk:
    screens = script.screens_for(segment)
    if not screens:
        return Walk((), (), None)
    path: list[str] = []
    questions: list[Question] = []
    key: str | None = screens[0].key
    while key is not None and key not in SPECIAL_TARGETS:
        screen = script.screen(key)
        path.append(key)
        shown, _ = active_questions(script, screen, segment, answers)
        questions.extend(shown)
        key = next_screen(script, segment, key, answers)
    return Walk(tuple(path), tuple(questions), key)


def missing_required(script: Script, segment: str | None, answers: Answers) -> list[Question]:
    return [
        q for q in walk(script, segment, answers).questions if q.required and q.key not in answers
    ]


def counted_answers(
    script: Script, segment: str | None, answers: Answers
) -> dict[str, AnswerValue]:
    """The answers on the path; answers left on screens a later jump skipped do not count."""
    on_path = {q.key for q in walk(script, segment, answers).questions}
    return {key: value for key, value in answers.items() if key in on_path}


# --- assessing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    points: Mapping[str, int]
    grade: str
    recommendation: Recommendation
    reason: str
    recycle_on: date | None
    complete: bool  # every required question on the path is answered
    missing: tuple[str, ...] = ()

    def text(self) -> str:
        points = " · ".join(f"{d} {self.points.get(d, 0)}" for d in DIMENSIONS)
        return f"Grade {self.grade} — {self.recommendation.label}: {self.reason} ({points})"


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
    short = [
        f"{DIMENSION_NAMES[d]} {points.get(d, 0)} of {need}"
        for d, need in minimums.items()
        if points.get(d, 0) < need
    ]
    return ", ".join(short)


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
                points, "D", Recommendation.DISQUALIFY, option.disqualify, None, complete, missing
            )
    grade = grade_of(script, segment, points)
    if path.ended_by == CALLBACK:
        return Assessment(
            points,
            grade,
            Recommendation.CALLBACK,
            "the prospect asked to talk at another time",
            None,
            complete,
            missing,
        )
    if grade in {"A", "B"}:
        reason = "passed the " + segment_key(segment) + f" rules for grade {grade}"
        return Assessment(
            points, grade, Recommendation.SALES_READY, reason, None, complete, missing
        )
    rules = script.pass_rules.get(segment_key(segment)) or script.pass_rules.get(
        DEFAULT_SEGMENT, {}
    )
    if grade == "C":
        short = _shortfall(points, rules.get("B", {}))
        reason = f"not sales-ready yet ({short})" if short else "not sales-ready yet"
        recycle = _proposed_recycle(script, path.questions, answers, today)
        return Assessment(points, grade, Recommendation.NURTURE, reason, recycle, complete, missing)
    short = _shortfall(points, rules.get("C", {}))
    reason = f"no real interest ({short})" if short else "no real interest"
    return Assessment(points, "D", Recommendation.DISQUALIFY, reason, None, complete, missing)


def recommended_grade(decision: Recommendation, computed: str) -> str:
    """The grade that goes with a rep's decision: the computed one when they agree, else the
    nearest grade the decision allows (an overruled C sent as sales-ready travels as B)."""
    allowed = {
        Recommendation.SALES_READY: ("A", "B"),
        Recommendation.NURTURE: ("C",),
        Recommendation.DISQUALIFY: ("D",),
        Recommendation.CALLBACK: GRADES,
    }[decision]
    if computed in allowed:
        return computed
    return allowed[-1] if decision is Recommendation.SALES_READY else allowed[0]
