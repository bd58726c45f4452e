"""SQLite: times written with a year of fewer than four digits are readable again

The bulk writer of imports wrote times with `strftime("%Y…")`, which writes the year 1 as
"1": an inquiry dated 0001-01-01 (the "no date" of many exports) was stored as
"1-01-01 00:00:00.000000", which SQLAlchemy cannot read back, and from then on the lead's
record, the exports and the reports that read it failed. The writer pads the year now; this
pads what it wrote before. The audit log is append-only and its times are the database's, so
it is left as it is. PostgreSQL stored such times correctly.

Revision ID: 0040_zero_padded_years
Revises: 0039_i12_people_write_their_own
Create Date: 2027-01-10 09:00:00
"""

# ruff: noqa: S608 - statements built from the schema's own table and column names

from collections.abc import Sequence

from alembic import op

revision: str = "0040_zero_padded_years"
down_revision: str | Sequence[str] | None = "0039_i12_people_write_their_own"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = {"audit_log"}
SHORT_YEAR = (
    "({column} GLOB '[0-9]-*' OR {column} GLOB '[0-9][0-9]-*' OR {column} GLOB '[0-9][0-9][0-9]-*')"
)
PADDED = (
    "printf('%04d', CAST(substr({column}, 1, instr({column}, '-') - 1) AS INTEGER)) "
    "|| substr({column}, instr({column}, '-'))"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    tables = bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    for table in [str(name) for name in tables if name not in APPEND_ONLY]:
        columns = bind.exec_driver_sql(f'PRAGMA table_info("{table}")').all()
        for column in (f'"{row[1]}"' for row in columns if str(row[2]).upper() == "DATETIME"):
            op.execute(
                f'UPDATE "{table}" SET {column} = {PADDED.format(column=column)} '
                f"WHERE {SHORT_YEAR.format(column=column)}"
            )


def downgrade() -> None:
    """Nothing to undo: padded years read as the same times."""
