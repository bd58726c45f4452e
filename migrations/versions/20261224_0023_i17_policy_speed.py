"""row-level security computed once per statement, not once per row

The policies compare each row with who is asking: `qualifier_user_id()` (a SECURITY DEFINER
function, so PostgreSQL cannot inline it and runs its query again for every row it checks)
and `pg_has_role('qualifier_supervisor', 'MEMBER')`. Neither depends on the row. As a scalar
subquery, `(SELECT qualifier_user_id())`, each is an initPlan: computed once per statement
and compared as a value. The claim's candidate subqueries check every lead they pass over, so
as a rep's own login the claim cost many times what it cost the owner.

Each policy keeps its name, command, roles and meaning: only these calls are wrapped, in the
expressions PostgreSQL itself keeps (pg_policies), so no policy is written out a second time.
The claim's update found its lead by `target.id = coalesce(<the candidates>)`. PostgreSQL may
not look a row up by a condition it cannot prove leaks nothing (COALESCE, to it) before the
row has passed the policies, so as a rep it read the whole of `leads`, checking the policies
on every row; the owner's claim used the primary key. The candidate, as a scalar subquery,
is a value the primary key finds. The claim stays one statement with one generic plan.

The helper functions stay STABLE and not LEAKPROOF: they read tables, and only a superuser
may declare a function leakproof.

Revision ID: 0023_i17_policy_speed
Revises: 0023_i17_outcome
Create Date: 2026-12-24 12:00:00
"""

import re
from collections.abc import Callable, Sequence

from alembic import op

revision: str = "0023_i17_policy_speed"
down_revision: str | Sequence[str] | None = "0023_i17_outcome"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Who is asking, as PostgreSQL prints it back in a policy: nothing of the row in it.
ASKER = re.compile(r"qualifier_user_id\(\)|pg_has_role\('[a-z_]+'::name, '[A-Z]+'::text\)")
# The same, once wrapped: "( SELECT qualifier_user_id() AS qualifier_user_id)".
WRAPPED = re.compile(
    r"\( SELECT (qualifier_user_id\(\)|pg_has_role\('[a-z_]+'::name, '[A-Z]+'::text\))"
    r" AS \w+\)"
)


def once(expression: str) -> str:
    """Each call that depends only on who is asking, as a subquery computed once."""
    return ASKER.sub(lambda call: f"(SELECT {call.group(0)})", expression)


def per_row(expression: str) -> str:
    return WRAPPED.sub(lambda wrapped: wrapped.group(1), expression)


def _rewrite(change: Callable[[str], str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    policies = bind.exec_driver_sql(
        "SELECT tablename, policyname, qual, with_check FROM pg_policies "
        "WHERE schemaname = current_schema() ORDER BY tablename = 'leads' DESC, tablename, "
        "policyname"
    ).all()
    for table, policy, using, check in policies:
        clauses = [
            f"{clause} ({change(expression)})"
            for clause, expression in (("USING", using), ("WITH CHECK", check))
            if expression is not None and change(expression) != expression
        ]
        if clauses:
            op.execute(f'ALTER POLICY "{policy}" ON "{table}" {" ".join(clauses)}')


# The claim's update, found by the candidate's value rather than by the COALESCE itself.
CLAIM = "qualifier_claim_next"
BY_EXPRESSION = (
    re.compile(r"target\.id = coalesce\("),
    re.compile(r"(LIMIT 1 FOR UPDATE SKIP LOCKED\)\))(\s+AND \(target\.lease_owner_id IS NULL)"),
)
BY_VALUE = (
    re.compile(r"target\.id = \(SELECT coalesce\("),
    re.compile(r"(LIMIT 1 FOR UPDATE SKIP LOCKED\)\))\)(\s+AND \(target\.lease_owner_id IS NULL)"),
)


def _claim_update(find: tuple[re.Pattern[str], re.Pattern[str]], replace: tuple[str, str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{CLAIM}'::regproc)").scalar_one()
    )
    for pattern, replacement in zip(find, replace, strict=True):
        definition, count = pattern.subn(replacement, definition)
        if count != 1:
            raise RuntimeError(f"{CLAIM} is not as this migration expects")
    op.execute(definition)


def upgrade() -> None:
    _rewrite(once)
    _claim_update(BY_EXPRESSION, ("target.id = (SELECT coalesce(", r"\1)\2"))


def downgrade() -> None:
    _claim_update(BY_VALUE, ("target.id = coalesce(", r"\1\2"))
    _rewrite(per_row)
