"""A call is written once, by the database's clock, on a lead its rep holds; the do-not-call
list keeps who added an entry and when, and what it took out is audited; a lead nobody holds
keeps its contacts and a lease lasts a day at most (migration 0045_i12_calls_as_they_happen).

Each test signs in as one person (SCRAM) and tries what the security tester did with psql.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from qualifier_app.app import Services
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.services.workspace.dto import Outcome
from tests.conftest import START
from tests.security.conftest import Center
from tests.security.test_check_call_rights import _delivered_a_week_ago
from tests.support.activity import Activity
from tests.support.roles import audited, connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)
ADD_CALL = (
    "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
    "disposition, outcome, reason, notes, direction, talk_seconds) "
    "VALUES (%s, %s, %s, {started}, {ended}, 'contacted', 'retry', '', '', 'outbound', 0) "
    "RETURNING id"
)


def held_by(center: Center, lead: int, rep: int) -> None:
    """`rep` holds `lead`, taken a minute ago, for another hour by the database's clock."""
    now = datetime.now(UTC)
    center.factory.set_lead(
        lead,
        lease_owner_id=rep,
        leased_at=now - timedelta(minutes=1),
        lease_expires_at=now + timedelta(hours=1),
    )


def rows(center: Center, query: str, **params: object) -> list[tuple[object, ...]]:
    with center.services.db.unit_of_work(write=False) as uow:
        return [tuple(row) for row in uow.session.execute(text(query), params)]


def test_an_old_call_is_not_made_to_look_recent_to_be_taken_back(center: Center) -> None:
    rita = center.teams.rita
    old = Activity(center.factory).attempt(center.north_lead, rita, START - timedelta(days=30))
    with connect_as(center.url, "rita") as person:
        with pytest.raises(DENIED):
            person.execute("UPDATE call_attempts SET ended_at = now() WHERE id = %s", (old,))
        with pytest.raises(DENIED):
            person.execute("SELECT qualifier_take_back_call(%s)", (old,))
    with connect_as(center.url, "tina") as team_lead, pytest.raises(DENIED):
        team_lead.execute("DELETE FROM call_attempts WHERE id = %s", (old,))
    assert rows(center, "SELECT id FROM call_attempts") == [(old,)]


def test_a_call_ends_when_it_is_written_and_cannot_end_later(center: Center) -> None:
    rita = center.teams.rita.user_id
    held_by(center, center.north_lead, rita)
    with connect_as(center.url, "rita") as person, person.transaction():
        row = person.execute(
            ADD_CALL.format(started="now()", ended="now() + interval '1 year'"),
            ("a year long", center.north_lead, rita),
        ).fetchone()
        assert row is not None
        ended = person.execute(
            "SELECT ended_at = now() FROM call_attempts WHERE id = %s", (row[0],)
        ).fetchone()
    # Ending a year ahead, it would have stayed open to be taken back for a year.
    assert ended == (True,)


def test_a_rep_writes_calls_on_leads_they_hold_at_the_databases_time(center: Center) -> None:
    rita = center.teams.rita.user_id
    other = center.factory.lead("North queue")
    held_by(center, center.north_lead, rita)
    back_dated = ADD_CALL.format(
        started="now() - interval '30 days'", ended="now() - interval '30 days'"
    )
    with connect_as(center.url, "rita") as person:
        with pytest.raises(DENIED):  # a lead in her queue that nobody holds
            person.execute(back_dated, ("not held", other, rita))
        with person.transaction():
            row = person.execute(back_dated, ("back-dated", center.north_lead, rita)).fetchone()
            assert row is not None
            times = person.execute(
                "SELECT c.ended_at = now(), c.started_at >= l.leased_at, "
                "c.started_at >= now() - interval '1 day' "
                "FROM call_attempts c JOIN leads l ON l.id = c.lead_id WHERE c.id = %s",
                (row[0],),
            ).fetchone()
    assert times == (True, True, True)
    assert rows(center, "SELECT sum(attempts) FROM activity_by_day WHERE day < current_date") == [
        (None,)
    ]


@pytest.mark.parametrize("kind", [OutcomeKind.NO_CONTACT, OutcomeKind.CALLBACK])
def test_a_rep_records_a_check_calls_attempt_as_themselves(
    center: Center, as_person: Callable[[str], Services], kind: OutcomeKind
) -> None:
    """The check call lets the lead go in the flush that writes its call (reads on the way
    would otherwise flush a lead no longer held before the call is written)."""
    lead_id, _handoff = _delivered_a_week_ago(center)
    rita = center.teams.rita
    services = as_person("rita")
    center.services.check_calls.policies.set(OPERATOR, "enterprise", 5, 100)
    assert services.check_calls.make_due(rita).due == 1
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    receipt = services.workspace.submit(
        rita,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=lead_id,
            version=item.lead.version,
            kind=kind,
            started_at=START,
            script_id=item.script.id,
            disposition=Disposition.NO_ANSWER,
            callback_at=START + timedelta(days=1),
        ),
    )
    assert receipt.attempt_id is not None
    assert center.factory.get_lead(lead_id).lease_owner_id is None


def listed(person: psycopg.Connection, phone: str, added_by: int) -> None:
    person.execute(
        "INSERT INTO do_not_call (kind, value_hash, source, reason, added_by_id, added_at) "
        "VALUES ('phone', encode(sha256(convert_to('phone:' || lower(%s), 'UTF8')), 'hex'), "
        "'request', 'x', %s, now() - interval '1 year')",
        (phone, added_by),
    )


def test_a_do_not_call_entry_is_the_callers_and_what_it_takes_out_is_audited(
    center: Center,
) -> None:
    rita, ada = center.teams.rita.user_id, center.teams.supervisor.user_id
    phone = center.factory.get_lead(center.south_lead).phone_e164
    assert phone is not None
    with connect_as(center.url, "rita") as person:
        with person.transaction():
            listed(person, phone, ada)
            entry = person.execute(
                "SELECT added_by_id, added_at = now() FROM do_not_call"
            ).fetchone()
        taken = person.execute(
            "SELECT * FROM qualifier_take_listed_out(%s, NULL, 'x')", (phone,)
        ).fetchall()
    assert entry == (rita, True)
    # Another team's lead, taken out at once, and it says so in the audit log, in her name.
    assert taken == [(center.south_lead,)]
    assert rows(
        center,
        "SELECT actor_id, after->>'status' FROM audit_log "
        "WHERE action = 'lead.do_not_call' AND entity_id = :lead",
        lead=str(center.south_lead),
    ) == [(rita, "do_not_call")]


def test_a_do_not_call_added_in_the_app_audits_each_lead_once(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    rita = center.teams.rita
    phone = center.factory.get_lead(center.south_lead).phone_e164
    assert phone is not None
    result = as_person("rita").do_not_call.add(rita, phone=phone, reason="asked")
    assert result.leads_blocked == (center.south_lead,)
    assert rows(
        center,
        "SELECT actor_id, reason FROM audit_log "
        "WHERE action = 'lead.do_not_call' AND entity_id = :lead",
        lead=str(center.south_lead),
    ) == [(rita.user_id, "asked")]


def test_a_lead_nobody_holds_keeps_its_contacts(center: Center) -> None:
    rita = center.teams.rita.user_id
    held = center.factory.lead("North queue")
    held_by(center, held, rita)
    with connect_as(center.url, "rita") as person:
        with pytest.raises(DENIED):
            person.execute(
                "UPDATE leads SET first_name = 'Mallory', phone_e164 = '+4930999999', "
                "email_normalized = 'evil@x.com' WHERE id = %s",
                (center.north_lead,),
            )
        # Her own lead's, as a correction on her call does.
        with audited(person, held):
            assert (
                person.execute(
                    "UPDATE leads SET first_name = 'Corrected' WHERE id = %s", (held,)
                ).rowcount
                == 1
            )
    assert center.factory.get_lead(center.north_lead).first_name != "Mallory"


def test_a_lease_lasts_a_day_at_most_whoever_sets_it(center: Center) -> None:
    rita = center.teams.rita.user_id
    with connect_as(center.url, "rita") as person, audited(person, center.north_lead):
        changed = person.execute(
            "UPDATE leads SET lease_owner_id = %s, leased_at = now() + interval '1 day', "
            "lease_expires_at = now() + interval '30 days' WHERE id = %s",
            (rita, center.north_lead),
        ).rowcount
        lease = person.execute(
            "SELECT leased_at <= now(), lease_expires_at <= now() + interval '1 day' "
            "FROM leads WHERE id = %s",
            (center.north_lead,),
        ).fetchone()
    assert changed == 1 and lease == (True, True)
