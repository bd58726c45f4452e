"""Messages for the person at the keyboard, kept translatable without Qt.

A service writes `message("Lead {lead} is not yours", lead=lead_id)`: the result is the
English text (what the command line, logs and tests see), and it remembers its catalogue
source and values, so the desktop app shows it in the person's language. The catalogue is
the same Qt Linguist one as the windows' (context "Messages"); `scripts/translations.py`
finds these calls, so the source must be a plain string literal, never an f-string.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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
