"""weekly publication: one row per week and recipient, sent at most once

On PostgreSQL the group roles (migration 0012_roles) get the same rights on the new table as
on the others: everyone reads it, team leads, supervisors and administrators write it.

Revision ID: 0018_publications
Revises: 0012_roles
Create Date: 2026-12-15 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_publications"
down_revision: str | Sequence[str] | None = "0018_agent_states"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
WRITERS = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"


def _roles_exist() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    found = bind.execute(
        sa.text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS)},
    ).scalar()
    return found == len(GROUPS)


def upgrade() -> None:
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("recipient_kind", sa.String(length=20), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=1000), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint(
            "week",
            "recipient_kind",
            "recipient_id",
            name=op.f("uq_publications_week_recipient_kind_recipient_id"),
        ),
    )
    if _roles_exist():
        op.execute(f"GRANT SELECT ON publications TO {', '.join(GROUPS)}")
        op.execute(f"GRANT INSERT, UPDATE ON publications TO {WRITERS}")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE publications_id_seq TO {WRITERS}")


def downgrade() -> None:
    op.drop_table("publications")
