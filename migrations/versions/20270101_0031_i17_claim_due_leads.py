"""the claim passes over the leads and callbacks waiting for a later time without reading them

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

Callbacks that anyone in the queue may take were found by `ix_leads_queue_status`: every
callback of the rep's queues was read, however far ahead it was booked, and the due ones
sorted. `ix_leads_claim_callbacks` holds them by queue and time, and the pick asks for the
due ones only, so it reads and sorts those alone.

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
CALLBACK_PICK = "-- Callbacks and check calls anyone in the queue may take"
CALLBACK_ORDER = "ORDER BY l.next_call_at ASC NULLS FIRST"
DUE = "(l.next_call_at IS NULL OR l.next_call_at <= v_now)"
DUE_BY_INDEX = "coalesce(l.next_call_at, '-infinity'::timestamptz) <= v_now"
FREE = "WHERE status = 'queued' AND lease_owner_id IS NULL"


def _swap_in_picks(old: str, new: str) -> None:
    """`old` for `new` in the free pick and in the shared callbacks' pick."""
    bind = op.get_bind()
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{CLAIM}'::regproc)").scalar_one()
    )
    for first, last in ((FREE_PICK, EXPIRED_PICK), (CALLBACK_PICK, CALLBACK_ORDER)):
        start = definition.index(first)
        end = definition.index(last, start)
        pick = definition[start:end]
        if pick.count(old) != 1:
            raise RuntimeError(f"{CLAIM} is not as this migration expects")
        definition = definition[:start] + pick.replace(old, new) + definition[end:]
    op.execute(definition)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_leads_claim_free")
    op.execute(
        "CREATE INDEX ix_leads_claim_free ON leads "
        "(score DESC, created_at, id, (coalesce(next_call_at, '-infinity'::timestamptz))) "
        f"{FREE}"
    )
    op.execute(
        "CREATE INDEX ix_leads_claim_callbacks ON leads "
        "(queue_id, (coalesce(next_call_at, '-infinity'::timestamptz)), id) "
        "WHERE status IN ('callback', 'check_call') AND assigned_rep_id IS NULL"
    )
    _swap_in_picks(DUE, DUE_BY_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _swap_in_picks(DUE_BY_INDEX, DUE)
    op.execute("DROP INDEX ix_leads_claim_callbacks")
    op.execute("DROP INDEX ix_leads_claim_free")
    op.execute(f"CREATE INDEX ix_leads_claim_free ON leads (score DESC, created_at, id) {FREE}")
