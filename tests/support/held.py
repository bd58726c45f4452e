"""A service call held back until the test lets it go: a list that loads late, as on a busy
server, while the person goes on working in the window."""

from __future__ import annotations

import threading
from typing import Any

import pytest


def held_back(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> threading.Event:
    """From now on `owner.name` waits until the event returned is set (10 s at most)."""
    released = threading.Event()
    real = getattr(owner, name)

    def waiting(*args: Any, **kwargs: Any) -> Any:
        released.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, waiting)
    return released
