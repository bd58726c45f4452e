"""center days: the activity rollup counts the center's own days, not UTC days

`activity_by_day` summed a call on the UTC date it started, while the Period of a report, the
team board and the rep's figures count the center's day: a call at 23:24 in New York counted
on the next day in every per-rep and per-campaign report. Now the rollup's day is the date of
the call in the center's time zone.

SQLite knows no time zone rules, so the zone's offsets from UTC are kept in a table,
`center_utc_offsets` (from which moment on, how many minutes), written from Python's zoneinfo
whenever the center's zone is set; the triggers of both databases look the call's offset up
there, so the day a call counts on is the one the application computes for a report's Period.
Changing the center's zone (or making the center row) rebuilds the rollup in the same
transaction, by a trigger on `center`: the offsets are written first, then the zone.

Revision ID: 0044_center_days
Revises: 0043_profiles_where_leads_are
Create Date: 2027-01-12 09:00:00
"""

# ruff: noqa: S608 - statements built from the constants below only

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0044_center_days"
down_revision: str | Sequence[str] | None = "0043_profiles_where_leads_are"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to qualifier_app.domain.activity (a migration never imports today's app code).
NO_CONTACT = "('no_answer', 'busy', 'voicemail', 'voicemail_left', 'wrong_number', 'bad_number')"
SALES_READY = "'sales_ready'"
FIGURES = "attempts, contacts, sales_ready, seconds"
KEYS = "day, rep_id, campaign_id, country"
GROUPS = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")


# --- the offsets (as qualifier_app.domain.center_days.utc_offsets computes them) -----------
FIRST, LAST = datetime(1970, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


def _minutes(zone: ZoneInfo, at: datetime) -> int:
    offset = at.astimezone(zone).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def _offsets(name: str) -> Iterator[tuple[datetime, int]]:
    zone = ZoneInfo(name)
    at, minutes = FIRST, _minutes(zone, FIRST)
    yield at, minutes
    while at < LAST:
        step = at + timedelta(days=1)
        if _minutes(zone, step) != minutes:
            low, high = at, step  # the change lies after low, at or before high
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (low, middle) if _minutes(zone, middle) != minutes else (middle, high)
            minutes = _minutes(zone, high)
            yield high, minutes
        at = step


# --- the day of a call ---------------------------------------------------------------------
def _pg_day(at: str) -> str:
    offset = (
        "coalesce((SELECT o.minutes FROM center_utc_offsets o "
        f"WHERE o.starts_at <= {at} ORDER BY o.starts_at DESC LIMIT 1), 0)"
    )
    return f"(({at} + make_interval(mins => {offset})) AT TIME ZONE 'UTC')::date"


def _sqlite_day(at: str) -> str:
    offset = (
        "coalesce((SELECT o.minutes FROM center_utc_offsets o "
        f"WHERE o.starts_at <= {at} ORDER BY o.starts_at DESC LIMIT 1), 0)"
    )
    return f"date({at}, {offset} || ' minutes')"


# --- PostgreSQL ---------------------------------------------------------------------------
PG_SECONDS = "round(extract(epoch FROM r.ended_at - r.started_at))"


def _pg_sums(sign: str) -> str:
    return (
        f"{sign} count(*), {sign} count(*) FILTER (WHERE r.disposition NOT IN {NO_CONTACT}), "
        f"{sign} count(*) FILTER (WHERE r.outcome = {SALES_READY}), "
        f"{sign} coalesce(sum({PG_SECONDS}), 0)::bigint"
    )


def _pg_upsert(select: str) -> str:
    return f"""
    INSERT INTO activity_by_day AS a ({KEYS}, {FIGURES})
    {select}
    ON CONFLICT ({KEYS}) DO UPDATE SET
        attempts = a.attempts + excluded.attempts,
        contacts = a.contacts + excluded.contacts,
        sales_ready = a.sales_ready + excluded.sales_ready,
        seconds = a.seconds + excluded.seconds;"""


def _pg_rows(rows: str, sign: str, day: str) -> str:
    return _pg_upsert(
        f"SELECT {day}, r.rep_id, coalesce(l.campaign_id, 0), coalesce(l.country, '~'), "
        f"{_pg_sums(sign)} FROM {rows} r LEFT JOIN leads l ON l.id = r.lead_id "
        "GROUP BY 1, 2, 3, 4"
    )


def _pg_lead_moves(lead: str, sign: str, day: str) -> str:
    return _pg_upsert(
        f"SELECT {day}, r.rep_id, coalesce({lead}.campaign_id, 0), "
        f"coalesce({lead}.country, '~'), {_pg_sums(sign)} "
        f"FROM call_attempts r WHERE r.lead_id = {lead}.id GROUP BY 1, 2"
    )


def _pg_rebuild(day: str) -> list[str]:
    return [
        "DELETE FROM activity_by_day;",
        f"INSERT INTO activity_by_day ({KEYS}, {FIGURES}) "
        f"SELECT {day}, r.rep_id, coalesce(l.campaign_id, 0), coalesce(l.country, '~'), "
        f"{_pg_sums('')} FROM call_attempts r LEFT JOIN leads l ON l.id = r.lead_id "
        "GROUP BY 1, 2, 3, 4;",
    ]


def _pg_functions(schema: str, day: str) -> list[str]:
    def function(name: str, body: str) -> str:
        return (
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
            f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp "
            f"AS $$ BEGIN {body} RETURN NULL; END $$"
        )

    added = _pg_rows("added_rows", "", day)
    removed = _pg_rows("removed_rows", "-", day)
    return [
        function("activity_by_day_added", added),
        function("activity_by_day_removed", removed),
        function("activity_by_day_changed", removed + added),
        function(
            "activity_by_day_follows_lead",
            _pg_lead_moves("OLD", "-", day) + _pg_lead_moves("NEW", "", day),
        ),
    ]


def _pg_center(schema: str) -> list[str]:
    return [
        "CREATE FUNCTION activity_by_day_center_days() RETURNS trigger LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp "
        f"AS $$ BEGIN {' '.join(_pg_rebuild(_pg_day('r.started_at')))} RETURN NULL; END $$",
        """CREATE TRIGGER center_days_set AFTER INSERT ON center
           FOR EACH ROW EXECUTE FUNCTION activity_by_day_center_days()""",
        """CREATE TRIGGER center_days_changed AFTER UPDATE OF time_zone ON center
           FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
           EXECUTE FUNCTION activity_by_day_center_days()""",
    ]


PG_UNCENTER = [
    "DROP TRIGGER center_days_changed ON center",
    "DROP TRIGGER center_days_set ON center",
    "DROP FUNCTION activity_by_day_center_days()",
]

# --- SQLite (timestamps are naive UTC text) ------------------------------------------------
Day = Callable[[str], str]  # the day of the moment in a column, as SQL
SQLITE_SECONDS = "CAST(round((julianday(r.ended_at) - julianday(r.started_at)) * 86400) AS INTEGER)"


def _sqlite_upsert(select: str) -> str:
    return f"""
    INSERT INTO activity_by_day ({KEYS}, {FIGURES})
    {select}
    ON CONFLICT ({KEYS}) DO UPDATE SET
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


def _sqlite_row(row: str, sign: str, day: Day) -> str:
    lead = f"(SELECT {{}} FROM leads WHERE id = {row}.lead_id)"
    seconds = SQLITE_SECONDS.replace("r.", f"{row}.")
    return _sqlite_upsert(
        f"VALUES ({day(f'{row}.started_at')}, {row}.rep_id, "
        f"coalesce({lead.format('campaign_id')}, 0), coalesce({lead.format('country')}, '~'), "
        f"{sign}1, {sign}({row}.disposition NOT IN {NO_CONTACT}), "
        f"{sign}({row}.outcome = {SALES_READY}), {sign}{seconds})"
    )


def _sqlite_lead_moves(lead: str, sign: str, day: Day) -> str:
    return _sqlite_upsert(
        f"SELECT {day('r.started_at')}, r.rep_id, coalesce({lead}.campaign_id, 0), "
        f"coalesce({lead}.country, '~'), {_sqlite_sums(sign)} "
        f"FROM call_attempts r WHERE r.lead_id = {lead}.id GROUP BY 1, 2"
    )


def _sqlite_rebuild(day: Day) -> list[str]:
    return [
        "DELETE FROM activity_by_day;",
        f"INSERT INTO activity_by_day ({KEYS}, {FIGURES}) "
        f"SELECT {day('r.started_at')}, r.rep_id, coalesce(l.campaign_id, 0), coalesce(l.country, '~'), "
        f"{_sqlite_sums('')} FROM call_attempts r LEFT JOIN leads l ON l.id = r.lead_id "
        "GROUP BY 1, 2, 3, 4;",
    ]


def _sqlite_triggers(day: Day, *, center: bool) -> list[str]:
    def rollup(event: str, body: str) -> str:
        return (
            f"CREATE TRIGGER call_attempts_rollup_{event.lower()} AFTER {event} ON call_attempts "
            f"BEGIN {body} END"
        )

    statements = [
        rollup("INSERT", _sqlite_row("NEW", "", day)),
        rollup("DELETE", _sqlite_row("OLD", "-", day)),
        rollup("UPDATE", _sqlite_row("OLD", "-", day) + _sqlite_row("NEW", "", day)),
        f"""CREATE TRIGGER leads_activity_follows AFTER UPDATE OF campaign_id, country
            ON leads WHEN coalesce(OLD.campaign_id, 0) IS NOT coalesce(NEW.campaign_id, 0)
                      OR coalesce(OLD.country, '~') IS NOT coalesce(NEW.country, '~')
            BEGIN {_sqlite_lead_moves("OLD", "-", day)} {_sqlite_lead_moves("NEW", "", day)}
            END""",
    ]
    if center:
        statements += [
            f"CREATE TRIGGER center_days_set AFTER INSERT ON center "
            f"BEGIN {' '.join(_sqlite_rebuild(day))} END",
            "CREATE TRIGGER center_days_changed AFTER UPDATE OF time_zone ON center "
            "WHEN OLD.time_zone IS NOT NEW.time_zone "
            f"BEGIN {' '.join(_sqlite_rebuild(day))} END",
        ]
    return statements


SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS center_days_changed",
    "DROP TRIGGER IF EXISTS center_days_set",
    "DROP TRIGGER leads_activity_follows",
    "DROP TRIGGER call_attempts_rollup_update",
    "DROP TRIGGER call_attempts_rollup_delete",
    "DROP TRIGGER call_attempts_rollup_insert",
]


def _sqlite_utc_day(at: str) -> str:
    return f"substr({at}, 1, 10)"


PG_UTC_DAY = "(r.started_at AT TIME ZONE 'UTC')::date"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _roles_exist() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    found = bind.execute(
        sa.text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS)},
    ).scalar()
    return found == len(GROUPS)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    offsets = op.create_table(
        "center_utc_offsets",
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("starts_at", name=op.f("pk_center_utc_offsets")),
    )
    zone = op.get_bind().execute(sa.text("SELECT time_zone FROM center ORDER BY id LIMIT 1"))
    name = zone.scalar()
    if name:
        rows = [
            {"starts_at": at if postgresql else at.replace(tzinfo=None), "minutes": minutes}
            for at, minutes in _offsets(name)
        ]
        op.bulk_insert(offsets, rows)
    if _roles_exist():
        op.execute(f"GRANT SELECT ON center_utc_offsets TO {', '.join(GROUPS)}")
        op.execute("GRANT INSERT, UPDATE, DELETE ON center_utc_offsets TO qualifier_admin")
    if postgresql:
        day = _pg_day("r.started_at")
        for statement in _pg_functions(_schema(), day) + _pg_center(_schema()):
            op.execute(statement)
        for statement in _pg_rebuild(day):
            op.execute(statement)
    else:
        for statement in SQLITE_DROP:
            op.execute(statement)
        for statement in _sqlite_rebuild(_sqlite_day):
            op.execute(statement)
        for statement in _sqlite_triggers(_sqlite_day, center=True):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UNCENTER:
            op.execute(statement)
        for statement in _pg_functions(_schema(), PG_UTC_DAY):
            op.execute(statement)
        for statement in _pg_rebuild(PG_UTC_DAY):
            op.execute(statement)
    else:
        for statement in SQLITE_DROP:
            op.execute(statement)
        for statement in _sqlite_rebuild(_sqlite_utc_day):
            op.execute(statement)
        for statement in _sqlite_triggers(_sqlite_utc_day, center=False):
            op.execute(statement)
    op.drop_table("center_utc_offsets")
