"""the center's currency: the one every amount is counted in

Every amount was in US dollars, with no way for a center in Lisbon or Zurich to say otherwise:
a campaign's cost showed "12,500.00 USD" whatever it was paid in. The center now keeps its
currency (ISO 4217), set at setup or later by an administrator; a center set up before keeps
US dollars, as it had.

Revision ID: 0069_a_center_s_currency
Revises: 0068_setup_changes_are_audited
Create Date: 2027-02-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0069_a_center_s_currency"
down_revision: str | Sequence[str] | None = "0068_setup_changes_are_audited"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "center", sa.Column("currency", sa.String(length=3), server_default="USD", nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("center") as batch:
        batch.drop_column("currency")
