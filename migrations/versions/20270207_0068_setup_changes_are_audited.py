"""a person's change of a team, queue, partner or do-not-call registry comes with its audit row

Found by a security tester signed in to PostgreSQL with each person's own login and psql: a
team lead renamed their team, a channel manager changed their partner's terms (its SLA, its
capacity, its reps), and a supervisor who imports registries emptied a registry's numbers and
moved its snapshot's date, each with a plain statement that left no audit row. The
application's paths write one for each (`team.*`, `queue.*`, `partner.*`,
`dnc_registry.imported`).

Now, as 0067_a_lead_change_is_audited does for leads, a person's own statement (not the
schema owner's, nor a superuser's: migrations, the demo, the tests' set-up) that writes a
team, a queue, a partner or one of its reps, or a registry snapshot must have an audit row of
that team, queue, partner or registry written in the same transaction by the time it commits
(deferred constraint triggers: the application writes the row before its audit row). A
registry's numbers, written a million at a time, are checked once per transaction, not per
row: a statement that writes them (even none) notes that the transaction owes a registry's
audit row, and the note is checked at commit.

Revision ID: 0068_setup_changes_are_audited
Revises: 0067_a_lead_change_is_audited
Create Date: 2027-02-07 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0068_setup_changes_are_audited"
down_revision: str | Sequence[str] | None = "0067_a_lead_change_is_audited"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to 0049_a_rep_keeps_to_held_leads's: the row was written by this transaction,
# or a savepoint in it.
WRITTEN_HERE = (
    "pg_xact_status(((pg_current_xact_id()::text::bigint >> 32) * 4294967296 "
    "+ a.xmin::text::bigint)::text::xid8) = 'in progress'"
)
# Kept equal to 0051_a_hand_off_has_its_handoff's: the schema's owner, or a superuser.
NOT_A_PERSON = (
    "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) "
    "OR pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c "
    "WHERE c.oid = TG_RELID), 'MEMBER')"
)
# A statement of the signed-in login's own (or after SET ROLE to a role of theirs), not one
# run by the owner's functions.
OWN_STATEMENT = "pg_has_role(session_user, current_user, 'MEMBER')"
ROW_CHECK = "qualifier_change_is_audited()"
NUMBERS_NOTED = "qualifier_registry_numbers_noted()"
NOTE_CHECK = "qualifier_audit_due_is_audited()"
# table: (trigger, the audit rows' entity type, the column holding its id, what it is called)
AUDITED = {
    "teams": ("teams_with_their_audit_rows", "team", "id", "team"),
    "queues": ("queues_with_their_audit_rows", "queue", "id", "queue"),
    "partners": ("partners_with_their_audit_rows", "partner", "id", "partner"),
    "partner_reps": ("partner_reps_with_their_audit_rows", "partner", "partner_id", "partner"),
    "dnc_registry_snapshots": (
        "dnc_registry_snapshots_with_their_audit_rows",
        "dnc_registry",
        "id",
        "registry snapshot",
    ),
}
REFUSAL = (
    "RAISE EXCEPTION '% % was changed without its audit row: it is changed as the application "
    "does, which records what it changed', {what}, {which} "
    "USING ERRCODE = 'insufficient_privilege';"
)


def _function(schema: str, signature: str, body: str) -> None:
    """The owner's rights: the audit log is not every person's to read."""
    op.execute(
        f"CREATE FUNCTION {signature} RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        f"SET search_path = pg_catalog, {schema}, pg_temp AS $$ {body} $$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    # TG_ARGV: the audit rows' entity type, the row's column holding its id, its name.
    _function(
        schema,
        ROW_CHECK,
        f"""DECLARE v_id text;
            BEGIN
              IF {NOT_A_PERSON} THEN
                RETURN NULL;
              END IF;
              IF TG_OP = 'UPDATE' AND to_jsonb(OLD) = to_jsonb(NEW) THEN
                RETURN NULL;  -- written as it was: nothing changed
              END IF;
              v_id := (CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END)
                      ->> TG_ARGV[1];
              IF EXISTS (SELECT 1 FROM audit_log a
                          WHERE a.entity_type = TG_ARGV[0] AND a.entity_id = v_id
                            AND {WRITTEN_HERE}) THEN
                RETURN NULL;
              END IF;
              {REFUSAL.format(what="TG_ARGV[2]", which="v_id")}
            END""",
    )
    for table, (trigger, entity, column, called) in AUDITED.items():
        op.execute(
            f"CREATE CONSTRAINT TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ({OWN_STATEMENT}) "
            f"EXECUTE FUNCTION {ROW_CHECK.removesuffix('()')}('{entity}', '{column}', '{called}')"
        )
    # What a transaction owes: one row per kind of audit row, checked and taken away at commit.
    # (The transaction's id as a bigint: tools that read the schema know no xid8.)
    op.execute(
        "CREATE TABLE audit_due (entity_type varchar(40) NOT NULL, "
        "tx bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint, "
        "PRIMARY KEY (entity_type, tx))"
    )
    op.execute("REVOKE ALL ON audit_due FROM PUBLIC")
    _function(
        schema,
        NUMBERS_NOTED,
        f"""BEGIN
              IF NOT ({NOT_A_PERSON}) THEN
                INSERT INTO audit_due (entity_type) VALUES ('dnc_registry')
                  ON CONFLICT DO NOTHING;
              END IF;
              RETURN NULL;
            END""",
    )
    op.execute(
        "CREATE TRIGGER dnc_registry_numbers_owe_an_audit_row "
        "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dnc_registry_numbers "
        f"FOR EACH STATEMENT WHEN ({OWN_STATEMENT}) EXECUTE FUNCTION {NUMBERS_NOTED}"
    )
    _function(
        schema,
        NOTE_CHECK,
        f"""BEGIN
              DELETE FROM audit_due WHERE entity_type = NEW.entity_type AND tx = NEW.tx;
              IF EXISTS (SELECT 1 FROM audit_log a
                          WHERE a.entity_type = NEW.entity_type AND {WRITTEN_HERE}) THEN
                RETURN NULL;
              END IF;
              RAISE EXCEPTION 'a registry''s numbers were changed without its audit row: they '
                'are changed as the application does, which records what it changed'
                USING ERRCODE = 'insufficient_privilege';
            END""",
    )
    op.execute(
        "CREATE CONSTRAINT TRIGGER audit_due_is_audited AFTER INSERT ON audit_due "
        f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {NOTE_CHECK}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE audit_due")
    op.execute(f"DROP FUNCTION {NOTE_CHECK}")
    op.execute("DROP TRIGGER dnc_registry_numbers_owe_an_audit_row ON dnc_registry_numbers")
    op.execute(f"DROP FUNCTION {NUMBERS_NOTED}")
    for table, (trigger, *_) in AUDITED.items():
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute(f"DROP FUNCTION {ROW_CHECK}")
