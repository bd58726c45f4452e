"""Typed answers: what the rep entered, read as data; the points and jumps of an answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from qualifier_app.domain.bant.script import AnswerValue, Question, QuestionType
from qualifier_app.domain.currency import check_in_currency, currency_text, without_currency
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.normalize import amount
from qualifier_app.domain.text import message

_YES = {"yes", "y", "true", "1", "ja", "oui", "si", "sí"}
_NO = {"no", "n", "false", "0", "nein", "non"}


def parse_answer(question: Question, raw: Any, currency: str | None = None) -> AnswerValue | None:
    """Turn what the rep entered into a typed answer; None means "not answered". An amount
    is in the center's `currency`: one marked in another ("€120.000" in a dollar center) is
    refused, never taken as so many of the center's.

    Raises InvalidInput (field = the question key) with a plain reason when it does not fit.
    """
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "":
            return None
    if question.type is QuestionType.CURRENCY and isinstance(raw, str):
        unmarked, meant = without_currency(raw)
        check_in_currency(raw, meant, currency, question.key)
        return _number(question, raw, unmarked)
    return _PARSERS[question.type](question, raw)


def question_text(question: Question, currency: str | None) -> str:
    """The question as the rep and the partner read it: an amount's names the currency."""
    if question.type is QuestionType.CURRENCY and currency:
        return currency_text(question.text, currency)
    return question.text


def _text(question: Question, raw: Any) -> AnswerValue:
    return str(raw)


def _yes_no(question: Question, raw: Any) -> AnswerValue:
    if isinstance(raw, bool):
        return raw
    text = str(raw).lower()
    if text in _YES or text in _NO:
        return text in _YES
    raise InvalidInput(message("{text}: answer yes or no", text=question.text), question.key)


def _single(question: Question, raw: Any) -> AnswerValue:
    if question.option(str(raw)) is None:
        raise InvalidInput(
            message("{text}: {raw!r} is not one of the options", text=question.text, raw=raw),
            question.key,
        )
    return str(raw)


def _multiple(question: Question, raw: Any) -> AnswerValue | None:
    values = (raw,) if isinstance(raw, str) else tuple(str(v) for v in raw)
    unknown = [v for v in values if question.option(v) is None]
    if unknown:
        raise InvalidInput(
            message(
                "{text}: {join} is not one of the options",
                text=question.text,
                join=", ".join(unknown),
            ),
            question.key,
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
            message("{text}: {raw!r} is not a date (YYYY-MM-DD)", text=question.text, raw=raw),
            question.key,
        ) from None


def _number(question: Question, raw: Any, unmarked: str | None = None) -> Decimal:
    text = str(raw) if unmarked is None else unmarked
    for symbol in ("$", "€", "£", "¥"):
        text = text.replace(symbol, "")
    # Thousands and decimal marks as the rep writes them: "50.000" is fifty thousand in Spain
    # and Germany, "2,5" two and a half (they were read as 50.00 and 25).
    value = amount(text) if isinstance(raw, str) else _decimal(raw)
    if value is None:
        raise InvalidInput(
            message("{text}: {raw!r} is not a number", text=question.text, raw=raw), question.key
        )
    if not value.is_finite():
        raise InvalidInput(
            message("{text}: {raw!r} is not a number", text=question.text, raw=raw), question.key
        )
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(
            message("{text}: at most two decimals", text=question.text), question.key
        )
    floor = question.minimum if question.minimum is not None else Decimal(0)
    if value < floor:
        raise InvalidInput(
            message("{text}: must be at least {floor}", text=question.text, floor=floor),
            question.key,
        )
    if question.maximum is not None and value > question.maximum:
        raise InvalidInput(
            message(
                "{text}: must be at most {maximum}", text=question.text, maximum=question.maximum
            ),
            question.key,
        )
    return value


def _decimal(raw: Any) -> Decimal | None:
    """A number kept as one (a draft's, an earlier answer's)."""
    try:
        return Decimal(str(raw))
    except InvalidOperation:
        return None


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
        return format(value.normalize(), "f")  # "2.5", never "2.500" (read as 2500)
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


def jump_of(question: Question, value: AnswerValue) -> str | None:
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
