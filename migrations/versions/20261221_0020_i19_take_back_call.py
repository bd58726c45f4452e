"""taking back a call on PostgreSQL: one function deletes what an outcome wrote

Undoing an outcome deletes the call attempt it wrote and what hangs on it (the qualification
and its answers, the consents given on the call, a check call's note in the handoff's
history). A rep may not delete from those tables: the group roles only insert and update
them (migration 0012_roles). This SECURITY DEFINER function deletes them for one call, and
only for the person who made it, when it is still the lead's last call; the service checks
the undo window by the database's clock first.

Revision ID: 0020_i19_take_back_call
Revises: 0019_i12_sign_in
Create Date: 2026-12-21 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020_i19_take_back_call"
down_revision: str | Sequence[str] | None = "0019_i12_sign_in"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
FUNCTION = "qualifier_take_back_call(integer)"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    op.execute(
        f"""CREATE FUNCTION qualifier_take_back_call(attempt integer) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            DECLARE
              call call_attempts%ROWTYPE;
            BEGIN
              SELECT * INTO call FROM call_attempts WHERE id = attempt;
              IF NOT FOUND THEN
                RETURN;
              END IF;
              IF qualifier_user_id() IS NOT NULL
                 AND call.rep_id IS DISTINCT FROM qualifier_user_id() THEN
                RAISE EXCEPTION 'call % is not yours to take back', attempt
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF EXISTS (SELECT 1 FROM call_attempts
                         WHERE lead_id = call.lead_id AND id > attempt) THEN
                RAISE EXCEPTION 'call % is not the last call of its lead', attempt
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              DELETE FROM qualification_answers WHERE qualification_id IN (
                SELECT id FROM qualifications WHERE call_attempt_id = attempt);
              DELETE FROM qualifications WHERE call_attempt_id = attempt;
              DELETE FROM consents WHERE call_attempt_id = attempt;
              DELETE FROM handoff_events
                WHERE origin = 'check_call' AND at = call.ended_at
                  AND handoff_id IN (SELECT handoff_id FROM check_calls
                                     WHERE lead_id = call.lead_id);
              DELETE FROM call_attempts WHERE id = attempt;
            END $$"""  # noqa: S608 - constant text and the schema's own name
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    roles = bind.exec_driver_sql(
        "SELECT count(*) FROM pg_roles WHERE rolname IN ('qualifier_rep', "
        "'qualifier_team_lead', 'qualifier_supervisor', 'qualifier_admin')"
    ).scalar()
    if roles == 4:
        op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {FUNCTION}")
