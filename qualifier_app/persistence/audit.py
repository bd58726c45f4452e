"""Audit rows, written in the same transaction as the change they describe."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from qualifier_app.persistence.models import AuditEntry, Base

AUDIT_TABLE = Base.metadata.tables[AuditEntry.__tablename__]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


# For bulk inserts of audit rows, which must hold the same plain JSON as record() writes.
plain = _plain


def record(
    session: Session,
    *,
    at: datetime,
    actor_id: int | None,
    action: str,
    entity_type: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> None:
    # A plain INSERT, not a unit-of-work object: it is written at once, in order, in the
    # caller's transaction, without the cost of an ORM flush on hot paths such as claims.
    session.execute(
        insert(AUDIT_TABLE).values(
            at=at,
            actor_id=actor_id,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            before=_plain(before) if before is not None else None,
            after=_plain(after) if after is not None else None,
            reason=reason,
        )
    )
