"""A settings file's values read as the types the settings have, strictly.

TOML has booleans, whole numbers and decimals of its own: a `"false"` read as true, a 7.9 read
as 7 or a `true` read as 1 would be a setting other than the one written, so a value of
another type is refused by name instead of converted."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.settings.problems import unknown_key

T = TypeVar("T")

_KINDS = {
    bool: message("true or false"),
    int: message("a whole number"),
    float: message("a number"),
    str: message("text in quotes"),
}


def typed(section: str, key: str, default: T, value: object) -> T:
    """`value` if it is of `default`'s type (a whole number also for a decimal setting)."""
    kind = type(default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # type: ignore[return-value]
    if kind in _KINDS and (type(value) is not kind):
        raise InvalidInput(
            message(
                "settings file: [{section}] {key} must be {kind}, not {value!r}",
                section=section,
                key=key,
                kind=_KINDS[kind],
                value=value,
            ),
            key,
        )
    return value  # type: ignore[return-value]


def with_values(section: str, base: T, values: dict[str, Any]) -> T:
    """`base` (a settings dataclass) with the section's values, each of its field's type."""
    names = {field.name for field in fields(base)}  # type: ignore[arg-type]
    for key in values:
        if key not in names:
            raise InvalidInput(unknown_key(section, KeyError(key)))
    return replace(  # type: ignore[type-var]
        base, **{key: typed(section, key, getattr(base, key), v) for key, v in values.items()}
    )
