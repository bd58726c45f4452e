"""change feed: the counter is bumped when the transaction commits, not at its first change

Until now the change feed's triggers bumped a counter row at a transaction's first change
(a claim's lease, an audit row) and so held that row's lock for the rest of the
transaction. Two transactions whose ids pick the same one of the 64 rows then wait for each
other, and a transaction that waits for something else meanwhile (a row lock of a rollup, a
workstation's next round trip) makes every later claim on its counter row wait too: in the
center simulation at 500 workstations the counter update was the statement that waited
longest (1.3 s on average), and claims queued behind outcomes they had nothing to do with.

Now the triggers are constraint triggers deferred to the end of the transaction: the
counter row is locked only while the transaction commits. The sum the workstations poll
still grows with every committed change and never with a rolled-back one. They count rows
instead of statements (constraint triggers are row triggers); the first row of a transaction
bumps the counter and the others see it done (the transaction-local setting), so a bulk
import pays one cheap check per row when it commits.

Revision ID: 0026_i17_feed_at_commit
Revises: 0026_i17_board_today
Create Date: 2026-12-27 10:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0026_i17_feed_at_commit"
down_revision: str | Sequence[str] | None = "0026_i17_board_today"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SLOTS = 64
WATCHED_LEAD_COLUMNS = ("status", "queue_id", "assigned_rep_id", "lease_owner_id", "next_call_at")
_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in WATCHED_LEAD_COLUMNS)

# (trigger, table, events, condition) of the change feed, at the end of the transaction
_AT_COMMIT = (
    ("leads_count_insert", "leads", "INSERT", ""),
    ("leads_count_delete", "leads", "DELETE", ""),
    (
        "leads_count_update",
        "leads",
        f"UPDATE OF {', '.join(WATCHED_LEAD_COLUMNS)}",
        f"WHEN ({_CHANGED})",
    ),
    ("call_attempts_count_insert", "call_attempts", "INSERT", ""),
    ("call_attempts_count_update", "call_attempts", "UPDATE", ""),
    ("call_attempts_count_delete", "call_attempts", "DELETE", ""),
    ("audit_log_count_insert", "audit_log", "INSERT", ""),
    ("users_count_change", "users", "INSERT OR UPDATE OF paused, active, team_id", ""),
    ("user_sessions_count_change", "user_sessions", "INSERT OR UPDATE OF ended_at", ""),
)

# As migration 0022_i17_feed made them: (trigger, table, event, transition table)
_BY_STATEMENT = (
    ("leads_count_insert", "leads", "INSERT", "NEW"),
    ("leads_count_delete", "leads", "DELETE", "OLD"),
    ("call_attempts_count_insert", "call_attempts", "INSERT", "NEW"),
    ("call_attempts_count_update", "call_attempts", "UPDATE", "NEW"),
    ("call_attempts_count_delete", "call_attempts", "DELETE", "OLD"),
    ("audit_log_count_insert", "audit_log", "INSERT", "NEW"),
)
_BUMP = f"""
    IF current_setting('qualifier.change_counted', true)
       IS DISTINCT FROM pg_current_xact_id()::text THEN
      UPDATE change_counters SET version = version + 1
       WHERE slot = pg_current_xact_id()::text::bigint % {SLOTS};
      PERFORM set_config('qualifier.change_counted', pg_current_xact_id()::text, true);
    END IF;"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger, table, *_ in _AT_COMMIT:
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute("DROP FUNCTION qualifier_count_rows()")
    for trigger, table, events, condition in _AT_COMMIT:
        op.execute(
            f"""CREATE CONSTRAINT TRIGGER {trigger} AFTER {events} ON {table}
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW {condition}
                EXECUTE FUNCTION qualifier_count_change()"""
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    for trigger, table, *_ in _AT_COMMIT:
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute(
        f"""CREATE FUNCTION qualifier_count_rows() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$ BEGIN
              IF EXISTS (SELECT 1 FROM changed_rows) THEN {_BUMP}
              END IF;
              RETURN NULL;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_count_rows() FROM PUBLIC")
    for trigger, table, event, which in _BY_STATEMENT:
        op.execute(
            f"""CREATE TRIGGER {trigger} AFTER {event} ON {table}
                REFERENCING {which} TABLE AS changed_rows
                FOR EACH STATEMENT EXECUTE FUNCTION qualifier_count_rows()"""
        )
    op.execute(
        f"""CREATE TRIGGER leads_count_update
            AFTER UPDATE OF {", ".join(WATCHED_LEAD_COLUMNS)} ON leads FOR EACH ROW
            WHEN ({_CHANGED}) EXECUTE FUNCTION qualifier_count_change()"""
    )
    op.execute(
        """CREATE TRIGGER users_count_change AFTER INSERT OR UPDATE OF paused, active, team_id
           ON users FOR EACH ROW EXECUTE FUNCTION qualifier_count_change()"""
    )
    op.execute(
        """CREATE TRIGGER user_sessions_count_change AFTER INSERT OR UPDATE OF ended_at
           ON user_sessions FOR EACH ROW EXECUTE FUNCTION qualifier_count_change()"""
    )
