"""Who may do what: the permission table as a role × action matrix."""

from __future__ import annotations

import pytest

from qualifier_app.domain.errors import PermissionDenied
from qualifier_app.domain.roles import OPERATOR, PERMISSIONS, Action, Actor, Role, require

EXPECTED = {
    Role.REP: {
        Action.WORK_LEADS,
        Action.VIEW_QUEUE_STATS,
        Action.ROUTE_LEADS,
        Action.MANAGE_DO_NOT_CALL,
        Action.RUN_SLA_SWEEP,
        Action.RECYCLE_NURTURE,
        Action.CHANGE_OWN_PASSWORD,
        Action.PURGE_OLD_FILES,
        Action.LOOK_UP_LEADS,
    },
    Role.TEAM_LEAD: {
        Action.WORK_LEADS,
        Action.VIEW_QUEUE_STATS,
        Action.VIEW_TEAM_BOARD,
        Action.LIST_USERS,
        Action.LIST_TEAMS,
        Action.LIST_QUEUES,
        Action.LIST_CAMPAIGNS,
        Action.REASSIGN_LEADS,
        Action.PAUSE_REPS,
        Action.RELEASE_ANY_LEASE,
        Action.VIEW_REPORTS,
        Action.ROUTE_LEADS,
        Action.MANAGE_DO_NOT_CALL,
        Action.RUN_SLA_SWEEP,
        Action.RECYCLE_NURTURE,
        Action.VIEW_AUDIT,
        Action.MANAGE_TEAMS,
        Action.CHANGE_OWN_PASSWORD,
        Action.PURGE_OLD_FILES,
        Action.LOOK_UP_LEADS,
    },
    Role.SUPERVISOR: set(Action)
    - {
        Action.WORK_LEADS,
        Action.MANAGE_USERS,
        Action.REMOVE_DO_NOT_CALL,
        Action.MANAGE_TEAMS,
        Action.ERASE_PERSON,
        Action.MANAGE_CALLING_RULES,
        Action.MANAGE_CHECK_CALLS,
        Action.MANAGE_CENTER,
    },
    Role.ADMIN: set(Action) - {Action.WORK_LEADS},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(role: Role, action: Action) -> None:
    actor = Actor(1, "someone", "Someone", role)
    allowed = action in EXPECTED[role]
    assert actor.may(action) is allowed
    if allowed:
        require(actor, action)
    else:
        with pytest.raises(PermissionDenied, match=f"may not {action.value}"):
            require(actor, action)


def test_every_action_has_a_rule() -> None:
    assert set(PERMISSIONS) == set(Action)


def test_channel_managers_manage_partners_whatever_their_role() -> None:
    rep_manager = Actor(2, "cm", "Channel Manager", Role.REP, is_channel_manager=True)
    assert rep_manager.may(Action.MANAGE_PARTNERS)
    assert rep_manager.may(Action.RECORD_PARTNER_FEEDBACK)
    assert not rep_manager.may(Action.MANAGE_USERS)


def test_operator_is_audited_as_nobody() -> None:
    assert OPERATOR.audit_id is None
    assert Actor(7, "x", "X", Role.REP).audit_id == 7
