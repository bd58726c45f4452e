"""person keys: audit rows seal a lead's personal values with a key that erasure deletes

Revision ID: 0016_person_keys
Revises: 0011a
Create Date: 2026-12-02 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_person_keys"
down_revision: str | Sequence[str] | None = "0011a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_keys")),
        sa.UniqueConstraint("lead_id", name=op.f("uq_person_keys_lead_id")),
    )


def downgrade() -> None:
    op.drop_table("person_keys")
