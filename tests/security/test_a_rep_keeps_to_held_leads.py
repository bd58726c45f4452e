"""A rep changes a lead while holding it, or as the application's paths for a rep do, and
appends the audit rows of their own work only (migration 0049_a_rep_keeps_to_held_leads).

Each test signs in as a rep (SCRAM) and tries what the security tester did with psql.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import held_by, one
from tests.support.roles import audited, connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)
NOT_YOURS = "is not yours to change"


def _refused(person: psycopg.Connection, sql: str, *params: object) -> str:
    with pytest.raises(DENIED) as refused:
        person.execute(sql, params)
    return str(refused.value)


def _lead(center: Center, lead: int) -> tuple[object, ...]:
    with connect_as(center.url, "rita") as rita:
        row = rita.execute(
            "SELECT status, attempts, assigned_rep_id, lease_owner_id FROM leads WHERE id = %s",
            (lead,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def test_a_rep_does_not_change_a_lead_she_does_not_hold(center: Center) -> None:
    lead, rita = center.north_lead, center.teams.rita
    center.factory.set_lead(lead, attempts=3)
    before = _lead(center, lead)
    with connect_as(center.url, "rita") as person:
        for sql in (
            "UPDATE leads SET status = 'nurture' WHERE id = %s",
            "UPDATE leads SET attempts = 0 WHERE id = %s",
            "UPDATE leads SET assigned_rep_id = qualifier_user_id(), status = 'callback' "
            "WHERE id = %s",
            # Taking it is hers to do, but not with a change on the side.
            "UPDATE leads SET lease_owner_id = qualifier_user_id(), "
            "lease_expires_at = now() + interval '10 minutes', attempts = 0 WHERE id = %s",
        ):
            assert NOT_YOURS in _refused(person, sql, lead)
    assert _lead(center, lead) == before
    # Held, it is hers to work.
    held_by(center, lead, rita)
    with connect_as(center.url, "rita") as person:
        with audited(person, lead):
            person.execute("UPDATE leads SET attempts = 0 WHERE id = %s", (lead,))
        assert one(person, "SELECT attempts FROM leads WHERE id = %s", lead) == 0


def test_a_rep_takes_a_free_lead_and_works_it_then(center: Center) -> None:
    lead = center.north_lead
    with connect_as(center.url, "rita") as person:
        with audited(person, lead):
            person.execute(
                "UPDATE leads SET lease_owner_id = qualifier_user_id(), leased_at = now(), "
                "lease_expires_at = now() + interval '10 minutes' WHERE id = %s",
                (lead,),
            )
        with audited(person, lead):
            person.execute(
                "UPDATE leads SET lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL "
                "WHERE id = %s",
                (lead,),
            )
    assert _lead(center, lead) == ("queued", 0, None, None)


def test_a_rep_does_not_recycle_a_nurture_lead_before_its_date(center: Center) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, status="nurture", attempts=4)
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE leads SET recycle_on = current_date + 30 WHERE id = :id"), {"id": lead}
        )
        uow.commit()
    with connect_as(center.url, "rita") as person:
        _refused(
            person,
            "UPDATE leads SET status = 'queued', attempts = 0, recycle_on = NULL WHERE id = %s",
            lead,
        )


def test_a_rep_appends_only_the_audit_rows_of_her_own_work(center: Center) -> None:
    lead, rita = center.north_lead, center.teams.rita
    insert = (
        "INSERT INTO audit_log (at, action, entity_type, entity_id, reason) "
        "VALUES (now(), %s, %s, %s, 'forged')"
    )
    with connect_as(center.url, "rita") as person:
        for action in ("user.password_reset", "lead.erased", "note", "dnc_registry.imported"):
            assert "those of their own work" in _refused(person, insert, action, "lead", "1")
        for action, kind, entity in (
            ("lead.sales_ready", "lead", str(lead)),
            ("lead.handed_off", "lead", str(lead)),
            ("handoff.created", "handoff", "1"),
            ("check_call.answered", "check_call", "1"),
            ("lead.claimed", "lead", "not a number"),
        ):
            assert "comes with its change" in _refused(person, insert, action, kind, entity)
        _refused(person, "SELECT qualifier_audit_append('note', 'lead', '1', NULL, NULL, '')")
        # Her own work's rows, with the change they record.
        with person.transaction():
            person.execute(
                "UPDATE leads SET lease_owner_id = %s WHERE id = %s", (rita.user_id, lead)
            )
            person.execute(insert, ("lead.taken", "lead", str(lead)))
            # An outcome's row comes with her call on the lead.
            with pytest.raises(DENIED, match="comes with its change"), person.transaction():
                person.execute(insert, ("lead.sales_ready", "lead", str(lead)))
        person.execute(insert, ("agent_state.changed", "user", str(rita.user_id)))
