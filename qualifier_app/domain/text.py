"""Messages for the person at the keyboard, kept translatable without Qt.

A service writes `message("Lead {lead} is not yours", lead=lead_id)`: the result is the
English text (what the command line, logs and tests see), and it remembers its catalogue
source and values, so the desktop app shows it in the person's language. The catalogue is
the same Qt Linguist one as the windows' (context "Messages"); `scripts/translations.py`
finds these calls, so the source must be a plain string literal, never an f-string.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime

CONTEXT = "Messages"


class Message(str):
    """English text that knows its catalogue source and the values put into it."""

    source: str
    values: Mapping[str, object]

    def __new__(cls, source: str, values: Mapping[str, object]) -> Message:
        made = super().__new__(cls, source.format(**values) if values else source)
        made.source = source
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[type[Message], tuple[str, dict[str, object]]]:
        # copy, deepcopy (dataclasses.asdict) and pickle rebuild it from source and values.
        return (Message, (self.source, dict(self.values)))


def message(source: str, /, **values: object) -> Message:
    return Message(source, values)


def counted(count: int, one: str, many: str, /, **values: object) -> Message:
    """`one` for a count of 1 and `many` for any other, both given the count as {count}:
    "1 row read", "2 rows read". The catalogue holds both sources, so each language words
    both forms (two fit every shipped language); both must be plain string literals."""
    return Message(one if count == 1 else many, {"count": count, **values})


def count_of(count: int, one: str, many: str) -> str:
    """A count in text that is English only (the command line's own lines, the office's
    e-mails), in English's two forms: "1 lead", "2 leads"."""
    return f"{count:,} {one if count == 1 else many}"


def shortened(text: str, most: int = 80) -> str:
    """A name as a one-line message shows it: one of thousands of characters is cut."""
    return text if len(text) <= most else f"{text[: most - 1]}…"


def joined(*parts: str) -> Message:
    """Messages (or plain text) side by side, each translated on its own when shown: a
    message with optional clauses stays translatable, where `+` would make it plain text."""
    return Message(
        "".join(f"{{_{i}}}" for i in range(len(parts))),
        {f"_{i}": part for i, part in enumerate(parts)},
    )


def listed(parts: Iterable[str], separator: str = ", ") -> Message:
    """Parts one after the other with a separator, each translated on its own when shown."""
    spaced: list[str] = []
    for part in parts:
        spaced += [separator, part] if spaced else [part]
    return joined(*spaced)


# --- a message kept in a text column ------------------------------------------------------
# Text written once and read later (a handoff's "why this partner") is kept as its source and
# values, so it is shown in the language of whoever reads it. What was stored as plain text
# (older rows, typed text) reads back as it is.

_STORED = '{"message":'


def stored(text: str) -> str:
    """`text` as a text column keeps it: a message as its source and values (JSON), other
    text as it is."""
    if not isinstance(text, Message):
        return text
    return json.dumps(_encoded(text), ensure_ascii=False, separators=(",", ":"))


def restored(text: str) -> str:
    """A text column's value as `stored` wrote it: a message again, or the plain text."""
    if not text.startswith(_STORED):
        return text
    try:
        found = _decoded(json.loads(text))
    except (ValueError, TypeError, KeyError, AttributeError):
        return text
    return found if isinstance(found, Message) else text


def _encoded(value: object) -> object:
    if isinstance(value, Message):
        return {
            "message": value.source,
            "values": {k: _encoded(v) for k, v in value.values.items()},
        }
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _decoded(value: object) -> object:
    if not isinstance(value, dict):
        return value
    if "message" in value:
        values = {str(k): _decoded(v) for k, v in value["values"].items()}
        return Message(str(value["message"]), values)
    if "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    return date.fromisoformat(value["date"])
