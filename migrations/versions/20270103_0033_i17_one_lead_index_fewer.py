"""every write of a lead updates one index fewer: `ix_leads_assigned_rep_id` goes

A claim, an outcome, a heartbeat and an imported row each write an entry into every index
of `leads` (a claim or an outcome changes keyed columns, so PostgreSQL cannot update in
place): at 500 workstations the lead's update was half of the pages a claim read.
`ix_leads_assigned_rep_id` held every lead, most of them under NULL, and what it answered
(the leads assigned to a rep, the rows a deleted user's key points at) `ix_leads_claim_assigned`
answers as well: it holds the assigned leads only, keyed by rep first. Both databases use a
partial index for `assigned_rep_id = ?` and `IN (...)`, which imply its condition.

Revision ID: 0033_i17_one_lead_index_fewer
Revises: 0032_i17_who_is_asking
Create Date: 2027-01-03 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0033_i17_one_lead_index_fewer"
down_revision: str | Sequence[str] | None = "0032_i17_who_is_asking"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_leads_assigned_rep_id", table_name="leads")


def downgrade() -> None:
    op.create_index("ix_leads_assigned_rep_id", "leads", ["assigned_rep_id"])
