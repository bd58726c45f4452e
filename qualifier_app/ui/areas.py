"""The areas of the main window, and which roles see them.

Each feature adds its area here: a title, the roles that see it, and a factory that
builds the widget from an AreaContext.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from qualifier_app.app import Services
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.services.accounts import SignedIn
from qualifier_app.ui.worker import Workers


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


def _queue_overview(context: AreaContext) -> QWidget:
    from qualifier_app.ui.queue_overview import QueueOverview  # noqa: PLC0415

    return QueueOverview(context)


def _workspace(context: AreaContext) -> QWidget:
    from qualifier_app.ui.workspace.area import WorkspaceArea  # noqa: PLC0415

    return WorkspaceArea(context)


def _users(context: AreaContext) -> QWidget:
    from qualifier_app.ui.users import UsersArea  # noqa: PLC0415

    return UsersArea(context)


def _import_wizard(context: AreaContext) -> QWidget:
    from qualifier_app.ui.import_wizard import ImportWizard  # noqa: PLC0415

    return ImportWizard(context)


def _partners(context: AreaContext) -> QWidget:
    from qualifier_app.ui.partners import PartnersArea  # noqa: PLC0415

    return PartnersArea(context)


def _campaigns(context: AreaContext) -> QWidget:
    from qualifier_app.ui.campaigns import CampaignsArea  # noqa: PLC0415

    return CampaignsArea(context)


def _is_channel_manager(actor: Actor) -> bool:
    return actor.is_channel_manager


def _team_board(context: AreaContext) -> QWidget:
    from qualifier_app.ui.team_board import TeamBoardArea  # noqa: PLC0415

    return TeamBoardArea(context)


def _reports(context: AreaContext) -> QWidget:
    from qualifier_app.ui.reports_area import ReportsArea  # noqa: PLC0415

    return ReportsArea(context)


LEADERS = frozenset({Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN})

# Reps and team leads work leads in the Workspace; the others watch the queue. Team leads,
# supervisors and administrators move work on the Team board and read the Reports.
AREAS: list[Area] = [
    Area("Workspace", frozenset({Role.REP, Role.TEAM_LEAD}), _workspace),
    Area("Team board", LEADERS, _team_board),
    Area("Queue", frozenset({Role.SUPERVISOR, Role.ADMIN}), _queue_overview),
    Area("Reports", LEADERS, _reports),
    Area("Import", frozenset({Role.SUPERVISOR, Role.ADMIN}), _import_wizard),
    Area("Campaigns", frozenset({Role.SUPERVISOR, Role.ADMIN}), _campaigns),
    Area("Partners", frozenset({Role.SUPERVISOR, Role.ADMIN}), _partners, _is_channel_manager),
    Area("Users", frozenset({Role.ADMIN}), _users),
]


def areas_for(role: Role, actor: Actor | None = None) -> list[Area]:
    return [area for area in AREAS if area.visible_to(role, actor)]
