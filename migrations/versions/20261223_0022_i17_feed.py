"""change feed without NOTIFY: triggers bump counters that workstations poll

Until now triggers on leads, call attempts, users, sessions and the audit log sent a NOTIFY
on `qualifier_changes`, and every workstation kept a connection of its own LISTENing. That
needs one more server connection per workstation, does not work through PgBouncer in
transaction pooling mode, and a transaction that notified takes a cluster-wide lock at
commit, which lines up every claim and outcome behind each other.

Now the same triggers add one to a counter row instead, once per transaction (a
transaction-local setting remembers it did). There are 64 counter rows and a transaction
bumps the one its transaction id picks, so concurrent writers seldom wait for each other's
row lock. A workstation polls `SELECT sum(version) FROM change_counters` through its one
connection: the sum grows with every committed change, whatever order writers commit in,
and a rolled-back change leaves it alone. The table never grows: 64 rows, updated in place
(HOT updates in a half-empty page). The function is SECURITY DEFINER with a fixed
search_path: people may read the counters, and only the triggers write them.

Inserts and deletes count through transition tables at statement level (so a statement
that changed no row, such as a claim that found the queue empty, counts nothing, and an
import of millions of rows costs one check); updates of leads count per changed row, for
the columns a board shows (lease renewals are left out, as before). SQLite has nothing to
do: its feed reads PRAGMA data_version.

Revision ID: 0022_i17_feed
Revises: 0022_i12_least_privilege
Create Date: 2026-12-23 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0022_i17_feed"
down_revision: str | Sequence[str] | None = "0022_i12_least_privilege"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
SLOTS = 64
WATCHED_LEAD_COLUMNS = ("status", "queue_id", "assigned_rep_id", "lease_owner_id", "next_call_at")

_BUMP = f"""
    IF current_setting('qualifier.change_counted', true)
       IS DISTINCT FROM pg_current_xact_id()::text THEN
      UPDATE change_counters SET version = version + 1
       WHERE slot = pg_current_xact_id()::text::bigint % {SLOTS};
      PERFORM set_config('qualifier.change_counted', pg_current_xact_id()::text, true);
    END IF;"""

# (trigger, table, event, transition table, function)
_COUNTED = (
    ("leads_count_insert", "leads", "INSERT", "NEW", "qualifier_count_rows"),
    ("leads_count_delete", "leads", "DELETE", "OLD", "qualifier_count_rows"),
    ("call_attempts_count_insert", "call_attempts", "INSERT", "NEW", "qualifier_count_rows"),
    ("call_attempts_count_update", "call_attempts", "UPDATE", "NEW", "qualifier_count_rows"),
    ("call_attempts_count_delete", "call_attempts", "DELETE", "OLD", "qualifier_count_rows"),
    ("audit_log_count_insert", "audit_log", "INSERT", "NEW", "qualifier_count_rows"),
)

_NOTIFY_TRIGGERS = (
    ("leads_notify_change", "leads"),
    ("call_attempts_notify_change", "call_attempts"),
    ("users_notify_change", "users"),
    ("user_sessions_notify_change", "user_sessions"),
    ("audit_log_notify_change", "audit_log"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    op.execute(
        "CREATE TABLE change_counters (slot smallint PRIMARY KEY, "
        "version bigint NOT NULL DEFAULT 0) WITH (fillfactor = 50)"
    )
    op.execute(f"INSERT INTO change_counters (slot) SELECT generate_series(0, {SLOTS - 1})")
    op.execute("REVOKE ALL ON change_counters FROM PUBLIC")
    op.execute(f"GRANT SELECT ON change_counters TO {GROUPS}")
    op.execute(
        f"""CREATE FUNCTION qualifier_count_change() RETURNS trigger LANGUAGE plpgsql
            {definer} AS $$ BEGIN {_BUMP}
              RETURN NULL;
            END $$"""
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_count_rows() RETURNS trigger LANGUAGE plpgsql
            {definer} AS $$ BEGIN
              IF EXISTS (SELECT 1 FROM changed_rows) THEN {_BUMP}
              END IF;
              RETURN NULL;
            END $$"""
    )
    for function in ("qualifier_count_change()", "qualifier_count_rows()"):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    for trigger, table, event, which, function in _COUNTED:
        op.execute(
            f"""CREATE TRIGGER {trigger} AFTER {event} ON {table}
                REFERENCING {which} TABLE AS changed_rows
                FOR EACH STATEMENT EXECUTE FUNCTION {function}()"""
        )
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in WATCHED_LEAD_COLUMNS)
    op.execute(
        f"""CREATE TRIGGER leads_count_update
            AFTER UPDATE OF {", ".join(WATCHED_LEAD_COLUMNS)} ON leads FOR EACH ROW
            WHEN ({changed}) EXECUTE FUNCTION qualifier_count_change()"""
    )
    op.execute(
        """CREATE TRIGGER users_count_change AFTER INSERT OR UPDATE OF paused, active, team_id
           ON users FOR EACH ROW EXECUTE FUNCTION qualifier_count_change()"""
    )
    op.execute(
        """CREATE TRIGGER user_sessions_count_change AFTER INSERT OR UPDATE OF ended_at
           ON user_sessions FOR EACH ROW EXECUTE FUNCTION qualifier_count_change()"""
    )
    for trigger, table in _NOTIFY_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute("DROP FUNCTION qualifier_notify_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # The triggers of 0006 and 0011 as they were.
    op.execute(
        """CREATE FUNCTION qualifier_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN PERFORM pg_notify('qualifier_changes', TG_TABLE_NAME); RETURN NULL; END $$"""
    )
    op.execute(
        f"""CREATE TRIGGER leads_notify_change
            AFTER INSERT OR DELETE OR UPDATE OF {", ".join(WATCHED_LEAD_COLUMNS)}
            ON leads FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()"""
    )
    op.execute(
        """CREATE TRIGGER call_attempts_notify_change AFTER INSERT OR UPDATE OR DELETE
           ON call_attempts FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()"""
    )
    op.execute(
        """CREATE TRIGGER users_notify_change AFTER INSERT OR UPDATE OF paused, active, team_id
           ON users FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()"""
    )
    op.execute(
        """CREATE TRIGGER user_sessions_notify_change AFTER INSERT OR UPDATE OF ended_at
           ON user_sessions FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()"""
    )
    op.execute(
        """CREATE TRIGGER audit_log_notify_change AFTER INSERT ON audit_log
           FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()"""
    )
    op.execute("DROP TRIGGER user_sessions_count_change ON user_sessions")
    op.execute("DROP TRIGGER users_count_change ON users")
    op.execute("DROP TRIGGER leads_count_update ON leads")
    for trigger, table, *_ in reversed(_COUNTED):
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute("DROP FUNCTION qualifier_count_rows()")
    op.execute("DROP FUNCTION qualifier_count_change()")
    op.execute("DROP TABLE change_counters")
