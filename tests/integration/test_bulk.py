"""Bulk loading stores what SQLAlchemy would, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert, select

from qualifier_app.persistence.bulk import reserve_ids, write_rows
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry

AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]
COLUMNS = ("at", "actor_id", "action", "entity_type", "entity_id", "before", "after", "reason")


def rows(tag: str) -> list[dict[str, Any]]:
    at = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    return [
        {
            "at": at,
            "actor_id": None,
            "action": f"{tag}.created",
            "entity_type": "lead",
            "entity_id": "7",
            "before": None,
            "after": {"score": 12, "amount": str(Decimal("12.50")), "names": ["Zoë", "O'Brien"]},
            "reason": "quotes ' \" and a tab\there",
        },
        {
            # Another zone for the same kind of instant: stored as UTC like every datetime.
            "at": (at + timedelta(hours=1)).astimezone(timezone(timedelta(hours=2))),
            "actor_id": None,
            "action": f"{tag}.merged",
            "entity_type": "lead",
            "entity_id": "8",
            "before": {"status": "queued"},
            "after": {},
            "reason": "",
        },
    ]


def stored(db: Database, action_prefix: str) -> list[tuple[Any, ...]]:
    with db.unit_of_work(write=False) as uow:
        found = uow.session.execute(
            select(*(AUDIT.c[name] for name in COLUMNS))
            .where(AUDIT.c.action.startswith(action_prefix))
            .order_by(AUDIT.c.id)
        ).all()
    return [tuple(row) for row in found]


def test_bulk_rows_read_back_as_core_inserts_do(database_url: str) -> None:
    db = Database.from_url(database_url)
    try:
        with db.unit_of_work() as uow:
            uow.session.execute(insert(AUDIT), rows("core"))
            uow.commit()
        with db.unit_of_work() as uow:
            write_rows(
                uow.session, AUDIT, COLUMNS, [tuple(r[c] for c in COLUMNS) for r in rows("bulk")]
            )
            uow.commit()
        core, bulk = stored(db, "core."), stored(db, "bulk.")
        assert len(core) == len(bulk) == 2
        for a, b in zip(core, bulk, strict=True):
            assert a[:2] == b[:2] and a[3:] == b[3:]  # all but the action's name
    finally:
        db.dispose()


def test_reserved_ids_are_new_and_the_rows_get_them(database_url: str) -> None:
    db = Database.from_url(database_url)
    try:
        with db.unit_of_work() as uow:
            uow.session.execute(insert(AUDIT), rows("first"))
            ids = reserve_ids(uow.session, AUDIT, 3)
            assert len(set(ids)) == 3
            write_rows(
                uow.session,
                AUDIT,
                ("id", *COLUMNS),
                [
                    (i, *(row[c] for c in COLUMNS))
                    for row, i in zip(rows("x") * 2, ids, strict=False)
                ],
            )
            uow.session.execute(insert(AUDIT), rows("after"))  # the sequence moved on
            uow.commit()
        with db.unit_of_work(write=False) as uow:
            all_ids = uow.session.scalars(select(AUDIT.c.id)).all()
        assert len(all_ids) == len(set(all_ids)) == 7 and set(ids) <= set(all_ids)
    finally:
        db.dispose()


def test_years_before_1000_read_back(database_url: str) -> None:
    db = Database.from_url(database_url)
    early = [datetime(1, 1, 1, tzinfo=UTC), datetime(226, 3, 15, 9, 30, tzinfo=UTC)]
    try:
        with db.unit_of_work() as uow:
            write_rows(
                uow.session,
                AUDIT,
                COLUMNS,
                [(at, None, "early.bulk", "lead", "1", None, {}, "") for at in early],
            )
            uow.commit()
        assert [row[0] for row in stored(db, "early.")] == early
    finally:
        db.dispose()
