"""Plain data about users, for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserSummary:
    id: int
    login: str
    display_name: str
    role: str
    team: str | None
    active: bool
    queues: tuple[str, ...] = ()


# --- intake --------------------------------------------------------------------------------
