"""a command-line session's sealing key is read by the database's function only; a rep reads
their own sign-in sessions only

`qualifier login` keeps the person's password in their OS keyring sealed with a one-time key
kept in the session's row, which `qualifier_cli_unseal` hands out for a live session's token
only (0019_i12_sign_in). Yet every group could select the column too, and an administrator
every row of it: an administrator who read a colleague's key while the session lived could
open a copy of that keyring taken later, when the key is meant to be gone. Now nobody but
the owner (and so the function) reads the key; the rest of the row stays readable as before.

A rep could read every person's sign-in sessions (workstation, when signed in and last
seen), which only the team board needs, and that is read by team leads, supervisors and
administrators: a rep now reads their own.

The sign-in role could still call `qualifier_sign_in_failed` itself, which no workstation has
called since `qualifier_sign_in_refused` reports a refusal (0064_one_time_opens_nothing): it
keeps the four functions a sign-in uses.

Revision ID: 0070_sealing_keys_unread
Revises: 0069_a_center_s_currency
Create Date: 2027-02-09 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants

from collections.abc import Sequence

from alembic import op

revision: str = "0070_sealing_keys_unread"
down_revision: str | Sequence[str] | None = "0069_a_center_s_currency"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
OFFICE = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"
# Every column of cli_sessions but the key.
READABLE = "id, user_id, token_hash, workstation, created_at, expires_at, ended_at"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"REVOKE SELECT ON cli_sessions FROM {GROUPS}")
    op.execute(f"GRANT SELECT ({READABLE}) ON cli_sessions TO {GROUPS}")
    op.execute("DROP POLICY user_sessions_read ON user_sessions")
    op.execute(
        f"CREATE POLICY user_sessions_read ON user_sessions FOR SELECT TO {OFFICE} USING (true)"
    )
    op.execute("REVOKE EXECUTE ON FUNCTION qualifier_sign_in_failed(text) FROM qualifier_sign_in")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("GRANT EXECUTE ON FUNCTION qualifier_sign_in_failed(text) TO qualifier_sign_in")
    op.execute("DROP POLICY user_sessions_read ON user_sessions")
    op.execute(
        f"CREATE POLICY user_sessions_read ON user_sessions FOR SELECT TO {GROUPS} USING (true)"
    )
    op.execute(f"REVOKE SELECT ({READABLE}) ON cli_sessions FROM {GROUPS}")
    op.execute(f"GRANT SELECT ON cli_sessions TO {GROUPS}")
