"""a report written to a file is audited, as an export of leads is

The reports per rep, campaign and partner and the status and check-call reports went to CSV,
XLSX or JSON files (Reports area, `qualifier report … --out FILE`) with no audit row, though
the report per rep is a judgement of people's work. Their export is now audited as
`report.exported`: on PostgreSQL the team leads', supervisors' and administrators' audit rows
may say so (0056_audit_of_each_roles_work's lists of each role's actions; the weekly
publication's actions sit beside it in each of the three).

Revision ID: 0062_report_exports_audited
Revises: 0061_a_team_leads_own_people
Create Date: 2027-02-01 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0062_report_exports_audited"
down_revision: str | Sequence[str] | None = "0061_a_team_leads_own_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "qualifier_audit_of_ones_work"
# In the team leads', supervisors' and administrators' lists, sorted as 0056 wrote them.
SENT = "'report.publication_sent', "
EXPORTED_OR_SENT = "'report.exported', 'report.publication_sent', "


def _replace(old: str, new: str) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{FUNCTION}'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != 3:
        raise RuntimeError(f"{FUNCTION} is not as this migration expects")
    op.execute(definition.replace(old, new))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(SENT, EXPORTED_OR_SENT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(EXPORTED_OR_SENT, SENT)
