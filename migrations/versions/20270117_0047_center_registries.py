"""The national do-not-call registries a center must honour

A registry counted only once a snapshot of it had been imported: a center that never
imported the US registry called US numbers as if it had a fresh one. The center now says
which registries it honours; one never imported blocks its countries' numbers, as a stale
snapshot does. Empty for existing centers (they decide with `qualifier center set
--registries`).

Revision ID: 0047_center_registries
Revises: 0046_people_keep_to_their_part
Create Date: 2027-01-17 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0047_center_registries"
down_revision: str | Sequence[str] | None = "0046_people_keep_to_their_part"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("center") as batch:
        batch.add_column(sa.Column("registries", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("center") as batch:
        batch.drop_column("registries")
