"""What a person writes with their own login and psql is theirs, and the database's clock
decides: found by trying the database as an insider (migration 0039_i12_people_write_their_own).

Each test signs in as one person (SCRAM) and tries a write the service layer never makes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from tests.security.conftest import Center
from tests.support.activity import Activity
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)
A_DAY_AHEAD = "now() + interval '1 day'"


def held_by(center: Center, lead: int, rep: int) -> None:
    """`rep` holds `lead` for another hour by the database's (the real) clock."""
    center.factory.set_lead(
        lead, lease_owner_id=rep, lease_expires_at=datetime.now(UTC) + timedelta(hours=1)
    )


def claim_with_a_time_of_ones_own(person: psycopg.Connection, rep: int) -> int | None:
    """`qualifier_claim_next` called by hand: a day ahead, every profile open, no limits."""
    row = person.execute(
        f"SELECT id FROM qualifier_claim_next(%s, {A_DAY_AHEAD}, '-infinity', 'infinity', "
        "315360000, (SELECT array_agg(id) FROM calling_profiles), 1000000, 1000000, "
        "'{}', '{}', '{}', '{}')",
        (rep,),
    ).fetchone()
    assert row is not None
    return row[0]


def test_a_time_ahead_of_the_databases_takes_no_running_lease(center: Center) -> None:
    marco, rita = center.teams.marco.user_id, center.teams.rita.user_id
    held = center.factory.lead("North queue")
    held_by(center, held, marco)
    center.factory.set_lead(center.north_lead, status="disqualified")  # nothing else to take
    with connect_as(center.url, "rita") as person:
        assert claim_with_a_time_of_ones_own(person, rita) is None
        # The database's owner lets given times count; a session's own setting does not.
        person.execute("SET qualifier.clock = 'given'")
        assert claim_with_a_time_of_ones_own(person, rita) is None
    assert center.factory.get_lead(held).lease_owner_id == marco


def test_a_lease_lasts_a_day_at_most(center: Center) -> None:
    rita = center.teams.rita.user_id
    with connect_as(center.url, "rita") as person:
        claimed = claim_with_a_time_of_ones_own(person, rita)
        assert claimed == center.north_lead
        row = person.execute(
            "SELECT lease_expires_at - now() <= interval '1 day' FROM leads WHERE id = %s",
            (claimed,),
        ).fetchone()
    assert row == (True,)


def test_an_outcome_dated_ahead_is_dated_by_the_database(center: Center) -> None:
    rita = center.teams.rita.user_id
    lead = center.north_lead
    held_by(center, lead, rita)
    with connect_as(center.url, "rita") as person:
        version, status, attempts, country, region, profile, zones = (
            person.execute(
                "SELECT version, status, attempts, country, region, calling_profile_id, "
                "time_zones FROM leads WHERE id = %s",
                (lead,),
            ).fetchone()
            or ()
        )
        person.execute(
            "SELECT * FROM qualifier_record_outcome(p_rep => %s, "
            "p_now => now() + interval '1 year', p_valid_from => '-infinity', "
            "p_valid_until => 'infinity', p_request_id => 'by-hand', p_lead => %s, "
            "p_version => %s, p_status => %s, p_attempts => %s, p_country => %s, "
            "p_region => %s, p_calling_profile_id => %s, p_time_zones => %s, "
            "p_retry_read => false, p_retry_saved_at => NULL, p_new_status => 'queued', "
            "p_status_reason => NULL, p_new_attempts => 1, p_next_call_at => NULL, "
            "p_assign => false, p_assigned_rep_id => NULL, p_recycle_on => NULL, "
            "p_started_at => now(), p_disposition => 'no_answer', p_outcome => 'retry', "
            "p_reason => '', p_notes => '', p_callback_at => NULL, p_callback_rep_id => NULL, "
            "p_direction => 'outbound', p_talk_seconds => 0)",
            (rita, lead, version, status, attempts, country, region, profile, zones),
        )
        row = person.execute(
            "SELECT ended_at <= now() FROM call_attempts WHERE request_id = 'by-hand'"
        ).fetchone()
    # Dated a year ahead, its 30-second undo would have stayed open for a year.
    assert row == (True,)


def test_the_do_not_call_list_only_grows(center: Center) -> None:
    with connect_as(center.url, "sam") as sam:
        sam.execute(
            "INSERT INTO do_not_call (kind, value_hash, source, reason, added_at) "
            "VALUES ('phone', repeat('a', 64), 'internal', 'asked', now())"
        )
    for login in ("rita", "tina", "sam"):
        with connect_as(center.url, login) as person:
            with pytest.raises(DENIED):
                person.execute("UPDATE do_not_call SET value_hash = md5(value_hash)")
            with pytest.raises(DENIED):
                person.execute("DELETE FROM do_not_call")
    with center.services.db.unit_of_work(write=False) as uow:
        listed = uow.session.execute(
            text("SELECT count(*) FROM do_not_call WHERE value_hash = repeat('a', 64)")
        ).scalar_one()
    assert listed == 1


def test_a_call_is_written_by_its_own_rep(center: Center) -> None:
    marco, rita = center.teams.marco.user_id, center.teams.rita.user_id
    lead = center.north_lead
    add = (
        "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
        "disposition, outcome, reason, notes, direction, talk_seconds) "
        "VALUES (%s, %s, %s, now(), now(), 'no_answer', 'retry', '', '', 'outbound', 0) "
        "RETURNING id"
    )
    held_by(center, lead, marco)
    with connect_as(center.url, "marco") as person:
        row = person.execute(add, ("marco's", lead, marco)).fetchone()
        assert row is not None
        marcos_call = row[0]
    held_by(center, lead, rita)
    for login, rep in (("rita", rita), ("tina", center.teams.tina.user_id)):
        with connect_as(center.url, login) as person:
            with pytest.raises(DENIED):  # under another rep's name
                person.execute(add, (f"{login} as marco", lead, marco))
            with pytest.raises(DENIED):  # nor is a call changed once written (0045)
                person.execute(
                    "UPDATE call_attempts SET talk_seconds = 999, rep_id = %s WHERE id = %s",
                    (rep, marcos_call),
                )
    with connect_as(center.url, "rita") as person:
        assert person.execute(add, ("rita's own", lead, rita)).rowcount == 1


def test_a_handoff_is_made_by_routing_a_lead_handed_off(center: Center) -> None:
    partner = Activity(center.factory).partner("Acme Partner")
    rita = center.teams.rita.user_id
    add = (
        "INSERT INTO handoffs (request_id, lead_id, partner_id, grade, why, override_reason, "
        "status, created_at, reject_reason, sla_breached, lost_reason, delivery_attempts, "
        "version, qualified_by_id, routed_by_id) "
        "VALUES (%s, %s, %s, 'A', '', '', 'sent', now(), '', false, '', 0, 1, %s, %s)"
    )
    with connect_as(center.url, "rita") as person:
        # A lead only queued, credited to Marco and routed "by" the supervisor.
        with pytest.raises(DENIED):
            person.execute(
                add,
                (
                    "forged",
                    center.north_lead,
                    partner,
                    center.teams.marco.user_id,
                    center.teams.supervisor.user_id,
                ),
            )
        with pytest.raises(DENIED):  # in her own name, still a lead nobody qualified
            person.execute(add, ("queued", center.north_lead, partner, rita, rita))


@pytest.mark.parametrize("login", ["rita", "tina"])
def test_nobody_writes_the_call_figures_but_their_triggers(center: Center, login: str) -> None:
    with connect_as(center.url, login) as person:
        with pytest.raises(DENIED):
            person.execute(
                "INSERT INTO activity_by_day (day, rep_id, campaign_id, attempts, contacts, "
                "sales_ready, seconds) VALUES (current_date, %s, 0, 999, 999, 999, 999)",
                (center.teams.marco.user_id,),
            )
        with pytest.raises(DENIED):
            person.execute("UPDATE activity_by_day SET attempts = attempts + 1")


def test_a_sweep_is_held_a_day_at_most(center: Center) -> None:
    take = "INSERT INTO sweep_leases (name, holder, expires_at) VALUES (%s, 'rita', {until})"
    with connect_as(center.url, "rita") as person:
        for name in ("sla-sweep", "weekly-publication"):
            with pytest.raises(DENIED):
                person.execute(take.format(until="'2099-01-01'"), (name,))
        person.execute(take.format(until="now() + interval '15 minutes'"), ("sla-sweep",))
        with pytest.raises(DENIED):
            person.execute("UPDATE sweep_leases SET expires_at = '2099-01-01'")


def test_a_person_writes_their_own_sessions(center: Center) -> None:
    sam, rita = center.teams.supervisor.user_id, center.teams.rita.user_id
    with connect_as(center.url, "sam") as person:
        person.execute(
            "INSERT INTO user_sessions (user_id, workstation, started_at, last_seen_at) "
            "VALUES (%s, 'desk 1', now(), now())",
            (sam,),
        )
    with connect_as(center.url, "rita") as person:
        with pytest.raises(DENIED):
            person.execute(
                "INSERT INTO user_sessions (user_id, workstation, started_at, last_seen_at) "
                "VALUES (%s, 'forged', now(), now())",
                (sam,),
            )
        assert person.execute("UPDATE user_sessions SET ended_at = now()").rowcount == 0
        # Who is signed in where is the team board's, not a rep's: sam's row is not hers.
        assert person.execute("SELECT count(*) FROM user_sessions").fetchone() == (0,)
        person.execute(
            "INSERT INTO user_sessions (user_id, workstation, started_at, last_seen_at) "
            "VALUES (%s, 'desk 2', now(), now())",
            (rita,),
        )
        assert person.execute("SELECT workstation FROM user_sessions").fetchall() == [("desk 2",)]
    with connect_as(center.url, "tina") as person:  # her team's board shows who is signed in
        seen = person.execute("SELECT workstation FROM user_sessions ORDER BY 1").fetchall()
        assert seen == [("desk 1",), ("desk 2",)]
