"""activity follows its lead: the rollup keyed by the lead's campaign and country as they are

`activity_by_day` summed calls per day, rep and the campaign the lead had when the call was
logged, and no country. The reports credit a lead's handoffs to the campaign it has now, and
the drill-downs list calls by the lead's campaign and country now, so a lead that got its
campaign later (a duplicate fills a missing one) was qualified for "(no campaign)" and handed
off for its campaign, and a country filter could not reach the calls at all.

Now the rollup is keyed by (day, rep, campaign, country) of the lead as it is: the triggers on
`call_attempts` read the lead's country too, and a trigger on `leads` moves a lead's calls
when its campaign or country changes (rare: a merge or an edit, one lead's calls). The
rollup is rebuilt from the calls once, so figures logged before this migration agree too.
A missing campaign is 0, a missing country '~' (as in `lead_status_days`).

Revision ID: 0041_activity_follows_its_lead
Revises: 0040_zero_padded_years
Create Date: 2027-01-11 09:00:00
"""

# ruff: noqa: S608 - statements built from the constants below only

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0041_activity_follows_its_lead"
down_revision: str | Sequence[str] | None = "0040_zero_padded_years"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to qualifier_app.domain.activity (a migration never imports today's app code).
NO_CONTACT = "('no_answer', 'busy', 'voicemail', 'voicemail_left', 'wrong_number', 'bad_number')"
SALES_READY = "'sales_ready'"
FIGURES = "attempts, contacts, sales_ready, seconds"

# --- PostgreSQL ---------------------------------------------------------------------------
PG_DAY = "(r.started_at AT TIME ZONE 'UTC')::date"
PG_SECONDS = "round(extract(epoch FROM r.ended_at - r.started_at))"


def _pg_sums(sign: str) -> str:
    return (
        f"{sign} count(*), {sign} count(*) FILTER (WHERE r.disposition NOT IN {NO_CONTACT}), "
        f"{sign} count(*) FILTER (WHERE r.outcome = {SALES_READY}), "
        f"{sign} coalesce(sum({PG_SECONDS}), 0)::bigint"
    )


def _pg_upsert(select: str, keys: str) -> str:
    return f"""
    INSERT INTO activity_by_day AS a (day, rep_id, {keys}, {FIGURES})
    {select}
    ON CONFLICT (day, rep_id, {keys}) DO UPDATE SET
        attempts = a.attempts + excluded.attempts,
        contacts = a.contacts + excluded.contacts,
        sales_ready = a.sales_ready + excluded.sales_ready,
        seconds = a.seconds + excluded.seconds;"""


def _pg_rows(rows: str, sign: str, *, country: bool) -> str:
    """The upsert of the attempts in transition table `rows`, as the rollup triggers do it."""
    lead_keys = "coalesce(l.campaign_id, 0)" + (", coalesce(l.country, '~')" if country else "")
    select = (
        f"SELECT {PG_DAY}, r.rep_id, {lead_keys}, {_pg_sums(sign)} "
        f"FROM {rows} r LEFT JOIN leads l ON l.id = r.lead_id "
        f"GROUP BY {'1, 2, 3, 4' if country else '1, 2, 3'}"
    )
    return _pg_upsert(select, "campaign_id, country" if country else "campaign_id")


def _pg_rollup_functions(schema: str, *, country: bool) -> list[str]:
    def function(name: str, body: str) -> str:
        return (
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
            f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp "
            f"AS $$ BEGIN {body} RETURN NULL; END $$"
        )

    added = _pg_rows("added_rows", "", country=country)
    removed = _pg_rows("removed_rows", "-", country=country)
    return [
        function("activity_by_day_added", added),
        function("activity_by_day_removed", removed),
        function("activity_by_day_changed", removed + added),
    ]


def _pg_lead_moves(lead: str, sign: str) -> str:
    select = (
        f"SELECT {PG_DAY}, r.rep_id, coalesce({lead}.campaign_id, 0), "
        f"coalesce({lead}.country, '~'), {_pg_sums(sign)} "
        f"FROM call_attempts r WHERE r.lead_id = {lead}.id GROUP BY 1, 2"
    )
    return _pg_upsert(select, "campaign_id, country")


def _pg_follow(schema: str) -> list[str]:
    return [
        "CREATE FUNCTION activity_by_day_follows_lead() RETURNS trigger LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$ BEGIN "
        f"{_pg_lead_moves('OLD', '-')} {_pg_lead_moves('NEW', '')} RETURN NULL; END $$",
        # Row by row, and only when a key changes: the WHEN is checked without calling the
        # function, so the many other updates of a lead (claims, leases) cost nothing here.
        """CREATE TRIGGER leads_activity_follows AFTER UPDATE OF campaign_id, country ON leads
           FOR EACH ROW WHEN (OLD.campaign_id IS DISTINCT FROM NEW.campaign_id
                              OR OLD.country IS DISTINCT FROM NEW.country)
           EXECUTE FUNCTION activity_by_day_follows_lead()""",
    ]


PG_UNFOLLOW = [
    "DROP TRIGGER leads_activity_follows ON leads",
    "DROP FUNCTION activity_by_day_follows_lead()",
]

# --- SQLite (timestamps are naive UTC text, so the day is its prefix) ----------------------
SQLITE_SECONDS = "CAST(round((julianday(r.ended_at) - julianday(r.started_at)) * 86400) AS INTEGER)"


def _sqlite_upsert(select: str, keys: str) -> str:
    return f"""
    INSERT INTO activity_by_day (day, rep_id, {keys}, {FIGURES})
    {select}
    ON CONFLICT (day, rep_id, {keys}) DO UPDATE SET
        attempts = attempts + excluded.attempts,
        contacts = contacts + excluded.contacts,
        sales_ready = sales_ready + excluded.sales_ready,
        seconds = seconds + excluded.seconds;"""


def _sqlite_sums(sign: str) -> str:
    return (
        f"{sign}count(*), {sign}coalesce(sum(r.disposition NOT IN {NO_CONTACT}), 0), "
        f"{sign}coalesce(sum(r.outcome = {SALES_READY}), 0), "
        f"{sign}coalesce(sum({SQLITE_SECONDS}), 0)"
    )


def _sqlite_row(row: str, sign: str, *, country: bool) -> str:
    """The upsert of one attempt (`NEW` or `OLD`), as the rollup triggers do it."""
    lead_keys = f"coalesce((SELECT campaign_id FROM leads WHERE id = {row}.lead_id), 0)"
    if country:
        lead_keys += f", coalesce((SELECT country FROM leads WHERE id = {row}.lead_id), '~')"
    seconds = SQLITE_SECONDS.replace("r.", f"{row}.")
    values = (
        f"VALUES (substr({row}.started_at, 1, 10), {row}.rep_id, {lead_keys}, {sign}1, "
        f"{sign}({row}.disposition NOT IN {NO_CONTACT}), {sign}({row}.outcome = {SALES_READY}), "
        f"{sign}{seconds})"
    )
    return _sqlite_upsert(values, "campaign_id, country" if country else "campaign_id")


def _sqlite_rollup(*, country: bool) -> list[str]:
    def trigger(event: str, body: str) -> str:
        return (
            f"CREATE TRIGGER call_attempts_rollup_{event.lower()} AFTER {event} ON call_attempts "
            f"BEGIN {body} END"
        )

    added = _sqlite_row("NEW", "", country=country)
    removed = _sqlite_row("OLD", "-", country=country)
    return [
        trigger("INSERT", added),
        trigger("DELETE", removed),
        trigger("UPDATE", removed + added),
    ]


SQLITE_UNROLL = [
    "DROP TRIGGER call_attempts_rollup_update",
    "DROP TRIGGER call_attempts_rollup_delete",
    "DROP TRIGGER call_attempts_rollup_insert",
]


def _sqlite_lead_moves(lead: str, sign: str) -> str:
    select = (
        f"SELECT substr(r.started_at, 1, 10), r.rep_id, coalesce({lead}.campaign_id, 0), "
        f"coalesce({lead}.country, '~'), {_sqlite_sums(sign)} "
        f"FROM call_attempts r WHERE r.lead_id = {lead}.id GROUP BY 1, 2"
    )
    return _sqlite_upsert(select, "campaign_id, country")


SQLITE_FOLLOW = f"""CREATE TRIGGER leads_activity_follows AFTER UPDATE OF campaign_id, country
    ON leads WHEN coalesce(OLD.campaign_id, 0) IS NOT coalesce(NEW.campaign_id, 0)
              OR coalesce(OLD.country, '~') IS NOT coalesce(NEW.country, '~')
    BEGIN {_sqlite_lead_moves("OLD", "-")} {_sqlite_lead_moves("NEW", "")} END"""


def _rebuild(*, country: bool, postgresql: bool) -> None:
    """Every call summed again, by its lead's keys as they are now."""
    day = PG_DAY if postgresql else "substr(r.started_at, 1, 10)"
    sums = _pg_sums("") if postgresql else _sqlite_sums("")
    keys = "campaign_id, country" if country else "campaign_id"
    lead_keys = "coalesce(l.campaign_id, 0)" + (", coalesce(l.country, '~')" if country else "")
    op.execute("DELETE FROM activity_by_day")
    op.execute(
        f"INSERT INTO activity_by_day (day, rep_id, {keys}, {FIGURES}) "
        f"SELECT {day}, r.rep_id, {lead_keys}, {sums} "
        f"FROM call_attempts r LEFT JOIN leads l ON l.id = r.lead_id "
        f"GROUP BY {'1, 2, 3, 4' if country else '1, 2, 3'}"
    )


def _create_table(*, country: bool) -> None:
    op.create_table(
        "activity_by_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        *([sa.Column("country", sa.String(2), nullable=False)] if country else []),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.Column("sales_ready", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["users.id"], name=op.f("fk_activity_by_day_rep_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "day",
            "rep_id",
            "campaign_id",
            *(["country"] if country else []),
            name=op.f("pk_activity_by_day"),
        ),
    )


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE activity_by_day ADD COLUMN country varchar(2) NOT NULL DEFAULT '~'")
        op.execute("ALTER TABLE activity_by_day ALTER COLUMN country DROP DEFAULT")
        op.execute("ALTER TABLE activity_by_day DROP CONSTRAINT pk_activity_by_day")
        op.execute(
            "ALTER TABLE activity_by_day ADD CONSTRAINT pk_activity_by_day "
            "PRIMARY KEY (day, rep_id, campaign_id, country)"
        )
        for statement in _pg_rollup_functions(_schema(), country=True) + _pg_follow(_schema()):
            op.execute(statement)
        _rebuild(country=True, postgresql=True)
    else:
        for statement in SQLITE_UNROLL:
            op.execute(statement)
        op.drop_table("activity_by_day")
        _create_table(country=True)
        _rebuild(country=True, postgresql=False)
        for statement in [*_sqlite_rollup(country=True), SQLITE_FOLLOW]:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UNFOLLOW:
            op.execute(statement)
        op.execute("DELETE FROM activity_by_day")
        op.execute("ALTER TABLE activity_by_day DROP CONSTRAINT pk_activity_by_day")
        op.execute("ALTER TABLE activity_by_day DROP COLUMN country")
        op.execute(
            "ALTER TABLE activity_by_day ADD CONSTRAINT pk_activity_by_day "
            "PRIMARY KEY (day, rep_id, campaign_id)"
        )
        for statement in _pg_rollup_functions(_schema(), country=False):
            op.execute(statement)
        _rebuild(country=False, postgresql=True)
    else:
        op.execute("DROP TRIGGER leads_activity_follows")
        for statement in SQLITE_UNROLL:
            op.execute(statement)
        op.drop_table("activity_by_day")
        _create_table(country=False)
        _rebuild(country=False, postgresql=False)
        for statement in _sqlite_rollup(country=False):
            op.execute(statement)
