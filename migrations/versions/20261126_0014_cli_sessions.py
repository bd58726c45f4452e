"""command-line sign-in: short-lived session tokens kept (hashed) per user

Revision ID: 0014_cli
Revises: 0011a
Create Date: 2026-11-26 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_cli"
down_revision: str | Sequence[str] | None = "0016_person_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cli_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_cli_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cli_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_cli_sessions_token_hash")),
    )
    with op.batch_alter_table("cli_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cli_sessions_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cli_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cli_sessions_user_id"))
    op.drop_table("cli_sessions")
