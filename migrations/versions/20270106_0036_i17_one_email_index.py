"""a lead's e-mail address keeps one index, not two

`ix_leads_email_normalized` answered an address (equality) and `ix_leads_email_prefix` the
start of one (`lower(email_normalized)`, text_pattern_ops on PostgreSQL, NOCASE on SQLite).
The application keeps `email_normalized` lower-case (`domain.contact.check_email`), so one
index serves both: on PostgreSQL the column itself with text_pattern_ops (which answers `=`
and `LIKE 'abc%'` in any collation), on SQLite the plain column (its BINARY order is the
order of code points, so a prefix is a range of it). Every insert of a lead, and every
write that moves a lead's row (a claim, an outcome, an import's merge), wrote an entry into
both.

Addresses saved in another case are lower-cased first, so that neither search misses them.

Revision ID: 0036_i17_one_email_index
Revises: 0035_i17_attempts_of_people
Create Date: 2027-01-06 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0036_i17_one_email_index"
down_revision: str | Sequence[str] | None = "0035_i17_attempts_of_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE leads SET email_normalized = lower(email_normalized) "
        "WHERE email_normalized <> lower(email_normalized)"
    )
    op.execute("DROP INDEX ix_leads_email_prefix")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_leads_email_normalized")
        op.execute(
            "CREATE INDEX ix_leads_email_normalized ON leads (email_normalized text_pattern_ops)"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("DROP INDEX ix_leads_email_normalized")
        op.execute("CREATE INDEX ix_leads_email_normalized ON leads (email_normalized)")
    key = (
        "lower(email_normalized) text_pattern_ops"
        if postgres
        else "email_normalized COLLATE NOCASE"
    )
    op.execute(f"CREATE INDEX ix_leads_email_prefix ON leads ({key})")
