"""board's day per rep: call attempts indexed by rep and end time

The team board sums each of its reps' attempts since the center's midnight. With an index on
`ended_at` alone, every refresh of every board read all of the center's attempts of the day
(at 500 reps, tens of thousands of rows by the afternoon) to keep its own twenty reps'; with
(rep_id, ended_at) a refresh reads only its reps' rows of the day. The index replaces the one
on `rep_id` alone, which it serves as well (its first column).

Revision ID: 0026_i17_board_today
Revises: 0025_i15_lead_handoff_states
Create Date: 2026-12-27 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026_i17_board_today"
down_revision: str | Sequence[str] | None = "0025_i15_lead_handoff_states"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_call_attempts_rep_ended", "call_attempts", ["rep_id", "ended_at"])
    op.drop_index("ix_call_attempts_rep_id", table_name="call_attempts")


def downgrade() -> None:
    op.create_index("ix_call_attempts_rep_id", "call_attempts", ["rep_id"])
    op.drop_index("ix_call_attempts_rep_ended", table_name="call_attempts")
