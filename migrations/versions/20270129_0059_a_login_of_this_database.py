"""an administrator gives a login only to a person of this database

Found setting up a second center on a server that held one: roles belong to the server, and
`qualifier_manage_login` took any role that was a Qualifier login, so an administrator of the
second database who added a person with a login of the first one set that person's password
on the server, and signed in to the first center as them, with their rights there (an
administrator's too). The function now takes a role that exists only as the login of one of
this database's own people (`users.db_role`, which it alone writes); the owner of a test or
simulation database, whose people share their names with other databases of its server, may
let it take such a role (`ALTER DATABASE … SET qualifier.logins = 'shared'`; never on a
center's).

Revision ID: 0059_a_login_of_this_database
Revises: 0058_import_progress_time
Create Date: 2027-01-29 09:00:00
"""

# ruff: noqa: S608 - SQL built from this migration's constants

from collections.abc import Sequence

from alembic import op

revision: str = "0059_a_login_of_this_database"
down_revision: str | Sequence[str] | None = "0058_import_progress_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "qualifier_manage_login"
LOGINS_SHARED = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.logins=shared' = ANY (s.setconfig))"
)
ANY_QUALIFIER_LOGIN = """                END IF;
              ELSE
"""
THIS_DATABASES_LOGIN = f"""                END IF;
                IF NOT EXISTS (SELECT 1 FROM users WHERE login = p_login AND db_role = p_login)
                   AND NOT {LOGINS_SHARED} THEN
                  RAISE EXCEPTION 'the database role % is a login of another Qualifier database on this server', p_login
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
              ELSE
"""


def _replace(old: str, new: str) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{FUNCTION}'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != 1:
        raise RuntimeError(f"{FUNCTION} is not as this migration expects")
    op.execute(definition.replace(old, new))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(ANY_QUALIFIER_LOGIN, THIS_DATABASES_LOGIN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace(THIS_DATABASES_LOGIN, ANY_QUALIFIER_LOGIN)
