"""signing in on PostgreSQL: lock-out by the database, command-line sessions, grants review

Repeated wrong passwords lock the person's own login role.

Nobody is connected before a sign-in, so the failures are reported through
`qualifier_sign_in`, a login role whose only right is to call the two functions below (its
password is not a secret worth much: see the README's shared-database section). The
functions are SECURITY DEFINER with a fixed search_path, touch only roles of people in the
users table, and lock by making the role NOLOGIN: the database itself then refuses the
right password, from the app and from psql alike. The next sign-in through the app after the
lock period (or an administrator's unlock) gives the role its LOGIN back.

Anyone who can connect as `qualifier_sign_in` can lock a person out for up to 15 minutes at a
time, as anyone can at the sign-in window; the lock is short, audited, and lifted by an
administrator. Roles are cluster-wide: the downgrade takes this database's rights away from
`qualifier_sign_in` but leaves the role.

The same migration closes what the review of every table's grants found open (the tables
made after 0012_roles, and a few before it): nobody but the owner changes alembic_version;
scripts and scoring rules are written by supervisors and administrators only, the calling
rules by administrators only (as the service layer allows); a person's command-line
sessions are theirs alone (an administrator's deactivation ends anyone's), and a rep
changes only their own agent states.

A `qualifier login` on PostgreSQL keeps the person's password in the OS keyring sealed with
a one-time key that only the database holds, in the session's row, until the session ends
or expires: `qualifier_cli_unseal` hands it to the sign-in role for a live session's token
only (see services/accounts/cli_sessions.py). On SQLite the column stays empty.

Revision ID: 0019_i12_sign_in
Revises: 0019_i19_check_calls
Create Date: 2026-12-16 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_i12_sign_in"
down_revision: str | Sequence[str] | None = "0019_i19_check_calls"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GATE = "qualifier_sign_in"
GATE_PASSWORD = "qualifier_sign_in"  # noqa: S105 - not a secret: the default; an administrator may change it
GROUPS = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
ALL_GROUPS = ", ".join(GROUPS)
ME = "qualifier_user_id()"
EVERYTHING = "pg_has_role('qualifier_admin', 'MEMBER')"
# table -> the groups that lose INSERT, UPDATE and DELETE on it
NOT_THEIRS_TO_WRITE = {
    "alembic_version": GROUPS,
    "scripts": ("qualifier_team_lead",),
    "scoring_rules": ("qualifier_team_lead",),
    "calling_rules": ("qualifier_team_lead", "qualifier_supervisor"),
    "calling_profiles": ("qualifier_team_lead", "qualifier_supervisor"),
    "calling_holidays": ("qualifier_team_lead", "qualifier_supervisor"),
}
FUNCTIONS = (
    "qualifier_sign_in_wait(text)",
    "qualifier_sign_in_failed(text)",
    "qualifier_cli_unseal(text)",
)
# Kept equal to services/accounts/users.py: FREE_FAILURES, lock_duration and MAX_LOCK.
FREE_FAILURES = 3
MAX_LOCK_SECONDS = 900


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _qualifier_login(target: str) -> str:
    """A role this migration's functions may lock or unlock: a person's, nothing else."""
    members = " OR ".join(f"pg_has_role({target}, '{group}', 'MEMBER')" for group in GROUPS)
    return (
        f"EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = {target} AND NOT r.rolsuper "
        f"AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication) "
        f"AND {target} NOT IN ({', '.join(repr(g) for g in (*GROUPS, GATE))}) AND ({members})"
    )


def upgrade() -> None:
    op.add_column("cli_sessions", sa.Column("sealing_key", sa.String(length=400), nullable=True))
    if not _is_postgresql():
        return
    schema = _schema()
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    op.execute(
        f"""DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GATE}') THEN
                CREATE ROLE {GATE} LOGIN PASSWORD '{GATE_PASSWORD}';
              END IF;
            END $$"""
    )
    # How long the login is still locked, in whole seconds (0: it may sign in). A lock whose
    # time is over is lifted here: the role may log in again if its person is active.
    op.execute(
        f"""CREATE FUNCTION qualifier_sign_in_wait(p_login text) RETURNS integer
            LANGUAGE plpgsql {definer} AS $$
            DECLARE person users%ROWTYPE;
            BEGIN
              SELECT * INTO person FROM users WHERE db_role = lower(p_login);
              IF NOT FOUND OR NOT ({_qualifier_login("person.db_role")}) THEN
                RETURN 0;
              END IF;
              IF person.locked_until > now() THEN
                RETURN greatest(1, ceil(extract(epoch FROM person.locked_until - now())));
              END IF;
              IF person.active AND NOT (SELECT rolcanlogin FROM pg_roles
                                        WHERE rolname = person.db_role) THEN
                EXECUTE format('ALTER ROLE %I LOGIN', person.db_role);
              END IF;
              RETURN 0;
            END $$"""
    )
    # One more wrong password: counted, audited, and from the free tries on the role is
    # NOLOGIN for the lock period (doubling up to 15 minutes). Returns the lock in seconds.
    op.execute(
        f"""CREATE FUNCTION qualifier_sign_in_failed(p_login text) RETURNS integer
            LANGUAGE plpgsql {definer} AS $$
            DECLARE person users%ROWTYPE; lock integer := 0;
            BEGIN
              SELECT * INTO person FROM users WHERE db_role = lower(p_login) FOR UPDATE;
              IF NOT FOUND OR NOT ({_qualifier_login("person.db_role")}) THEN
                INSERT INTO audit_log (at, action, entity_type, entity_id, reason)
                VALUES (now(), 'login.failed', 'login', left(lower(p_login), 64),
                        'unknown login');
                RETURN 0;
              END IF;
              IF person.locked_until > now() THEN
                RETURN greatest(1, ceil(extract(epoch FROM person.locked_until - now())));
              END IF;
              IF person.failed_logins + 1 >= {FREE_FAILURES} THEN
                lock := least({MAX_LOCK_SECONDS},
                              5 * 2 ^ (person.failed_logins + 1 - {FREE_FAILURES}));
              END IF;
              UPDATE users SET failed_logins = failed_logins + 1,
                               locked_until = CASE WHEN lock > 0
                                              THEN now() + make_interval(secs => lock) END
               WHERE id = person.id;
              IF lock > 0 THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN', person.db_role);
              END IF;
              INSERT INTO audit_log (at, action, entity_type, entity_id, after, reason)
              VALUES (now(), 'login.failed', 'user', person.id::text,
                      jsonb_build_object('failed_logins', person.failed_logins + 1,
                                         'locked_seconds', lock, 'by', 'database'),
                      'wrong password');
              RETURN lock;
            END $$"""
    )
    # The key of a live command-line session, for its token's hash; nothing for any other.
    op.execute(
        f"""CREATE FUNCTION qualifier_cli_unseal(p_token_hash text) RETURNS text
            LANGUAGE sql STABLE {definer} AS $$
              SELECT s.sealing_key FROM cli_sessions s JOIN users u ON u.id = s.user_id
              WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL
                AND s.expires_at > now() AND u.active $$"""
    )
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {GATE}")
    op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {GATE}")
    op.execute(
        f"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {GATE}', "
        "current_database()); END $$"
    )
    _grants_review()


def _grants_review() -> None:
    for table, groups in NOT_THEIRS_TO_WRITE.items():
        op.execute(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {', '.join(groups)}")
    # Found by running the suite as each test's user: an outcome writes the lead's grade (from
    # the BANT answers the rep typed; the score stays out of reach), a corrected number may
    # need a calling profile made on first use, and pausing a rep changes their user row.
    op.execute("GRANT UPDATE (grade) ON leads TO qualifier_rep, qualifier_team_lead")
    op.execute(f"GRANT INSERT ON calling_profiles TO {ALL_GROUPS}")
    op.execute(
        "CREATE POLICY users_team_pause ON users FOR UPDATE TO qualifier_team_lead "
        "USING (id IN (SELECT qualifier_team_user_ids())) "
        "WITH CHECK (id IN (SELECT qualifier_team_user_ids()))"
    )
    op.execute(
        "CREATE POLICY users_supervisor_pause ON users FOR UPDATE TO qualifier_supervisor "
        "USING (true) WITH CHECK (true)"
    )
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON cli_sessions TO {ALL_GROUPS}")
    op.execute("ALTER TABLE cli_sessions ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY cli_sessions_own ON cli_sessions TO {ALL_GROUPS} "
        f"USING (user_id = {ME}) WITH CHECK (user_id = {ME})"
    )
    op.execute(
        "CREATE POLICY cli_sessions_admin ON cli_sessions TO qualifier_admin "
        f"USING ({EVERYTHING}) WITH CHECK ({EVERYTHING})"
    )
    op.execute("REVOKE DELETE ON cli_sessions FROM qualifier_team_lead, qualifier_supervisor")
    op.execute("ALTER TABLE agent_states ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY agent_states_read ON agent_states FOR SELECT TO {ALL_GROUPS} USING (true)"
    )
    op.execute(
        f"CREATE POLICY agent_states_own ON agent_states TO qualifier_rep "
        f"USING (user_id = {ME}) WITH CHECK (user_id = {ME})"
    )
    op.execute(
        "CREATE POLICY agent_states_team ON agent_states "
        "TO qualifier_team_lead, qualifier_supervisor, qualifier_admin "
        "USING (true) WITH CHECK (true)"
    )


def _grants_review_undone() -> None:
    op.execute("DROP POLICY users_supervisor_pause ON users")
    op.execute("DROP POLICY users_team_pause ON users")
    op.execute(f"REVOKE INSERT ON calling_profiles FROM {ALL_GROUPS}")
    op.execute("REVOKE UPDATE (grade) ON leads FROM qualifier_rep, qualifier_team_lead")
    for table in ("cli_sessions", "agent_states"):
        for policy in (
            op.get_bind()
            .exec_driver_sql(
                f"SELECT policyname FROM pg_policies WHERE tablename = '{table}' "
                "AND schemaname = current_schema()"
            )
            .scalars()
        ):
            op.execute(f'DROP POLICY "{policy}" ON {table}')
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("GRANT DELETE ON cli_sessions TO qualifier_team_lead, qualifier_supervisor")
    op.execute("REVOKE INSERT, UPDATE ON cli_sessions FROM qualifier_rep")
    for table, groups in NOT_THEIRS_TO_WRITE.items():
        if table != "alembic_version":
            op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {', '.join(groups)}")
    op.execute(
        "GRANT INSERT, UPDATE, DELETE ON alembic_version "
        "TO qualifier_team_lead, qualifier_supervisor, qualifier_admin"
    )


def downgrade() -> None:
    if _is_postgresql():
        schema = _schema()
        _grants_review_undone()
        for function in FUNCTIONS:
            op.execute(f"DROP FUNCTION {function}")
        op.execute(f"REVOKE ALL ON SCHEMA {schema} FROM {GATE}")
        op.execute(
            f"DO $$ BEGIN EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM {GATE}', "
            "current_database()); END $$"
        )
    # A plain ALTER (SQLite 3.35+), as in 0017_lead_lookup.
    op.execute("ALTER TABLE cli_sessions DROP COLUMN sealing_key")
