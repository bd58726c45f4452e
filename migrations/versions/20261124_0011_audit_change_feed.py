"""change feed: every audited change notifies listening workstations

Every state change writes an audit row in its transaction, so a NOTIFY on audit_log
inserts tells the admin areas (campaigns, do-not-call list, audit viewer) about changes the
triggers of 0006 do not see. One notification per statement; PostgreSQL folds identical
notifications of one transaction into one. SQLite needs nothing: its feed sees every commit.

Revision ID: 0011
Revises: 0006
Create Date: 2026-11-24 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # qualifier_notify_change() comes from 0006.
        op.execute(
            """CREATE TRIGGER audit_log_notify_change AFTER INSERT ON audit_log
               FOR EACH STATEMENT EXECUTE FUNCTION qualifier_notify_change()"""
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_notify_change ON audit_log")
