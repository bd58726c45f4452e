"""The declarative base: naming convention, type map, and what autogenerate compares."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    MetaData,
)
from sqlalchemy.orm import DeclarativeBase

from qualifier_app.persistence.types import JsonType, Money, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Queued leads, best first: SQLite's claim walks this partial index (the few leads assigned to
# one rep in person are filtered out during the walk).
FRESH_SQL = "status = 'queued'"

# Indexes with expressions (score DESC) that reflection cannot compare; migrations own them.
# The lookup's prefix indexes (lower(column) text_pattern_ops on PostgreSQL, NOCASE on SQLite).
LOOKUP_INDEXES = frozenset(
    {
        "ix_leads_last_name_prefix",
        "ix_leads_first_name_prefix",
        "ix_leads_company_prefix",
    }
)
# PostgreSQL's claim also reads partial indexes that only its migrations make, with no model
# (ix_leads_claim_free, ix_leads_lease_expiry: 0029_i17_claim_free_leads and
# 0031_i17_claim_due_leads; ix_leads_claim_callbacks: 0031).
EXPRESSION_INDEXES = (
    frozenset(
        {
            "ix_leads_claim_order",
            "ix_leads_claim_free",
            "ix_leads_claim_callbacks",
            "ix_leads_lease_expiry",
        }
    )
    | LOOKUP_INDEXES
)
# Tables of PostgreSQL's alone, written only by the database's own triggers and functions (the
# change feed's counters, migration 0022_i17_feed; the one-time passwords' digests, 0064; the
# audit rows a transaction owes, 0068): no model, so autogenerate leaves them alone.
TRIGGER_TABLES = frozenset({"change_counters", "one_time_passwords", "audit_due"})


def include_in_comparison(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """alembic's include_object hook: leave expression indexes and the triggers' own tables
    out of autogenerate."""
    if type_ == "table" and name in TRIGGER_TABLES:
        return False
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        Decimal: Money(),
        dict[str, Any]: JsonType,
        list[Any]: JsonType,
    }
