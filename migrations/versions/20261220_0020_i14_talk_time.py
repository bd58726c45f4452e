"""talk time on call attempts: seconds from dialling to hang-up, when the rep dialled

Null when the rep did not dial from the workspace (an inbound call, an attempt from before
dialling existed). Reps already insert and update call_attempts (0012_roles), so the new
column needs no grant of its own.

Revision ID: 0020_i14_talk_time
Revises: 0020_i16_consents
Create Date: 2026-12-20 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_i14_talk_time"
down_revision: str | Sequence[str] | None = "0020_i16_consents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("call_attempts", sa.Column("talk_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    # A plain ALTER (SQLite 3.35+): batch mode would rebuild call_attempts without the
    # rollup triggers of migration 0006.
    op.execute("ALTER TABLE call_attempts DROP COLUMN talk_seconds")
