"""lead handoff states: each handed-off lead's latest handoff, whether any of its handoffs is
open or awaits the partner's news, and its handoffs' sums, for the status reports

Revision ID: 0025_i15_lead_handoff_states
Revises: 0023_i17_policy_speed
Create Date: 2026-12-26 09:00:00

A status report built this per lead from the handoffs in every query (on PostgreSQL once in
each parallel worker) and read the leads twice, once for the counts and once for the
handoffs' sums. With this table kept by row triggers on handoffs, a report reads every lead
once, joined to one row per handed-off lead. `single_credit` says that all of a lead's
handoffs are credited to the latest one's rep (known), partner and partner rep, so its sums
can be credited with the lead; the others' handoffs are read one by one. A handoff change
rewrites its lead's row (leads' own rows, their version and change feed are not touched).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# ruff: noqa: S608 - SQL built from this migration's constants and the current schema name

revision: str = "0025_i15_lead_handoff_states"
down_revision: str | Sequence[str] | None = "0023_i17_policy_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READERS = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"
COLUMNS = (
    "lead_id, handoff_id, qualified_by_id, partner_id, partner_rep_id, active, waiting, "
    "single_credit, handoffs, pipeline_value, won_revenue"
)


def _alike(column: str) -> str:
    return f"(count(h.{column}) = 0 OR (count(h.{column}) = count(*) AND min(h.{column}) = max(h.{column})))"


# The report's rules (services/reports/dto.py) as they stand at this revision.
STATE = f"""
    INSERT INTO lead_handoff_states ({COLUMNS})
    SELECT s.lead_id, s.handoff_id, latest.qualified_by_id, latest.partner_id,
           latest.partner_rep_id, s.active, s.waiting, s.single_credit, s.handoffs,
           s.pipeline_value, s.won_revenue
    FROM (
        SELECT h.lead_id, max(h.id) AS handoff_id,
               max(CASE WHEN h.status IN ('accepted', 'active') THEN 1 ELSE 0 END) AS active,
               max(CASE WHEN h.status IN ('pending', 'sent') THEN 1 ELSE 0 END) AS waiting,
               CASE WHEN count(h.qualified_by_id) = count(*)
                         AND min(h.qualified_by_id) = max(h.qualified_by_id)
                         AND min(h.partner_id) = max(h.partner_id)
                         AND {_alike("partner_rep_id")}
                    THEN 1 ELSE 0 END AS single_credit,
               count(*) AS handoffs,
               sum(CASE WHEN h.status IN ('accepted', 'active') THEN h.pipeline_value END)
                   AS pipeline_value,
               sum(CASE WHEN h.status = 'won' THEN h.won_revenue END) AS won_revenue
        FROM handoffs h {{where}}
        GROUP BY h.lead_id
    ) AS s JOIN handoffs latest ON latest.id = s.handoff_id
"""


def _restate(lead: str) -> str:
    return (
        f"DELETE FROM lead_handoff_states WHERE lead_id = {lead}; "
        f"{STATE.format(where=f'WHERE h.lead_id = {lead}')};"
    )


def _pg(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    # A row is worked out again from all of its lead's handoffs, so two transactions changing
    # the same lead's handoffs take turns (a lock per lead, held to the end of the
    # transaction); the second then reads the first's committed handoffs (read committed).
    return [
        f"""CREATE FUNCTION lead_handoff_states_restate() RETURNS trigger LANGUAGE plpgsql
            {definer} AS $$
            DECLARE
                leads_changed integer[];
                one_lead integer;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    leads_changed := ARRAY[NEW.lead_id];
                ELSIF TG_OP = 'DELETE' THEN
                    leads_changed := ARRAY[OLD.lead_id];
                ELSE
                    leads_changed := ARRAY(SELECT DISTINCT l FROM unnest(
                        ARRAY[OLD.lead_id, NEW.lead_id]) AS l ORDER BY l);
                END IF;
                FOREACH one_lead IN ARRAY leads_changed LOOP
                    PERFORM pg_advisory_xact_lock(hashtext('lead_handoff_states'), one_lead);
                END LOOP;
                FOREACH one_lead IN ARRAY leads_changed LOOP
                    {_restate("one_lead")}
                END LOOP;
                RETURN NULL;
            END $$""",
        """CREATE TRIGGER handoffs_lead_state AFTER INSERT OR DELETE
           OR UPDATE OF lead_id, partner_id, partner_rep_id, qualified_by_id, status,
                        pipeline_value, won_revenue
           ON handoffs FOR EACH ROW EXECUTE FUNCTION lead_handoff_states_restate()""",
        "REVOKE ALL ON FUNCTION lead_handoff_states_restate() FROM PUBLIC",
    ]


PG_DROP = [
    "DROP TRIGGER handoffs_lead_state ON handoffs",
    "DROP FUNCTION lead_handoff_states_restate()",
]
WATCHED = ("lead_id", "partner_id", "partner_rep_id", "qualified_by_id", "status")
SQLITE = [
    f"""CREATE TRIGGER handoffs_lead_state_insert AFTER INSERT ON handoffs
        BEGIN {_restate("NEW.lead_id")} END""",
    f"""CREATE TRIGGER handoffs_lead_state_delete AFTER DELETE ON handoffs
        BEGIN {_restate("OLD.lead_id")} END""",
    f"""CREATE TRIGGER handoffs_lead_state_update
        AFTER UPDATE OF {", ".join(WATCHED)}, pipeline_value, won_revenue ON handoffs
        BEGIN {_restate("OLD.lead_id")} {_restate("NEW.lead_id")} END""",
]
SQLITE_DROP = [
    "DROP TRIGGER handoffs_lead_state_update",
    "DROP TRIGGER handoffs_lead_state_delete",
    "DROP TRIGGER handoffs_lead_state_insert",
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "lead_handoff_states",
        sa.Column("lead_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=False),
        sa.Column("qualified_by_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("partner_rep_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.SmallInteger(), nullable=False),
        sa.Column("waiting", sa.SmallInteger(), nullable=False),
        sa.Column("single_credit", sa.SmallInteger(), nullable=False),
        sa.Column("handoffs", sa.Integer(), nullable=False),
        sa.Column("pipeline_value", sa.BigInteger(), nullable=True),
        sa.Column("won_revenue", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_handoff_states_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lead_id", name=op.f("pk_lead_handoff_states")),
    )
    op.execute(STATE.format(where=""))
    if postgres:
        schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
        for statement in _pg(schema):
            op.execute(statement)
        # Written only by the trigger (as the owner); read by those who see reports.
        op.execute(f"GRANT SELECT ON lead_handoff_states TO {READERS}")
        op.execute("ANALYZE lead_handoff_states")
    else:
        for statement in SQLITE:
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in PG_DROP if postgres else SQLITE_DROP:
        op.execute(statement)
    op.drop_table("lead_handoff_states")
