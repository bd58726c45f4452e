"""no temporary table stands in for one of the schema's inside the owner's functions

Every function of the schema ran with `search_path = pg_catalog, <schema>`; PostgreSQL still
searches the session's own temporary schema first when the path does not name it, and every
login could create temporary tables. So a rep who made a temporary `queue_members` (or
`users`, `team_leads`, `call_attempts`) had the owner's functions read it in place of the
real table: "who is asking", "my queues" and "my teams" answered what the rep wrote there,
and with them every policy that asks (every lead readable, audit rows under an admin's name,
a leaver's login given back by the sign-in role). Two changes, each enough on its own:

- every function of the schema searches `pg_temp` last (named last, it is searched last;
  PostgreSQL's advice for SECURITY DEFINER functions), the few trigger functions that had no
  path of their own included;
- nobody but the database's owner creates temporary tables (the application makes none).

Revision ID: 0038_i12_no_shadow_tables
Revises: 0037_i17_claim_order_sqlite
Create Date: 2027-01-08 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0038_i12_no_shadow_tables"
down_revision: str | Sequence[str] | None = "0037_i17_claim_order_sqlite"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The functions that had no search_path of their own before this migration.
WITHOUT_PATH = (
    "activity_by_day_added",
    "activity_by_day_changed",
    "activity_by_day_removed",
    "audit_log_append_only",
)


def _functions() -> list[tuple[str, str]]:
    """(signature, name) of every function of the current schema."""
    rows = op.get_bind().exec_driver_sql(
        "SELECT p.oid::regprocedure::text, p.proname FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema() AND p.prokind = 'f' ORDER BY 1"
    )
    return [(str(signature), str(name)) for signature, name in rows]


def _database_temporary(statement: str) -> None:
    op.execute(f"DO $$ BEGIN EXECUTE format('{statement}', current_database()); END $$")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one()
    for signature, _name in _functions():
        op.execute(f"ALTER FUNCTION {signature} SET search_path = pg_catalog, {schema}, pg_temp")
    _database_temporary("REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _database_temporary("GRANT TEMPORARY ON DATABASE %I TO PUBLIC")
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one()
    for signature, name in _functions():
        if name in WITHOUT_PATH:
            op.execute(f"ALTER FUNCTION {signature} RESET search_path")
        else:
            op.execute(f"ALTER FUNCTION {signature} SET search_path = pg_catalog, {schema}")
