"""A channel manager's feedback import finds their partners' handoffs by the lead's e-mail or
phone, on PostgreSQL too.

A partner's CRM export often names the lead by e-mail or phone, not by handoff id. Row-level
security hides the lead from a channel manager who does not work it, so matching the contact
against `leads` found nothing for them. `qualifier_handoffs_by_contact(email, phone)` does the
match as the owner and returns only the handoffs of partners the caller manages (all of them
for a supervisor or admin, and for the schema's owner): the same rows the service lets them record feedback for.

The import is recorded as an import batch, which a rep could not write: a rep who is a channel
manager may now add and finish their own partner-feedback batches, and nothing else
(row-level security on `import_batches`; everyone still reads them, team leads and above keep
them as before).

Revision ID: 0024_i12_feedback_by_contact
Revises: 0023_i12_channel_managers
Create Date: 2026-12-25 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0024_i12_feedback_by_contact"
down_revision: str | Sequence[str] | None = "0023_i12_channel_managers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "qualifier_handoffs_by_contact(text, text)"
SUPERVISING = (
    "pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER') "
    "OR pg_has_role(session_user, 'qualifier_admin', 'MEMBER')"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    op.execute(
        f"""CREATE FUNCTION qualifier_handoffs_by_contact(p_email text, p_phone text)
            RETURNS TABLE (handoff_id integer, lead_id integer, status text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
              SELECT h.id, h.lead_id, h.status::text
                FROM handoffs h JOIN leads l ON l.id = h.lead_id
               WHERE ((p_email IS NOT NULL AND l.email_normalized = p_email)
                      OR (p_email IS NULL AND p_phone IS NOT NULL AND l.phone_e164 = p_phone))
                 AND (session_user = current_user OR ({SUPERVISING})
                      OR h.partner_id IN (SELECT qualifier_managed_partner_ids()))
               ORDER BY h.id DESC
            $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(
        f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO qualifier_rep, qualifier_team_lead, "
        "qualifier_supervisor, qualifier_admin"
    )
    _feedback_batches()


OWN_FEEDBACK_BATCH = (
    "kind = 'partner_feedback' AND started_by_id = qualifier_user_id() "
    "AND EXISTS (SELECT qualifier_managed_partner_ids())"
)


def _feedback_batches() -> None:
    op.execute("ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY import_batches_read ON import_batches FOR SELECT TO qualifier_rep, "
        "qualifier_team_lead, qualifier_supervisor, qualifier_admin USING (true)"
    )
    op.execute(
        "CREATE POLICY import_batches_kept ON import_batches TO qualifier_team_lead, "
        "qualifier_supervisor, qualifier_admin USING (true) WITH CHECK (true)"
    )
    op.execute(
        "CREATE POLICY import_batches_feedback_add ON import_batches FOR INSERT "
        f"TO qualifier_rep WITH CHECK ({OWN_FEEDBACK_BATCH})"
    )
    op.execute(
        "CREATE POLICY import_batches_feedback_finish ON import_batches FOR UPDATE "
        f"TO qualifier_rep USING ({OWN_FEEDBACK_BATCH}) WITH CHECK ({OWN_FEEDBACK_BATCH})"
    )
    op.execute("GRANT INSERT, UPDATE ON import_batches TO qualifier_rep")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("REVOKE INSERT, UPDATE ON import_batches FROM qualifier_rep")
    for policy in ("read", "kept", "feedback_add", "feedback_finish"):
        op.execute(f"DROP POLICY import_batches_{policy} ON import_batches")
    op.execute("ALTER TABLE import_batches DISABLE ROW LEVEL SECURITY")
    op.execute(f"DROP FUNCTION {FUNCTION}")
