"""an import batch keeps the time of its last progress; a dead import reads as interrupted

A workstation or server that died mid-import left its batch "running" forever, with the
counts of the chunks committed so far. Each chunk's commit and the finish now record the
database's time in `progressed_at`, so the import history tells a running import from one
that stopped moving (services/intake/history.py). Existing batches take their finish, or
their start, as their last progress. The partner and feedback imports said "done" where the
inquiry and firmographic imports say "finished": one word now.

Revision ID: 0058_import_progress_time
Revises: 0057_a_take_is_of_a_free_lead
Create Date: 2027-01-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0058_import_progress_time"
down_revision: str | Sequence[str] | None = "0057_a_take_is_of_a_free_lead"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "import_batches", sa.Column("progressed_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.execute("UPDATE import_batches SET progressed_at = COALESCE(finished_at, started_at)")
    op.execute("UPDATE import_batches SET status = 'finished' WHERE status = 'done'")


def downgrade() -> None:
    op.execute(
        "UPDATE import_batches SET status = 'done' "
        "WHERE status = 'finished' AND kind IN ('partners', 'partner_feedback')"
    )
    op.execute("UPDATE import_batches SET status = 'running' WHERE status = 'interrupted'")
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("progressed_at")
