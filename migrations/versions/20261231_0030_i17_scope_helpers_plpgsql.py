"""the team-scope helpers keep their plans: PL/pgSQL instead of SQL functions

`qualifier_led_team_ids()`, `qualifier_team_user_ids()`, `qualifier_team_queue_ids()` and
`qualifier_my_queue_ids()` answer which teams, people and queues a team lead or a rep may see;
every policy on leads, users and queues asks them, once per query. As SQL functions that run
with their owner's rights (SECURITY DEFINER, a search_path of their own) PostgreSQL cannot
inline them, and it plans a SQL function's query afresh on every call: at 500 workstations
the team leads' boards called the queue helper 4,800 times in two minutes at 4.4 ms each.
PL/pgSQL keeps the plan of each query for the server connection's life. Measured on one
connection: the queue helper 0.54 ms a call before, 0.11 ms after; the people helper 0.27 ms
before, 0.08 ms after. What they return is unchanged: the same query, run by `RETURN QUERY`.

Revision ID: 0030_i17_scope_helpers_plpgsql
Revises: 0029_i17_claim_free_leads
Create Date: 2026-12-31 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0030_i17_scope_helpers_plpgsql"
down_revision: str | Sequence[str] | None = "0029_i17_claim_free_leads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HELPERS = (
    "qualifier_my_queue_ids",
    "qualifier_led_team_ids",
    "qualifier_team_user_ids",
    "qualifier_team_queue_ids",
)
MARK = "\nAS $function$"
END = "$function$"
RUN = "BEGIN RETURN QUERY"


def _definition(function: str) -> str:
    bind = op.get_bind()
    return str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)").scalar_one()
    )


def _split(function: str, language: str) -> tuple[str, str, str]:
    """The definition's head (up to its body), its body, and what follows the body."""
    head, mark, rest = _definition(function).partition(MARK)
    body, end, tail = rest.partition(END)
    if not mark or not end or f"LANGUAGE {language}" not in head:
        raise RuntimeError(f"{function} is not as this migration expects")
    return head, body, tail


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in HELPERS:
        head, body, tail = _split(function, "sql")
        head = head.replace("LANGUAGE sql", "LANGUAGE plpgsql")
        op.execute(f"{head}{MARK}{RUN}{body.rstrip()};\n            END {END}{tail}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in reversed(HELPERS):
        head, body, tail = _split(function, "plpgsql")
        query = body.removeprefix(RUN)
        query = query[: query.rindex(";")]
        head = head.replace("LANGUAGE plpgsql", "LANGUAGE sql")
        op.execute(f"{head}{MARK}{query} {END}{tail}")
