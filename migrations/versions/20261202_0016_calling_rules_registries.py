"""calling rules as data (windows, days, holidays, per-number caps) and national registries

Revision ID: 0016_rules
Revises: 0011a
Create Date: 2026-12-02 09:00:00

The rules are seeded from resources/calling_rules.json as it is when the migration runs.
"""

import json
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

from qualifier_app.paths import resources_dir

revision: str = "0016_rules"
down_revision: str | Sequence[str] | None = "0014_cli"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_UNIQUE = "uq_calling_profiles_time_zones_window_start_window_end"
NEW_UNIQUE = "uq_calling_profiles_time_zones_window_start_window_end_place"


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def upgrade() -> None:
    rules = op.create_table(
        "calling_rules",
        sa.Column("place", sa.String(length=10), nullable=False),
        sa.Column("window_start", sa.Integer(), nullable=False),
        sa.Column("window_end", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=7), nullable=False),
        sa.Column("calls_per_day", sa.Integer(), nullable=True),
        sa.Column("calls_per_week", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("place", name=op.f("pk_calling_rules")),
    )
    holidays = op.create_table(
        "calling_holidays",
        sa.Column("place", sa.String(length=10), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("place", "on", name=op.f("pk_calling_holidays")),
    )
    op.create_table(
        "dnc_registry_numbers",
        sa.Column("number", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("registry_name", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("number", "registry_name", name=op.f("pk_dnc_registry_numbers")),
    )
    with op.batch_alter_table("calling_profiles", recreate="auto") as batch:
        batch.add_column(
            sa.Column("place", sa.String(length=10), server_default="", nullable=False)
        )
        batch.drop_constraint(OLD_UNIQUE, type_="unique")
        batch.create_unique_constraint(
            NEW_UNIQUE, ["time_zones", "window_start", "window_end", "place"]
        )
    seed = json.loads((resources_dir() / "calling_rules.json").read_text(encoding="utf-8"))["rules"]
    op.bulk_insert(
        rules,
        [
            {
                "place": rule["place"],
                "window_start": _minutes(rule["window"].split("-")[0]),
                "window_end": _minutes(rule["window"].split("-")[1]),
                "weekdays": rule.get("weekdays", "1234567"),
                "calls_per_day": rule.get("calls_per_day"),
                "calls_per_week": rule.get("calls_per_week"),
                "source": rule["source"],
            }
            for rule in seed
        ],
    )
    op.bulk_insert(
        holidays,
        [
            {"place": rule["place"], "on": date.fromisoformat(day), "name": name}
            for rule in seed
            for day, name in rule.get("holidays", [])
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("calling_profiles", recreate="auto") as batch:
        batch.drop_constraint(NEW_UNIQUE, type_="unique")
        batch.create_unique_constraint(OLD_UNIQUE, ["time_zones", "window_start", "window_end"])
        batch.drop_column("place")
    op.drop_table("dnc_registry_numbers")
    op.drop_table("calling_holidays")
    op.drop_table("calling_rules")
