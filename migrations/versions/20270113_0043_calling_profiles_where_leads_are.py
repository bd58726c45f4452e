"""calling profiles say where their leads are, and whose do-not-call registries apply

A profile's `place` was the one calling rule its leads followed, chosen from the address
when the lead was imported: a Florida number with a New York address, or with no address,
never met Florida's rules, and a rule added later never reached the leads already placed.
It now holds every place the leads are in, from the number (its area code) and the
address ("US-FL US-NY"); the queue reads each place's rule as it is when it claims. The
column grows to hold two places.

`number_country` is the country whose national registries apply to the profile's leads: the
number's (a +1 212 number is in the US whatever the address says), else the address's. The
claim blocks the leads of a country whose registry snapshot is stale by it; profiles made
before this migration have "" there, and their leads are still judged by their address's
country, as before.

Revision ID: 0043_profiles_where_leads_are
Revises: 0042_groups_connect
Create Date: 2027-01-12 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0043_profiles_where_leads_are"
down_revision: str | Sequence[str] | None = "0042_groups_connect"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_UNIQUE = "uq_calling_profiles_time_zones_window_start_window_end_place"
NEW_UNIQUE = "uq_calling_profiles_key"
# Kept equal to queue_sql.lawful() (a migration never imports today's app code).
BY_ADDRESS = "AND (l.country IS NULL OR NOT l.country = ANY (p_blocked_countries))"
BY_NUMBER = (
    "AND l.calling_profile_id NOT IN (SELECT cp.id FROM calling_profiles cp "
    "WHERE cp.number_country = ANY (p_blocked_countries)) "
    "AND (l.country IS NULL OR NOT l.country = ANY (p_blocked_countries) "
    "OR l.calling_profile_id NOT IN (SELECT cp.id FROM calling_profiles cp "
    "WHERE cp.number_country = ''))"
)
# Each of the claim's four picks, with and without the per-number caps (0034_i17_lighter_claim).
PICKS = 8


def _claim(old: str, new: str) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql("SELECT pg_get_functiondef('qualifier_claim_next'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != PICKS:
        raise RuntimeError("qualifier_claim_next is not as this migration expects")
    op.execute(definition.replace(old, new))


def upgrade() -> None:
    with op.batch_alter_table("calling_profiles", recreate="auto") as batch:
        batch.alter_column(
            "place",
            existing_type=sa.String(length=10),
            type_=sa.String(length=40),
            existing_nullable=False,
            existing_server_default="",
        )
        batch.add_column(
            sa.Column("number_country", sa.String(length=2), server_default="", nullable=False)
        )
        batch.drop_constraint(OLD_UNIQUE, type_="unique")
        batch.create_unique_constraint(
            NEW_UNIQUE, ["time_zones", "window_start", "window_end", "place", "number_country"]
        )
    if op.get_bind().dialect.name == "postgresql":
        _claim(BY_ADDRESS, BY_NUMBER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _claim(BY_NUMBER, BY_ADDRESS)
    # Profiles that differ only in what this migration added become one: their leads move to
    # the first of them before the others go.
    op.execute(
        "UPDATE leads SET calling_profile_id = (SELECT min(same.id) FROM calling_profiles same "
        "JOIN calling_profiles mine ON mine.id = leads.calling_profile_id "
        "WHERE same.time_zones = mine.time_zones AND same.window_start = mine.window_start "
        "AND same.window_end = mine.window_end "
        "AND substr(same.place, 1, 10) = substr(mine.place, 1, 10))"
    )
    op.execute(
        "DELETE FROM calling_profiles WHERE id NOT IN (SELECT min(id) FROM calling_profiles "
        "GROUP BY time_zones, window_start, window_end, substr(place, 1, 10))"
    )
    op.execute("UPDATE calling_profiles SET place = substr(place, 1, 10)")
    with op.batch_alter_table("calling_profiles", recreate="auto") as batch:
        batch.drop_constraint(NEW_UNIQUE, type_="unique")
        batch.create_unique_constraint(
            OLD_UNIQUE, ["time_zones", "window_start", "window_end", "place"]
        )
        batch.drop_column("number_country")
        batch.alter_column(
            "place",
            existing_type=sa.String(length=40),
            type_=sa.String(length=10),
            existing_nullable=False,
            existing_server_default="",
        )
