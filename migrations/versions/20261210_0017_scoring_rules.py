"""scoring rules: versions of the rules kept in the database, edited at a workstation

Revision ID: 0017_scoring_rules
Revises: 0016_person_keys
Create Date: 2026-12-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0017_scoring_rules"
down_revision: str | Sequence[str] | None = "0016_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scoring_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "definition", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_scoring_rules_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_rules")),
        sa.UniqueConstraint("version", name=op.f("uq_scoring_rules_version")),
    )


def downgrade() -> None:
    op.drop_table("scoring_rules")
