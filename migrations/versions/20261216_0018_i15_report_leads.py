"""report leads: each lead's last caller kept by the database, and a covering index for the
status reports

Revision ID: 0018_i15_report_leads
Revises: 0017_lead_lookup
Create Date: 2026-12-16 09:00:00

The status reports credit a lead never handed off to the rep who called it last. Looking that
up among millions of call attempts took seconds per report (a grouped scan of call_attempts);
`leads.last_caller_id` keeps it on the lead, maintained by triggers on call_attempts as
`activity_by_day` is (statement triggers with transition tables on PostgreSQL, so a COPY costs
one update; row triggers on SQLite). No foreign key: the column is derived, never written by
the application, and the triggers would otherwise need the users table locked as well.

`ix_leads_report` holds every column the status reports read from a lead, so a report over a
period reads a narrow index instead of the wide table (an index-only scan on PostgreSQL once
vacuumed; a covering index on SQLite).
"""

from collections.abc import Sequence

from alembic import op

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

revision: str = "0018_i15_report_leads"
down_revision: str | Sequence[str] | None = "0017_lead_lookup"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to qualifier_app.persistence.models.Lead's ix_leads_report.
REPORT_INDEX = ("inquired_at", "status", "country", "region", "campaign_id", "last_caller_id", "id")

LAST_CALLER = """(SELECT c.rep_id FROM call_attempts c WHERE c.lead_id = {lead}
                  ORDER BY c.id DESC LIMIT 1)"""
PG_RECOMPUTE = """UPDATE leads SET last_caller_id = {last}
                  WHERE id IN ({leads});"""
PG_ADDED = """UPDATE leads l SET last_caller_id = x.rep_id
    FROM (SELECT DISTINCT ON (lead_id) lead_id, rep_id, id FROM added_rows
          ORDER BY lead_id, id DESC) x
    WHERE l.id = x.lead_id
      AND NOT EXISTS (SELECT 1 FROM call_attempts c WHERE c.lead_id = x.lead_id AND c.id > x.id);"""


def _pg(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    recompute_removed = PG_RECOMPUTE.format(
        last=LAST_CALLER.format(lead="leads.id"), leads="SELECT lead_id FROM removed_rows"
    )
    recompute_changed = PG_RECOMPUTE.format(
        last=LAST_CALLER.format(lead="leads.id"),
        leads="SELECT lead_id FROM removed_rows UNION SELECT lead_id FROM added_rows",
    )
    return [
        f"""CREATE FUNCTION leads_last_caller_added() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$ BEGIN {PG_ADDED} RETURN NULL; END $$""",
        f"""CREATE FUNCTION leads_last_caller_removed() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$ BEGIN {recompute_removed} RETURN NULL; END $$""",
        f"""CREATE FUNCTION leads_last_caller_changed() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$ BEGIN {recompute_changed} RETURN NULL; END $$""",
        """CREATE TRIGGER call_attempts_last_caller_insert AFTER INSERT ON call_attempts
           REFERENCING NEW TABLE AS added_rows
           FOR EACH STATEMENT EXECUTE FUNCTION leads_last_caller_added()""",
        """CREATE TRIGGER call_attempts_last_caller_delete AFTER DELETE ON call_attempts
           REFERENCING OLD TABLE AS removed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION leads_last_caller_removed()""",
        """CREATE TRIGGER call_attempts_last_caller_update AFTER UPDATE ON call_attempts
           REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
           FOR EACH STATEMENT EXECUTE FUNCTION leads_last_caller_changed()""",
    ]


PG_DROP = [
    "DROP TRIGGER call_attempts_last_caller_update ON call_attempts",
    "DROP TRIGGER call_attempts_last_caller_delete ON call_attempts",
    "DROP TRIGGER call_attempts_last_caller_insert ON call_attempts",
    "DROP FUNCTION leads_last_caller_changed()",
    "DROP FUNCTION leads_last_caller_removed()",
    "DROP FUNCTION leads_last_caller_added()",
]


def _sqlite_recompute(lead: str) -> str:
    return f"UPDATE leads SET last_caller_id = {LAST_CALLER.format(lead=lead)} WHERE id = {lead};"


SQLITE = [
    """CREATE TRIGGER call_attempts_last_caller_insert AFTER INSERT ON call_attempts BEGIN
       UPDATE leads SET last_caller_id = NEW.rep_id WHERE id = NEW.lead_id
         AND NOT EXISTS (SELECT 1 FROM call_attempts c
                         WHERE c.lead_id = NEW.lead_id AND c.id > NEW.id);
       END""",
    f"""CREATE TRIGGER call_attempts_last_caller_delete AFTER DELETE ON call_attempts BEGIN
       {_sqlite_recompute("OLD.lead_id")} END""",
    f"""CREATE TRIGGER call_attempts_last_caller_update AFTER UPDATE OF lead_id, rep_id
       ON call_attempts BEGIN
       {_sqlite_recompute("OLD.lead_id")} {_sqlite_recompute("NEW.lead_id")} END""",
]
SQLITE_DROP = [
    "DROP TRIGGER call_attempts_last_caller_update",
    "DROP TRIGGER call_attempts_last_caller_delete",
    "DROP TRIGGER call_attempts_last_caller_insert",
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # A plain ALTER on both databases: batch mode would rebuild leads on SQLite.
    op.execute("ALTER TABLE leads ADD COLUMN last_caller_id INTEGER")
    if postgres:
        op.execute(
            """UPDATE leads l SET last_caller_id = c.rep_id
               FROM (SELECT lead_id, max(id) AS id FROM call_attempts GROUP BY lead_id) m
               JOIN call_attempts c ON c.id = m.id
               WHERE l.id = m.lead_id"""
        )
        schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
        for statement in _pg(schema):
            op.execute(statement)
    else:
        op.execute(
            f"UPDATE leads SET last_caller_id = {LAST_CALLER.format(lead='leads.id')} "
            "WHERE EXISTS (SELECT 1 FROM call_attempts c WHERE c.lead_id = leads.id)"
        )
        for statement in SQLITE:
            op.execute(statement)
    op.create_index("ix_leads_report", "leads", list(REPORT_INDEX))
    if postgres:
        op.execute("ANALYZE leads")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_index("ix_leads_report", table_name="leads")
    for statement in PG_DROP if postgres else SQLITE_DROP:
        op.execute(statement)
    op.execute("ALTER TABLE leads DROP COLUMN last_caller_id")
