"""lead handoff states: two writers of one lead's handoffs take turns on the lead's row, not
on an advisory lock

The trigger that keeps `lead_handoff_states` took `pg_advisory_xact_lock` for every lead
whose handoffs a transaction changed, held to its end. Advisory locks live in the server's
shared lock table (`max_locks_per_transaction` × `max_connections` entries: 6,400 on a stock
server), so a transaction that changed the handoffs of more leads than that (a large load, a
retention run, a sweep after a long outage) failed with "out of shared memory". The lead's
own row, locked `FOR NO KEY UPDATE`, serialises the same writers and is marked in the row
itself, however many leads a transaction touches; nothing is written to the lead (no new
version, no trigger, no change feed). A lead is never deleted while it has handoffs, so the
row is there to lock (and when the lead's deletion cascades, its own transaction holds it).

Revision ID: 0027_i15_handoff_state_row_lock
Revises: 0026_i17_definer
Create Date: 2026-12-28 09:00:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0027_i15_handoff_state_row_lock"
down_revision: str | Sequence[str] | None = "0026_i17_definer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ADVISORY = "PERFORM pg_advisory_xact_lock(hashtext('lead_handoff_states'), one_lead);"
ROW = "PERFORM 1 FROM leads WHERE id = one_lead FOR NO KEY UPDATE;"


def _swap(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite has one writer at a time and no such lock
    definition = bind.execute(
        text("SELECT pg_get_functiondef('lead_handoff_states_restate'::regproc)")
    ).scalar_one()
    if old not in definition:
        raise RuntimeError(f"lead_handoff_states_restate() no longer says {old!r}")
    # The definition as PostgreSQL keeps it; sent as it is (no bind parameters to parse).
    bind.exec_driver_sql(definition.replace(old, new))


def upgrade() -> None:
    _swap(ADVISORY, ROW)


def downgrade() -> None:
    _swap(ROW, ADVISORY)
