"""What an area of the main window is, and what it is given to build itself.

The catalogue of areas lives in `qualifier_app.ui.areas`, above the feature packages; the
shell is handed it, so the shell never imports an area and no area imports another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

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

    def visible_to(self, role: Role, actor: Actor | None = None) -> bool:
        if role in self.roles:
            return True
        return actor is not None and self.also is not None and self.also(actor)


# Which areas a person sees: given to the shell by whoever starts it.
AreaCatalogue = Callable[[Role, Actor], Sequence[Area]]
