"""A team lead, a supervisor and an administrator append only the audit rows their own work
writes (migration 0056_audit_of_each_roles_work), in their own name and at the database's
time; a lead's, handoff's or check call's row only with its change.

Each test signs in as the person (SCRAM) and tries what the security tester did with psql.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
from psycopg import errors

from qualifier_app.app import Services
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.services.board.reassign import LeadRef, Target
from tests.security.conftest import Center
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

INSERT = (
    "INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, reason) "
    "VALUES (now() - interval '1 day', %s, %s, %s, %s, 'forged')"
)
OWN_WORK = "audit rows are those of their own work"
WITH_ITS_CHANGE = "comes with its change"
# (login, actions of others' work, an action of their own not about a lead)
FORGED = {
    "tina": (
        (
            "lead.erased",
            "lead.rescored",
            "lead.created",
            "user.password_reset",
            "user.added",
            "team.added",
            "campaign.created",
            "dnc_registry.imported",
            "calling_rule.saved",
            "note",
        ),
        ("queue.changed", "queue"),
    ),
    "sam": (
        (
            *(f"lead.{outcome}" for outcome in ("retry", "sales_ready", "disqualify")),
            "lead.claimed",
            "lead.taken",
            "lead.outcome_undone",
            "lead.erased",
            "qualification.recorded",
            "agent_state.changed",
            "user.password_reset",
            "user.changed",
            "center.changed",
            "team.renamed",
        ),
        ("campaign.created", "campaign"),
    ),
    "al": (
        (
            *(f"lead.{outcome}" for outcome in ("callback", "sales_ready", "nurture")),
            "lead.claimed",
            "lead.resumed",
            "contact.corrected",
            "consent.recorded",
            "agent_state.changed",
            "demo.loaded",
            "login.failed",
        ),
        ("user.unlocked", "user"),
    ),
}


@pytest.fixture
def admin(center: Center) -> Actor:
    return center.factory.user("al", Role.ADMIN, team=None, queues=())


def _refused(person: psycopg.Connection, sql: str, *params: object) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as refused:
        person.execute(sql, params)
    return str(refused.value)


def _count(center: Center, condition: str) -> int:
    with connect_as(center.url, "sam") as sam:
        query = f"SELECT count(*) FROM audit_log WHERE {condition}"
        row = sam.execute(query).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("login", ["tina", "sam", "al"])
def test_a_team_lead_supervisor_or_administrator_forges_no_action(
    center: Center, admin: Actor, login: str
) -> None:
    others, (own, kind) = FORGED[login]
    with connect_as(center.url, login) as person:
        me = person.execute("SELECT qualifier_user_id()").fetchone()
        assert me is not None
        for action in others:
            assert OWN_WORK in _refused(person, INSERT, None, action, "lead", "1")
        # Their own work's row: in their own name and at the database's time.
        person.execute(INSERT, (None, own, kind, "1"))
        assert "its own actor only" in _refused(
            person, INSERT, center.teams.rita.user_id, own, kind, "1"
        )
    assert _count(center, f"action = '{own}' AND reason = 'forged' AND actor_id = {me[0]}") == 1
    assert _count(center, "reason = 'forged' AND at < now() - interval '1 hour'") == 0


@pytest.mark.parametrize("login", ["tina", "sam", "al"])
def test_a_leads_handoffs_or_check_calls_row_comes_with_its_change(
    center: Center, admin: Actor, login: str
) -> None:
    lead = center.north_lead
    with connect_as(center.url, login) as person:
        for action, kind, entity in (
            ("lead.handed_off", "lead", str(lead)),
            ("lead.reassigned", "lead", str(lead)),
            ("lead.returned_for_routing", "lead", str(lead)),
            ("handoff.created", "handoff", "1"),
            ("handoff.feedback", "handoff", "1"),
            ("check_call.due", "check_call", "1"),
            ("lead.released", "lead", "not a number"),
        ):
            assert WITH_ITS_CHANGE in _refused(person, INSERT, None, action, kind, entity)
        # With the change it records, in the same transaction.
        with person.transaction():
            person.execute(
                "UPDATE leads SET assigned_rep_id = NULL, version = version + 1 WHERE id = %s",
                (lead,),
            )
            person.execute(INSERT, (None, "lead.reassigned", "lead", str(lead)))
    assert _count(center, f"action = 'lead.reassigned' AND entity_id = '{lead}'") == 1


def test_a_team_lead_still_audits_a_move_and_a_queue_change(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead, tina, marco = center.north_lead, center.teams.tina, center.teams.marco
    services = as_person("tina")
    version = center.factory.get_lead(lead).version
    moved = services.reassign.move(tina, [LeadRef(lead, version)], Target(rep_id=marco.user_id))
    assert moved.moved == (lead,)
    services.teams.edit_queue(tina, "North queue", priority=3)
    assert _count(center, f"action = 'lead.reassigned' AND actor_id = {tina.user_id}") == 1
    assert _count(center, f"action = 'queue.changed' AND actor_id = {tina.user_id}") == 1
