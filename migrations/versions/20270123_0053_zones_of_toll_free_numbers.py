"""zones of toll-free numbers: a lead's time zones hold up to 2,000 characters on PostgreSQL

Found by importing a US inquiry list with a toll-free number (1-800-FLOWERS, country US): a
North American toll-free number may ring in any of the numbering plan's 42 zones, and with
the 29 of a US address the lead's zones are 60 names in 1,137 characters, more than the
1,000 `calling_profiles.time_zones` and `leads.time_zones` held. On PostgreSQL the whole
import failed with a traceback ("value too long for type character varying(1000)"); SQLite
does not enforce the length, so it is left as declared there.

Widening a VARCHAR rewrites nothing. PostgreSQL refuses to alter a column a trigger's WHEN
names (0049's `leads_worked_as_held`): such triggers are dropped and made again as they were.

Revision ID: 0053_zones_of_toll_free_numbers
Revises: 0052_team_leads_keep_to_held
Create Date: 2027-01-23 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0053_zones_of_toll_free_numbers"
down_revision: str | Sequence[str] | None = "0052_team_leads_keep_to_held"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WIDE, NARROW = 2000, 1000


def _widen(length: int) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    triggers = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
            "WHERE tgrelid = 'leads'::regclass AND NOT tgisinternal "
            "AND strpos(pg_get_triggerdef(oid), 'time_zones') > 0"
        )
        .all()
    )
    for name, _ in triggers:
        op.execute(sa.text(f'DROP TRIGGER "{name}" ON leads'))
    for table in ("calling_profiles", "leads"):
        op.alter_column(table, "time_zones", type_=sa.String(length=length))
    for _, definition in triggers:
        op.execute(sa.text(definition))


def upgrade() -> None:
    _widen(WIDE)


def downgrade() -> None:
    # Zones longer than the narrow column held cannot go back into it: such a downgrade
    # fails, and nothing is cut.
    _widen(NARROW)
