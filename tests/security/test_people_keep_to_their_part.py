"""Each person keeps to their part, signed in to PostgreSQL as themselves with psql's rights
(migration 0046_people_keep_to_their_part): the national registry is imported by supervisors
and administrators; consents and qualifications come with the caller's own call and stay as
they were said; audit keys are erased by administrators only; a channel manager keeps their
own partners; a team lead their own team's agent states; the sign-in flags and who a login
is are written by the owner's functions; a running sweep lease is released, never renewed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_directory import PartnerDraft, RepDraft
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.paths import PRIVATE_FILE
from qualifier_app.services.compliance.person_files import scrub_lines
from tests.security.conftest import Center
from tests.support.activity import Activity
from tests.support.roles import audited, connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)
CALL = (
    "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
    "disposition, outcome, reason, notes, direction, talk_seconds) "
    "VALUES (%s, %s, %s, now(), now(), 'contacted', 'retry', '', '', 'outbound', 0) "
    "RETURNING id"
)
CONSENT = (
    "INSERT INTO consents (lead_id, call_attempt_id, channel, granted, rep_id, script_id, "
    "recorded_at) VALUES (%s, %s, 'phone', true, %s, %s, now() - interval '30 days') "
    "RETURNING recorded_at = now()"
)
QUALIFICATION = (
    "INSERT INTO qualifications (call_attempt_id, lead_id, script_id, segment, budget_points, "
    "authority_points, need_points, timeline_points, grade, recommendation, decision, "
    "overrule_reason, created_at) VALUES (%s, %s, %s, 'smb', 9, 9, 9, 9, 'A', 'sales_ready', "
    "'sales_ready', '', now() - interval '30 days') RETURNING id"
)


@pytest.fixture
def admin(center: Center) -> Actor:
    return center.factory.user("al", Role.ADMIN, team=None, queues=())


def held_by(center: Center, lead: int, rep: Actor) -> None:
    center.factory.set_lead(
        lead, lease_owner_id=rep.user_id, lease_expires_at=datetime.now(UTC) + timedelta(hours=1)
    )


def a_script(center: Center) -> int:
    with center.services.db.unit_of_work(write=False) as uow:
        return int(uow.session.execute(text("SELECT min(id) FROM scripts")).scalar_one())


def one(connection: psycopg.Connection, sql: str, *params: object) -> object:
    row = connection.execute(sql, params).fetchone()
    assert row is not None
    return row[0]


# --- #2: the national registry ------------------------------------------------------------


def test_a_team_lead_does_not_write_the_national_registry(center: Center) -> None:
    with connect_as(center.url, "tina") as tina:
        for statement in (
            "DELETE FROM dnc_registry_numbers WHERE number = 12125550101",
            "INSERT INTO dnc_registry_numbers (number, registry_name) VALUES (1, 'us')",
            "UPDATE dnc_registry_snapshots SET taken_on = current_date, loaded_at = now()",
            "DELETE FROM dnc_registry_snapshots",
        ):
            with pytest.raises(DENIED):
                tina.execute(statement)
    # A supervisor's, with the registry's audit row (0068_setup_changes_are_audited).
    with connect_as(center.url, "sam") as sam, sam.transaction():
        assert sam.execute("DELETE FROM dnc_registry_numbers WHERE number = 1").rowcount == 0
        sam.execute(
            "INSERT INTO audit_log (at, action, entity_type, entity_id, reason) "
            "VALUES (now(), 'dnc_registry.imported', 'dnc_registry', '1', 'by hand')"
        )


# --- #3: consents and qualifications ------------------------------------------------------


@pytest.fixture
def marcos_call(center: Center) -> Iterator[tuple[int, int]]:
    """Marco's recorded call on the North lead, with a qualification: (call, qualification)."""
    lead, marco = center.north_lead, center.teams.marco
    held_by(center, lead, marco)
    with connect_as(center.url, "marco") as person, person.transaction():
        call = one(person, CALL, "marco's", lead, marco.user_id)
        qualification = one(person, QUALIFICATION, call, lead, a_script(center))
    center.factory.set_lead(lead, lease_owner_id=None, lease_expires_at=None)
    assert isinstance(call, int) and isinstance(qualification, int)
    yield call, qualification


def test_consents_are_written_with_ones_own_call_in_ones_own_name(
    center: Center, marcos_call: tuple[int, int]
) -> None:
    rita, marco, lead, script = center.teams.rita, center.teams.marco, center.north_lead, 0
    script = a_script(center)
    old_call, _ = marcos_call
    with connect_as(center.url, "rita") as person:
        with pytest.raises(DENIED):  # in Marco's name, on his call
            person.execute(CONSENT, (lead, old_call, marco.user_id, script))
        with pytest.raises(DENIED):  # in her name, on a call of someone else's
            person.execute(CONSENT, (lead, old_call, rita.user_id, script))
    held_by(center, lead, rita)
    with connect_as(center.url, "rita") as person:
        with person.transaction():
            earlier = one(person, CALL, "rita's earlier", lead, rita.user_id)
        with pytest.raises(DENIED):  # her own call, but one made before
            person.execute(CONSENT, (lead, earlier, rita.user_id, script))
        with pytest.raises(DENIED):
            person.execute(QUALIFICATION, (earlier, lead, script))
        # With the call she records now, as an outcome does: dated by the database.
        with person.transaction():
            call = one(person, CALL, "rita's now", lead, rita.user_id)
            assert one(person, CONSENT, lead, call, rita.user_id, script) is True
            qualification = one(person, QUALIFICATION, call, lead, script)
            person.execute(
                "INSERT INTO qualification_answers (qualification_id, question_key, "
                "question_type, dimension, points, value_bool) "
                "VALUES (%s, 'budget', 'yes_no', 'B', 9, true)",
                (qualification,),
            )
            assert one(
                person, "SELECT created_at = now() FROM qualifications WHERE id = %s", qualification
            )


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])
def test_nobody_rewrites_a_qualification_or_a_leads_consent(
    center: Center, marcos_call: tuple[int, int], login: str
) -> None:
    _, qualification = marcos_call
    with connect_as(center.url, login) as person:
        for statement in (
            "UPDATE qualifications SET grade = 'A', decision = 'sales_ready' WHERE id = %s",
            "UPDATE qualification_answers SET points = 99 WHERE qualification_id = %s",
            "DELETE FROM qualification_answers WHERE qualification_id = %s",
            "DELETE FROM qualifications WHERE id = %s",
            "DELETE FROM consents WHERE lead_id = %s",
        ):
            with pytest.raises(DENIED):
                person.execute(statement, (qualification,))
        if login != "sam":  # a supervisor's import and edits keep the imported consent
            with pytest.raises(DENIED):
                person.execute(
                    "UPDATE leads SET consent = 'granted', consent_source = 'forged' WHERE id = %s",
                    (center.north_lead,),
                )
    with center.services.db.unit_of_work(write=False) as uow:
        grade = uow.session.execute(
            text("SELECT grade FROM qualifications WHERE id = :id"), {"id": qualification}
        ).scalar_one()
    assert grade == "A"  # as Marco recorded it


# --- #5: audit keys -----------------------------------------------------------------------


def test_only_an_administrator_erases_an_audit_key(center: Center, admin: Actor) -> None:
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text(
                "INSERT INTO person_keys (lead_id, secret, created_at) "
                "VALUES (:lead, repeat('k', 64), now())"
            ),
            {"lead": center.north_lead},
        )
        uow.commit()
    for login in ("tina", "sam", "al"):
        with connect_as(center.url, login) as person:
            with pytest.raises(DENIED):
                person.execute("UPDATE person_keys SET secret = repeat('x', 64)")
            if login != "al":
                with pytest.raises(DENIED):
                    person.execute("DELETE FROM person_keys")
    with connect_as(center.url, "al") as al:
        assert al.execute("DELETE FROM person_keys").rowcount == 1


# --- #6: a channel manager's partners -----------------------------------------------------


def test_a_channel_manager_keeps_only_their_own_partners(center: Center) -> None:
    rita, sam = center.teams.rita, center.teams.supervisor
    center.services.partners.set_channel_manager(OPERATOR, "rita")
    center.services.partners.set_channel_manager(OPERATOR, "marco")
    activity = Activity(center.factory)
    hers = activity.partner("Hers", manager=rita)
    sams = activity.partner("Sam's", manager=sam)
    nobodys = activity.partner("Nobody's")
    with connect_as(center.url, "rita") as person:
        for partner in (sams, nobodys):
            with pytest.raises(DENIED):
                person.execute(
                    "UPDATE partners SET channel_manager_id = %s WHERE id = %s",
                    (rita.user_id, partner),
                )
            with pytest.raises(DENIED):
                person.execute("UPDATE partners SET sla_hours = 1 WHERE id = %s", (partner,))
            with pytest.raises(DENIED):
                person.execute(
                    "INSERT INTO partner_reps (partner_id, name, email, active) "
                    "VALUES (%s, 'Mallory', 'mallory@evil.example', true)",
                    (partner,),
                )
        with pytest.raises(DENIED):  # handing her partner to another manager
            person.execute(
                "UPDATE partners SET channel_manager_id = %s WHERE id = %s",
                (center.teams.marco.user_id, hers),
            )
        with pytest.raises(DENIED):  # a new partner for someone else
            person.execute(
                "INSERT INTO partners (name, tier, countries, regions, postal_prefixes, "
                "products, segments, capacity_week, sla_hours, active, created_at, version, "
                "channel_manager_id) VALUES ('New', 'silver', '{}', '{}', '{}', '{}', '{}', "
                "10, 48, true, now(), 1, %s)",
                (sam.user_id,),
            )
        with audited(person, hers, "partner", "partner.changed"):
            changed = person.execute("UPDATE partners SET sla_hours = 24 WHERE id = %s", (hers,))
            assert changed.rowcount == 1
    with center.services.db.unit_of_work(write=False) as uow:
        managers = dict(
            uow.session.execute(text("SELECT id, channel_manager_id FROM partners")).all()
        )
    assert managers == {hers: rita.user_id, sams: sam.user_id, nobodys: None}


def test_the_directory_tells_a_channel_manager_a_partner_is_not_theirs(center: Center) -> None:
    center.services.partners.set_channel_manager(OPERATOR, "rita")
    Activity(center.factory).partner("Sam's", manager=center.teams.supervisor)
    rita = center.services.accounts.actor_for("rita")
    [sams] = center.services.partners.list_partners(rita)
    draft = PartnerDraft(
        name="Sam's", countries="US", channel_manager="rita", reps=(RepDraft("Al", "al@p.example"),)
    )
    with pytest.raises(InvalidInput, match="Sam's is managed by another channel manager"):
        center.services.partners.save(rita, draft, sams.id)


# --- #7 and #11: who a login is, and the sign-in flags -------------------------------------


def test_nobody_writes_who_a_login_is_or_their_own_sign_in_flags(
    center: Center, admin: Actor
) -> None:
    rita = center.teams.rita.user_id
    with connect_as(center.url, "al") as al:
        with pytest.raises(DENIED):  # al's audit rows in Rita's name
            al.execute(
                "UPDATE users SET db_role = CASE WHEN id = %s THEN 'al' ELSE 'rita' END "
                "WHERE id IN (%s, %s)",
                (rita, rita, admin.user_id),
            )
        with pytest.raises(DENIED):
            al.execute(
                "INSERT INTO users (login, display_name, role, password_hash, db_role, "
                "created_at) VALUES ('mallory', 'M', 'admin', '', 'rita', now())"
            )
        with pytest.raises(DENIED):
            al.execute("UPDATE users SET login = 'rita2' WHERE id = %s", (rita,))
        with pytest.raises(DENIED):  # not even as an unlock of herself
            al.execute("SELECT qualifier_reset_sign_in('al', false)")
        al.execute("SELECT qualifier_reset_sign_in('rita', true)")
    for login, me in (("rita", rita), ("al", admin.user_id)):
        with connect_as(center.url, login) as person:
            for column, value in (
                ("must_change_password", False),
                ("failed_logins", 0),
                ("locked_until", None),
            ):
                with pytest.raises(DENIED):
                    person.execute(f"UPDATE users SET {column} = %s WHERE id = %s", (value, me))
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE users SET failed_logins = 5, locked_until = now() + interval '1 hour' "
                 "WHERE id = :id"),
            {"id": rita},
        )  # fmt: skip
        uow.commit()
    with connect_as(center.url, "rita") as person:
        person.execute("SELECT qualifier_signed_in()")  # no sign-in lifts a running lock
        assert person.execute(
            "SELECT must_change_password, failed_logins FROM users WHERE id = %s", (rita,)
        ).fetchone() == (True, 5)


# --- #13: agent states --------------------------------------------------------------------


def test_a_team_lead_changes_the_agent_states_of_their_team_only(center: Center) -> None:
    anna, rita = center.teams.anna.user_id, center.teams.rita.user_id
    add = (
        "INSERT INTO agent_states (user_id, state, reason, since) "
        "VALUES (%s, 'break', 'set by tina', now())"
    )
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text(
                "INSERT INTO agent_states (user_id, state, reason, since) "
                "VALUES (:anna, 'ready', '', now())"
            ),
            {"anna": anna},
        )
        uow.commit()
    with connect_as(center.url, "tina") as tina:
        with pytest.raises(DENIED):
            tina.execute(add, (anna,))
        assert (
            tina.execute(
                "UPDATE agent_states SET ended_at = now() WHERE user_id = %s", (anna,)
            ).rowcount
            == 0
        )
        tina.execute(add, (rita,))


# --- sweeps -------------------------------------------------------------------------------


def test_a_running_sweep_lease_is_released_never_renewed_or_taken_over(center: Center) -> None:
    take = (
        "INSERT INTO sweep_leases (name, holder, expires_at) "
        "VALUES ('sla-sweep', %s, now() + interval '23 hours')"
    )
    with connect_as(center.url, "rita") as rita:
        rita.execute(take, ("rita",))
        with pytest.raises(DENIED):  # another day, and another …
            rita.execute("UPDATE sweep_leases SET expires_at = now() + interval '1 day'")
    with connect_as(center.url, "tina") as tina:
        for statement in (
            "UPDATE sweep_leases SET holder = 'tina'",
            "DELETE FROM sweep_leases",
        ):
            with pytest.raises(DENIED):
                tina.execute(statement)
    with connect_as(center.url, "rita") as rita:
        rita.execute("UPDATE sweep_leases SET expires_at = now() WHERE holder = 'rita'")
    with connect_as(center.url, "tina") as tina:  # lapsed: the next sweeper takes it
        assert (
            tina.execute(
                "INSERT INTO sweep_leases (name, holder, expires_at) "
                "VALUES ('sla-sweep', 'tina', now() + interval '15 minutes') "
                "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
                "expires_at = excluded.expires_at WHERE sweep_leases.expires_at <= now()"
            ).rowcount
            == 1
        )


# --- #12: a rejects file scrubbed on erasure stays private --------------------------------


def test_a_scrubbed_rejects_file_stays_readable_by_its_owner_only(tmp_path: Path) -> None:
    rejects = tmp_path / "rejects.csv"
    rejects.write_text("line,why\n2,jane@example.com: bad phone\n3,joe@example.com: junk\n")
    rejects.chmod(PRIVATE_FILE)
    previous = os.umask(0o022)
    try:
        assert scrub_lines(rejects, ["jane@example.com"]) == 1
    finally:
        os.umask(previous)
    assert rejects.read_text() == "line,why\n3,joe@example.com: junk\n"
    assert stat.S_IMODE(rejects.stat().st_mode) == PRIVATE_FILE
