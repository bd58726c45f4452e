"""a person writes a table only as some path of the application for their role does

Found by a security tester signed in to PostgreSQL as a team lead, a supervisor and an
administrator with psql: 0012_roles gave team leads, supervisors and administrators INSERT,
UPDATE and DELETE on every table, and the later migrations took back only some of it. Each
write right left was checked against the services (what they insert, update or delete, the
Action that lets them, the roles that hold it); those no path needs are taken away:

- DELETE: the application deletes rows of calling rules and holidays, queue members, the
  do-not-call list, taken-back calls, registry numbers, the center's UTC offsets, the
  check-call policy and audit keys, nothing else (an undo takes a call back through
  `qualifier_take_back_call`; a lead, handoff, partner or campaign is closed or marked, never
  deleted). A supervisor deleted calls (which count toward each number's legal caps), leads
  with their touches, handoffs and their history, campaigns, partners; a team lead their
  team's handoffs and corrections; an administrator any of it, and the center itself.
- Calls: only reps and team leads working a lead write one (WORK_LEADS), and with it its
  consents, qualification and answers; supervisors and administrators wrote calls under a
  rep's name and rewrote any call's rep, time or outcome. An administrator's erasure blanks a
  call's notes and number only.
- Nobody changes a correction, a handoff's history or a touch once written, but an
  administrator's erasure blanks their personal values; a team lead adds no touch (imports
  do), writes no firmographics (enrichment is an import's), and corrections are added with
  an outcome, by reps and team leads. A rep rewrote a handoff's history (a partner's "won")
  and added touches.
- Who leads a team (`team_leads`) is written by no path of the application.

Revision ID: 0054_writes_as_the_app_does
Revises: 0053_zones_of_toll_free_numbers
Create Date: 2027-01-24 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0054_writes_as_the_app_does"
down_revision: str | Sequence[str] | None = "0053_zones_of_toll_free_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REP, TEAM_LEAD = "qualifier_rep", "qualifier_team_lead"
SUPERVISOR, ADMIN = "qualifier_supervisor", "qualifier_admin"
# (group, table, privileges taken away): exactly what each group held before.
TAKEN: tuple[tuple[str, str, str], ...] = (
    (REP, "contact_corrections", "UPDATE"),
    (REP, "handoff_events", "UPDATE"),
    (REP, "touches", "INSERT, UPDATE"),
    (TEAM_LEAD, "contact_corrections", "UPDATE, DELETE"),
    (TEAM_LEAD, "firmographics", "INSERT, UPDATE, DELETE"),
    (TEAM_LEAD, "handoff_events", "UPDATE, DELETE"),
    (TEAM_LEAD, "handoffs", "DELETE"),
    (TEAM_LEAD, "import_batches", "DELETE"),
    (TEAM_LEAD, "queues", "DELETE"),
    (TEAM_LEAD, "sweep_leases", "DELETE"),
    (TEAM_LEAD, "touches", "INSERT, UPDATE, DELETE"),
    (TEAM_LEAD, "user_sessions", "DELETE"),
    (SUPERVISOR, "call_attempts", "INSERT, UPDATE, DELETE"),
    (SUPERVISOR, "campaigns", "DELETE"),
    (SUPERVISOR, "consents", "INSERT"),
    (SUPERVISOR, "contact_corrections", "INSERT, UPDATE, DELETE"),
    (SUPERVISOR, "dnc_registry_snapshots", "DELETE"),
    (SUPERVISOR, "firmographics", "DELETE"),
    (SUPERVISOR, "handoff_events", "UPDATE, DELETE"),
    (SUPERVISOR, "handoffs", "DELETE"),
    (SUPERVISOR, "import_batches", "DELETE"),
    (SUPERVISOR, "leads", "DELETE"),
    (SUPERVISOR, "partner_reps", "DELETE"),
    (SUPERVISOR, "partners", "DELETE"),
    (SUPERVISOR, "qualification_answers", "INSERT"),
    (SUPERVISOR, "qualifications", "INSERT"),
    (SUPERVISOR, "scoring_rules", "DELETE"),
    (SUPERVISOR, "scripts", "DELETE"),
    (SUPERVISOR, "sweep_leases", "DELETE"),
    (SUPERVISOR, "touches", "UPDATE, DELETE"),
    (SUPERVISOR, "user_sessions", "DELETE"),
    (ADMIN, "call_attempts", "INSERT, UPDATE, DELETE"),
    (ADMIN, "calling_profiles", "DELETE"),
    (ADMIN, "campaigns", "DELETE"),
    (ADMIN, "center", "DELETE"),
    (ADMIN, "cli_sessions", "DELETE"),
    (ADMIN, "consents", "INSERT"),
    (ADMIN, "contact_corrections", "INSERT, UPDATE, DELETE"),
    (ADMIN, "dnc_registry_snapshots", "DELETE"),
    (ADMIN, "firmographics", "DELETE"),
    (ADMIN, "handoff_events", "UPDATE, DELETE"),
    (ADMIN, "handoffs", "DELETE"),
    (ADMIN, "import_batches", "DELETE"),
    (ADMIN, "leads", "DELETE"),
    (ADMIN, "partner_reps", "DELETE"),
    (ADMIN, "partners", "DELETE"),
    (ADMIN, "qualification_answers", "INSERT"),
    (ADMIN, "qualifications", "INSERT"),
    (ADMIN, "queues", "DELETE"),
    (ADMIN, "scoring_rules", "DELETE"),
    (ADMIN, "scripts", "DELETE"),
    (ADMIN, "sweep_leases", "DELETE"),
    (ADMIN, "team_leads", "INSERT, UPDATE, DELETE"),
    (ADMIN, "teams", "DELETE"),
    (ADMIN, "touches", "UPDATE, DELETE"),
    (ADMIN, "user_sessions", "DELETE"),
)
# What an administrator's erasure (services/compliance/person.py) blanks, where the table's
# UPDATE above is taken away.
ERASED: dict[str, str] = {
    "call_attempts": "notes, number_e164",
    "contact_corrections": "old_value, new_value",
    "handoff_events": "note, data",
    "touches": "details",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for group, table, privileges in TAKEN:
        op.execute(f"REVOKE {privileges} ON {table} FROM {group}")
    for table, columns in ERASED.items():
        op.execute(f"GRANT UPDATE ({columns}) ON {table} TO {ADMIN}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in ERASED.items():
        op.execute(f"REVOKE UPDATE ({columns}) ON {table} FROM {ADMIN}")
    for group, table, privileges in TAKEN:
        op.execute(f"GRANT {privileges} ON {table} TO {group}")
