"""The claim and the outcome functions run with their owner's rights (migration
0026_i17_definer) and check the caller themselves: called directly, as a rep's own login,
they claim only for that rep and from that rep's queues, and record an outcome only on a
lead that rep holds, leaving it nobody else's."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from typing import Any

import pytest
from psycopg import Connection, errors
from sqlalchemy import text

from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.persistence import queue_sql
from tests.conftest import START
from tests.security.conftest import Center
from tests.support.claim_calls import CLAIM, claim_params
from tests.support.roles import connect_as

OUTCOME = re.sub(r"(?<!:):(\w+)", r"%(\1)s", str(queue_sql.OUTCOME_CALL))


def _claim(connection: Connection[Any], rep: int, profiles: list[int]) -> dict[str, Any]:
    row = connection.execute(
        CLAIM,
        claim_params(rep, START, profiles),
    ).fetchone()
    assert row is not None
    return {"refusal": row[0], "id": row[4], "version": row[5]}


def _outcome(
    connection: Connection[Any], center: Center, rep: int, lead_id: int, **changes: Any
) -> tuple[Any, ...] | None:
    lead = center.factory.get_lead(lead_id)
    params: dict[str, Any] = {
        "rep": rep,
        "now": START,
        "valid_from": START - timedelta(minutes=1),
        "valid_until": START + timedelta(minutes=1),
        "request_id": str(uuid.uuid4()),
        "lead": lead.id,
        "version": lead.version,
        "status": lead.status,
        "attempts": lead.attempts,
        "country": lead.country,
        "region": lead.region,
        "calling_profile_id": lead.calling_profile_id,
        "time_zones": lead.time_zones,
        "retry_read": False,
        "retry_saved_at": None,
        "new_status": "queued",  # no contact: queued again
        "status_reason": None,
        "new_attempts": lead.attempts + 1,
        "next_call_at": START + timedelta(hours=4),
        "assign": False,
        "assigned_rep_id": None,
        "recycle_on": None,
        "started_at": START,
        "disposition": Disposition.NO_ANSWER.value,
        "outcome": OutcomeKind.NO_CONTACT.value,
        "reason": "",
        "notes": "",
        "callback_at": None,
        "callback_rep_id": None,
        "direction": "outbound",
        "talk_seconds": None,
        **changes,
    }
    return connection.execute(OUTCOME, params).fetchone()


def _profiles(center: Center) -> list[int]:
    return sorted(
        {
            center.factory.get_lead(lead).calling_profile_id
            for lead in (center.north_lead, center.south_lead, center.anna_callback)
        }
    )


def test_a_rep_cannot_claim_for_another_rep(center: Center) -> None:
    rita, anna = center.teams.rita, center.teams.anna
    with connect_as(center.url, "rita") as connection, pytest.raises(errors.InsufficientPrivilege):
        _claim(connection, anna.user_id, _profiles(center))
    for lead in (center.north_lead, center.south_lead, center.anna_callback):
        assert center.factory.get_lead(lead).lease_owner_id is None
    assert rita.user_id != anna.user_id


def test_a_rep_claims_only_from_their_own_queues(center: Center) -> None:
    rita = center.teams.rita
    with connect_as(center.url, "rita") as connection:
        first = _claim(connection, rita.user_id, _profiles(center))
        assert first == {"refusal": None, "id": center.north_lead, "version": first["version"]}
        center.factory.set_lead(center.north_lead, status="nurture", lease_owner_id=None)
        # The South queue's lead and Anna's callback are open and waiting, but not Rita's.
        second = _claim(connection, rita.user_id, _profiles(center))
    assert second["refusal"] is None and second["id"] is None
    assert center.factory.get_lead(center.south_lead).lease_owner_id is None
    assert center.factory.get_lead(center.anna_callback).lease_owner_id is None


def test_a_rep_does_not_get_back_a_lead_now_waiting_for_another_rep(center: Center) -> None:
    rita, marco = center.teams.rita, center.teams.marco
    with connect_as(center.url, "rita") as connection:
        held = _claim(connection, rita.user_id, _profiles(center))["id"]
        # A team lead hands the lead to Marco in person while Rita still holds it.
        center.factory.set_lead(held, assigned_rep_id=marco.user_id)
        again = _claim(connection, rita.user_id, _profiles(center))
    assert again["id"] != held


def test_a_rep_records_an_outcome_only_on_a_lead_they_hold(center: Center) -> None:
    rita, anna = center.teams.rita, center.teams.anna
    with connect_as(center.url, "anna") as connection:
        annas = _claim(connection, anna.user_id, _profiles(center))["id"]
    assert annas is not None
    before = center.factory.get_lead(annas)
    with connect_as(center.url, "rita") as connection:
        # As herself, on Anna's lead: nothing is changed.
        assert _outcome(connection, center, rita.user_id, annas) is None
        # As Anna: refused.
        with pytest.raises(errors.InsufficientPrivilege):
            _outcome(connection, center, anna.user_id, annas)
    after = center.factory.get_lead(annas)
    assert (after.lease_owner_id, after.version, after.attempts) == (
        anna.user_id,
        before.version,
        before.attempts,
    )


def test_a_reps_outcome_leaves_the_lead_nobody_elses(center: Center) -> None:
    rita, marco = center.teams.rita, center.teams.marco
    with connect_as(center.url, "rita") as connection:
        held = _claim(connection, rita.user_id, _profiles(center))["id"]
        # Handing the lead to Marco in person is not Rita's to do.
        refused = _outcome(
            connection, center, rita.user_id, held, assign=True, assigned_rep_id=marco.user_id
        )
        assert refused is None
        assert center.factory.get_lead(held).lease_owner_id == rita.user_id
        # Her own outcome is recorded, in her name.
        recorded = _outcome(connection, center, rita.user_id, held)
        assert recorded is not None and recorded[0] is None
    lead = center.factory.get_lead(held)
    assert (lead.lease_owner_id, lead.assigned_rep_id, lead.attempts) == (None, None, 1)
    with center.services.db.unit_of_work(write=False) as uow:
        actors = uow.session.execute(
            text(
                "SELECT action, actor_id FROM audit_log "
                "WHERE entity_type = 'lead' AND entity_id = :id ORDER BY id"
            ),
            {"id": str(held)},
        ).all()
    assert actors == [
        ("lead.claimed", rita.user_id),
        (f"lead.{OutcomeKind.NO_CONTACT.value}", rita.user_id),
    ]
