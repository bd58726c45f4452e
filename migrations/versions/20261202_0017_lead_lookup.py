"""lead lookup: indexes for finding a lead by e-mail, name or company prefix; inbound attempts

Revision ID: 0017_lead_lookup
Revises: 0016_person_keys
Create Date: 2026-12-02 12:00:00

On PostgreSQL the prefix indexes are on lower(column) with the text_pattern_ops operator
class, so that `lower(column) LIKE 'abc%'` uses them whatever the database's collation. On
SQLite they are on the column in NOCASE collation, and the lookup asks for a range
(`column >= 'abc' COLLATE NOCASE AND column < 'abc\\U0010ffff' COLLATE NOCASE`); SQLite
cannot reflect an index on an expression, which alembic's comparison needs. Phone numbers
are found by the existing index on phone_e164.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_lead_lookup"
down_revision: str | Sequence[str] | None = "0018_publications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The lookup's prefix indexes (0036_i17_one_email_index drops the e-mail's).
PREFIX_INDEXES = {
    "ix_leads_last_name_prefix": "last_name",
    "ix_leads_first_name_prefix": "first_name",
    "ix_leads_company_prefix": "company",
    "ix_leads_email_prefix": "email_normalized",
}


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, column in PREFIX_INDEXES.items():
        key = f"lower({column}) text_pattern_ops" if postgres else f"{column} COLLATE NOCASE"
        op.execute(f"CREATE INDEX {name} ON leads ({key})")
    op.add_column(
        "call_attempts",
        sa.Column("direction", sa.String(length=10), server_default="outbound", nullable=False),
    )


def downgrade() -> None:
    # A plain ALTER (SQLite 3.35+): batch mode would rebuild call_attempts without the
    # rollup triggers of migration 0006.
    op.execute("ALTER TABLE call_attempts DROP COLUMN direction")
    for name in PREFIX_INDEXES:
        op.execute(f"DROP INDEX {name}")
