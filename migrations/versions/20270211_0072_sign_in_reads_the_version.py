"""the sign-in role learns the schema version, and nothing else

On PostgreSQL a workstation opens no connection before a sign-in, and its settings name no
login: the sign-in role `qualifier_sign_in` (0019_i12_sign_in) is all it may connect as. So
the workstation check after an installation (`qualifier gui --smoke`) showed the sign-in
window with the server stopped or a schema this version of Qualifier does not know, and
`qualifier db current` with a workstation's settings asked for a password it had no way to
get.

`qualifier_schema_version()` answers the one thing both need: the revision in
alembic_version (NULL when it holds none). It is the owner's, SECURITY DEFINER with a fixed
search_path, and only the sign-in role may call it besides the owner: the revision is no
secret of the center, and the role still reads no table itself. Later versions keep this
function as it is, so that an older Qualifier can tell a newer schema from an older one.

Revision ID: 0072_sign_in_reads_the_version
Revises: 0071_names_found_without_accents
Create Date: 2027-02-11 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0072_sign_in_reads_the_version"
down_revision: str | Sequence[str] | None = "0071_names_found_without_accents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GATE = "qualifier_sign_in"
FUNCTION = "qualifier_schema_version()"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp"
    # alembic keeps a row per head, and this schema has one.
    op.execute(
        f"""CREATE FUNCTION {FUNCTION} RETURNS text
            LANGUAGE sql STABLE {definer} AS $$
              SELECT version_num::text FROM alembic_version ORDER BY version_num LIMIT 1 $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {GATE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {FUNCTION}")
