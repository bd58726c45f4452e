"""first run and administration: the center, team and queue settings, password resets

Revision ID: 0011a
Revises: 0006
Create Date: 2026-11-25 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011a"
down_revision: str | Sequence[str] | None = "0013_mail"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "center",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.Integer(), nullable=False),
        sa.Column("window_end", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_center")),
    )
    with op.batch_alter_table("teams", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False)
        )
    with op.batch_alter_table("queues", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("segment", sa.String(length=20), server_default="any", nullable=False)
        )
        batch_op.add_column(
            sa.Column("priority", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
    with op.batch_alter_table("users", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password",
                sa.Boolean(),
                server_default=sa.text("false"),
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("must_change_password")
    with op.batch_alter_table("queues", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("priority")
        batch_op.drop_column("segment")
    with op.batch_alter_table("teams", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("active")
    op.drop_table("center")
