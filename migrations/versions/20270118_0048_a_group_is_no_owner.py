"""a group is no owner: taking one's group's role (`SET ROLE`) is still one's own statement;
a login is one person's

Found by a security tester signed in to PostgreSQL as each person with psql:

- Every login may `SET ROLE` to its group (`qualifier_rep`, …). The checks that let the
  owner's functions through (0045's held-lead check on a call, 0046's on consents' and
  qualifications' times, on who a new user row's login is and on running sweep leases) asked
  whether `current_user` differed from `session_user`, and after `SET ROLE` it does: a rep
  wrote calls on leads they did not hold, back-dated consents and qualifications, renewed a
  running sweep lease, and an administrator gave a new user row their own login. An owner's
  function is acting when `current_user` is the owner of the table written; who the person is
  comes from `session_user`, which `SET ROLE` does not change.
- Two user rows could name one login (`db_role`): an administrator's audit rows went in
  another's name, or the login signed in as nobody (`qualifier_user_id()` found two rows). A
  login is one user's now (`ix_users_db_role` is unique).
- Reps and team leads add calling profiles (an import places its leads), and one with a
  window past midnight (`window_end` 99999) or an unknown time zone stopped every claim in the
  center. A profile's window is one day's minutes now, start before end, as
  domain/calling_window.CallingWindow makes it (`place` and `number_country` are bounded by
  their types); the queue leaves out a profile it cannot judge (an unknown zone) rather than
  failing (services/queue/calling_profiles.load_profiles).
- An administrator lifted their own lock-out with a "reset" of their own login
  (`qualifier_reset_sign_in(own login, true)`), then cleared the flag by choosing a password:
  nobody resets their own sign-in, whatever the reset.

Revision ID: 0048_a_group_is_no_owner
Revises: 0047_center_registries
Create Date: 2027-01-18 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the catalog

from collections.abc import Sequence

from alembic import op

revision: str = "0048_a_group_is_no_owner"
down_revision: str | Sequence[str] | None = "0047_center_registries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
# Kept equal to 0046_people_keep_to_their_part's.
A_PERSONS_STATEMENT_0046 = (
    "current_user = session_user AND ("
    + " OR ".join(f"pg_has_role(current_user, '{group}', 'MEMBER')" for group in PEOPLE)
    + ") AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
)
# The table's owner: the owner's functions run as this role, and nobody else may take it.
OWNER = (
    "(SELECT r.rolname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r "
    "ON r.oid = c.relowner WHERE c.oid = TG_RELID)"
)
A_PERSONS_STATEMENT = (
    f"current_user <> {OWNER} AND ("
    + " OR ".join(f"pg_has_role(session_user, '{group}', 'MEMBER')" for group in PEOPLE)
    + ") AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
)
PERSONS_TRIGGERS = (
    "qualifier_consents_time",
    "qualifier_qualifications_time",
    "qualifier_user_without_login",
    "qualifier_sweep_lease_runs",
)
PROFILE_WINDOW = "calling_profiles_window_of_a_day"
A_DAYS_MINUTES = "window_start >= 0 AND window_start < window_end AND window_end < 1440"
RESET = "qualifier_reset_sign_in"
RESET_OF_ONESELF_0046 = "IF me IS NOT NULL AND target = me AND NOT p_must_change THEN"
RESET_OF_ONESELF = "IF me IS NOT NULL AND target = me THEN"
CALL_TRIGGER = "qualifier_call_as_it_happens"
HELD_LEAD_CHECK_0045 = "IF current_user = session_user THEN"
HELD_LEAD_CHECK = f"IF current_user <> {OWNER} THEN"


def _replace(function: str, old: str, new: str) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != 1:
        raise RuntimeError(f"{function} is not as this migration expects")
    op.execute(definition.replace(old, new))


def _one_user_per_login() -> None:
    shared = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT db_role FROM users WHERE db_role IS NOT NULL "
            "GROUP BY db_role HAVING count(*) > 1 ORDER BY db_role"
        )
        .scalars()
        .all()
    )
    if shared:
        raise RuntimeError(
            "more than one user signs in with the database login(s) "
            f"{', '.join(map(str, shared))}: give each user row its own login first"
        )
    op.drop_index("ix_users_db_role", table_name="users")
    op.create_index("ix_users_db_role", "users", ["db_role"], unique=True)


def _profiles_of_a_day() -> None:
    wrong = (
        op.get_bind()
        .exec_driver_sql(
            f"SELECT id FROM calling_profiles WHERE NOT ({A_DAYS_MINUTES}) ORDER BY id"
        )
        .scalars()
        .all()
    )
    if wrong:
        raise RuntimeError(
            "calling profile(s) "
            f"{', '.join(map(str, wrong))} have a window outside one day's minutes: "
            "correct them first"
        )
    op.execute(
        f"ALTER TABLE calling_profiles ADD CONSTRAINT {PROFILE_WINDOW} CHECK ({A_DAYS_MINUTES})"
    )


def upgrade() -> None:
    _one_user_per_login()
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in PERSONS_TRIGGERS:
        _replace(function, A_PERSONS_STATEMENT_0046, A_PERSONS_STATEMENT)
    _replace(CALL_TRIGGER, HELD_LEAD_CHECK_0045, HELD_LEAD_CHECK)
    _profiles_of_a_day()
    _replace(RESET, RESET_OF_ONESELF_0046, RESET_OF_ONESELF)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(RESET, RESET_OF_ONESELF, RESET_OF_ONESELF_0046)
        op.execute(f"ALTER TABLE calling_profiles DROP CONSTRAINT {PROFILE_WINDOW}")
        _replace(CALL_TRIGGER, HELD_LEAD_CHECK, HELD_LEAD_CHECK_0045)
        for function in PERSONS_TRIGGERS:
            _replace(function, A_PERSONS_STATEMENT, A_PERSONS_STATEMENT_0046)
    op.drop_index("ix_users_db_role", table_name="users")
    op.create_index("ix_users_db_role", "users", ["db_role"])
