"""One sweeper at a time across all workstations: a lease row, taken and judged by the
database's clock (never a workstation's), that lapses by itself when its holder dies."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from qualifier_app.persistence.database import Database

# The database's "now", as each backend writes it; SQLite keeps naive UTC text.
_NOW = {"postgresql": "now()", "sqlite": "strftime('%Y-%m-%d %H:%M:%f', 'now')"}
_LATER = {
    "postgresql": "now() + make_interval(secs => :seconds)",
    "sqlite": "strftime('%Y-%m-%d %H:%M:%f', 'now', '+' || :seconds || ' seconds')",
}


class SweepLease:
    def __init__(self, db: Database, name: str, minutes: int) -> None:
        self._db = db
        self._name = name
        self._seconds = minutes * 60

    def _sql(self, template: str) -> str:
        dialect = "sqlite" if self._db.is_sqlite else "postgresql"
        return template.format(now=_NOW[dialect], later=_LATER[dialect])

    def take(self) -> str | None:
        """The holder's token when this caller holds the lease now; None when another
        workstation holds it and its lease has not run out."""
        holder = uuid.uuid4().hex
        statement = self._sql(
            "INSERT INTO sweep_leases (name, holder, expires_at) "
            "VALUES (:name, :holder, {later}) "
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
            "expires_at = excluded.expires_at "
            "WHERE sweep_leases.expires_at <= {now} "
            "RETURNING holder"
        )
        with self._db.unit_of_work() as uow:
            taken = uow.session.execute(
                text(statement),
                {"name": self._name, "holder": holder, "seconds": self._seconds},
            ).scalar()
            uow.commit()
        return holder if taken == holder else None

    def release(self, holder: str) -> None:
        # Lapsed, not deleted: a rep's workstation sweeps too, and a rep deletes no rows.
        with self._db.unit_of_work() as uow:
            uow.session.execute(
                text(
                    self._sql(
                        "UPDATE sweep_leases SET expires_at = {now} "
                        "WHERE name = :name AND holder = :holder"
                    )
                ),
                {"name": self._name, "holder": holder},
            )
            uow.commit()

    @contextmanager
    def held(self) -> Iterator[bool]:
        """`with lease.held() as mine:` runs the block holding the lease when `mine`."""
        holder = self.take()
        try:
            yield holder is not None
        finally:
            if holder is not None:
                self.release(holder)
