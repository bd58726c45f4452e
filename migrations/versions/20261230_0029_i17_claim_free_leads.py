"""the claim finds a free lead without walking past the leads others hold

The queue's part of `qualifier_claim_next` walked `ix_leads_claim_order` (every queued lead,
best score first) and filtered out the leads whose lease was still running. A lead being
called is still queued, and the best-scored leads are the ones being called: with 500
workstations at work, each claim read past about 500 held leads (some 800 buffer pages) before
it found a free one.

The queue's part now takes the best of two candidates, each from an index that holds only
what it is looking for:

- `ix_leads_claim_free`: queued leads nobody holds, in claim order (score, age, id). A claim
  moves its lead out of it, so the walk starts at a free lead; the entries of leads claimed
  a moment ago point at dead row versions, which the first scan marks and later ones skip.
- `ix_leads_lease_expiry`: queued leads with a lease, by the lease's end, so the leases that
  ran out (a workstation that died, a rep who walked away) are a short range, not a walk.

Each candidate is taken with FOR UPDATE SKIP LOCKED, and the better of the two in claim order
is claimed, as before: the same lead as the single walk would have found. The other one stays
locked until the claim's statement ends, a moment, during which another claimer skips it.

Both indexes are PostgreSQL's only: SQLite has one writer at a time, and its claim keeps
walking the claim order.

Revision ID: 0029_i17_claim_free_leads
Revises: 0028_i17_rollup_changes
Create Date: 2026-12-30 09:00:00
"""

from collections.abc import Sequence

from alembic import op

# ruff: noqa: S608 - SQL built from the function's own definition and this migration's text

revision: str = "0029_i17_claim_free_leads"
down_revision: str | Sequence[str] | None = "0028_i17_rollup_changes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAIM = "qualifier_claim_next"
QUEUE_PART = "-- The queue itself, walking the partial index ix_leads_claim_order."
LEASE_FREE = "AND (l.lease_owner_id IS NULL OR l.lease_expires_at <= v_now)"
ORDER = "ORDER BY l.score DESC, l.created_at, l.id\n                     LIMIT 1 FOR UPDATE SKIP LOCKED)"
PICKS_AT = "), claimed AS ("
FREE = "AND l.lease_owner_id IS NULL"
EXPIRED = "AND l.lease_owner_id IS NOT NULL AND l.lease_expires_at <= v_now"
NEW_QUEUE_PART = (
    "-- The queue itself: the better of the best free lead and the best lead whose lease "
    "ran out.\n"
    "                    (SELECT pick.id FROM (SELECT f.id, f.score, f.created_at FROM free_pick f\n"
    "                                          UNION ALL\n"
    "                                          SELECT e.id, e.score, e.created_at FROM expired_pick e)"
    " AS pick\n"
    "                     ORDER BY pick.score DESC, pick.created_at, pick.id LIMIT 1)"
)


def _queue_part(definition: str) -> tuple[int, int, str]:
    """Where the queue part starts and ends in the definition, and its WHERE clause."""
    start = definition.index(QUEUE_PART)
    select_at = definition.index("(SELECT l.id FROM leads l", start)
    order_at = definition.index(ORDER, select_at)
    where = definition[select_at + len("(SELECT l.id FROM leads l") : order_at].strip()
    return start, order_at + len(ORDER), where


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE INDEX ix_leads_claim_free ON leads (score DESC, created_at, id) "
        "WHERE status = 'queued' AND lease_owner_id IS NULL"
    )
    op.execute(
        "CREATE INDEX ix_leads_lease_expiry ON leads (lease_expires_at) "
        "WHERE status = 'queued' AND lease_owner_id IS NOT NULL"
    )
    bind = op.get_bind()
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{CLAIM}'::regproc)").scalar_one()
    )
    if definition.count(QUEUE_PART) != 1 or definition.count(PICKS_AT) != 1:
        raise RuntimeError(f"{CLAIM} is not as this migration expects")
    start, end, where = _queue_part(definition)
    if where.count(LEASE_FREE) != 1:
        raise RuntimeError(f"{CLAIM} is not as this migration expects")
    # Each WHERE states its partial index's predicate in literals: the generic plan takes it.
    free = where.replace(LEASE_FREE, FREE)
    expired = where.replace(LEASE_FREE, EXPIRED)
    order = "ORDER BY l.score DESC, l.created_at, l.id LIMIT 1 FOR UPDATE SKIP LOCKED"
    picks = (
        f"), free_pick AS MATERIALIZED (\n"
        f"                -- Walks ix_leads_claim_free: queued leads nobody holds.\n"
        f"                SELECT l.id, l.score, l.created_at FROM leads l\n"
        f"                {free}\n"
        f"                {order}\n"
        f"              ), expired_pick AS MATERIALIZED (\n"
        f"                -- Reads ix_leads_lease_expiry: held leads whose lease ran out.\n"
        f"                SELECT l.id, l.score, l.created_at FROM leads l\n"
        f"                {expired}\n"
        f"                {order}\n"
        f"              ), claimed AS ("
    )
    definition = definition[:start] + NEW_QUEUE_PART + definition[end:]
    definition = definition.replace(PICKS_AT, picks)
    op.execute(definition)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{CLAIM}'::regproc)").scalar_one()
    )
    picks_start = definition.index("), free_pick AS MATERIALIZED (")
    picks_end = definition.index(PICKS_AT, picks_start)
    free_start = definition.index("FROM leads l\n", picks_start) + len("FROM leads l\n")
    free_end = definition.index("ORDER BY l.score DESC", free_start)
    where = definition[free_start:free_end].strip().replace(FREE, LEASE_FREE)
    definition = definition[:picks_start] + definition[picks_end:]
    queue_start = definition.index(NEW_QUEUE_PART)
    old = (
        f"{QUEUE_PART}\n                    (SELECT l.id FROM leads l\n"
        f"                     {where}\n                     {ORDER}"
    )
    definition = definition[:queue_start] + old + definition[queue_start + len(NEW_QUEUE_PART) :]
    op.execute(definition)
    op.execute("DROP INDEX ix_leads_lease_expiry")
    op.execute("DROP INDEX ix_leads_claim_free")
