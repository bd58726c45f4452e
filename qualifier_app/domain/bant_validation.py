"""Checking a BANT script before it is saved, so a rep never meets a broken one.

`bant.parse_script` reads a definition and stops at the first thing it cannot read. The
editor needs more: every problem at once, each naming its screen and question, and the
problems of the script as a whole that parsing alone does not see:

- a jump to a screen that does not exist;
- a jump back (or to its own screen): a path could loop and never end. Jumps only go forward,
  so every path ends at @end, @callback or after the last screen;
- a branch on an answer the question does not have;
- a screen no path reaches for any segment (every way onto it jumps past it);
- no pass rules, so every lead would be graded D.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qualifier_app.domain import bant
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.scoring import SEGMENTS
from qualifier_app.domain.text import joined, message


@dataclass(frozen=True)
class Problem:
    message: str
    screen: str | None = None
    question: str | None = None

    def text(self) -> str:
        if self.screen and self.question:
            return message(
                "screen {screen}, question {question}: {problem}",
                screen=self.screen,
                question=self.question,
                problem=self.message,
            )
        if self.screen:
            return message("screen {screen}: {problem}", screen=self.screen, problem=self.message)
        if self.question:
            return message(
                "question {question}: {problem}", question=self.question, problem=self.message
            )
        return self.message


class ScriptInvalid(InvalidInput):
    """A script that does not validate; the message names the first problem's screen and
    question, `problems` lists them all."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = problems[0].text()
        said = message("the script does not validate: {problem}", problem=first)
        if len(problems) > 1:
            said = joined(said, message(" (and {count} more)", count=len(problems) - 1))
        super().__init__(said, "script")
        self.problems = tuple(problems)


def _jump_targets(raw_question: Mapping[str, Any]) -> list[str]:
    targets = [str(t) for t in (raw_question.get("branch") or {}).values()]
    for option in raw_question.get("options") or ():
        if isinstance(option, Mapping) and option.get("jump"):
            targets.append(str(option["jump"]))
    return targets


def _raw_problems(definition: Mapping[str, Any]) -> list[Problem]:
    """What can be said about jumps and keys without reading the rest of the script."""
    screens = definition.get("screens")
    if not isinstance(screens, list) or not screens:
        return [Problem(message("a script needs at least one screen"))]
    problems: list[Problem] = []
    keys = [str(s.get("key", "")) if isinstance(s, Mapping) else "" for s in screens]
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if not key:
            problems.append(Problem(message("screen number {number} has no key", number=index + 1)))
        elif key in seen:
            problems.append(Problem(message("two screens have this key"), screen=key))
        seen.add(key)
    question_keys: set[str] = set()
    for index, raw in enumerate(screens):
        if not isinstance(raw, Mapping):
            continue
        later = set(keys[index + 1 :])
        for question in raw.get("questions") or ():
            if not isinstance(question, Mapping):
                problems.append(Problem(message("a question is not an object"), screen=keys[index]))
                continue
            qkey = str(question.get("key", "")) or None
            if qkey is not None and qkey in question_keys:
                problems.append(
                    Problem(message("another question has this key"), keys[index], qkey)
                )
            question_keys.add(qkey or "")
            problems.extend(_question_jumps(keys, index, later, question, qkey))
    return problems


def _question_jumps(
    keys: Sequence[str],
    index: int,
    later: set[str],
    question: Mapping[str, Any],
    qkey: str | None,
) -> Iterable[Problem]:
    screen = keys[index]
    for target in _jump_targets(question):
        if target in bant.SPECIAL_TARGETS or target in later:
            continue
        if target not in keys:
            yield Problem(
                message("jumps to screen {target!r}, which does not exist", target=target),
                screen,
                qkey,
            )
        else:
            yield Problem(
                message(
                    "jumps back to screen {target!r}: a path could loop and never end",
                    target=target,
                ),
                screen,
                qkey,
            )
    answers = _answer_values(question)
    for value in question.get("branch") or {}:
        if answers is not None and str(value) not in answers:
            yield Problem(
                message("branches on {value!r}, which is not one of its answers", value=value),
                screen,
                qkey,
            )


def _answer_values(question: Mapping[str, Any]) -> set[str] | None:
    kind = question.get("type")
    if kind == bant.QuestionType.YES_NO.value:
        return {"yes", "no"}
    if kind in {bant.QuestionType.SINGLE_CHOICE.value, bant.QuestionType.MULTIPLE_CHOICE.value}:
        return {
            str(o.get("value")) for o in question.get("options") or () if isinstance(o, Mapping)
        }
    return None  # other answers do not branch; parse_script ignores a branch on them


def _always_jumps(question: bant.Question) -> bool:
    """A required question every answer of which leaves the screen."""
    if not question.required:
        return False
    if question.type is bant.QuestionType.YES_NO:
        return "yes" in question.branch and "no" in question.branch
    if question.type in {bant.QuestionType.SINGLE_CHOICE, bant.QuestionType.MULTIPLE_CHOICE}:
        return all(o.jump or o.value in question.branch for o in question.options)
    return False


def _landing(script: bant.Script, visible: Sequence[str], target: str) -> str | None:
    """Where a jump lands for a segment (as bant.next_screen does)."""
    if target in bant.SPECIAL_TARGETS:
        return None
    all_keys = [s.key for s in script.screens]
    return next((k for k in all_keys[all_keys.index(target) :] if k in visible), None)


def reachable_screens(script: bant.Script, segment: str) -> set[str]:
    """The screens some answers lead to, for one segment."""
    visible = [s.key for s in script.screens_for(segment)]
    if not visible:
        return set()
    reached = {visible[0]}
    for index, key in enumerate(visible):
        if key not in reached:
            continue
        falls_through = True
        for question in script.questions_for(script.screen(key), segment):
            targets = [*question.branch.values(), *(o.jump for o in question.options if o.jump)]
            for target in targets:
                landing = _landing(script, visible, target)
                if landing is not None:
                    reached.add(landing)
            if _always_jumps(question):
                falls_through = False
                break  # the questions after it are never asked
        if falls_through and index + 1 < len(visible):
            reached.add(visible[index + 1])
    return reached


def _segments_of(script: bant.Script) -> set[str]:
    segments = set(SEGMENTS) | set(script.pass_rules)
    for screen in script.screens:
        segments |= screen.segments or set()
        for question in screen.questions:
            segments |= question.segments or set()
    return segments


def _shape_problems(definition: Mapping[str, Any]) -> list[Problem]:
    """Parts of a script file that are not of the kind the script reads (a text where an
    object belongs): named here, before anything reads them as that kind."""
    problems: list[Problem] = []
    if not isinstance(definition.get("name", ""), str):
        problems.append(Problem(message('"{field}" must be text', field="name")))
    if not isinstance(definition.get("pass_rules", {}), Mapping):
        problems.append(Problem(message('"{field}" must be an object', field="pass_rules")))
    months = definition.get("default_recycle_months", 3)
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        problems.append(
            Problem(
                message(
                    '"{field}" must be a whole number, at least 1', field="default_recycle_months"
                )
            )
        )
    screens = definition.get("screens")
    for raw in screens if isinstance(screens, list) else ():
        if not isinstance(raw, Mapping):
            continue
        screen = str(raw.get("key", ""))
        questions = raw.get("questions") or []
        if not isinstance(questions, list):
            problems.append(Problem(message('"{field}" must be a list', field="questions"), screen))
            continue
        for question in questions:
            if not isinstance(question, Mapping):
                continue
            key = str(question.get("key", "")) or None
            if not isinstance(question.get("branch") or {}, Mapping):
                problems.append(
                    Problem(message('"{field}" must be an object', field="branch"), screen, key)
                )
            if not isinstance(question.get("options") or [], list):
                problems.append(
                    Problem(message('"{field}" must be a list', field="options"), screen, key)
                )
    return problems


def check_script(definition: Mapping[str, Any]) -> list[Problem]:
    """Every problem of a script definition; an empty list when it may be saved."""
    if not isinstance(definition, Mapping):
        return [Problem(message("a script is a JSON object with name, screens and pass_rules"))]
    problems = _shape_problems(definition)
    if problems:
        return problems
    if not str(definition.get("name") or "").strip():
        problems.append(Problem(message("the script needs a name")))
    problems.extend(_raw_problems(definition))
    if problems:
        return problems
    try:
        script = bant.parse_script(definition)
    except (InvalidInput, ValueError, TypeError, ArithmeticError) as exc:
        return [Problem(exc.message if isinstance(exc, InvalidInput) else str(exc))]
    reached: set[str] = set()
    for segment in _segments_of(script):
        reached |= reachable_screens(script, segment)
    for screen in script.screens:
        if screen.key not in reached:
            problems.append(Problem(message("no path reaches this screen"), screen=screen.key))
    if not script.pass_rules:
        problems.append(Problem(message("there are no pass rules: every lead would be graded D")))
    return problems


def validated(definition: Mapping[str, Any]) -> bant.Script:
    """The parsed script, or ScriptInvalid naming every problem."""
    problems = check_script(definition)
    if problems:
        raise ScriptInvalid(problems)
    return bant.parse_script(definition)
