"""A person's own temporary table never stands in for one of the schema's.

PostgreSQL searches the session's temporary schema first unless a function's search path
names it, so a temporary `queue_members` or `users` made by a rep was read by the owner's
functions ("who is asking", "my queues") in place of the real table: every lead readable,
audit rows under an admin's name, a leaver's login given back by the sign-in role. Only
supervisors and administrators make temporary tables (a registry's import is staged in
them), and every function of the schema searches them last.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url

from qualifier_app.settings import DEFAULT_SIGN_IN_PASSWORD
from tests.security.conftest import Center
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

# Every queue made the rep's own, and the admin's identity made the rep's login.
SHADOWS = (
    "CREATE TEMP TABLE queue_members AS "
    "SELECT id AS queue_id, qualifier_user_id() AS user_id FROM queues",
    "CREATE TEMP TABLE team_leads AS "
    "SELECT id AS team_id, qualifier_user_id() AS user_id FROM teams",
    "CREATE TEMP TABLE users AS SELECT id, login, role, team_id, active, paused, "
    "is_channel_manager, CASE WHEN role = 'admin' THEN session_user::text ELSE db_role END "
    "AS db_role FROM users",
    "GRANT SELECT ON queue_members, team_leads, users TO PUBLIC",
)
# Who the database takes them for, the leads they read, their queues and their teams.
WHAT_THEY_REACH = (
    "SELECT qualifier_user_id(), (SELECT array_agg(id ORDER BY id) FROM leads), "
    "(SELECT array_agg(q ORDER BY q) FROM qualifier_my_queue_ids() q), "
    "(SELECT array_agg(t ORDER BY t) FROM qualifier_led_team_ids() t)"
)


def superuser(center: Center) -> psycopg.Connection:
    url = make_url(center.url)
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
        autocommit=True,
    )


@pytest.mark.parametrize("login", ["rita", "tina"])
def test_reps_and_team_leads_make_no_temporary_tables(center: Center, login: str) -> None:
    with connect_as(center.url, login) as person, pytest.raises(errors.InsufficientPrivilege):
        person.execute("CREATE TEMP TABLE queue_members (queue_id int, user_id int)")


def test_the_sign_in_role_makes_no_temporary_tables(center: Center) -> None:
    with (
        connect_as(center.url, "qualifier_sign_in", DEFAULT_SIGN_IN_PASSWORD) as gate,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        gate.execute("CREATE TEMP TABLE users (id int, login text, db_role text, active bool)")


@pytest.mark.parametrize("login", ["rita", "tina", "sam"])
def test_a_temporary_table_is_not_read_in_place_of_the_schemas(center: Center, login: str) -> None:
    # Even where a database administrator has let people make temporary tables again.
    with superuser(center) as owner:
        owner.execute(f"GRANT TEMPORARY ON DATABASE {make_url(center.url).database} TO {login}")
    with connect_as(center.url, login) as person:
        before = person.execute(WHAT_THEY_REACH).fetchone()
        for statement in SHADOWS:
            person.execute(statement)
        assert person.execute(WHAT_THEY_REACH).fetchone() == before


def test_every_function_of_the_schema_searches_temporary_tables_last(center: Center) -> None:
    with superuser(center) as owner:
        rows = owner.execute(
            "SELECT p.proname, p.proconfig FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.prokind = 'f'"
        ).fetchall()
    assert len(rows) > 30
    paths = {
        name: next((c for c in config or () if c.startswith("search_path=")), None)
        for name, config in rows
    }
    wrong = {name: path for name, path in paths.items() if not (path or "").endswith(", pg_temp")}
    assert wrong == {}
