"""Plain data about users, for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from qualifier_app.domain.roles import Role


@dataclass(frozen=True)
class UserSummary:
    id: int
    login: str
    display_name: str
    role: str
    team: str | None
    active: bool
    queues: tuple[str, ...] = ()


def works_no_queue(role: str, team: str | None) -> bool:
    """A rep in no team: kept (a person may be added before their team is chosen), but said,
    since they get no leads from a queue."""
    return role == Role.REP.value and not team


# --- intake --------------------------------------------------------------------------------
