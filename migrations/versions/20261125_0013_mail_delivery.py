"""mail at most once: delivery back-off and flag on handoffs, a database lease for the sweep

Revision ID: 0013_mail
Revises: 0006
Create Date: 2026-11-25 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_mail"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("delivery_retry_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("delivery_flagged_at", sa.DateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "sweep_leases",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("holder", sa.String(length=80), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sweep_leases")),
    )


def downgrade() -> None:
    op.drop_table("sweep_leases")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_column("delivery_flagged_at")
        batch.drop_column("delivery_retry_at")
