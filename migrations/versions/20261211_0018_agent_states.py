"""agent states: what each rep is doing (Ready, after-call work, a break…) since when, and why

One row per period in a state; the open one (ended_at null) is the rep's state now. On
PostgreSQL every group reads the table and writes its own rows (the service writes only the
signed-in person's or, for a team lead, their team's).

Revision ID: 0018_agent_states
Revises: 0012_roles
Create Date: 2026-12-11 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_agent_states"
down_revision: str | Sequence[str] | None = "0012_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"


def upgrade() -> None:
    op.create_table(
        "agent_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_agent_states_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_states")),
    )
    op.create_index(
        "ix_agent_states_user_id_ended_at", "agent_states", ["user_id", "ended_at"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT, INSERT, UPDATE ON agent_states TO {GROUPS}")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE agent_states_id_seq TO {GROUPS}")


def downgrade() -> None:
    op.drop_index("ix_agent_states_user_id_ended_at", table_name="agent_states")
    op.drop_table("agent_states")
