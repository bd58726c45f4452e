"""The script model: screens of typed questions, options with points and jumps, pass rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from qualifier_app.domain.text import message

DIMENSIONS = ("B", "A", "N", "T")
DIMENSION_NAMES = {
    "B": message("budget"),
    "A": message("authority"),
    "N": message("need"),
    "T": message("timeline"),
}
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
    # A yes/no question whose answer is the prospect's consent on this channel
    # (domain.consent.ConsentChannel's values).
    consent: str | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def applies_to(self, segment: str) -> bool:
        return self.segments is None or segment in self.segments

    def choices(self) -> tuple[Option, ...]:
        """The options a rep picks from; yes/no has two fixed ones."""
        if self.type is QuestionType.YES_NO:
            return (
                Option(
                    "yes", message("Yes"), self.answer_points.get("yes", 0), self.branch.get("yes")
                ),
                Option("no", message("No"), self.answer_points.get("no", 0), self.branch.get("no")),
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
