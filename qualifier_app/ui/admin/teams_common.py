"""What the two halves of the Teams & queues area share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound

T = TypeVar("T")


def while_shown(area: QWidget, fn: Callable[[T], None]) -> Callable[[T], None]:
    """A worker's answer for an area that may have been closed meanwhile: then dropped."""

    def deliver(value: T) -> None:
        if isValid(area):
            fn(value)

    return deliver


def field_of(exc: Exception, fallback: str) -> Exception:
    """Refusals that belong to a field but carry none: shown next to `fallback`."""
    if isinstance(exc, InvalidInput):
        return exc
    if isinstance(exc, Conflict) and "exists already" in str(exc):
        return InvalidInput(str(exc), "name")
    if isinstance(exc, (Conflict, NotFound)):
        return InvalidInput(str(exc), fallback)
    return exc
