"""The frame every use case runs in, written once.

A use case checks the caller's role, reads the clock once, works in one unit of work, writes
an audit row for each change with that time and the caller as actor, and commits. `Frame`
does all of that, so a use case reads as its rule:

    with self._frame.change(actor, Action.MANAGE_CAMPAIGNS) as change:
        campaign = change.session.get(Campaign, campaign_id)
        ...
        change.audit("campaign.changed", "campaign", campaign.id, before=..., after=...)

The time is the database's: with a `DatabaseClock` (production) the frame reads the server's
time as the first statement of the transaction, so every workstation agrees on leases,
calling windows, SLAs and audit times whatever its own clock says. Tests inject a
`ManualClock` instead, and the frame uses it as it is.

Leaving the block normally commits; an exception rolls everything back. `change.discard()`
leaves without writing (a use case that found nothing to do after all).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock, DatabaseClock
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database, OneStatement, server_time


@dataclass
class Reading:
    """A read-only look at the database, for one use case."""

    session: Session
    now: datetime
    actor: Actor | None


@dataclass
class Change(Reading):
    """One transaction of a use case that changes something: audited, committed on exit."""

    _discarded: bool = field(default=False, repr=False)

    def audit(
        self,
        action: str,
        entity_type: str,
        entity_id: object,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        reason: str = "",
    ) -> None:
        audit.record(
            self.session,
            at=self.now,
            actor_id=self.actor.audit_id if self.actor is not None else None,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            before=before,
            after=after,
            reason=reason,
        )

    def discard(self) -> None:
        """Leave the block without committing: nothing this transaction wrote is kept."""
        self._discarded = True


@dataclass
class Statement:
    """A use case that is one statement, atomic by itself (see Frame.statement)."""

    runner: OneStatement
    # The time to pass to the statement: None when the statement reads the database's own
    # clock (production), the injected clock's time in tests.
    now: datetime | None

    def execute(
        self, statement: Executable, params: Mapping[str, Any]
    ) -> Sequence[Mapping[Any, Any]]:
        """The statement's rows, with `now` passed as the parameter of that name."""
        return self.runner.execute(statement, {**params, "now": self.now})


class Frame:
    """Role check, the clock, the unit of work, audit rows and commit: once for every use case."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @contextmanager
    def change(self, actor: Actor | None, action: Action | None = None) -> Iterator[Change]:
        """A writing use case. `actor=None` is the system itself (sweeps, migrations)."""
        if actor is not None and action is not None:
            require(actor, action)
        with self.db.unit_of_work(acting=actor.login if actor else None) as uow:
            change = Change(uow.session, self._now(uow.session), actor)
            yield change
            if not change._discarded:
                uow.commit()

    @contextmanager
    def read(
        self, actor: Actor | None, action: Action | None = None, *, in_transaction: bool = True
    ) -> Iterator[Reading]:
        """A reading use case: the role check, the clock, and a session that never commits.

        `in_transaction=False` for reads refreshed all day (the team board) whose statements
        need not share a transaction: each already sees the database as it is when it runs,
        under READ COMMITTED. On PostgreSQL they then go without BEGIN and ROLLBACK (not
        behind a transaction pooler: see Database.lookup)."""
        if actor is not None and action is not None:
            require(actor, action)
        acting = actor.login if actor else None
        with (
            self.db.unit_of_work(write=False, acting=acting)
            if in_transaction
            else self.db.lookup(acting=acting)
        ) as uow:
            yield Reading(uow.session, self._now(uow.session), actor)

    @contextmanager
    def lookup(self, actor: Actor | None, action: Action | None = None) -> Iterator[Session]:
        """A reading use case that needs neither the clock nor its statements in one
        transaction (a claimed lead's card): as `read(in_transaction=False)`, without reading
        the clock."""
        if actor is not None and action is not None:
            require(actor, action)
        with self.db.lookup(acting=actor.login if actor else None) as uow:
            yield uow.session

    def statement(self, actor: Actor, action: Action) -> Statement:
        """A writing use case that is one statement doing its own role checks, clock reading
        and audit row (the claim, an outcome, a heartbeat): on PostgreSQL in autocommit, one
        round trip. Hand the database's time the statement used to `observe`."""
        require(actor, action)
        database_time = isinstance(self.clock, DatabaseClock)
        return Statement(
            self.db.one_statement(acting=actor.login), None if database_time else self.clock.now()
        )

    def observe(self, database_now: datetime) -> datetime:
        """The time a statement read from the database's clock; the workstation's offset
        from it is noted, as when a transaction reads it first."""
        if isinstance(self.clock, DatabaseClock):
            return self.clock.observe(database_now)
        return database_now

    def _now(self, session: Session) -> datetime:
        """The transaction's time: the database's, read once, or the injected test clock."""
        if isinstance(self.clock, DatabaseClock):
            return self.clock.observe(server_time(session))
        return self.clock.now()
