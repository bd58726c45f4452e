"""Reading a script definition (JSON): every problem is named with where it is."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from qualifier_app.domain.bant.script import (
    DIMENSIONS,
    SPECIAL_TARGETS,
    Option,
    Question,
    QuestionType,
    Screen,
    Script,
)
from qualifier_app.domain.consent import CHANNELS
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

CONSENT_CHANNELS = tuple(channel.value for channel in CHANNELS)


def _bad(script: str, where: str, problem: str) -> InvalidInput:
    return InvalidInput(
        message("script {script}: {where}: {problem}", script=script, where=where, problem=problem),
        "script",
    )


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
    consent = raw.get("consent")
    if consent is not None:
        if consent not in CONSENT_CHANNELS:
            known = ", ".join(CONSENT_CHANNELS)
            raise _bad(name, where, f"consent {consent!r} is not one of {known}")
        if kind is not QuestionType.YES_NO:
            raise _bad(name, where, "a consent question is a yes/no question")
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
        consent=None if consent is None else str(consent),
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
