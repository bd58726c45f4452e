"""The catalogue of the main window's areas, and which roles see them.

Each feature package of `ui/` offers one area; this module, above them all, lists them.
The shell is handed `areas_for`, so it never imports an area and areas never import each
other.
"""

from __future__ import annotations

from qualifier_app.domain.roles import Actor, Role
from qualifier_app.ui.admin.audit import AuditArea
from qualifier_app.ui.admin.calling_rules import CallingRulesArea
from qualifier_app.ui.admin.campaigns import CampaignsArea
from qualifier_app.ui.admin.center import CenterArea
from qualifier_app.ui.admin.do_not_call import DoNotCallArea
from qualifier_app.ui.admin.scoring import ScoringRulesArea
from qualifier_app.ui.admin.scripts import ScriptsArea
from qualifier_app.ui.admin.teams import TeamsArea
from qualifier_app.ui.admin.users import UsersArea
from qualifier_app.ui.board.queue_overview import QueueOverview
from qualifier_app.ui.board.team_board import TeamBoardArea
from qualifier_app.ui.intake.import_wizard import ImportWizard
from qualifier_app.ui.partners.area import PartnersArea
from qualifier_app.ui.reports.area import ReportsArea
from qualifier_app.ui.shell.area import Area, AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.workspace.area import WorkspaceArea

__all__ = ["AREAS", "Area", "AreaContext", "areas_for"]


def _is_channel_manager(actor: Actor) -> bool:
    return actor.is_channel_manager


LEADERS = frozenset({Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN})

# Reps and team leads work leads in the Workspace; the others watch the queue. Team leads,
# supervisors and administrators move work on the Team board and read the Reports. A team
# lead spends the day watching and moving their reps' work: their window opens on the board
# (Alt+1), and Ctrl+N still takes a lead in the Workspace from there.
AREAS: list[Area] = [
    Area(
        QT_TRANSLATE_NOOP("Areas", "Workspace"),
        frozenset({Role.REP, Role.TEAM_LEAD}),
        WorkspaceArea,
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Team board"),
        LEADERS,
        TeamBoardArea,
        first_for=frozenset({Role.TEAM_LEAD}),
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Queue"), frozenset({Role.SUPERVISOR, Role.ADMIN}), QueueOverview
    ),
    Area(QT_TRANSLATE_NOOP("Areas", "Reports"), LEADERS, ReportsArea),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Import"), frozenset({Role.SUPERVISOR, Role.ADMIN}), ImportWizard
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Campaigns"),
        frozenset({Role.SUPERVISOR, Role.ADMIN}),
        CampaignsArea,
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Partners"),
        frozenset({Role.SUPERVISOR, Role.ADMIN}),
        PartnersArea,
        _is_channel_manager,
    ),
    Area(QT_TRANSLATE_NOOP("Areas", "Users"), frozenset({Role.ADMIN}), UsersArea),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Teams and queues"),
        frozenset({Role.TEAM_LEAD, Role.ADMIN}),
        TeamsArea,
    ),
    Area(QT_TRANSLATE_NOOP("Areas", "Audit"), LEADERS, AuditArea),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Do not call"),
        frozenset({Role.SUPERVISOR, Role.ADMIN}),
        DoNotCallArea,
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Scripts"), frozenset({Role.SUPERVISOR, Role.ADMIN}), ScriptsArea
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Scoring rules"),
        frozenset({Role.SUPERVISOR, Role.ADMIN}),
        ScoringRulesArea,
    ),
    Area(
        QT_TRANSLATE_NOOP("Areas", "Calling rules"),
        frozenset({Role.SUPERVISOR, Role.ADMIN}),
        CallingRulesArea,
    ),
    Area(QT_TRANSLATE_NOOP("Areas", "Center"), frozenset({Role.ADMIN}), CenterArea),
]


def areas_for(role: Role, actor: Actor | None = None) -> list[Area]:
    visible = [area for area in AREAS if area.visible_to(role, actor)]
    return sorted(visible, key=lambda area: role not in area.first_for)
