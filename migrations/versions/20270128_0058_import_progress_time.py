"""an import batch keeps the time of its last progress; a dead import reads as interrupted

A workstation or server that died mid-import left its batch "running" forever, with the
counts of the chunks committed so far. Each chunk's commit and the finish now record the
database's time in `progressed_at`, so the import history tells a running import from one
that stopped moving (services/intake/history.py). Existing batches take their finish, or
their start, as their last progress. The partner and feedback imports said "done" where the
inquiry and firmographic imports say "finished": one word now.

An import stopped by its person (Ctrl-C) ends "interrupted", audited as
`inquiries.import_interrupted`: on PostgreSQL the supervisors' and administrators' audit rows
may say so (0056_audit_of_each_roles_work's lists of each role's actions).

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

FUNCTION = "qualifier_audit_of_ones_work"
# In the supervisors' and the administrators' lists, sorted as 0056 wrote them.
FAILED = "'inquiries.import_failed', "
FAILED_OR_INTERRUPTED = "'inquiries.import_failed', 'inquiries.import_interrupted', "


def _replace(old: str, new: str) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{FUNCTION}'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != 2:
        raise RuntimeError(f"{FUNCTION} is not as this migration expects")
    op.execute(definition.replace(old, new))


def upgrade() -> None:
    op.add_column(
        "import_batches", sa.Column("progressed_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.execute("UPDATE import_batches SET progressed_at = COALESCE(finished_at, started_at)")
    op.execute("UPDATE import_batches SET status = 'finished' WHERE status = 'done'")
    if op.get_bind().dialect.name == "postgresql":
        _replace(FAILED, FAILED_OR_INTERRUPTED)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(FAILED_OR_INTERRUPTED, FAILED)
    op.execute(
        "UPDATE import_batches SET status = 'done' "
        "WHERE status = 'finished' AND kind IN ('partners', 'partner_feedback')"
    )
    op.execute("UPDATE import_batches SET status = 'running' WHERE status = 'interrupted'")
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("progressed_at")
