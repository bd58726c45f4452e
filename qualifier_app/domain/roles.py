"""Who may do what. The service layer asks `require`; the UI only mirrors it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from qualifier_app.domain.errors import PermissionDenied
from qualifier_app.domain.text import message


class Role(StrEnum):
    REP = "rep"
    TEAM_LEAD = "team_lead"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {
            Role.REP: message("Rep"),
            Role.TEAM_LEAD: message("Team lead"),
            Role.SUPERVISOR: message("Supervisor"),
            Role.ADMIN: message("Administrator"),
        }[self]


class Action(StrEnum):
    WORK_LEADS = "work leads"
    VIEW_QUEUE_STATS = "view queue statistics"
    VIEW_TEAM_BOARD = "view the team board"
    # Listing people, teams and queues is allowed with the team board, but refused in its
    # own words: a rep who asked for `user list` did not ask for the team board.
    LIST_USERS = "list users"
    LIST_TEAMS = "list teams"
    LIST_QUEUES = "list queues"
    # Campaigns are listed with the reports they filter, refused in their own words too.
    LIST_CAMPAIGNS = "list campaigns"
    REASSIGN_LEADS = "reassign leads"
    PAUSE_REPS = "pause and resume reps"
    RELEASE_ANY_LEASE = "release another rep's lead"
    VIEW_REPORTS = "view reports"
    IMPORT_INQUIRIES = "import inquiries"
    EXPORT_LEADS = "export leads"
    RESCORE_LEADS = "re-apply the scoring rules"
    MANAGE_PARTNERS = "manage partners"
    MANAGE_CAMPAIGNS = "manage campaigns"
    ROUTE_LEADS = "route leads to partners"
    RECORD_PARTNER_FEEDBACK = "record partner feedback"
    RUN_SLA_SWEEP = "run the SLA sweep"
    RECYCLE_NURTURE = "return nurture leads to the queue"
    MANAGE_USERS = "manage users"
    MANAGE_SCRIPTS = "manage scripts"
    MANAGE_DO_NOT_CALL = "manage the do-not-call list"
    VIEW_AUDIT = "view the audit log"
    VIEW_DO_NOT_CALL_LIST = "view the do-not-call list"
    REMOVE_DO_NOT_CALL = "remove an entry from the do-not-call list"
    IMPORT_REGISTRY = "import a national do-not-call registry"
    MANAGE_TEAMS = "manage teams and queues"
    CHANGE_OWN_PASSWORD = "change their own password"  # noqa: S105 - an action, not a secret
    EXPORT_PERSON = "export a person's data"
    ERASE_PERSON = "erase a person's data"
    PURGE_OLD_FILES = "purge data past its retention period"
    LOOK_UP_LEADS = "look up leads and open their record"
    VIEW_CALLING_RULES = "view the calling rules"
    MANAGE_CALLING_RULES = "change the calling rules"
    MANAGE_CHECK_CALLS = "set the check-call policy"
    MANAGE_CENTER = "read or change the center's settings"


_R, _T, _S, _A = Role.REP, Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.WORK_LEADS: frozenset({_R, _T}),
    Action.VIEW_QUEUE_STATS: frozenset({_R, _T, _S, _A}),
    Action.VIEW_TEAM_BOARD: frozenset({_T, _S, _A}),
    Action.LIST_USERS: frozenset({_T, _S, _A}),
    Action.LIST_TEAMS: frozenset({_T, _S, _A}),
    Action.LIST_QUEUES: frozenset({_T, _S, _A}),
    Action.LIST_CAMPAIGNS: frozenset({_T, _S, _A}),
    Action.REASSIGN_LEADS: frozenset({_T, _S, _A}),
    Action.PAUSE_REPS: frozenset({_T, _S, _A}),
    Action.RELEASE_ANY_LEASE: frozenset({_T, _S, _A}),
    Action.VIEW_REPORTS: frozenset({_T, _S, _A}),
    Action.IMPORT_INQUIRIES: frozenset({_S, _A}),
    Action.EXPORT_LEADS: frozenset({_S, _A}),
    Action.RESCORE_LEADS: frozenset({_S, _A}),
    Action.MANAGE_PARTNERS: frozenset({_S, _A}),
    Action.MANAGE_CAMPAIGNS: frozenset({_S, _A}),
    Action.ROUTE_LEADS: frozenset({_R, _T, _S, _A}),
    Action.RECORD_PARTNER_FEEDBACK: frozenset({_S, _A}),
    # Every workstation sweeps; what it does is the same whoever is signed in.
    Action.RUN_SLA_SWEEP: frozenset({_R, _T, _S, _A}),
    Action.RECYCLE_NURTURE: frozenset({_R, _T, _S, _A}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.MANAGE_SCRIPTS: frozenset({_S, _A}),
    Action.MANAGE_DO_NOT_CALL: frozenset({_R, _T, _S, _A}),
    # Team leads read the rows of their own team only (services/admin/audit.py scopes them).
    Action.VIEW_AUDIT: frozenset({_T, _S, _A}),
    Action.VIEW_DO_NOT_CALL_LIST: frozenset({_S, _A}),
    Action.REMOVE_DO_NOT_CALL: frozenset({_A}),
    # A snapshot replaces the whole national list the center must follow: supervisors keep
    # it fresh (its age blocks claims), administrators too.
    Action.IMPORT_REGISTRY: frozenset({_S, _A}),
    # Team leads for their own team only: the service narrows it to their teams.
    Action.MANAGE_TEAMS: frozenset({_T, _A}),
    Action.CHANGE_OWN_PASSWORD: frozenset({_R, _T, _S, _A}),
    Action.EXPORT_PERSON: frozenset({_S, _A}),
    # Erasure cannot be undone: administrators only, always with a reason.
    Action.ERASE_PERSON: frozenset({_A}),
    # Every workstation may purge: what goes is set by the retention settings, not the user.
    Action.PURGE_OLD_FILES: frozenset({_R, _T, _S, _A}),
    # A prospect who calls back is found by whoever answers.
    Action.LOOK_UP_LEADS: frozenset({_R, _T, _S, _A}),
    # Calling hours are the law of the places called: administrators change them.
    Action.VIEW_CALLING_RULES: frozenset({_S, _A}),
    Action.MANAGE_CALLING_RULES: frozenset({_A}),
    Action.MANAGE_CHECK_CALLS: frozenset({_A}),
    Action.MANAGE_CENTER: frozenset({_A}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in person on whose behalf a service acts."""

    user_id: int
    login: str
    display_name: str
    role: Role
    team_id: int | None = None
    is_channel_manager: bool = False

    @property
    def audit_id(self) -> int | None:
        """The user id for audit rows; None for the command-line operator."""
        return self.user_id or None

    def may(self, action: Action) -> bool:
        if action is Action.MANAGE_PARTNERS and self.is_channel_manager:
            return True
        if action is Action.RECORD_PARTNER_FEEDBACK and self.is_channel_manager:
            return True
        return self.role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    if not actor.may(action):
        raise PermissionDenied(
            message(
                "{login} ({lower}) may not {value}",
                login=actor.login,
                lower=actor.role.label.lower(),
                value=action.value,
            )
        )


# Who is named for a row no person wrote (a sweep, a failed sign-in, a migration, the demo's
# history): the app itself. Every command and window acts as a signed-in person.
SYSTEM = "system"

# An administrator no user row backs: what tests and benchmarks arrange data as, on the
# owner's connection.
OPERATOR = Actor(user_id=0, login="operator", display_name="Database operator", role=Role.ADMIN)
