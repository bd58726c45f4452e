"""a running import holds its batch on a lease; a batch whose lease ran out is interrupted

An import whose connection was lost while the server was down could not record its end: its
batch stayed "running" until it had not moved for ten minutes, and a live import whose chunk
waited longer than that (a lock, a slow server) read as interrupted while it still ran. The
import now holds its batch until `lease_until`, by the database's clock, and renews it from a
thread of its own while it runs and with every chunk it commits; a "running" batch whose
lease ran out is an import that is gone (services/intake/history.py). Batches written before
have no lease: their last progress stands for it.

The supervisors' and administrators' logins update import_batches already (their own imports'
progress and end): the new column needs no grant of its own.

Revision ID: 0073_import_batch_lease
Revises: 0072_sign_in_reads_the_version
Create Date: 2027-02-12 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0073_import_batch_lease"
down_revision: str | Sequence[str] | None = "0072_sign_in_reads_the_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "import_batches", sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("lease_until")
