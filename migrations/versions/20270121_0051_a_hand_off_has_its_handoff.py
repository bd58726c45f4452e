"""a lead is handed off only with its handoff

Found by a security tester signed in to PostgreSQL as a rep with psql: a sales-ready lead of
their queue could be marked handed off with a plain UPDATE, without a handoff to any
partner. It left routing for good (nobody routes a handed-off lead, no partner has it, no SLA
runs for it), and only the lead's shape was checked (0049_a_rep_keeps_to_held_leads).

A lead moved from sales-ready to handed off by anybody's own statement (a rep, team lead,
supervisor or administrator: routing is the only way there in the application) must have a
handoff written in the same transaction by the time it commits. The check waits for the
commit because the application writes the lead before its handoff (a deferred constraint
trigger); the schema's owner (migrations, the demo, the tests' set-up) is not checked.

Revision ID: 0051_a_hand_off_has_its_handoff
Revises: 0050_calls_keep_their_number
Create Date: 2027-01-21 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0051_a_hand_off_has_its_handoff"
down_revision: str | Sequence[str] | None = "0050_calls_keep_their_number"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to 0049_a_rep_keeps_to_held_leads's: the row was written by this transaction,
# or a savepoint in it.
WRITTEN_HERE = (
    "pg_xact_status(((pg_current_xact_id()::text::bigint >> 32) * 4294967296 "
    "+ h.xmin::text::bigint)::text::xid8) = 'in progress'"
)
# The schema's owner, or a superuser: their statements are not a person's.
NOT_A_PERSON = (
    "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) "
    "OR pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c "
    "WHERE c.oid = TG_RELID), 'MEMBER')"
)
FUNCTION = "qualifier_hand_off_has_its_handoff()"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    # The owner's rights: the handoffs of a lead its person may no longer see.
    op.execute(
        f"""CREATE FUNCTION {FUNCTION} RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, {schema}, pg_temp AS $$
            BEGIN
              IF {NOT_A_PERSON} THEN
                RETURN NULL;
              END IF;
              -- Moved on again in the same transaction: nothing is left handed off.
              IF NOT EXISTS (SELECT 1 FROM leads l
                              WHERE l.id = NEW.id AND l.status = 'handed_off') THEN
                RETURN NULL;
              END IF;
              IF EXISTS (SELECT 1 FROM handoffs h
                          WHERE h.lead_id = NEW.id AND {WRITTEN_HERE}) THEN
                RETURN NULL;
              END IF;
              RAISE EXCEPTION 'lead % is handed off without a handoff: routing hands a lead '
                'to a partner, with its handoff', NEW.id
                USING ERRCODE = 'insufficient_privilege';
            END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(
        "CREATE CONSTRAINT TRIGGER leads_hand_off_has_its_handoff AFTER UPDATE OF status "
        "ON leads DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "WHEN (NEW.status = 'handed_off' AND OLD.status = 'sales_ready') "
        f"EXECUTE FUNCTION {FUNCTION}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER leads_hand_off_has_its_handoff ON leads")
    op.execute(f"DROP FUNCTION {FUNCTION}")
