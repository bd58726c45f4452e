"""With a person's own database login and psql-like access, nothing outside their rights.

Each test signs in to PostgreSQL as one person's login role (SCRAM password) and tries what
that role must not do; each attempt must fail with a permission error. The last tests run
the service layer itself on such a connection: what the role may do still works.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from qualifier_app.app import Services
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence.models import AuditEntry, Lead, User
from qualifier_app.services.admin.retry_rules import RetryDraft
from qualifier_app.services.board.reassign import LeadRef, Target
from qualifier_app.services.workspace.dto import Outcome
from tests.conftest import START
from tests.security.conftest import Center
from tests.support.activity import Activity
from tests.support.factories import PASSWORD
from tests.support.roles import audited, connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)


def ids(connection: psycopg.Connection, sql: str, *params: object) -> set[int]:
    return {row[0] for row in connection.execute(sql, params).fetchall()}


# --- signing in --------------------------------------------------------------------------


def test_a_wrong_password_is_refused_by_the_database(center: Center) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect_as(center.url, "rita", "not her password")


def test_a_deactivated_person_cannot_sign_in_to_the_database(center: Center) -> None:
    from qualifier_app.domain.roles import OPERATOR

    center.services.staff.set_user(OPERATOR, "rita", active=False)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        connect_as(center.url, "rita")


# --- reading -----------------------------------------------------------------------------


def test_a_rep_reads_only_leads_of_their_queues_and_their_own(center: Center) -> None:
    with connect_as(center.url, "rita") as rita:
        assert ids(rita, "SELECT id FROM leads") == {center.north_lead}
    with connect_as(center.url, "anna") as anna:
        assert ids(anna, "SELECT id FROM leads") == {center.south_lead, center.anna_callback}


def test_a_callback_elsewhere_stays_the_reps_own(center: Center) -> None:
    # Anna's callback moved to the North queue is still hers to see; Rita now sees it too.
    center.factory.set_lead(center.anna_callback, queue_id=center.teams.north_queue)
    with connect_as(center.url, "anna") as anna:
        assert center.anna_callback in ids(anna, "SELECT id FROM leads")


def test_a_team_lead_reads_their_team_only_and_a_supervisor_everything(center: Center) -> None:
    with connect_as(center.url, "tina") as tina:
        assert ids(tina, "SELECT id FROM leads") == {center.north_lead}
    with connect_as(center.url, "omar") as omar:
        assert ids(omar, "SELECT id FROM leads") == {center.south_lead, center.anna_callback}
    with connect_as(center.url, "sam") as sam:
        assert ids(sam, "SELECT id FROM leads") == {
            center.north_lead,
            center.south_lead,
            center.anna_callback,
        }


SCOPE_HELPERS = (
    "qualifier_user_id",
    "qualifier_my_queue_ids",
    "qualifier_led_team_ids",
    "qualifier_team_user_ids",
    "qualifier_team_queue_ids",
)


def test_the_scope_helpers_answer_as_before_and_keep_their_plans(center: Center) -> None:
    with connect_as(center.url, "tina") as tina:
        queues = ids(tina, "SELECT qualifier_team_queue_ids()")
        people = ids(tina, "SELECT qualifier_team_user_ids()")
        assert ids(tina, "SELECT qualifier_user_id()") == ids(
            tina, "SELECT id FROM users WHERE login = 'tina'"
        )
        # Asked again on the same connection: the same answer, from the kept plan.
        assert ids(tina, "SELECT qualifier_team_queue_ids()") == queues
        assert queues == ids(tina, "SELECT queue_id FROM leads WHERE id = %s", center.north_lead)
        assert people == ids(
            tina,
            "SELECT id FROM users WHERE team_id = (SELECT team_id FROM users "
            "WHERE db_role = session_user)",
        )
        rows = tina.execute(
            "SELECT p.proname, l.lanname, p.prosecdef, p.proconfig FROM pg_proc p "
            "JOIN pg_language l ON l.oid = p.prolang WHERE p.proname = ANY(%s)",
            (list(SCOPE_HELPERS),),
        ).fetchall()
    # PL/pgSQL keeps each query's plan for the connection (a SQL function with its own
    # rights and search_path is planned again on every call), with the owner's rights.
    assert {name for name, *_ in rows} == set(SCOPE_HELPERS)
    for name, language, definer, config in rows:
        assert (language, definer) == ("plpgsql", True), name
        assert any(setting.startswith("search_path=") for setting in config), name


def test_who_is_asking_is_found_by_the_index(center: Center) -> None:
    # session_user is a `name`, collated "C": compared as it comes, the column's own
    # collation gives way and ix_users_db_role cannot serve, so every policy that names a
    # person read the whole users table. A table this small is read whole by choice, so
    # the test takes that choice away and counts the index's scans.
    def scans(connection: psycopg.Connection) -> int:
        connection.execute("SELECT pg_stat_clear_snapshot()")
        row = connection.execute(
            "SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'ix_users_db_role'"
        ).fetchone()
        assert row is not None
        return int(row[0])

    owner_url = make_url(center.url).set(drivername="postgresql")
    with psycopg.connect(owner_url.render_as_string(hide_password=False), autocommit=True) as owner:
        before = scans(owner)
        with connect_as(center.url, "tina") as tina:
            tina.execute("SET enable_seqscan = off")
            assert ids(tina, "SELECT qualifier_user_id()") == ids(
                tina, "SELECT id FROM users WHERE login = 'tina'"
            )
            tina.execute("SELECT pg_stat_force_next_flush()")
        deadline = time.monotonic() + 5
        while scans(owner) == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert scans(owner) > before


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])
def test_nobody_reads_password_hashes(center: Center, login: str) -> None:
    with connect_as(center.url, login) as connection:
        with pytest.raises(DENIED):
            connection.execute("SELECT password_hash FROM users")
        with pytest.raises(DENIED):
            connection.execute("SELECT * FROM users")
        # The rest of the directory stays readable: the board shows names.
        assert "rita" in {row[0] for row in connection.execute("SELECT login FROM users")}


def test_a_rep_reads_no_audit_rows_of_leads_they_cannot_see(center: Center) -> None:
    with connect_as(center.url, "rita") as rita:
        seen = {
            row[0]
            for row in rita.execute(
                "SELECT entity_id FROM audit_log WHERE entity_type = 'lead'"
            ).fetchall()
        }
    assert str(center.south_lead) not in seen


# --- the audit log -----------------------------------------------------------------------


@pytest.mark.parametrize("login", ["rita", "sam"])
def test_nobody_changes_or_removes_audit_rows(center: Center, login: str) -> None:
    with connect_as(center.url, login) as connection:
        for statement in (
            "UPDATE audit_log SET reason = 'nothing happened'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(DENIED):
                connection.execute(statement)


def test_an_audit_row_cannot_name_someone_else(center: Center) -> None:
    marco = center.teams.marco.user_id
    with connect_as(center.url, "rita") as rita:
        with pytest.raises(DENIED):
            rita.execute(
                "INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, reason) "
                "VALUES (now(), %s, 'lead.claimed', 'lead', '1', '')",
                (marco,),
            )
        # What she appends is hers, at the database's time, whatever she claims.
        # (Only an action of her own work: 0049_a_rep_keeps_to_held_leads.)
        rita.execute(
            "INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, reason) "
            "VALUES ('2001-01-01', NULL, 'agent_state.changed', 'user', '1', 'own')"
        )
    with center.services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.actor_id, AuditEntry.at).where(
                AuditEntry.action == "agent_state.changed"
            )
        ).all()
    assert [actor for actor, _ in rows] == [center.teams.rita.user_id]
    assert all(at.year > 2001 for _, at in rows)


# --- changing leads ----------------------------------------------------------------------


def test_a_rep_cannot_claim_a_lead_for_someone_else(center: Center) -> None:
    marco = center.teams.marco.user_id
    with connect_as(center.url, "rita") as rita:
        with pytest.raises(DENIED):
            rita.execute(
                "UPDATE leads SET lease_owner_id = %s, lease_expires_at = now() + interval '1h' "
                "WHERE id = %s",
                (marco, center.north_lead),
            )
        with pytest.raises(DENIED):
            rita.execute(
                "UPDATE leads SET assigned_rep_id = %s WHERE id = %s", (marco, center.north_lead)
            )


def test_a_rep_cannot_touch_another_teams_lead(center: Center) -> None:
    rita_id = center.teams.rita.user_id
    with connect_as(center.url, "rita") as rita:
        changed = rita.execute(
            "UPDATE leads SET lease_owner_id = %s WHERE id = %s", (rita_id, center.south_lead)
        ).rowcount
    assert changed == 0
    assert center.factory.get_lead(center.south_lead).lease_owner_id is None


# Not the grade: an outcome writes it (its own test below).
@pytest.mark.parametrize("column", ["score", "segment", "campaign_id", "queue_id"])
def test_a_rep_cannot_set_what_is_not_theirs_to_set(center: Center, column: str) -> None:
    with connect_as(center.url, "rita") as rita, pytest.raises(DENIED):
        rita.execute(f"UPDATE leads SET {column} = NULL WHERE id = %s", (center.north_lead,))


@pytest.mark.parametrize("login", ["rita", "tina"])
def test_a_grade_is_set_by_an_outcome_only(center: Center, login: str) -> None:
    lead = center.north_lead
    with connect_as(center.url, login) as connection, pytest.raises(DENIED, match="grade"):
        connection.execute("UPDATE leads SET grade = 'A' WHERE id = %s", (lead,))
    center.factory.set_lead(
        lead,
        lease_owner_id=center.teams.rita.user_id,
        lease_expires_at=START + timedelta(days=3650),
    )
    with connect_as(center.url, "rita") as rita:
        with pytest.raises(DENIED, match="grade"):  # held, but no outcome moves it
            rita.execute("UPDATE leads SET grade = 'A' WHERE id = %s", (lead,))
        with pytest.raises(DENIED, match="grade"):  # nurture goes with a C only
            rita.execute("UPDATE leads SET status = 'nurture', grade = 'A' WHERE id = %s", (lead,))
        # What an outcome does: the grade its new status allows.
        with audited(rita, lead):
            rita.execute(
                "UPDATE leads SET status = 'sales_ready', grade = 'B', lease_owner_id = NULL "
                "WHERE id = %s",
                (lead,),
            )
    assert center.factory.get_lead(lead).grade == "B"


def test_a_rep_cannot_take_another_reps_lead(center: Center) -> None:
    marco, rita_id = center.teams.marco.user_id, center.teams.rita.user_id
    held = center.factory.lead("North queue")
    center.factory.set_lead(
        held, lease_owner_id=marco, lease_expires_at=START + timedelta(days=3650)
    )
    center.factory.set_lead(center.north_lead, assigned_rep_id=marco, status="callback")
    with connect_as(center.url, "rita") as rita:
        # She sees both (her queue) but may not clear Marco's lease or callback.
        assert {held, center.north_lead} <= ids(rita, "SELECT id FROM leads")
        with pytest.raises(DENIED, match="another rep"):
            rita.execute(
                "UPDATE leads SET lease_owner_id = NULL, lease_expires_at = NULL WHERE id = %s",
                (held,),
            )
        with pytest.raises(DENIED, match="another rep"):
            rita.execute(
                "UPDATE leads SET assigned_rep_id = %s WHERE id = %s",
                (rita_id, center.north_lead),
            )
        # A lease that ran out is anyone's to claim.
        center.factory.set_lead(held, lease_expires_at=START - timedelta(minutes=1))
        with audited(rita, held):
            rita.execute(
                "UPDATE leads SET lease_owner_id = %s, lease_expires_at = now() + interval '5m' "
                "WHERE id = %s",
                (rita_id, held),
            )
    assert center.factory.get_lead(held).lease_owner_id == rita_id
    assert center.factory.get_lead(center.north_lead).assigned_rep_id == marco


def test_a_rep_cannot_change_the_partner_of_a_handoff(center: Center) -> None:
    activity = Activity(center.factory)
    partner = activity.partner("Acme Partner")
    other = activity.partner("Other Partner")
    handoff = activity.handoff(center.north_lead, partner, START)
    with connect_as(center.url, "rita") as rita:
        for column, value in (("partner_id", other), ("grade", "A"), ("lead_id", None)):
            with pytest.raises(DENIED):
                rita.execute(
                    f"UPDATE handoffs SET {column} = %s WHERE id = %s",
                    (value, handoff),
                )
        # Its delivery stays hers to record, as the outbox does on her workstation.
        assert (
            rita.execute(
                "UPDATE handoffs SET delivery_attempts = delivery_attempts + 1 WHERE id = %s",
                (handoff,),
            ).rowcount
            == 1
        )


def test_a_rep_cannot_change_partners_or_add_leads(center: Center) -> None:
    Activity(center.factory).partner("Acme Partner")
    with connect_as(center.url, "rita") as rita:
        with pytest.raises(DENIED):
            rita.execute("UPDATE partners SET active = true")
        with pytest.raises(DENIED):
            rita.execute("DELETE FROM leads")


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])
def test_a_status_the_lifecycle_forbids_is_refused(center: Center, login: str) -> None:
    center.factory.set_lead(center.north_lead, status="do_not_call")
    with connect_as(center.url, login) as connection, pytest.raises(DENIED, match="cannot"):
        connection.execute("UPDATE leads SET status = 'queued' WHERE id = %s", (center.north_lead,))


# --- pausing reps ------------------------------------------------------------------------


@pytest.mark.parametrize("login", ["tina", "sam"])
def test_pausing_opens_no_users_rows(center: Center, login: str) -> None:
    rita = center.teams.rita.user_id
    with connect_as(center.url, login) as connection:
        for column, value in (
            ("locked_until", "2999-01-01"),
            ("failed_logins", 0),
            ("must_change_password", True),
        ):
            # Nobody writes the sign-in columns directly (migration 0046), on any row.
            with pytest.raises(DENIED):
                connection.execute(f"UPDATE users SET {column} = %s WHERE id = %s", (value, rita))
        with pytest.raises(DENIED):
            connection.execute("UPDATE users SET paused = true WHERE id = %s", (rita,))


def test_a_rep_cannot_resume_themselves(center: Center) -> None:
    rita = center.teams.rita.user_id
    with connect_as(center.url, "tina") as tina:
        tina.execute("SELECT qualifier_set_paused(%s, true, 'coaching')", (rita,))
    with connect_as(center.url, "rita") as connection:
        with pytest.raises(DENIED):
            connection.execute("UPDATE users SET paused = false WHERE id = %s", (rita,))
        with pytest.raises(DENIED):
            connection.execute("SELECT qualifier_set_paused(%s, false, NULL)", (rita,))
    with center.services.db.unit_of_work(write=False) as uow:
        paused = uow.session.execute(select(User.paused).where(User.id == rita)).scalar()
    assert paused is True


def test_a_team_lead_pauses_their_own_team_only(center: Center) -> None:
    rita, anna = center.teams.rita.user_id, center.teams.anna.user_id
    with connect_as(center.url, "tina") as tina:
        with pytest.raises(DENIED, match="not yours"):
            tina.execute("SELECT qualifier_set_paused(%s, true, NULL)", (anna,))
        tina.execute("SELECT qualifier_set_paused(%s, true, 'coaching')", (rita,))
    with connect_as(center.url, "sam") as sam:  # a supervisor: anyone who works leads
        sam.execute("SELECT qualifier_set_paused(%s, true, NULL)", (anna,))
        with pytest.raises(DENIED, match="does not work leads"):
            sam.execute(
                "SELECT qualifier_set_paused(%s, true, NULL)", (center.teams.supervisor.user_id,)
            )
    with center.services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.actor_id, AuditEntry.reason)
            .where(AuditEntry.action == "rep.paused")
            .order_by(AuditEntry.id)
        ).all()
        paused = set(uow.session.execute(select(User.id).where(User.paused)).scalars())
    assert [tuple(row) for row in rows] == [
        (str(rita), center.teams.tina.user_id, "coaching"),
        (str(anna), center.teams.supervisor.user_id, ""),
    ]
    assert paused == {rita, anna}


# --- the database's time -----------------------------------------------------------------


def test_an_outcome_is_taken_back_only_within_its_window(center: Center) -> None:
    activity = Activity(center.factory)
    late = activity.attempt(center.north_lead, center.teams.rita, START)
    with center.services.db.unit_of_work() as uow:  # the owner back-dates the call's end
        uow.session.execute(
            text("UPDATE call_attempts SET ended_at = now() - interval '31 seconds' WHERE id = :a"),
            {"a": late},
        )
        uow.commit()
    with connect_as(center.url, "rita") as rita:
        with pytest.raises(DENIED, match="ended more than 30 s ago"):
            rita.execute("SELECT qualifier_take_back_call(%s)", (late,))
        assert ids(rita, "SELECT id FROM call_attempts") == {late}
        with center.services.db.unit_of_work() as uow:
            uow.session.execute(
                text("UPDATE call_attempts SET ended_at = now() WHERE id = :a"), {"a": late}
            )
            uow.commit()
        rita.execute("SELECT qualifier_take_back_call(%s)", (late,))
        assert ids(rita, "SELECT id FROM call_attempts") == set()


def test_leads_of_a_listed_contact_are_taken_out_at_the_databases_time(center: Center) -> None:
    phone = center.factory.get_lead(center.south_lead).phone_e164
    # Another team's lead, in Anna's hands: out all the same.
    center.factory.set_lead(
        center.south_lead,
        lease_owner_id=center.teams.anna.user_id,
        lease_expires_at=START + timedelta(days=3650),
    )
    with connect_as(center.url, "rita") as rita:
        rita.execute(
            "INSERT INTO do_not_call (kind, value_hash, source, reason, added_at) "
            "VALUES ('phone', encode(sha256(convert_to('phone:' || lower(%s), 'UTF8')), 'hex'), "
            "'internal', '', now())",
            (phone,),
        )
        with pytest.raises(errors.UndefinedFunction):  # the caller's time is not asked for
            rita.execute(
                "SELECT qualifier_take_listed_out(%s, NULL, 'asked', '2001-01-01'::timestamptz)",
                (phone,),
            )
        with rita.transaction():
            taken = ids(rita, "SELECT qualifier_take_listed_out(%s, NULL, 'asked')", phone)
            now = rita.execute("SELECT now()").fetchone()
    assert taken == {center.south_lead}
    lead = center.factory.get_lead(center.south_lead)
    assert now is not None and (lead.status, lead.updated_at) == ("do_not_call", now[0])


# --- the center's reference data ---------------------------------------------------------


@pytest.mark.parametrize("login", ["tina", "sam"])
def test_the_center_row_is_an_admins(center: Center, login: str) -> None:
    with connect_as(center.url, login) as connection:
        for statement in (
            "UPDATE center SET name = 'Elsewhere'",
            "INSERT INTO center (name, time_zone, window_start, window_end, created_at) "
            "VALUES ('Elsewhere', 'UTC', 0, 1440, now())",
        ):
            with pytest.raises(DENIED):
                connection.execute(statement)


def test_a_team_lead_keeps_no_campaigns_nor_partners(center: Center) -> None:
    activity = Activity(center.factory)
    campaign = activity.campaign("Spring fair")
    partner = activity.partner("Acme Partner")
    with connect_as(center.url, "tina") as tina:
        with pytest.raises(DENIED):
            tina.execute("UPDATE campaigns SET cost = 0 WHERE id = %s", (campaign,))
        with pytest.raises(DENIED):
            tina.execute(
                "INSERT INTO campaigns (name, channel, source, cost, currency, created_at) "
                "VALUES ('Mine', 'web form', '', 0, 'USD', now())"
            )
        with pytest.raises(DENIED):
            tina.execute("UPDATE partners SET active = false WHERE id = %s", (partner,))
        with pytest.raises(DENIED):
            tina.execute("DELETE FROM partners WHERE id = %s", (partner,))
    with connect_as(center.url, "sam") as sam:  # supervisors keep both
        sam.execute("UPDATE campaigns SET cost = 10 WHERE id = %s", (campaign,))
        with audited(sam, partner, "partner", "partner.changed"):
            changed = sam.execute("UPDATE partners SET active = false WHERE id = %s", (partner,))
            assert changed.rowcount == 1


def test_a_channel_manager_of_any_role_keeps_partners(center: Center) -> None:
    from qualifier_app.domain.roles import OPERATOR

    center.services.partners.set_channel_manager(OPERATOR, "rita")
    partner = Activity(center.factory).partner("Acme Partner", manager=center.teams.rita)
    with (
        connect_as(center.url, "rita") as rita,
        audited(rita, partner, "partner", "partner.changed"),
    ):
        assert (
            rita.execute("UPDATE partners SET sla_hours = 24 WHERE id = %s", (partner,)).rowcount
            == 1
        )
    with connect_as(center.url, "marco") as marco:
        with pytest.raises(DENIED):
            marco.execute("UPDATE partners SET sla_hours = 12 WHERE id = %s", (partner,))
        with pytest.raises(DENIED):
            marco.execute("UPDATE users SET is_channel_manager = true WHERE login = 'marco'")


def test_a_team_lead_cannot_reach_another_team(center: Center) -> None:
    teams, tina_id = center.teams, center.teams.tina.user_id
    north_team = center.factory.team("North")
    south_team = center.factory.team("South")
    with connect_as(center.url, "tina") as tina:
        with pytest.raises(DENIED):
            tina.execute(
                "INSERT INTO team_leads (team_id, user_id) VALUES (%s, %s)", (south_team, tina_id)
            )
        moved = tina.execute(
            "UPDATE queues SET team_id = %s WHERE id = %s", (north_team, teams.south_queue)
        ).rowcount
        renamed = tina.execute("UPDATE teams SET name = 'Mine' WHERE id = %s", (south_team,))
        assert (moved, renamed.rowcount) == (0, 0)
        with pytest.raises(DENIED):  # herself into the South queue
            tina.execute(
                "INSERT INTO queue_members (queue_id, user_id) VALUES (%s, %s)",
                (teams.south_queue, tina_id),
            )
        with pytest.raises(DENIED):  # her queue handed to the South team
            tina.execute(
                "UPDATE queues SET team_id = %s WHERE id = %s", (south_team, teams.north_queue)
            )
        # Her own team's queue is hers to keep.
        tina.execute(
            "INSERT INTO queue_members (queue_id, user_id) VALUES (%s, %s)",
            (teams.north_queue, tina_id),
        )
        assert ids(tina, "SELECT id FROM leads") == {center.north_lead}
    with connect_as(center.url, "sam") as sam, pytest.raises(DENIED):
        sam.execute("UPDATE teams SET name = 'Renamed' WHERE id = %s", (north_team,))


def test_a_team_lead_takes_out_of_a_shared_queue_only_their_own_people(center: Center) -> None:
    factory = center.factory
    shared = factory.queue("Shared queue", team=None)
    amy = factory.user("amy", team="South", queues=("South queue", "Shared queue"))
    ron = factory.user("ron", team="North", queues=("North queue", "Shared queue"))
    delete = "DELETE FROM queue_members WHERE queue_id = %s AND user_id = %s"
    with connect_as(center.url, "tina") as tina:
        assert tina.execute(delete, (shared, amy.user_id)).rowcount == 0
        assert tina.execute(delete, (shared, ron.user_id)).rowcount == 1
        # Her own team's queue is hers, whoever an administrator put in it.
        center.services.teams.set_members(OPERATOR, "North queue", add=["amy"])
        assert tina.execute(delete, (center.teams.north_queue, amy.user_id)).rowcount == 1
    with connect_as(center.url, "omar") as omar:
        assert omar.execute(delete, (shared, amy.user_id)).rowcount == 1


# --- roles and the owner's functions -----------------------------------------------------


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])
def test_nobody_grants_themselves_a_role(center: Center, login: str) -> None:
    with connect_as(center.url, login) as connection:
        for statement in (
            f'GRANT qualifier_admin TO "{login}"',
            f'ALTER ROLE "{login}" SUPERUSER',
            f'ALTER ROLE "{login}" CREATEROLE',
            "CREATE ROLE mallory LOGIN",
        ):
            with pytest.raises(DENIED):
                connection.execute(statement)


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])
def test_only_an_admin_calls_the_owners_login_function(center: Center, login: str) -> None:
    with connect_as(center.url, login) as connection, pytest.raises(DENIED):
        connection.execute(
            "SELECT qualifier_manage_login(%s, 'qualifier_admin', true, NULL)", (login,)
        )


def test_even_an_admin_manages_only_qualifier_logins(center: Center) -> None:
    from qualifier_app.domain.roles import OPERATOR

    admin = f"adm{uuid.uuid4().hex[:8]}"
    center.services.accounts.add_user(OPERATOR, admin, PASSWORD, "admin")
    with connect_as(center.url, admin) as connection:
        with pytest.raises(DENIED):  # the test server's superuser
            connection.execute(
                "SELECT qualifier_manage_login('qualifier', 'qualifier_rep', false, NULL)"
            )
        with pytest.raises(DENIED):
            connection.execute("ALTER ROLE rita NOLOGIN")
        # Through the function, with a user row behind it, it works.
        connection.execute(
            "SELECT qualifier_manage_login('rita', 'qualifier_team_lead', true, NULL)"
        )
        member = connection.execute(
            "SELECT pg_has_role('rita', 'qualifier_team_lead', 'MEMBER'), "
            "pg_has_role('rita', 'qualifier_rep', 'MEMBER')"
        ).fetchone()
    assert member == (True, False)


# --- what each role may do, through the service layer's own statements ------------------


def test_a_rep_claims_and_records_an_outcome_as_themselves(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    rita: Actor = center.teams.rita
    services = as_person("rita")
    item = services.workspace.next_lead(rita)
    assert item.lead.id == center.north_lead
    services.workspace.submit(
        rita,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=item.lead.id,
            version=item.lead.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=START,
            script_id=item.script.id,
            disposition=Disposition.NO_ANSWER,
        ),
    )
    with center.services.db.unit_of_work(write=False) as uow:
        lead = uow.session.get(Lead, center.north_lead)
        assert lead is not None and lead.attempts == 1 and lead.lease_owner_id is None
        actors = set(
            uow.session.execute(
                select(AuditEntry.actor_id).where(
                    AuditEntry.entity_type == "lead", AuditEntry.entity_id == str(lead.id)
                )
            ).scalars()
        )
    assert actors == {rita.user_id}


def test_a_team_lead_reassigns_within_the_team_only(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    tina: Actor = center.teams.tina
    services = as_person("tina")
    version = center.factory.get_lead(center.north_lead).version
    result = services.reassign.move(
        tina, [LeadRef(center.north_lead, version)], Target(rep_id=center.teams.marco.user_id)
    )
    assert result.moved == (center.north_lead,)
    assert center.factory.get_lead(center.north_lead).assigned_rep_id == center.teams.marco.user_id
    with connect_as(center.url, "tina") as connection, pytest.raises(DENIED):
        connection.execute(
            "UPDATE leads SET assigned_rep_id = %s WHERE id = %s",
            (center.teams.anna.user_id, center.north_lead),
        )


def test_a_reps_reach_ends_with_the_leads_they_may_see(center: Center) -> None:
    # Work recorded on another team's lead (call attempts, qualifications, handoffs) is as
    # hidden as the lead itself.
    with center.services.db.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql(
            "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
            "disposition, outcome, reason, notes) "
            f"SELECT 'r-' || id, id, {center.teams.supervisor.user_id}, now(), now(), 'no_answer', "
            "'retry', '', '' "
            f"FROM leads WHERE id IN ({center.north_lead}, {center.south_lead})"
        )
        uow.commit()
    with connect_as(center.url, "rita") as rita:
        assert ids(rita, "SELECT lead_id FROM call_attempts") == {center.north_lead}
    with connect_as(center.url, "sam") as sam:
        assert ids(sam, "SELECT lead_id FROM call_attempts") == {
            center.north_lead,
            center.south_lead,
        }


def test_a_call_is_seen_by_who_made_it_and_their_team_lead_wherever_its_lead_went(
    center: Center,
) -> None:
    call = Activity(center.factory).attempt(center.north_lead, center.teams.rita, START)
    center.factory.set_lead(center.north_lead, queue_id=center.teams.south_queue)
    # Rita's call stays in her figures and her team lead's; the lead itself they no longer see.
    for login in ("rita", "tina"):
        with connect_as(center.url, login) as connection:
            assert ids(connection, "SELECT id FROM call_attempts") == {call}, login
            assert center.north_lead not in ids(connection, "SELECT id FROM leads"), login
    # The South team sees it through the lead; Rita's team mate does not.
    for login, sees in (("omar", True), ("anna", True), ("marco", False)):
        with connect_as(center.url, login) as connection:
            assert (call in ids(connection, "SELECT id FROM call_attempts")) is sees, login
    # Seeing is all: what may be written is still decided by the lead.
    with connect_as(center.url, "rita") as rita, pytest.raises(DENIED):
        rita.execute(
            "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
            "disposition, outcome, reason, notes) "
            "VALUES ('rita-again', %s, %s, now(), now(), 'no_answer', 'retry', '', '')",
            (center.north_lead, center.teams.rita.user_id),
        )


def test_a_team_leads_day_figures_look_up_no_lead_per_call(center: Center) -> None:
    activity = Activity(center.factory)
    for minutes in range(0, 60, 10):
        activity.attempt(center.north_lead, center.teams.rita, START + timedelta(minutes=minutes))
    team = [center.teams.rita.user_id, center.teams.marco.user_id, center.teams.tina.user_id]
    with connect_as(center.url, "tina") as tina:
        # The board's figures of the day (services/board/team_board.py): its reps' calls.
        rows = tina.execute(
            "EXPLAIN (ANALYZE, COSTS OFF) SELECT rep_id, count(*) FROM call_attempts "
            "WHERE ended_at >= %s AND rep_id = ANY(%s) GROUP BY rep_id",
            (START - timedelta(days=1), team),
        ).fetchall()
        counted = tina.execute(
            "SELECT count(*) FROM call_attempts WHERE rep_id = %s", (center.teams.rita.user_id,)
        ).fetchone()
    plan = [row[0] for row in rows]
    assert counted == (6,)
    # Each call passes on its rep; none has its lead looked up (and the lead's own policy run).
    lookups = [line for line in plan if " on leads" in line]
    assert lookups and all("never executed" in line for line in lookups), "\n".join(plan)


def test_only_an_admin_writes_the_retry_rules_and_a_reps_outcome_follows_them(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    admin, supervisor = f"adm{uuid.uuid4().hex[:8]}", f"sup{uuid.uuid4().hex[:8]}"
    center.services.accounts.add_user(OPERATOR, admin, PASSWORD, "admin")
    center.services.accounts.add_user(OPERATOR, supervisor, PASSWORD, "supervisor")
    delays = {"no_answer": (30,), "busy": (15,), "voicemail_left": (1440,)}
    ada = center.services.accounts.actor_for(admin)
    as_person(admin).retry_rules.save(ada, RetryDraft(5, delays, 60), "sooner")
    with connect_as(center.url, supervisor) as connection, pytest.raises(DENIED):
        connection.execute("UPDATE retry_settings SET max_attempts = 50")

    rita: Actor = center.teams.rita
    services = as_person("rita")
    item = services.workspace.next_lead(rita)
    services.workspace.submit(
        rita,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=item.lead.id,
            version=item.lead.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=START,
            script_id=item.script.id,
            disposition=Disposition.NO_ANSWER,
        ),
    )
    with center.services.db.unit_of_work(write=False) as uow:
        lead = uow.session.get(Lead, item.lead.id)
        assert lead is not None and lead.next_call_at == START + timedelta(minutes=30)


def test_a_rep_records_consent_and_reads_only_that_of_leads_they_may_see(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    rita: Actor = center.teams.rita
    services = as_person("rita")
    item = services.workspace.next_lead(rita)
    assert item.lead.id == center.north_lead
    services.workspace.submit(
        rita,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=item.lead.id,
            version=item.lead.version,
            kind=OutcomeKind.CALLBACK,
            started_at=START,
            script_id=item.script.id,
            callback_at=START + timedelta(days=1),
            answers={
                "reached_contact": "yes",
                "recording_notice": "yes",
                "permission": "yes",
                "consent_partner": "no",
            },
        ),
    )
    with connect_as(center.url, "rita") as rep:
        assert ids(rep, "SELECT lead_id FROM consents") == {center.north_lead}
        with pytest.raises(errors.InsufficientPrivilege):
            rep.execute("UPDATE consents SET granted = true")
    with connect_as(center.url, "anna") as other:
        assert ids(other, "SELECT lead_id FROM consents") == set()
