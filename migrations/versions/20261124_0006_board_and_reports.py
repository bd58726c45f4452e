"""team board and reports: daily activity rollup, change notifications, report indexes

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-24 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to qualifier_app.domain.activity (a migration never imports today's app code).
NO_CONTACT = "('no_answer', 'busy', 'voicemail', 'voicemail_left', 'wrong_number', 'bad_number')"
SALES_READY = "'sales_ready'"

# --- PostgreSQL: statement-level triggers with transition tables, so a COPY of millions of
# attempts costs one grouped upsert, and a single attempt costs one small one.
PG_ROLLUP_SELECT = """
    SELECT (r.started_at AT TIME ZONE 'UTC')::date, r.rep_id, coalesce(l.campaign_id, 0),
           {sign} count(*),
           {sign} count(*) FILTER (WHERE r.disposition NOT IN {no_contact}),
           {sign} count(*) FILTER (WHERE r.outcome = {sales_ready}),
           {sign} coalesce(sum(round(extract(epoch FROM r.ended_at - r.started_at))), 0)::bigint
    FROM {rows} r LEFT JOIN leads l ON l.id = r.lead_id
    GROUP BY 1, 2, 3
"""
PG_UPSERT = """
    INSERT INTO activity_by_day AS a
        (day, rep_id, campaign_id, attempts, contacts, sales_ready, seconds)
    {select}
    ON CONFLICT (day, rep_id, campaign_id) DO UPDATE SET
        attempts = a.attempts + excluded.attempts,
        contacts = a.contacts + excluded.contacts,
        sales_ready = a.sales_ready + excluded.sales_ready,
        seconds = a.seconds + excluded.seconds;
"""


def _pg_upsert(rows: str, sign: str) -> str:
    select = PG_ROLLUP_SELECT.format(
        sign=sign, rows=rows, no_contact=NO_CONTACT, sales_ready=SALES_READY
    )
    return PG_UPSERT.format(select=select)


PG_ROLLUP = [
    f"""CREATE FUNCTION activity_by_day_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_pg_upsert("added_rows", "")} RETURN NULL; END $$""",
    f"""CREATE FUNCTION activity_by_day_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_pg_upsert("removed_rows", "-")} RETURN NULL; END $$""",
    f"""CREATE FUNCTION activity_by_day_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_pg_upsert("removed_rows", "-")} {_pg_upsert("added_rows", "")}
        RETURN NULL; END $$""",
    """CREATE TRIGGER call_attempts_rollup_insert AFTER INSERT ON call_attempts
       REFERENCING NEW TABLE AS added_rows
       FOR EACH STATEMENT EXECUTE FUNCTION activity_by_day_added()""",
    """CREATE TRIGGER call_attempts_rollup_delete AFTER DELETE ON call_attempts
       REFERENCING OLD TABLE AS removed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION activity_by_day_removed()""",
    """CREATE TRIGGER call_attempts_rollup_update AFTER UPDATE ON call_attempts
       REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
       FOR EACH STATEMENT EXECUTE FUNCTION activity_by_day_changed()""",
]

# The team board listens on this channel; a NOTIFY is delivered when the transaction commits,
# and identical ones in one transaction arrive once.
PG_NOTIFY = [
    """CREATE FUNCTION qualifier_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('qualifier_changes', TG_TABLE_NAME); RETURN NULL; END $$""",
    # Lease renewals (heartbeats) change only lease_expires_at and are left out on purpose.
    """CREATE TRIGGER leads_notify_change
       AFTER INSERT OR DELETE OR UPDATE OF status, queue_id, assigned_rep_id, lease_owner_id,
       next_call_at ON leads FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()""",
    """CREATE TRIGGER call_attempts_notify_change AFTER INSERT OR UPDATE OR DELETE
       ON call_attempts FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()""",
    """CREATE TRIGGER users_notify_change AFTER INSERT OR UPDATE OF paused, active, team_id
       ON users FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()""",
    """CREATE TRIGGER user_sessions_notify_change AFTER INSERT OR UPDATE OF ended_at
       ON user_sessions FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()""",
]
PG_DROP = [
    "DROP TRIGGER user_sessions_notify_change ON user_sessions",
    "DROP TRIGGER users_notify_change ON users",
    "DROP TRIGGER call_attempts_notify_change ON call_attempts",
    "DROP TRIGGER leads_notify_change ON leads",
    "DROP FUNCTION qualifier_notify_change()",
    "DROP TRIGGER call_attempts_rollup_update ON call_attempts",
    "DROP TRIGGER call_attempts_rollup_delete ON call_attempts",
    "DROP TRIGGER call_attempts_rollup_insert ON call_attempts",
    "DROP FUNCTION activity_by_day_changed()",
    "DROP FUNCTION activity_by_day_removed()",
    "DROP FUNCTION activity_by_day_added()",
]

# --- SQLite: row triggers (timestamps are stored as naive UTC text, so the day is its prefix).
SQLITE_UPSERT = """
    INSERT INTO activity_by_day
        (day, rep_id, campaign_id, attempts, contacts, sales_ready, seconds)
    VALUES (
        substr({r}.started_at, 1, 10), {r}.rep_id,
        coalesce((SELECT campaign_id FROM leads WHERE id = {r}.lead_id), 0),
        {sign}1,
        {sign}({r}.disposition NOT IN {no_contact}),
        {sign}({r}.outcome = {sales_ready}),
        {sign}CAST(round((julianday({r}.ended_at) - julianday({r}.started_at)) * 86400)
                   AS INTEGER))
    ON CONFLICT (day, rep_id, campaign_id) DO UPDATE SET
        attempts = attempts + excluded.attempts,
        contacts = contacts + excluded.contacts,
        sales_ready = sales_ready + excluded.sales_ready,
        seconds = seconds + excluded.seconds;
"""


def _sqlite_upsert(row: str, sign: str) -> str:
    return SQLITE_UPSERT.format(r=row, sign=sign, no_contact=NO_CONTACT, sales_ready=SALES_READY)


SQLITE_ROLLUP = [
    f"""CREATE TRIGGER call_attempts_rollup_insert AFTER INSERT ON call_attempts
        BEGIN {_sqlite_upsert("NEW", "")} END""",
    f"""CREATE TRIGGER call_attempts_rollup_delete AFTER DELETE ON call_attempts
        BEGIN {_sqlite_upsert("OLD", "-")} END""",
    f"""CREATE TRIGGER call_attempts_rollup_update AFTER UPDATE ON call_attempts
        BEGIN {_sqlite_upsert("OLD", "-")} {_sqlite_upsert("NEW", "")} END""",
]
SQLITE_DROP = [
    "DROP TRIGGER call_attempts_rollup_update",
    "DROP TRIGGER call_attempts_rollup_delete",
    "DROP TRIGGER call_attempts_rollup_insert",
]

# Attempts that exist before this migration are summed once.
BACKFILL_PG = "INSERT INTO activity_by_day (day, rep_id, campaign_id, attempts, contacts, " + (
    "sales_ready, seconds) "
    + PG_ROLLUP_SELECT.format(
        sign="", rows="call_attempts", no_contact=NO_CONTACT, sales_ready=SALES_READY
    )
)
BACKFILL_SQLITE = f"""
    INSERT INTO activity_by_day (day, rep_id, campaign_id, attempts, contacts, sales_ready,
                                 seconds)
    SELECT substr(r.started_at, 1, 10), r.rep_id, coalesce(l.campaign_id, 0), count(*),
           sum(r.disposition NOT IN {NO_CONTACT}), sum(r.outcome = {SALES_READY}),
           coalesce(sum(CAST(round((julianday(r.ended_at) - julianday(r.started_at)) * 86400)
                             AS INTEGER)), 0)
    FROM call_attempts r LEFT JOIN leads l ON l.id = r.lead_id
    GROUP BY 1, 2, 3
"""  # noqa: S608 - built from the constants above only


def upgrade() -> None:
    op.create_table(
        "activity_by_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.Column("sales_ready", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["users.id"], name=op.f("fk_activity_by_day_rep_id_users")
        ),
        sa.PrimaryKeyConstraint("day", "rep_id", "campaign_id", name=op.f("pk_activity_by_day")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index("ix_leads_assigned_rep_id", ["assigned_rep_id"], unique=False)
        batch_op.create_index(
            "ix_leads_inquired_at_campaign", ["inquired_at", "campaign_id"], unique=False
        )
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        batch_op.create_index("ix_handoffs_created_at", ["created_at"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.execute(BACKFILL_PG)
        for statement in PG_ROLLUP + PG_NOTIFY:
            op.execute(statement)
    else:
        op.execute(BACKFILL_SQLITE)
        for statement in SQLITE_ROLLUP:
            op.execute(statement)


def downgrade() -> None:
    for statement in PG_DROP if op.get_bind().dialect.name == "postgresql" else SQLITE_DROP:
        op.execute(statement)
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        batch_op.drop_index("ix_handoffs_created_at")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_inquired_at_campaign")
        batch_op.drop_index("ix_leads_assigned_rep_id")
    op.drop_table("activity_by_day")
