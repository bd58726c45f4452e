"""retry settings: the attempt cap and retry delays shared by every workstation

One row (none until an administrator saves them: each machine's settings file decides until
then). On PostgreSQL every group reads it (the outcome of a call looks up the delays);
only administrators change it.

Revision ID: 0020_i11_retry_settings
Revises: 0018_i15_report_leads
Create Date: 2026-12-16 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0020_i11_retry_settings"
down_revision: str | Sequence[str] | None = "0018_i15_report_leads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"


def upgrade() -> None:
    op.create_table(
        "retry_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column(
            "delays", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("nurture_recycle_days", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_retry_settings_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retry_settings")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT ON retry_settings TO {GROUPS}")
        op.execute("GRANT INSERT, UPDATE ON retry_settings TO qualifier_admin")
        op.execute("GRANT USAGE, SELECT ON SEQUENCE retry_settings_id_seq TO qualifier_admin")


def downgrade() -> None:
    op.drop_table("retry_settings")
