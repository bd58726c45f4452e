"""the claim passes over the leads waiting for a later call without reading them

Most calls end unanswered, and an unanswered lead goes back to the queue with its next try
hours away, keeping its score. The best-scored leads are the ones called first, so through
the day the head of `ix_leads_claim_free` fills with leads that are not due yet, and the
claim read each of them from the table only to find it not due: one claimer's claim read
140 buffer pages a call after 440 claims, 500 after 1,500.

`ix_leads_claim_free` now also keys each lead by when it may be called next
(`coalesce(next_call_at, '-infinity')`: a fresh lead may be called at once), and the claim's
free pick states that condition in the same words, so PostgreSQL checks it on the index
entry and reads from the table only leads that are due. The walk still steps over the
entries of leads not due yet, but an index entry costs a fraction of a table row.

Revision ID: 0031_i17_claim_due_leads
Revises: 0030_i17_scope_helpers_plpgsql
Create Date: 2027-01-01 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0031_i17_claim_due_leads"
down_revision: str | Sequence[str] | None = "0030_i17_scope_helpers_plpgsql"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAIM = "qualifier_claim_next"
FREE_PICK = "free_pick AS MATERIALIZED ("
EXPIRED_PICK = "expired_pick AS MATERIALIZED ("
DUE = "(l.next_call_at IS NULL OR l.next_call_at <= v_now)"
DUE_BY_INDEX = "coalesce(l.next_call_at, '-infinity'::timestamptz) <= v_now"
FREE = "WHERE status = 'queued' AND lease_owner_id IS NULL"


def _swap_in_free_pick(old: str, new: str) -> None:
    bind = op.get_bind()
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{CLAIM}'::regproc)").scalar_one()
    )
    start = definition.index(FREE_PICK)
    end = definition.index(EXPIRED_PICK, start)
    pick = definition[start:end]
    if pick.count(old) != 1:
        raise RuntimeError(f"{CLAIM} is not as this migration expects")
    op.execute(definition[:start] + pick.replace(old, new) + definition[end:])


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_leads_claim_free")
    op.execute(
        "CREATE INDEX ix_leads_claim_free ON leads "
        "(score DESC, created_at, id, (coalesce(next_call_at, '-infinity'::timestamptz))) "
        f"{FREE}"
    )
    _swap_in_free_pick(DUE, DUE_BY_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _swap_in_free_pick(DUE_BY_INDEX, DUE)
    op.execute("DROP INDEX ix_leads_claim_free")
    op.execute(f"CREATE INDEX ix_leads_claim_free ON leads (score DESC, created_at, id) {FREE}")
