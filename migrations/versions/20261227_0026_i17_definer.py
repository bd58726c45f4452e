"""the claim and the outcome run with the owner's rights, checking the caller themselves

As the rep's own login (SECURITY INVOKER), every statement of `qualifier_claim_next` and
`qualifier_record_outcome` set up the policies of each table it touched: who is asking
(`qualifier_user_id()`, a query of its own), the rep's queues (`qualifier_my_queue_ids()`),
the triggers that check a rep's change of a lead. A claim and its outcome asked who the rep
was about twenty times and for their queues eight. Both functions now run as their owner
(SECURITY DEFINER), as the other functions that do one checked thing for a person do, and
check what the policies and triggers checked, once:

- the caller is the person the call is for: `p_rep` is the user whose database login is
  the session's (the session user is what the server authenticated; nothing the client can
  set), unless the caller has the owner's rights anyway (the schema owner, a superuser);
- the claim takes only leads the rep may see and change: one the rep holds, one waiting
  for the rep in person, or one of the queues the rep is a member of (as before), and a lead
  the rep holds only while it is not waiting for someone else in person (a rep's policy
  and `qualifier_lead_of_nobody_else` refuse the change of another rep's lead);
- the outcome changes only a lead the rep holds that is not someone else's in person, and
  leaves it with nobody else as its person (`leads_rep_change`'s check); a lead with a grade
  whose status would change is left to the transaction, where `qualifier_lead_grade` judges
  it as the rep's own statement.

EXECUTE stays granted to the roles that work leads only. The audit rows still name the
session's person (`qualifier_audit_actor`), and the triggers on leads and call attempts run
as before. The definitions are edited where PostgreSQL keeps them, as 0023_i17_policy_speed
does, so the claim's other changes stay.

Revision ID: 0026_i17_definer
Revises: 0026_i17_feed_at_commit
Create Date: 2026-12-27 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026_i17_definer"
down_revision: str | Sequence[str] | None = "0026_i17_feed_at_commit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAIM = "qualifier_claim_next"
OUTCOME = "qualifier_record_outcome"

CALLER_CHECK = """IF NOT EXISTS (SELECT 1 FROM users u
                             WHERE u.id = p_rep AND u.db_role = session_user)
                 AND NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
                RAISE EXCEPTION '% works leads for someone else (user %)', session_user, p_rep
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              """

# (function, what the invoker's definition says, what it says instead): the second is
# the first with the check in place of "{}".
EDITS: tuple[tuple[str, str, str], ...] = (
    (CLAIM, "BEGIN\n              {}RETURN QUERY", CALLER_CHECK),
    (
        CLAIM,
        "AND l.status IN ('callback', 'check_call', 'queued'){}\n                     "
        "LIMIT 1 FOR UPDATE),",
        " AND (l.assigned_rep_id IS NULL OR l.assigned_rep_id = p_rep)",
    ),
    (OUTCOME, "BEGIN\n              {}IF v_now < p_valid_from", CALLER_CHECK),
    (
        OUTCOME,
        "AND l.time_zones IS NOT DISTINCT FROM p_time_zones{}",
        " AND (l.assigned_rep_id IS NULL OR l.assigned_rep_id = p_rep)"
        " AND (NOT p_assign OR p_assigned_rep_id IS NULL OR p_assigned_rep_id = p_rep)"
        " AND (l.grade IS NULL OR l.status = p_new_status)",
    ),
)


def _edit(function: str, forward: bool) -> None:
    bind = op.get_bind()
    definition = str(
        bind.exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)").scalar_one()
    )
    for name, place, check in EDITS:
        if name != function:
            continue
        without, with_check = place.format(""), place.format(check)
        old, new = (without, with_check) if forward else (with_check, without)
        if definition.count(old) != 1:
            raise RuntimeError(f"{function} is not as this migration expects")
        definition = definition.replace(old, new)
    op.execute(definition)
    rights = "SECURITY DEFINER" if forward else "SECURITY INVOKER"
    op.execute(f"ALTER FUNCTION {function} {rights}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _edit(CLAIM, forward=True)
    _edit(OUTCOME, forward=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _edit(OUTCOME, forward=False)
    _edit(CLAIM, forward=False)
