"""Walking a script: which screens and questions a lead's answers lead through."""

from __future__ import annotations

from dataclasses import dataclass

from qualifier_app.domain.bant.answers import jump_of
from qualifier_app.domain.bant.script import (
    SPECIAL_TARGETS,
    Answers,
    AnswerValue,
    Question,
    Screen,
    Script,
)


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
            target = jump_of(question, value)
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
