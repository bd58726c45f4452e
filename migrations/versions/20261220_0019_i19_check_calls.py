"""check calls: the policy per segment (and partner), and one check per handoff

A lead whose check call is due is claimable with the status "check_call": on PostgreSQL the
lifecycle trigger (migration 0012_roles) learns the moves in and out of it. The group roles
get the same rights on the new tables as on handoffs: everyone reads, a rep records the check
calls of the leads it may see (row-level security, as for handoffs); team leads, supervisors
and administrators write; only administrators change the policy (the service checks it too).

Revision ID: 0019_i19_check_calls
Revises: 0020_i14_talk_time
Create Date: 2026-12-20 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_i19_check_calls"
down_revision: str | Sequence[str] | None = "0020_i14_talk_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
ALL_GROUPS = ", ".join(GROUPS)
WRITERS = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"
EVERYTHING = (
    "pg_has_role('qualifier_supervisor', 'MEMBER') OR pg_has_role('qualifier_admin', 'MEMBER')"
)
OF_LEAD = "EXISTS (SELECT 1 FROM leads WHERE leads.id = check_calls.lead_id)"

# domain/lifecycle.py: the moves of migration 0012_roles, and those of a check call.
BEFORE = {
    "queued": ("queued", "callback", "nurture", "sales_ready", "disqualified", "do_not_call",
               "merged"),
    "callback": ("queued", "callback", "nurture", "sales_ready", "disqualified", "do_not_call"),
    "nurture": ("queued", "disqualified", "do_not_call", "nurture"),
    "sales_ready": ("handed_off", "nurture", "do_not_call", "queued"),
    "handed_off": ("sales_ready", "nurture", "do_not_call", "handed_off"),
    "disqualified": ("do_not_call", "queued"),
    "do_not_call": (),
    "merged": (),
}  # fmt: skip
AFTER = {
    **BEFORE,
    "handed_off": (*BEFORE["handed_off"], "check_call"),
    "check_call": ("check_call", "handed_off", "sales_ready", "nurture", "do_not_call"),
}


def _roles_exist() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    found = bind.execute(
        sa.text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS)},
    ).scalar()
    return found == len(GROUPS)


def _lifecycle(moves: dict[str, tuple[str, ...]]) -> None:
    """Replace the allowed moves in the trigger function, when it exists."""
    bind = op.get_bind()
    exists = bind.exec_driver_sql(
        "SELECT count(*) FROM pg_proc WHERE proname = 'qualifier_lead_lifecycle'"
    ).scalar()
    if not exists:
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    pairs = ", ".join(
        f"('{source}', '{target}')" for source, targets in moves.items() for target in targets
    )
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_lead_lifecycle() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            BEGIN
              IF qualifier_user_id() IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM (VALUES {pairs}) AS allowed(source, target)
                  WHERE source = OLD.status AND target = NEW.status) THEN
                RAISE EXCEPTION 'a lead that is % cannot become %', OLD.status, NEW.status
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$"""  # noqa: S608 - from this migration's constants and the schema name
    )


def upgrade() -> None:
    op.create_table(
        "check_call_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment", sa.String(length=20), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("business_days", sa.Integer(), nullable=False),
        sa.Column("share_percent", sa.Integer(), nullable=False),
        sa.Column("minimum_per_month", sa.Integer(), nullable=False),
        sa.Column("poor_share_percent", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_call_policies")),
        sa.UniqueConstraint(
            "segment", "partner_id", name=op.f("uq_check_call_policies_segment_partner_id")
        ),
    )
    op.create_table(
        "check_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("partner_rep_id", sa.Integer(), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lead_attempts", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("call_attempt_id", sa.Integer(), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("contacted", sa.Boolean(), nullable=True),
        sa.Column("contacted_on", sa.Date(), nullable=True),
        sa.Column("contacted_by", sa.String(length=200), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("still_needs", sa.Boolean(), nullable=True),
        sa.Column("may_share", sa.Boolean(), nullable=True),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("handoff_status", sa.String(length=20), nullable=False),
        sa.Column("contradiction", sa.Boolean(), nullable=False),
        sa.Column("follow_up", sa.String(length=20), nullable=True),
        sa.Column("follow_up_note", sa.Text(), nullable=False),
        sa.Column("followed_up_by_id", sa.Integer(), nullable=True),
        sa.Column("followed_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["handoff_id"], ["handoffs.id"], name=op.f("fk_check_calls_handoff_id_handoffs")
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_check_calls_lead_id_leads")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_check_calls_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["partner_rep_id"],
            ["partner_reps.id"],
            name=op.f("fk_check_calls_partner_rep_id_partner_reps"),
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["users.id"], name=op.f("fk_check_calls_rep_id_users")),
        sa.ForeignKeyConstraint(
            ["script_id"], ["scripts.id"], name=op.f("fk_check_calls_script_id_scripts")
        ),
        sa.ForeignKeyConstraint(
            ["call_attempt_id"],
            ["call_attempts.id"],
            name=op.f("fk_check_calls_call_attempt_id_call_attempts"),
        ),
        sa.ForeignKeyConstraint(
            ["answered_by_id"], ["users.id"], name=op.f("fk_check_calls_answered_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["followed_up_by_id"],
            ["users.id"],
            name=op.f("fk_check_calls_followed_up_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_calls")),
        sa.UniqueConstraint("handoff_id", name=op.f("uq_check_calls_handoff_id")),
    )
    op.create_index(op.f("ix_check_calls_lead_id"), "check_calls", ["lead_id"])
    op.create_index("ix_check_calls_partner_decided", "check_calls", ["partner_id", "decided_at"])
    op.create_index("ix_check_calls_status", "check_calls", ["status"])
    if op.get_bind().dialect.name == "postgresql":
        _lifecycle(AFTER)
    if _roles_exist():
        op.execute(f"GRANT SELECT ON check_call_policies, check_calls TO {ALL_GROUPS}")
        op.execute("GRANT INSERT, UPDATE, DELETE ON check_call_policies TO qualifier_admin")
        op.execute(f"GRANT INSERT, UPDATE ON check_calls TO qualifier_rep, {WRITERS}")
        op.execute(
            "GRANT USAGE, SELECT ON SEQUENCE check_call_policies_id_seq, check_calls_id_seq "
            f"TO {ALL_GROUPS}"
        )
        op.execute("ALTER TABLE check_calls ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY check_calls_all ON check_calls TO {ALL_GROUPS} USING ({EVERYTHING})"
        )
        op.execute(
            "CREATE POLICY check_calls_of_lead ON check_calls "
            f"TO qualifier_rep, qualifier_team_lead USING ({OF_LEAD}) WITH CHECK ({OF_LEAD})"
        )


def downgrade() -> None:
    # Leads waiting for a check call go back to being handed off, as they were.
    op.execute("UPDATE leads SET status = 'handed_off' WHERE status = 'check_call'")
    if op.get_bind().dialect.name == "postgresql":
        _lifecycle(BEFORE)
    op.drop_index("ix_check_calls_status", table_name="check_calls")
    op.drop_index("ix_check_calls_partner_decided", table_name="check_calls")
    op.drop_index(op.f("ix_check_calls_lead_id"), table_name="check_calls")
    op.drop_table("check_calls")
    op.drop_table("check_call_policies")
