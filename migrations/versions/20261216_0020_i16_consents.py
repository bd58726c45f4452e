"""consent captured on the call: one row per channel the prospect answered for

Recording notice given, contact by phone, by e-mail, passing the details to a partner; with
the time (the database's clock), the rep and the script version that asked. On PostgreSQL
every group reads the rows of the leads it sees; reps and team leads add them for those
leads, supervisors and administrators for all.

Revision ID: 0020_i16_consents
Revises: 0020_i11_retry_settings
Create Date: 2026-12-16 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_i16_consents"
down_revision: str | Sequence[str] | None = "0020_i11_retry_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
EVERYTHING = (
    "pg_has_role('qualifier_supervisor', 'MEMBER') OR pg_has_role('qualifier_admin', 'MEMBER')"
)
OF_LEAD = "EXISTS (SELECT 1 FROM leads WHERE leads.id = consents.lead_id)"


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("call_attempt_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_attempt_id"],
            ["call_attempts.id"],
            name=op.f("fk_consents_call_attempt_id_call_attempts"),
        ),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], name=op.f("fk_consents_lead_id_leads")),
        sa.ForeignKeyConstraint(["rep_id"], ["users.id"], name=op.f("fk_consents_rep_id_users")),
        sa.ForeignKeyConstraint(
            ["script_id"], ["scripts.id"], name=op.f("fk_consents_script_id_scripts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index(op.f("ix_consents_lead_id"), "consents", ["lead_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT ON consents TO {GROUPS}")
        op.execute(
            "GRANT INSERT ON consents TO qualifier_rep, qualifier_team_lead, "
            "qualifier_supervisor, qualifier_admin"
        )
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE consents_id_seq TO {GROUPS}")
        op.execute("ALTER TABLE consents ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY consents_all ON consents TO {GROUPS} USING ({EVERYTHING})")
        op.execute(
            "CREATE POLICY consents_of_lead ON consents TO qualifier_rep, qualifier_team_lead "
            f"USING ({OF_LEAD}) WITH CHECK ({OF_LEAD})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY consents_of_lead ON consents")
        op.execute("DROP POLICY consents_all ON consents")
    op.drop_index(op.f("ix_consents_lead_id"), table_name="consents")
    op.drop_table("consents")
