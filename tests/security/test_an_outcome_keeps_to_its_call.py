"""What a rep's call records is the call as it happened (migration
0066_outcome_keeps_to_its_call): the outcome in one call records only the outcomes the
workstation sends it, each with its status and in an audit action of its own; its call starts
no earlier than the lead was taken and talks no longer than it lasted; a callback is for the
caller, for anyone or for the lead's own rep; and a rep's own statement writes only the
outcomes the application records.

Each test signs in as one person (SCRAM) and tries what the security tester did with psql."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from psycopg import errors

from qualifier_app.domain.outcomes import OutcomeKind
from tests.security.conftest import Center
from tests.security.test_calls_as_they_happen import ADD_CALL, held_by, rows
from tests.security.test_claim_outcome_rights import _outcome
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

DENIED = errors.InsufficientPrivilege


def _now_params() -> dict[str, object]:
    """The outcome at the database's own time."""
    now = datetime.now(UTC)
    return {
        "now": None,
        "valid_from": now - timedelta(minutes=1),
        "valid_until": now + timedelta(minutes=1),
    }


@pytest.mark.parametrize(
    ("outcome", "new_status"),
    [
        ("user.deleted", "queued"),  # an audit action of another kind
        (OutcomeKind.SALES_READY.value, "sales_ready"),  # no qualification, no consents
        (OutcomeKind.NURTURE.value, "disqualified"),
    ],
)
def test_the_outcome_in_one_call_records_only_the_workstations_outcomes(
    center: Center, outcome: str, new_status: str
) -> None:
    rita = center.teams.rita.user_id
    held_by(center, center.north_lead, rita)
    with connect_as(center.url, "rita") as person, pytest.raises(DENIED):
        _outcome(
            person,
            center,
            rita,
            center.north_lead,
            **_now_params(),
            outcome=outcome,
            new_status=new_status,
            reason="forged reason",
        )
    lead = center.factory.get_lead(center.north_lead)
    assert (lead.status, lead.lease_owner_id) == ("queued", rita)
    assert rows(center, "SELECT count(*) FROM call_attempts") == [(0,)]
    assert rows(center, "SELECT count(*) FROM audit_log WHERE reason = 'forged reason'") == [(0,)]


def test_a_callback_in_one_call_is_not_for_another_rep(center: Center) -> None:
    rita, anna = center.teams.rita.user_id, center.teams.anna.user_id
    held_by(center, center.north_lead, rita)
    with connect_as(center.url, "rita") as person, pytest.raises(DENIED):
        _outcome(
            person,
            center,
            rita,
            center.north_lead,
            **_now_params(),
            outcome=OutcomeKind.CALLBACK.value,
            new_status="callback",
            next_call_at=datetime.now(UTC) + timedelta(days=1),
            callback_at=datetime.now(UTC) + timedelta(days=1),
            callback_rep_id=anna,
        )
    assert rows(center, "SELECT count(*) FROM call_attempts") == [(0,)]


def test_the_call_in_one_call_starts_after_the_take_and_talks_no_longer_than_it_lasted(
    center: Center,
) -> None:
    rita = center.teams.rita.user_id
    held_by(center, center.north_lead, rita)  # taken a minute ago
    with connect_as(center.url, "rita") as person:
        recorded = _outcome(
            person,
            center,
            rita,
            center.north_lead,
            **_now_params(),
            started_at=datetime.now(UTC) - timedelta(hours=20),
            talk_seconds=99_999,
        )
    assert recorded is not None and recorded[0] is None
    [(started_late_enough, talk_within, talk)] = rows(
        center,
        "SELECT started_at >= now() - interval '5 minutes', "
        "talk_seconds <= ceil(extract(epoch FROM ended_at - started_at)), talk_seconds "
        "FROM call_attempts",
    )
    assert (started_late_enough, talk_within) == (True, True)
    assert isinstance(talk, int) and talk <= 5 * 60


def test_a_reps_own_call_records_only_the_applications_outcomes(center: Center) -> None:
    rita, anna = center.teams.rita.user_id, center.teams.anna.user_id
    held_by(center, center.north_lead, rita)
    forged = ADD_CALL.format(started="now()", ended="now()").replace("'retry'", "'user.deleted'")
    for_anna = (
        "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
        "disposition, outcome, reason, notes, direction, callback_rep_id) "
        "VALUES (%s, %s, %s, now(), now(), 'contacted', 'callback', '', '', 'outbound', %s)"
    )
    with connect_as(center.url, "rita") as person:
        with pytest.raises(DENIED):
            person.execute(forged, (str(uuid.uuid4()), center.north_lead, rita))
        with pytest.raises(DENIED):
            person.execute(for_anna, (str(uuid.uuid4()), center.north_lead, rita, anna))
        with person.transaction():
            talked = ADD_CALL.format(started="now()", ended="now()").replace(", 0)", ", 86400)")
            person.execute(talked, (str(uuid.uuid4()), center.north_lead, rita))
    assert rows(center, "SELECT outcome, talk_seconds FROM call_attempts") == [("retry", 0)]
