"""lead status days: leads counted per UTC day of inquiry, status, country, region, campaign
and last caller, for the status reports

Revision ID: 0022_i15_lead_status_days
Revises: 0022_i17_claim
Create Date: 2026-12-23 09:00:00

A status report over all time read every lead (a million rows grouped one by one). Nine leads
in ten are never handed off, and such a lead's group and status figures depend only on these
six columns; a report can read this rollup for every lead and correct it with the few
handed-off leads, read one by one (services/reports/status_kpis.py says which reports do). Triggers on leads keep it (statement triggers with
transition tables on PostgreSQL, as activity_by_day is kept, so a COPY or a bulk update costs
one grouped upsert; row triggers on SQLite). Missing values are stored as '~' (country,
region: no ISO code is '~') and 0 (campaign, last caller), so the key has no NULL; rows may
drop to 0 leads and are left in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# ruff: noqa: S608 - SQL built from this migration's constants and the current schema name

revision: str = "0022_i15_lead_status_days"
down_revision: str | Sequence[str] | None = "0022_i17_claim"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = "day, status, country, region, campaign_id, last_caller_id"
READERS = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"


def _pg_key(row: str) -> str:
    return (
        f"({row}.inquired_at AT TIME ZONE 'UTC')::date, {row}.status, "
        f"coalesce({row}.country, '~'), coalesce({row}.region, '~'), "
        f"coalesce({row}.campaign_id, 0), coalesce({row}.last_caller_id, 0)"
    )


PG_UPSERT = f"""
    INSERT INTO lead_status_days AS s ({KEY}, leads)
    SELECT {KEY}, sum(n) FROM ({{changes}}) AS d ({KEY}, n)
    GROUP BY {KEY} HAVING sum(n) <> 0 ORDER BY {KEY}
    ON CONFLICT ({KEY}) DO UPDATE SET leads = s.leads + excluded.leads;
"""


def _pg_changes(added: bool, removed: bool) -> str:
    """+1 for each row's key after, -1 before: an update that changes no key adds nothing."""
    parts = []
    if added:
        parts.append(f"SELECT {_pg_key('a')}, 1 FROM added_rows a")
    if removed:
        parts.append(f"SELECT {_pg_key('r')}, -1 FROM removed_rows r")
    return " UNION ALL ".join(parts)


def _pg(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    functions = {
        "lead_status_days_added": _pg_changes(True, False),
        "lead_status_days_removed": _pg_changes(False, True),
        "lead_status_days_changed": _pg_changes(True, True),
    }
    statements = [
        f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$ BEGIN {PG_UPSERT.format(changes=changes)} RETURN NULL; END $$"""
        for name, changes in functions.items()
    ]
    return [
        *statements,
        """CREATE TRIGGER leads_status_days_insert AFTER INSERT ON leads
           REFERENCING NEW TABLE AS added_rows
           FOR EACH STATEMENT EXECUTE FUNCTION lead_status_days_added()""",
        """CREATE TRIGGER leads_status_days_delete AFTER DELETE ON leads
           REFERENCING OLD TABLE AS removed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION lead_status_days_removed()""",
        """CREATE TRIGGER leads_status_days_update AFTER UPDATE ON leads
           REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
           FOR EACH STATEMENT EXECUTE FUNCTION lead_status_days_changed()""",
        "REVOKE ALL ON FUNCTION lead_status_days_added() FROM PUBLIC",
        "REVOKE ALL ON FUNCTION lead_status_days_removed() FROM PUBLIC",
        "REVOKE ALL ON FUNCTION lead_status_days_changed() FROM PUBLIC",
    ]


PG_DROP = [
    "DROP TRIGGER leads_status_days_update ON leads",
    "DROP TRIGGER leads_status_days_delete ON leads",
    "DROP TRIGGER leads_status_days_insert ON leads",
    "DROP FUNCTION lead_status_days_changed()",
    "DROP FUNCTION lead_status_days_removed()",
    "DROP FUNCTION lead_status_days_added()",
]


def _sqlite_key(row: str) -> str:
    # Timestamps are stored as naive UTC text: the day is its prefix.
    return (
        f"substr({row}.inquired_at, 1, 10), {row}.status, coalesce({row}.country, '~'), "
        f"coalesce({row}.region, '~'), coalesce({row}.campaign_id, 0), "
        f"coalesce({row}.last_caller_id, 0)"
    )


def _sqlite_add(row: str, sign: str) -> str:
    return f"""INSERT INTO lead_status_days ({KEY}, leads) VALUES ({_sqlite_key(row)}, {sign}1)
        ON CONFLICT ({KEY}) DO UPDATE SET leads = leads + excluded.leads;"""


CHANGED = " OR ".join(
    f"OLD.{column} IS NOT NEW.{column}"
    for column in ("inquired_at", "status", "country", "region", "campaign_id", "last_caller_id")
)
SQLITE = [
    f"""CREATE TRIGGER leads_status_days_insert AFTER INSERT ON leads
        BEGIN {_sqlite_add("NEW", "")} END""",
    f"""CREATE TRIGGER leads_status_days_delete AFTER DELETE ON leads
        BEGIN {_sqlite_add("OLD", "-")} END""",
    f"""CREATE TRIGGER leads_status_days_update
        AFTER UPDATE OF inquired_at, status, country, region, campaign_id, last_caller_id
        ON leads WHEN {CHANGED}
        BEGIN {_sqlite_add("OLD", "-")} {_sqlite_add("NEW", "")} END""",
]
SQLITE_DROP = [
    "DROP TRIGGER leads_status_days_update",
    "DROP TRIGGER leads_status_days_delete",
    "DROP TRIGGER leads_status_days_insert",
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "lead_status_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=10), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("last_caller_id", sa.Integer(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day",
            "status",
            "country",
            "region",
            "campaign_id",
            "last_caller_id",
            name=op.f("pk_lead_status_days"),
        ),
    )
    key = _pg_key("l") if postgres else _sqlite_key("l")
    op.execute(
        f"INSERT INTO lead_status_days ({KEY}, leads) "
        f"SELECT {key}, count(*) FROM leads l GROUP BY 1, 2, 3, 4, 5, 6"
    )
    if postgres:
        schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
        for statement in _pg(schema):
            op.execute(statement)
        # Written only by the triggers (as the owner); read by those who see reports.
        op.execute(f"GRANT SELECT ON lead_status_days TO {READERS}")
        op.execute("ANALYZE lead_status_days")
    else:
        for statement in SQLITE:
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in PG_DROP if postgres else SQLITE_DROP:
        op.execute(statement)
    op.drop_table("lead_status_days")
