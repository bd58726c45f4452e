"""One migration history for both databases: up, down, up again, and equal to the models."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from qualifier_app.app import build
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import Base, Lead, include_in_comparison
from qualifier_app.settings import Settings
from tests.support.factories import Factory


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


def test_a_short_year_written_by_an_earlier_import_is_read_again(tmp_path: Path) -> None:
    # Imports wrote the year 1 as "1-01-01 …" on SQLite, which nothing could read back.
    url = f"sqlite:///{tmp_path / 'short-years.sqlite3'}"
    engine = create_db_engine(url)
    try:
        schema.upgrade(engine)
        services = build(
            Settings(database_url=url, data_dir=tmp_path / "data"), db=Database.from_url(url)
        )
        Factory(services).lead()
        services.close()
        schema.downgrade(engine, "0039_i12_people_write_their_own")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE leads SET inquired_at = '1-01-01 00:00:00.000000', "
                "updated_at = '999-12-31 23:59:59.000000'"
            )
        schema.upgrade(engine)
        with Session(engine) as session:
            lead = session.execute(select(Lead)).scalar_one()
        assert lead.inquired_at == datetime(1, 1, 1, tzinfo=UTC)
        assert lead.updated_at == datetime(999, 12, 31, 23, 59, 59, tzinfo=UTC)
    finally:
        engine.dispose()
