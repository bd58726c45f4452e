"""a team lead takes out of a shared queue only their own people

Found watching a team lead's day: a queue of no team is worked by the people of several
teams, and a team lead could take another team's rep out of it (their held leads and
callbacks there went back with it), on the command line and in plain SQL. A team lead now
deletes a queue membership of their own teams' queues, whoever it is, or of a shared queue
they see only for one of their own teams' people; adding one is unchanged.

Revision ID: 0061_a_team_leads_own_people
Revises: 0059_a_login_of_this_database
Create Date: 2027-01-31 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0061_a_team_leads_own_people"
down_revision: str | Sequence[str] | None = "0059_a_login_of_this_database"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POLICY = "queue_members_own_teams"
OWN_PEOPLE_IN_TEAM_QUEUES = (
    "queue_id IN (SELECT qualifier_team_queue_ids()) "
    "AND user_id IN (SELECT qualifier_team_user_ids())"
)
LED_TEAMS_QUEUES = (
    "queue_id IN (SELECT id FROM queues WHERE team_id IN (SELECT qualifier_led_team_ids()))"
)
# As 0022_i12_least_privilege made it.
BEFORE = "queue_id IN (SELECT qualifier_team_queue_ids())"


def _policy(using: str) -> None:
    op.execute(f"DROP POLICY {POLICY} ON queue_members")
    op.execute(
        f"CREATE POLICY {POLICY} ON queue_members TO qualifier_team_lead "
        f"USING ({using}) WITH CHECK ({OWN_PEOPLE_IN_TEAM_QUEUES})"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _policy(f"{LED_TEAMS_QUEUES} OR ({OWN_PEOPLE_IN_TEAM_QUEUES})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _policy(BEFORE)
