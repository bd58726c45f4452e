"""One migration history for SQLite (batch mode) and PostgreSQL.

Run through `qualifier db upgrade`, which hands in its connection, or through the alembic
command line with QUALIFIER_DATABASE_URL (or the default embedded database).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from qualifier_app.persistence.models import Base, include_in_comparison
from qualifier_app.persistence.types import Money, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Write the portable base types into migrations, not the application's decorators, so an
    old migration never depends on today's application code."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, Money):
        return "sa.BigInteger()"
    if type_ == "type" and obj.__class__.__name__ == "JSON" and hasattr(obj, "_variant_mapping"):
        autogen_context.imports.add("from sqlalchemy.dialects import postgresql")
        return "sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')"
    return False


# Rights on the database itself, as the migrations that made them left them (0019, 0038,
# 0039, 0042): a database restored from a dump or copied from a template has its schema but
# not these, so every upgrade to the latest schema gives them again.
DATABASE_RIGHTS = """DO $$ BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO qualifier_sign_in, qualifier_rep, '
                 'qualifier_team_lead, qualifier_supervisor, qualifier_admin', current_database());
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO qualifier_supervisor, qualifier_admin',
                 current_database());
END $$"""


def run_on(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode copies tables; foreign keys must be off while it does, and SQLite only
        # honours this pragma outside a transaction.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        render_item=render_item,
        include_object=include_in_comparison,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if (
            not sqlite
            and context.get_context().get_current_revision() == context.get_head_revision()
        ):
            connection.execute(text(DATABASE_RIGHTS))
    if connection.in_transaction():
        connection.commit()
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    from qualifier_app.persistence.engine import create_db_engine
    from qualifier_app.persistence.schema import migration_connection
    from qualifier_app.settings import load_settings

    engine = create_db_engine(load_settings().database_url)
    with migration_connection(engine) as own_connection:
        run_on(own_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; connect to a database")
run_online()
