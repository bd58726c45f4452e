"""One migration history for both databases: up, down, up again, and equal to the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import Base, include_in_comparison


def test_upgrade_downgrade_upgrade(empty_database_url: str) -> None:
    engine = create_db_engine(empty_database_url)
    try:
        schema.upgrade(engine)
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        schema.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        schema.upgrade(engine)
        assert schema.current_revision(engine) == schema.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_models_agree_with_migrations(database_url: str) -> None:
    engine = create_db_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "include_object": include_in_comparison},
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_the_claims_indexes_exist(database_url: str) -> None:
    engine = create_db_engine(database_url)
    try:
        indexes = {index["name"] for index in inspect(engine).get_indexes("leads")}
        postgres = engine.dialect.name == "postgresql"
    finally:
        engine.dispose()
    assert {"ix_leads_claim_assigned", "ix_leads_lease_owner"} <= indexes
    # Only SQLite's claim walks all queued leads in claim order (0037_i17_claim_order_sqlite).
    assert ("ix_leads_claim_order" in indexes) is not postgres
    # One index serves an address and the start of one (0036_i17_one_email_index).
    assert "ix_leads_email_normalized" in indexes and "ix_leads_email_prefix" not in indexes
