"""a rep or team lead takes a lead only when nobody else holds it

Found by a security tester signed in to PostgreSQL as a team lead with psql: `UPDATE leads SET
lease_owner_id = qualifier_user_id() WHERE id = …` took a lead a rep of their team was
calling, lease and all (a rep could do the same to a colleague's lead). 0049's take (a resumed
draft, a lead taken from a lookup, an undo) let the lease become the person's own whoever held
it; the application takes a lead only when its lease is free or ran out
(services/workspace/lookup.py, work_items.py). The database now asks the same: the lead held
by nobody, or its lease over by the database's clock (or by the test's clock, where the
database's owner let given times count). A team lead's board still lets a rep's lease go.

Revision ID: 0057_a_take_is_of_a_free_lead
Revises: 0056_audit_of_each_roles_work
Create Date: 2027-01-27 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0057_a_take_is_of_a_free_lead"
down_revision: str | Sequence[str] | None = "0056_audit_of_each_roles_work"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "qualifier_lead_yours_to_change"
# Kept equal to 0039_i12_people_write_their_own: the database's owner let given times count.
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
ANY_TAKE = "IF NEW.lease_owner_id = me THEN"
A_FREE_TAKE = (
    "IF NEW.lease_owner_id = me AND (OLD.lease_owner_id IS NULL "
    f"OR OLD.lease_expires_at <= now() OR {GIVEN_TIME_COUNTS}) THEN"
)


def _replace(old: str, new: str) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{FUNCTION}'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != 1:
        raise RuntimeError(f"{FUNCTION} is not as this migration expects")
    op.execute(definition.replace(old, new))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(ANY_TAKE, A_FREE_TAKE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(A_FREE_TAKE, ANY_TAKE)
