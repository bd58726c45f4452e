"""How the settings file's problems are worded, for every section's reader."""

from __future__ import annotations

from qualifier_app.domain.text import Message, message


def unknown_key(section: str, exc: Exception) -> Message:
    return message(
        "settings file: [{section}] has an unknown key: {problem}",
        section=section,
        problem=str(exc),
    )


def bad_value(section: str, exc: Exception) -> Message:
    return message(
        "settings file: [{section}] has a bad value: {problem}", section=section, problem=str(exc)
    )
