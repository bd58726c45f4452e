"""a rep's or team lead's change of a lead comes with the lead's audit row

Found by a security tester signed in to PostgreSQL as a rep with psql: within what
0049_a_rep_keeps_to_held_leads lets a rep's own statement do (a lead they hold, a free lead
they take), a plain UPDATE changed a lead's status along the lifecycle, its grade, attempts,
next call, phone and e-mail, with no audit row: the application's paths write one, the
database did not require it. A team lead's own statement, within 0052's limits, likewise.

Now a lead changed by a rep's or team lead's own statement (not the owner's functions: the
claim, the outcome and the do-not-call take-out write their own rows) must have an audit row
of that lead, or of a check call of it, written in the same transaction by the time it
commits, as every path of the application writes. The check waits for the commit because the application writes the lead
before its audit row (a deferred constraint trigger). A renewed lease (a heartbeat, a claim
giving back the lead held) is no change to audit. Supervisors and administrators, whose imports, rescoring and
enrichment change leads in bulk under one batch's audit row, keep to 0055's shapes.

Revision ID: 0067_a_lead_change_is_audited
Revises: 0066_outcome_keeps_to_its_call
Create Date: 2027-02-06 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0067_a_lead_change_is_audited"
down_revision: str | Sequence[str] | None = "0066_outcome_keeps_to_its_call"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to 0049_a_rep_keeps_to_held_leads's: the row was written by this transaction,
# or a savepoint in it.
WRITTEN_HERE = (
    "pg_xact_status(((pg_current_xact_id()::text::bigint >> 32) * 4294967296 "
    "+ a.xmin::text::bigint)::text::xid8) = 'in progress'"
)
# Evaluated by the trigger itself for every row, so the owner's functions (current_user is the
# owner, whose role no person is a member of) and the office never queue a check. A person's
# own statement, or one after SET ROLE to a role of theirs, is theirs; a superuser is a member
# of every role and so counts as the office.
A_REP_OR_TEAM_LEADS_STATEMENT = (
    "pg_has_role(session_user, current_user, 'MEMBER') "
    "AND (pg_has_role(session_user, 'qualifier_rep', 'MEMBER') "
    "OR pg_has_role(session_user, 'qualifier_team_lead', 'MEMBER')) "
    "AND NOT pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER') "
    "AND NOT pg_has_role(session_user, 'qualifier_admin', 'MEMBER')"
)
# A heartbeat, or a claim giving a rep back the lead they hold, renews the lease's expiry
# (and the row's time of change) and nothing else.
RENEWAL = "ARRAY['lease_expires_at', 'updated_at']"
MORE_THAN_A_RENEWAL = f"(to_jsonb(OLD) - {RENEWAL}) IS DISTINCT FROM (to_jsonb(NEW) - {RENEWAL})"
FUNCTION = "qualifier_lead_change_is_audited()"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    # The owner's rights: the audit log is not every person's to read. Named to fire after
    # 0051's check (by name), whose refusal says more.
    op.execute(
        f"""CREATE FUNCTION {FUNCTION} RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, {schema}, pg_temp AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM audit_log a
                          WHERE a.entity_type = 'lead' AND a.entity_id = NEW.id::text
                            AND {WRITTEN_HERE})
                 OR EXISTS (SELECT 1 FROM check_calls c JOIN audit_log a
                              ON a.entity_type = 'check_call' AND a.entity_id = c.id::text
                             WHERE c.lead_id = NEW.id AND {WRITTEN_HERE}) THEN
                RETURN NULL;
              END IF;
              RAISE EXCEPTION 'lead % was changed without its audit row: a rep or team lead '
                'changes a lead as the application does, which records what it changed', NEW.id
                USING ERRCODE = 'insufficient_privilege';
            END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(
        "CREATE CONSTRAINT TRIGGER leads_with_their_audit_rows AFTER UPDATE ON leads "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        f"WHEN ({A_REP_OR_TEAM_LEADS_STATEMENT} AND {MORE_THAN_A_RENEWAL}) "
        f"EXECUTE FUNCTION {FUNCTION}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER leads_with_their_audit_rows ON leads")
    op.execute(f"DROP FUNCTION {FUNCTION}")
