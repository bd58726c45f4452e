"""what a person writes with their own login is theirs: their calls, handoffs they route,
their sessions; the do-not-call list only grows; the claim and the outcome keep the
database's clock

Found by trying the database as an insider with a rep's login and psql:

- The claim and the outcome took the caller's time (`p_now`) as the time. The application
  passes none in production (the database's clock decides), but a rep who called
  `qualifier_claim_next` with a time a day ahead took a lead another rep still held, and an
  outcome dated a year ahead kept its 30-second undo open for a year. A person's time now
  counts only when it is not ahead of the database's, unless the database's owner let given
  times count for a test or simulation database, and a lease lasts at most a day (the
  settings' longest).
- A rep could UPDATE the do-not-call list (a changed hash no longer matches: the entry is
  gone in effect, without an audit row), and team leads and supervisors could delete
  entries the service lets only administrators remove. Nobody updates an entry now, and only
  administrators delete one.
- A rep or team lead could write a call under another rep's name, change another rep's call,
  and insert a handoff for any lead they see, with any partner, grade and "qualified by":
  their calls and the handoffs they route are their own now (restrictive policies: the rep of
  a call, who routed a handoff, and only a lead the routing just moved to handed-off).
- Reps wrote `activity_by_day` (anyone's figures) directly: only its triggers write it now,
  as the owner.
- Supervisors and administrators stage a national registry's import in temporary tables:
  they make them again (0038 took the right from everyone; the owner's functions search
  temporary tables last, so theirs stand in for nothing).
- `sweep_leases` took any expiry (a rep could stop the SLA sweep and the weekly publication
  until 2099): at most a day ahead now. `user_sessions` took anyone's rows: a person writes
  their own; administrators anyone's.

Revision ID: 0039_i12_people_write_their_own
Revises: 0038_i12_no_shadow_tables
Create Date: 2027-01-09 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants

from collections.abc import Sequence

from alembic import op

revision: str = "0039_i12_people_write_their_own"
down_revision: str | Sequence[str] | None = "0038_i12_no_shadow_tables"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
WORKERS = "qualifier_rep, qualifier_team_lead"
ME = "(SELECT qualifier_user_id())"
EVERYTHING = (
    "(SELECT pg_has_role('qualifier_supervisor', 'MEMBER')) "
    "OR (SELECT pg_has_role('qualifier_admin', 'MEMBER'))"
)

# The claim's and the outcome's time: the caller's only when it is not ahead of the
# database's, unless the caller is the owner or the database is one whose owner let given
# times count (`ALTER DATABASE … SET qualifier.clock = 'given'`: tests and simulations,
# whose clocks run ahead; read from the catalog, which a session's own SET does not change).
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
CALLERS_TIME = "v_now timestamptz := coalesce(p_now, now());"
DATABASES_TIME = (
    "v_now timestamptz := CASE WHEN p_now IS NULL THEN now() "
    "WHEN p_now <= now() OR pg_has_role(session_user, current_user, 'MEMBER') "
    f"OR {GIVEN_TIME_COUNTS} THEN p_now ELSE now() END;"
)
ANY_LEASE = "v_until timestamptz := v_now + make_interval(secs => p_lease_seconds);"
A_DAYS_LEASE = (
    "v_until timestamptz := v_now + make_interval(secs => least(p_lease_seconds, 86400));"
)
ACTIVITY_TRIGGERS = ("activity_by_day_added", "activity_by_day_changed", "activity_by_day_removed")


def _replace(function: str, changes: Sequence[tuple[str, str]]) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)")
        .scalar_one()
    )
    for old, new in changes:
        if definition.count(old) != 1:
            raise RuntimeError(f"{function} is not as this migration expects")
        definition = definition.replace(old, new)
    op.execute(definition)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _replace("qualifier_claim_next", [(CALLERS_TIME, DATABASES_TIME), (ANY_LEASE, A_DAYS_LEASE)])
    _replace("qualifier_record_outcome", [(CALLERS_TIME, DATABASES_TIME)])

    op.execute(
        "DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I "
        "TO qualifier_supervisor, qualifier_admin', current_database()); END $$"
    )

    op.execute(f"REVOKE UPDATE ON do_not_call FROM {GROUPS}")
    op.execute("REVOKE DELETE ON do_not_call FROM qualifier_team_lead, qualifier_supervisor")

    op.execute(
        f"CREATE POLICY call_attempts_own_add ON call_attempts AS RESTRICTIVE FOR INSERT "
        f"TO {WORKERS} WITH CHECK (rep_id = {ME})"
    )
    op.execute(
        f"CREATE POLICY call_attempts_own_change ON call_attempts AS RESTRICTIVE FOR UPDATE "
        f"TO {WORKERS} USING (rep_id = {ME}) WITH CHECK (rep_id = {ME})"
    )
    op.execute(
        f"""CREATE POLICY handoffs_routed_by_me ON handoffs AS RESTRICTIVE FOR INSERT
            TO {WORKERS}
            WITH CHECK (routed_by_id = {ME} AND EXISTS (
                SELECT 1 FROM leads WHERE leads.id = handoffs.lead_id
                AND leads.status = 'handed_off'))"""
    )

    for trigger in ACTIVITY_TRIGGERS:
        op.execute(f"ALTER FUNCTION {trigger}() SECURITY DEFINER")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE ON activity_by_day FROM {GROUPS}")

    op.execute("ALTER TABLE sweep_leases ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY sweep_leases_a_day ON sweep_leases TO {GROUPS} USING (true) "
        "WITH CHECK (expires_at <= now() + interval '1 day')"
    )

    op.execute("ALTER TABLE user_sessions ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY user_sessions_read ON user_sessions FOR SELECT TO {GROUPS} USING (true)"
    )
    op.execute(
        f"CREATE POLICY user_sessions_own ON user_sessions TO {GROUPS} "
        f"USING (user_id = {ME}) WITH CHECK (user_id = {ME})"
    )
    op.execute(
        "CREATE POLICY user_sessions_admin ON user_sessions TO qualifier_admin "
        "USING (true) WITH CHECK (true)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for policy in ("user_sessions_admin", "user_sessions_own", "user_sessions_read"):
        op.execute(f"DROP POLICY {policy} ON user_sessions")
    op.execute("ALTER TABLE user_sessions DISABLE ROW LEVEL SECURITY")
    op.execute("DROP POLICY sweep_leases_a_day ON sweep_leases")
    op.execute("ALTER TABLE sweep_leases DISABLE ROW LEVEL SECURITY")

    op.execute("GRANT INSERT, UPDATE ON activity_by_day TO qualifier_rep")
    op.execute(
        "GRANT INSERT, UPDATE, DELETE ON activity_by_day "
        "TO qualifier_team_lead, qualifier_supervisor, qualifier_admin"
    )
    for trigger in ACTIVITY_TRIGGERS:
        op.execute(f"ALTER FUNCTION {trigger}() SECURITY INVOKER")

    op.execute("DROP POLICY handoffs_routed_by_me ON handoffs")
    op.execute("DROP POLICY call_attempts_own_change ON call_attempts")
    op.execute("DROP POLICY call_attempts_own_add ON call_attempts")

    op.execute(f"GRANT UPDATE ON do_not_call TO {GROUPS}")
    op.execute(
        "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I "
        "FROM qualifier_supervisor, qualifier_admin', current_database()); END $$"
    )
    op.execute("GRANT DELETE ON do_not_call TO qualifier_team_lead, qualifier_supervisor")

    _replace("qualifier_record_outcome", [(DATABASES_TIME, CALLERS_TIME)])
    _replace("qualifier_claim_next", [(DATABASES_TIME, CALLERS_TIME), (A_DAYS_LEASE, ANY_LEASE)])
