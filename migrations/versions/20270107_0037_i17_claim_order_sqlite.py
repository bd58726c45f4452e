"""on PostgreSQL, leads keep no index of all queued leads in claim order

`ix_leads_claim_order` (score DESC, created_at, id, of every queued lead) is what SQLite's
claim walks. PostgreSQL's claim (`qualifier_claim_next`) walks `ix_leads_claim_free` (the
queued leads nobody holds) and `ix_leads_lease_expiry` instead, and so now does its fallback
statement; nothing else reads the index there (`not_worked()`'s rescore is served by
`ix_leads_claim_free`). A claim leaves its lead queued, so every claim wrote an entry into
it, and every claim and outcome opened and locked it.

Revision ID: 0037_i17_claim_order_sqlite
Revises: 0036_i17_one_email_index
Create Date: 2027-01-07 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0037_i17_claim_order_sqlite"
down_revision: str | Sequence[str] | None = "0036_i17_one_email_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_leads_claim_order")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_leads_claim_order ON leads (score DESC, created_at, id) "
            "WHERE status = 'queued'"
        )
