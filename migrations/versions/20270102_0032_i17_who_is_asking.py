"""who is asking is found by an index, with a plan kept for the connection

`qualifier_user_id()` answers which person the connection's login belongs to; every policy
that names a person asks it, and so do the scope helpers the team leads' policies use: at
500 workstations 16 times per team-lead board refresh, 48,000 times in two minutes. With no
index on `users.db_role` each call read the whole `users` table (10 pages with 500 people,
more as a center grows), and as a SQL function with its own rights it was planned afresh on
every call. `ix_users_db_role` finds the row, and as PL/pgSQL the function keeps its plan
for the server connection's life, as the scope helpers do since 0030. What it returns is
unchanged.

`session_user` is of type `name`, whose collation is "C": compared with it as it was, the
column's default collation gave way and no index on it could be used. The comparison now
states the column's collation (equality is the same in both: byte for byte).

Revision ID: 0032_i17_who_is_asking
Revises: 0031_i17_claim_due_leads
Create Date: 2027-01-02 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0032_i17_who_is_asking"
down_revision: str | Sequence[str] | None = "0031_i17_claim_due_leads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHO = "qualifier_user_id"
MARK = "\nAS $function$"
END = "$function$"
AS_SQL = "\n              SELECT id FROM users WHERE db_role = session_user AND active "
AS_PLPGSQL = (
    "BEGIN\n              RETURN (SELECT id FROM users\n"
    '                      WHERE db_role = session_user::text COLLATE "default" AND active);\n'
    "            END "
)


def _redefine(old_language: str, old_body: str, new_language: str, new_body: str) -> None:
    definition = str(
        op.get_bind().exec_driver_sql(f"SELECT pg_get_functiondef('{WHO}'::regproc)").scalar_one()
    )
    head, mark, rest = definition.partition(MARK)
    body, end, tail = rest.partition(END)
    if not mark or not end or f"LANGUAGE {old_language}" not in head or body != old_body:
        raise RuntimeError(f"{WHO} is not as this migration expects")
    head = head.replace(f"LANGUAGE {old_language}", f"LANGUAGE {new_language}")
    op.execute(f"{head}{MARK}{new_body}{END}{tail}")


def upgrade() -> None:
    op.create_index("ix_users_db_role", "users", ["db_role"])
    if op.get_bind().dialect.name == "postgresql":
        _redefine("sql", AS_SQL, "plpgsql", AS_PLPGSQL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _redefine("plpgsql", AS_PLPGSQL, "sql", AS_SQL)
    op.drop_index("ix_users_db_role", table_name="users")
