"""a lead taken out as do-not-call is audited with the status it leaves, on PostgreSQL too

`qualifier_take_listed_out` (0045_i12_calls_as_they_happen) writes each lead's audit row
itself, as the caller, and wrote its `before` as NULL: the audit log said "status:
do_not_call" where a status change is written with who, when, from, to and why (SQLite's
path reads the statuses before its update). The function now takes the leads out through a
locked read of their statuses, so each audit row says the status the lead left ("queued",
"callback") and nothing can change it between the read and the update. Its arguments, rights
and callers are as they were.

Revision ID: 0074_do_not_call_audits_from
Revises: 0073_import_batch_lease
Create Date: 2027-02-13 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0074_do_not_call_audits_from"
down_revision: str | Sequence[str] | None = "0073_import_batch_lease"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _listed(kind: str, value: str) -> str:
    # domain.do_not_call.dnc_hash: SHA-256 of "kind:value" in lower case (0045's test).
    return (
        "EXISTS (SELECT 1 FROM do_not_call WHERE value_hash = encode(sha256(convert_to("
        f"'{kind}:' || lower(trim({value})), 'UTF8')), 'hex'))"
    )


def _take_listed_out(schema: str, *, with_status_left: bool) -> None:
    """0045's function; with_status_left, each audit row's `before` is the status left."""
    matching = """(phone_e164 = phone OR email_normalized = lower(trim(email)))
                   AND status NOT IN ('do_not_call', 'merged')"""
    if with_status_left:
        taken = f"""UPDATE leads SET status = 'do_not_call', status_reason = why,
                       lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL,
                       next_call_at = NULL, assigned_rep_id = NULL, updated_at = now(),
                       version = leads.version + 1
                  FROM (SELECT id, status FROM leads WHERE {matching} FOR UPDATE) AS was
                 WHERE leads.id = was.id
                RETURNING leads.id, was.status AS left_status"""
        before = "jsonb_build_object('status', taken.left_status)"
    else:
        taken = f"""UPDATE leads SET status = 'do_not_call', status_reason = why,
                       lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL,
                       next_call_at = NULL, assigned_rep_id = NULL, updated_at = now(),
                       version = version + 1
                 WHERE {matching}
                RETURNING id"""
        before = "NULL"
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_take_listed_out(
                phone text, email text, why text, reason text DEFAULT '',
                actor integer DEFAULT NULL) RETURNS SETOF integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp
            AS $$
            BEGIN
              IF (phone IS NOT NULL AND NOT {_listed("phone", "phone")})
                 OR (email IS NOT NULL AND NOT {_listed("email", "email")}) THEN
                RAISE EXCEPTION 'only contacts on the do-not-call list are taken out'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN QUERY
                WITH taken AS ({taken}),
                audited AS (
                  INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before,
                                         after, reason)
                  SELECT now(), coalesce(qualifier_user_id(), actor), 'lead.do_not_call',
                         'lead', taken.id::text, {before},
                         '{{"status": "do_not_call"}}'::jsonb, coalesce(reason, '')
                    FROM taken)
                SELECT id FROM taken;
            END $$"""
    )


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _take_listed_out(_schema(), with_status_left=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _take_listed_out(_schema(), with_status_left=False)
