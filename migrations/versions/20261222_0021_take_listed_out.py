"""do-not-call across queues on PostgreSQL: one function takes every matching lead out

When a contact goes on the do-not-call list, every lead with its phone or e-mail leaves every
queue at once. Connected as a rep, row-level security shows only the rep's own leads, so the
rep's UPDATE would miss the others. This SECURITY DEFINER function takes them out, and only
for a phone or e-mail that is on the list already (which is what any role may add to).

Revision ID: 0021_take_listed_out
Revises: 0020_i19_take_back_call
Create Date: 2026-12-22 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0021_take_listed_out"
down_revision: str | Sequence[str] | None = "0020_i19_take_back_call"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
FUNCTION = "qualifier_take_listed_out(text, text, text, timestamptz)"


def _listed(kind: str, value: str) -> str:
    # domain.do_not_call.dnc_hash: SHA-256 of "kind:value" in lower case.
    return (
        "EXISTS (SELECT 1 FROM do_not_call WHERE value_hash = encode(sha256(convert_to("
        f"'{kind}:' || lower(trim({value})), 'UTF8')), 'hex'))"
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    op.execute(
        f"""CREATE FUNCTION qualifier_take_listed_out(
                phone text, email text, why text, at timestamptz) RETURNS SETOF integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            BEGIN
              IF (phone IS NOT NULL AND NOT {_listed("phone", "phone")})
                 OR (email IS NOT NULL AND NOT {_listed("email", "email")}) THEN
                RAISE EXCEPTION 'only contacts on the do-not-call list are taken out'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN QUERY
                UPDATE leads SET status = 'do_not_call', status_reason = why,
                       lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL,
                       next_call_at = NULL, assigned_rep_id = NULL, updated_at = at,
                       version = version + 1
                 WHERE (phone_e164 = phone OR email_normalized = lower(trim(email)))
                   AND status NOT IN ('do_not_call', 'merged')
                RETURNING id;
            END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
