"""A rep's or team lead's change of a lead comes with the lead's audit row (migration
0067_a_lead_change_is_audited): within what a rep may do to a lead she holds, a plain UPDATE
changed its status, attempts, next call and contact details with no trace in the audit log."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import held_by, one
from tests.support.roles import AUDIT_ROW, audited, connect_as

pytestmark = pytest.mark.postgres

UNAUDITED = "was changed without its audit row"


def _lead(center: Center, lead: int) -> tuple[object, ...]:
    with connect_as(center.url, "sam") as sam:
        row = sam.execute(
            "SELECT status, attempts, next_call_at, phone_e164, lease_expires_at FROM leads "
            "WHERE id = %s",
            (lead,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def _refused_at_commit(
    person: psycopg.Connection, *statements: tuple[str, tuple[object, ...]]
) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as refused, person.transaction():
        for sql, params in statements:
            person.execute(sql, params)
    return str(refused.value)


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE leads SET status = 'nurture' WHERE id = %s",
        "UPDATE leads SET next_call_at = now() + interval '2 days' WHERE id = %s",
        "UPDATE leads SET attempts = 0 WHERE id = %s",
        "UPDATE leads SET phone_e164 = '+12125550199' WHERE id = %s",
        "UPDATE leads SET lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL "
        "WHERE id = %s",
    ],
)
def test_a_rep_does_not_change_a_lead_she_holds_without_its_audit_row(
    center: Center, change: str
) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, attempts=3)
    held_by(center, lead, center.teams.rita)
    before = _lead(center, lead)
    with connect_as(center.url, "rita") as rita:
        # On its own (the statement commits at once) and in a transaction of her own.
        with pytest.raises(errors.InsufficientPrivilege, match=UNAUDITED):
            rita.execute(change, (lead,))
        assert UNAUDITED in _refused_at_commit(rita, (change, (lead,)))
        # An audit row of another lead does not account for this one.
        assert UNAUDITED in _refused_at_commit(
            rita,
            (change, (lead,)),
            (AUDIT_ROW, ("contact.corrected", "lead", str(center.south_lead))),
        )
        # As a role of hers rather than her login: still her statement.
        rita.execute("SET ROLE qualifier_rep")
        with pytest.raises(errors.InsufficientPrivilege, match=UNAUDITED):
            rita.execute(change, (lead,))
        rita.execute("RESET ROLE")
    assert _lead(center, lead) == before
    # With the lead's audit row, written after the change as the application does, it is hers.
    with connect_as(center.url, "rita") as rita, audited(rita, lead):
        rita.execute(change, (lead,))
    assert _lead(center, lead) != before


def test_a_heartbeat_is_no_change_to_audit(center: Center) -> None:
    lead = center.north_lead
    held_by(center, lead, center.teams.rita)
    with connect_as(center.url, "rita") as rita:
        rita.execute(
            "UPDATE leads SET lease_expires_at = now() + interval '5 minutes' WHERE id = %s",
            (lead,),
        )
        assert one(rita, "SELECT count(*) FROM audit_log WHERE entity_id = %s", str(lead)) == 0


def test_a_team_lead_does_not_change_a_lead_without_its_audit_row(center: Center) -> None:
    lead = center.north_lead
    before = _lead(center, lead)
    with (
        connect_as(center.url, "tina") as tina,
        pytest.raises(errors.InsufficientPrivilege, match=UNAUDITED),
    ):
        tina.execute(
            "UPDATE leads SET assigned_rep_id = %s WHERE id = %s",
            (center.teams.rita.user_id, lead),
        )
    assert _lead(center, lead) == before
