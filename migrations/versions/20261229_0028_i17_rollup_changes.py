"""the report rollups without hot rows: outcomes append their changes to lead_status_days
instead of updating its shared rows, the last caller is written only when it changes, and
the team scope asks who is asking once per query

`lead_status_days` keeps one row per (day, status, country, region, campaign, last caller),
so every outcome of the day moved a lead out of the same few rows (today, queued, ...) and
every outcome waited on those rows' locks until the outcome before it committed: at 500
workstations, seconds per outcome. On PostgreSQL the triggers on leads now only insert
their +n/-n changes into `lead_status_day_changes` (no shared row is locked, an insert never
waits for another), and `qualifier_fold_lead_status_days()` moves the committed changes into
`lead_status_days` in a short transaction of its own (SKIP LOCKED: two folds never wait for
each other). The report sums both tables, so its figures are the same before and after a
fold. SQLite has one writer at a time: its triggers keep updating `lead_status_days`
directly, and its table of changes stays empty.

The last caller's trigger rewrote the lead's row after every attempt, even when the rep was
already the last caller, and each rewrite moved the lead between rollup rows once more. It
now writes only a change, and `qualifier_record_outcome` sets the last caller in its own
update of the lead (the attempt it inserts is the lead's latest), so the trigger finds
nothing left to write.

`qualifier_user_id()` inside `qualifier_led_team_ids()`, which every team lead's policy
and the other team-scope helpers call, was compared with every row of `team_leads` scanned
(a STABLE function in a condition no index takes is run per row). As `(SELECT
qualifier_user_id())` it is an initPlan, run once per query, as the policies already have it
(0023_i17_policy_speed).

Revision ID: 0028_i17_rollup_changes
Revises: 0027_i15_handoff_state_row_lock
Create Date: 2026-12-29 09:00:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# ruff: noqa: S608 - SQL built from this migration's constants and the current schema name

revision: str = "0028_i17_rollup_changes"
down_revision: str | Sequence[str] | None = "0027_i15_handoff_state_row_lock"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = "day, status, country, region, campaign_id, last_caller_id"
READERS = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"
FOLD = "qualifier_fold_lead_status_days()"
OUTCOME = "qualifier_record_outcome"


def _pg_key(row: str) -> str:
    return (
        f"({row}.inquired_at AT TIME ZONE 'UTC')::date, {row}.status, "
        f"coalesce({row}.country, '~'), coalesce({row}.region, '~'), "
        f"coalesce({row}.campaign_id, 0), coalesce({row}.last_caller_id, 0)"
    )


def _pg_changes(added: bool, removed: bool) -> str:
    """+1 for each row's key after, -1 before: an update that changes no key adds nothing."""
    parts = []
    if added:
        parts.append(f"SELECT {_pg_key('a')}, 1 FROM added_rows a")
    if removed:
        parts.append(f"SELECT {_pg_key('r')}, -1 FROM removed_rows r")
    return " UNION ALL ".join(parts)


# As 0022_i15_lead_status_days wrote them ({table}: where the sums go).
UPSERT = f"""
    INSERT INTO lead_status_days AS s ({KEY}, leads)
    SELECT {KEY}, sum(n) FROM ({{changes}}) AS d ({KEY}, n)
    GROUP BY {KEY} HAVING sum(n) <> 0 ORDER BY {KEY}
    ON CONFLICT ({KEY}) DO UPDATE SET leads = s.leads + excluded.leads;
"""
APPEND = f"""
    INSERT INTO lead_status_day_changes ({KEY}, leads)
    SELECT {KEY}, sum(n) FROM ({{changes}}) AS d ({KEY}, n)
    GROUP BY {KEY} HAVING sum(n) <> 0;
"""
FOLD_BODY = f"""
    WITH taken AS (
      DELETE FROM lead_status_day_changes c
      WHERE c.id IN (SELECT id FROM lead_status_day_changes FOR UPDATE SKIP LOCKED)
      RETURNING {KEY}, leads
    )
    INSERT INTO lead_status_days AS s ({KEY}, leads)
    SELECT {KEY}, sum(leads) FROM taken
    GROUP BY {KEY} HAVING sum(leads) <> 0 ORDER BY {KEY}
    ON CONFLICT ({KEY}) DO UPDATE SET leads = s.leads + excluded.leads;
"""


def _status_day_functions(schema: str, body: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    functions = {
        "lead_status_days_added": _pg_changes(True, False),
        "lead_status_days_removed": _pg_changes(False, True),
        "lead_status_days_changed": _pg_changes(True, True),
    }
    return [
        f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$ BEGIN {body.format(changes=changes)} RETURN NULL; END $$"""
        for name, changes in functions.items()
    ]


# The last caller's statement trigger on call_attempts (0018_i15_report_leads), without and
# with the check that the value changes.
LAST_CALLER_ADDED = """UPDATE leads l SET last_caller_id = x.rep_id
    FROM (SELECT DISTINCT ON (lead_id) lead_id, rep_id, id FROM added_rows
          ORDER BY lead_id, id DESC) x
    WHERE l.id = x.lead_id{}
      AND NOT EXISTS (SELECT 1 FROM call_attempts c WHERE c.lead_id = x.lead_id AND c.id > x.id);"""
ONLY_A_CHANGE = " AND l.last_caller_id IS DISTINCT FROM x.rep_id"


def _last_caller_added(schema: str, check: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    return f"""CREATE OR REPLACE FUNCTION leads_last_caller_added() RETURNS trigger
        LANGUAGE plpgsql {definer}
        AS $$ BEGIN {LAST_CALLER_ADDED.format(check)} RETURN NULL; END $$"""


# The outcome's update of its lead, without and with the last caller.
OUTCOME_UPDATE = "recycle_on = p_recycle_on, {}version = target.version + 1"
ITS_CALLER = "last_caller_id = p_rep, "


def _outcome(forward: bool) -> None:
    bind = op.get_bind()
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{OUTCOME}'::regproc)").scalar_one()
    )
    old, new = OUTCOME_UPDATE.format(""), OUTCOME_UPDATE.format(ITS_CALLER)
    if not forward:
        old, new = new, old
    if definition.count(old) != 1:
        raise RuntimeError(f"{OUTCOME} is not as this migration expects")
    op.execute(definition.replace(old, new))


# The team-scope helper in which who is asking was compared row by row.
HELPERS = ("qualifier_led_team_ids",)
ASKER = re.compile(r"(?<!SELECT )qualifier_user_id\(\)")
ONCE = re.compile(r"\(SELECT qualifier_user_id\(\)\)")


def _helpers(forward: bool) -> None:
    bind = op.get_bind()
    for helper in HELPERS:
        definition = str(
            bind.exec_driver_sql(f"SELECT pg_get_functiondef('{helper}'::regproc)").scalar_one()
        )
        if forward:
            changed = ASKER.sub("(SELECT qualifier_user_id())", definition)
        else:
            changed = ONCE.sub("qualifier_user_id()", definition)
        if changed == definition:
            raise RuntimeError(f"{helper} is not as this migration expects")
        op.execute(changed)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "lead_status_day_changes",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=10), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("last_caller_id", sa.Integer(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_status_day_changes")),
    )
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    for statement in _status_day_functions(schema, APPEND):
        op.execute(statement)
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    op.execute(
        f"""CREATE FUNCTION {FOLD} RETURNS void LANGUAGE sql VOLATILE {definer}
            AS $$ {FOLD_BODY} $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FOLD} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FOLD} TO {READERS}")
    # Written only by the triggers and the fold (as the owner); read by those who see reports.
    op.execute(f"GRANT SELECT ON lead_status_day_changes TO {READERS}")
    op.execute(_last_caller_added(schema, ONLY_A_CHANGE))
    _outcome(forward=True)
    _helpers(forward=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
        _helpers(forward=False)
        _outcome(forward=False)
        op.execute(_last_caller_added(schema, ""))
        # The changes not folded yet are carried into the rollup before their table goes.
        op.execute(f"SELECT {FOLD}")
        op.execute(f"DROP FUNCTION {FOLD}")
        for statement in _status_day_functions(schema, UPSERT):
            op.execute(statement)
    op.drop_table("lead_status_day_changes")
