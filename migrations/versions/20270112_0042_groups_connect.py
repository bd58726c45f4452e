"""PostgreSQL: the people's groups may connect to the center's database

The deployment recipe revokes CONNECT from PUBLIC and, after `db upgrade`, asked the database
administrator to grant it to the four groups by hand; a center that forgot the step had every
sign-in refused with "permission denied for database". The owner grants it now, as 0019 does
for the sign-in role.

Revision ID: 0042_groups_connect
Revises: 0041_activity_follows_its_lead
Create Date: 2027-01-12 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0042_groups_connect"
down_revision: str | Sequence[str] | None = "0041_activity_follows_its_lead"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {GROUPS}', "
            "current_database()); END $$"
        )


def downgrade() -> None:
    # Left granted: the schema before this one expected the administrator to have granted it.
    pass
