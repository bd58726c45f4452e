"""What an area of the main window is, and what it is given to build itself.

The catalogue of areas lives in `qualifier_app.ui.areas`, above the feature packages; the
shell is handed it, so the shell never imports an area and no area imports another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from qualifier_app.app import Services
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.ui.shell.worker import Workers


@dataclass(frozen=True)
class AreaContext:
    services: Services
    signed_in: SignedIn
    workers: Workers


@dataclass(frozen=True)
class Area:
    title: str
    roles: frozenset[Role]
    factory: Callable[[AreaContext], QWidget]
    # Who else sees it, whatever the role (channel managers, say).
    also: Callable[[Actor], bool] | None = None
    # The roles whose window opens on it: their day's main work (a team lead's board).
    first_for: frozenset[Role] = frozenset()

    def visible_to(self, role: Role, actor: Actor | None = None) -> bool:
        if role in self.roles:
            return True
        return actor is not None and self.also is not None and self.also(actor)


# Which areas a person sees: given to the shell by whoever starts it.
AreaCatalogue = Callable[[Role, Actor], Sequence[Area]]


@runtime_checkable
class HoldsLead(Protocol):
    """An area where the signed-in person may hold a lead; asked before signing out or
    quitting, so the lead goes back to the queue instead of staying locked."""

    def held_lead(self) -> str | None:
        """What is held, in a few words ("lead 12, Acme Ltd"), or None."""
        ...

    def release_held_lead(self, done: Callable[[], None]) -> None:
        """Give it back to the queue, keep the typed work as a draft, then call `done`."""
        ...
