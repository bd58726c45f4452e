"""A team lead changes a lead of their teams as a rep may, or as the board's moves do: who it
is for, its queue, its lease let go; never its status, attempts or grade on the side
(migration 0052_team_leads_keep_to_held).

Each test signs in as the North team lead (SCRAM) and tries what the security tester did with
psql.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors

from qualifier_app.app import Services
from qualifier_app.services.board.reassign import LeadRef, Target
from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import held_by, one
from tests.support.roles import audited, connect_as

pytestmark = pytest.mark.postgres

NOT_YOURS = "is not yours to change"


def _row(center: Center, lead: int) -> tuple[object, ...]:
    with connect_as(center.url, "sam") as sam:  # the supervisor sees every lead
        row = sam.execute(
            "SELECT status, attempts, grade, assigned_rep_id, queue_id, lease_owner_id "
            "FROM leads WHERE id = %s",
            (lead,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def _refused(person: psycopg.Connection, sql: str, *params: object) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as refused:
        person.execute(sql, params)
    return str(refused.value)


def test_a_team_lead_does_not_work_a_lead_on_the_side(center: Center) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, attempts=3)
    before = _row(center, lead)
    with connect_as(center.url, "tina") as tina:
        for sql in (
            "UPDATE leads SET status = 'sales_ready' WHERE id = %s",
            "UPDATE leads SET status = 'disqualified' WHERE id = %s",
            "UPDATE leads SET status = 'nurture' WHERE id = %s",
            "UPDATE leads SET attempts = 0 WHERE id = %s",
            # A move, but with a change on the side.
            "UPDATE leads SET assigned_rep_id = qualifier_user_id(), attempts = 0 WHERE id = %s",
        ):
            assert NOT_YOURS in _refused(tina, sql, lead)
    assert _row(center, lead) == before


def test_a_team_lead_lets_a_reps_lease_go_but_does_not_stretch_it(center: Center) -> None:
    lead, rita = center.north_lead, center.teams.rita
    held_by(center, lead, rita)
    with connect_as(center.url, "tina") as tina:
        assert NOT_YOURS in _refused(
            tina,
            "UPDATE leads SET lease_expires_at = lease_expires_at + interval '1 day' WHERE id = %s",
            lead,
        )
        with audited(tina, lead):
            tina.execute(
                "UPDATE leads SET lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL "
                "WHERE id = %s",
                (lead,),
            )
        assert one(tina, "SELECT lease_owner_id FROM leads WHERE id = %s", lead) is None


def test_a_team_lead_moves_a_lead_to_a_rep_or_a_queue(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead, marco = center.north_lead, center.teams.marco
    status, attempts, grade, *_ = _row(center, lead)
    tina = as_person("tina")
    version = center.factory.get_lead(lead).version
    moved = tina.reassign.move(
        center.teams.tina, [LeadRef(lead, version)], Target(rep_id=marco.user_id)
    )
    assert moved.moved == (lead,)
    assert _row(center, lead)[:4] == (status, attempts, grade, marco.user_id)
    queue = center.factory.queue("North overflow", team="North")
    version = center.factory.get_lead(lead).version
    moved = tina.reassign.move(center.teams.tina, [LeadRef(lead, version)], Target(queue_id=queue))
    assert moved.moved == (lead,)
    assert _row(center, lead)[:5] == (status, attempts, grade, None, queue)


def test_nobody_takes_a_lead_a_colleague_is_calling(center: Center) -> None:
    """Migration 0057: a take is of a lead nobody else holds, as the application's is."""
    lead, rita = center.north_lead, center.teams.rita
    held_by(center, lead, rita)
    before = _row(center, lead)
    take = "UPDATE leads SET lease_owner_id = qualifier_user_id() WHERE id = %s"
    with connect_as(center.url, "tina") as tina:  # her team lead
        assert NOT_YOURS in _refused(tina, take, lead)
    with connect_as(center.url, "marco") as marco:  # a rep of her team (0023's check)
        assert "is another rep's" in _refused(marco, take, lead)
    assert _row(center, lead) == before
    # Once her lease has run out, the lead is anyone's to take.
    center.factory.set_lead(lead, lease_expires_at=datetime(2020, 1, 1, tzinfo=UTC))
    with connect_as(center.url, "marco") as marco, audited(marco, lead):
        marco.execute(
            "UPDATE leads SET lease_owner_id = qualifier_user_id(), "
            "lease_expires_at = now() + interval '15 minutes', leased_at = now() WHERE id = %s",
            (lead,),
        )
    assert _row(center, lead)[5] == center.teams.marco.user_id
