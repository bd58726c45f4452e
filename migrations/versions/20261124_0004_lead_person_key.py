"""lead person key for duplicate matching

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-24 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("person_key", sa.String(length=120), server_default="", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_leads_person_key"), ["person_key"], unique=False)


def downgrade() -> None:
    # SQLite drops the column in place: copying the leads table would lose its partial and
    # expression indexes, which reflection cannot carry over.
    with op.batch_alter_table("leads", schema=None, recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_leads_person_key"))
        batch_op.drop_column("person_key")
