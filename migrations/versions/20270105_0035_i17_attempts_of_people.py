"""a rep sees their own call attempts, and a team lead those of their teams' people, without
the database looking up each attempt's lead

A call attempt was visible to a rep or team lead only through its lead (`call_attempts_of_lead`:
the lead must be theirs to see). The team board counts each rep's calls of the day, and a
rep's own figures count theirs: PostgreSQL checked that policy row by row, looking up every
attempt's lead and running the lead's own policy on it. A team's board at the end of a day
looked up thousands of leads on every refresh, and at 200 workstations that one statement was
a sixth of the server's time.

An attempt is also the work of the person who made it: a rep now sees the attempts they made,
and a team lead those made by the people of the teams they lead, whichever queue the lead is in
now. The figures no longer shrink when a lead moves to another team's queue. Seeing is all it
adds: what a rep or team lead may write is still decided by the lead (`call_attempts_of_lead`).

PostgreSQL tries a table's permissive policies in the reverse order of their names, each as
written; this one's name sorts after `call_attempts_of_lead`, so a board's rows pass on the
person before any lead is looked up.

Revision ID: 0035_i17_attempts_of_people
Revises: 0034_i17_lighter_claim
Create Date: 2027-01-05 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0035_i17_attempts_of_people"
down_revision: str | Sequence[str] | None = "0034_i17_lighter_claim"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POLICY = "call_attempts_of_people"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # qualifier_team_user_ids(): the people of the teams the asker leads, and the asker.
    op.execute(
        f"CREATE POLICY {POLICY} ON call_attempts FOR SELECT "
        "TO qualifier_rep, qualifier_team_lead "
        "USING (rep_id IN (SELECT qualifier_team_user_ids()))"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP POLICY {POLICY} ON call_attempts")
