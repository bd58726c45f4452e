"""a name or company is found as typed without its accents

A rep who typed "Conceicao", "Nunez" or "Muller" found nobody: the lookup compared the start
of the name as written, "Conceição", "Núñez", "Müller". The lead's folded keys (person_key:
surname and first name, company_key: the company without its legal form; accents dropped,
case folded, both kept by the application) answer it, and on SQLite their plain indexes
serve a prefix already (BINARY order is code-point order). On PostgreSQL their indexes are
built again with text_pattern_ops, which answers `=` (the intake's duplicate search) and
`LIKE 'abc%'` (the lookup) in any collation: the same number of indexes as before.

Revision ID: 0071_names_found_without_accents
Revises: 0070_sealing_keys_unread
Create Date: 2027-02-10 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0071_names_found_without_accents"
down_revision: str | Sequence[str] | None = "0070_sealing_keys_unread"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = ("person_key", "company_key")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for key in KEYS:
        op.execute(f"DROP INDEX ix_leads_{key}")
        op.execute(f"CREATE INDEX ix_leads_{key} ON leads ({key} text_pattern_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for key in KEYS:
        op.execute(f"DROP INDEX ix_leads_{key}")
        op.execute(f"CREATE INDEX ix_leads_{key} ON leads ({key})")
