"""Leads of my teams, a window at a time: filtered and sorted in SQL, never all in memory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor, Role
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, Lead, Queue, User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.board.lead_filter import LeadFilter, LeaseState
from qualifier_app.services.frame import Frame, Reading

MAX_PAGE = 1000

# Column keys the table may sort by, and what they sort on.
SORT_KEYS: dict[str, Any] = {
    "id": Lead.id,
    "company": Lead.company_key,
    "status": Lead.status,
    "score": Lead.score,
    "attempts": Lead.attempts,
    "country": Lead.country,
    "region": Lead.region,
    "next_call": Lead.next_call_at,
    "inquired": Lead.inquired_at,
    "queue": Lead.queue_id,
    "campaign": Lead.campaign_id,
    "rep": Lead.assigned_rep_id,
    "lease": Lead.lease_expires_at,
}


@dataclass(frozen=True)
class LeadRow:
    id: int
    version: int
    company: str
    contact: str
    status: str
    queue: str | None
    campaign: str | None
    country: str | None
    region: str | None
    rep: str | None
    holder: str | None
    lease: LeaseState
    lease_expires_at: datetime | None
    score: int
    attempts: int
    next_call_at: datetime | None
    inquired_at: datetime


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    closed: bool = False  # a closed queue: its old leads are filtered by it, none move to it


@dataclass(frozen=True)
class LeadTableChoices:
    """What the filter controls offer."""

    statuses: tuple[str, ...]
    queues: tuple[Choice, ...]
    campaigns: tuple[Choice, ...]
    reps: tuple[Choice, ...]


class LeadTableService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def count(self, actor: Actor, lead_filter: LeadFilter) -> int:
        with self._frame.read(actor, Action.VIEW_TEAM_BOARD, in_transaction=False) as reading:
            where = _where(reading, actor, lead_filter)
            return int(
                reading.session.execute(
                    select(func.count()).select_from(Lead).where(*where)
                ).scalar_one()
            )

    def page(
        self,
        actor: Actor,
        lead_filter: LeadFilter,
        *,
        sort: str = "id",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[LeadRow]:
        with self._frame.read(actor, Action.VIEW_TEAM_BOARD, in_transaction=False) as reading:
            if sort not in SORT_KEYS:
                raise InvalidInput(message("cannot sort leads by {sort!r}", sort=sort), "sort")
            if offset < 0 or not 0 < limit <= MAX_PAGE:
                raise InvalidInput(
                    message("a page is 1 to {MAX_PAGE} leads from offset 0 on", MAX_PAGE=MAX_PAGE),
                    "limit",
                )
            now = reading.now
            where = _where(reading, actor, lead_filter)
            key = SORT_KEYS[sort]
            order = [key.desc(), Lead.id.desc()] if descending else [key.asc(), Lead.id.asc()]
            # Page the lead ids first (index-friendly), then fetch names for that page only.
            ids = (
                select(Lead.id)
                .where(*where)
                .order_by(*order)
                .offset(offset)
                .limit(limit)
                .subquery()
            )
            rep = aliased(User)
            holder = aliased(User)
            query = (
                select(
                    Lead.id,
                    Lead.version,
                    Lead.company,
                    Lead.first_name,
                    Lead.last_name,
                    Lead.status,
                    Queue.name,
                    Campaign.name,
                    Lead.country,
                    Lead.region,
                    rep.display_name,
                    holder.display_name,
                    Lead.lease_owner_id,
                    Lead.lease_expires_at,
                    Lead.score,
                    Lead.attempts,
                    Lead.next_call_at,
                    Lead.inquired_at,
                )
                .join(ids, ids.c.id == Lead.id)
                .outerjoin(Queue, Queue.id == Lead.queue_id)
                .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
                .outerjoin(rep, rep.id == Lead.assigned_rep_id)
                .outerjoin(holder, holder.id == Lead.lease_owner_id)
                .order_by(*order)
            )
            # Plain Core rows: the ORM layer adds nothing here but Python work per row.
            rows = reading.session.connection().execute(query).all()
        return [
            LeadRow(
                id=r[0],
                version=r[1],
                company=r[2],
                contact=" ".join(part for part in (r[3], r[4]) if part),
                status=r[5],
                queue=r[6],
                campaign=r[7],
                country=r[8],
                region=r[9],
                rep=r[10],
                holder=r[11] if r[12] is not None else None,
                lease=_lease_state(r[12], r[13], now),
                lease_expires_at=r[13],
                score=r[14],
                attempts=r[15],
                next_call_at=r[16],
                inquired_at=r[17],
            )
            for r in rows
        ]

    def choices(self, actor: Actor) -> LeadTableChoices:
        with self._frame.read(actor, Action.VIEW_TEAM_BOARD) as reading:
            session = reading.session
            scope = scope_of(session, actor)
            queues = select(Queue.id, Queue.name, Queue.active).order_by(Queue.name)
            reps = (
                select(User.id, User.display_name)
                .where(
                    User.active.is_(True),
                    User.role.in_([Role.REP.value, Role.TEAM_LEAD.value]),
                )
                .order_by(User.display_name)
            )
            if not scope.everything:
                queues = queues.where(Queue.id.in_(sorted(scope.queue_ids)))
                reps = reps.where(User.id.in_(sorted(scope.people_ids)))
            return LeadTableChoices(
                statuses=tuple(status.value for status in LeadStatus),
                queues=tuple(
                    Choice(i, n, closed=not open_) for i, n, open_ in session.execute(queues).all()
                ),
                campaigns=tuple(
                    Choice(i, n)
                    for i, n in session.execute(
                        select(Campaign.id, Campaign.name).order_by(Campaign.name)
                    ).all()
                ),
                reps=tuple(Choice(i, n) for i, n in session.execute(reps).all()),
            )


def _where(reading: Reading, actor: Actor, lead_filter: LeadFilter) -> list[Any]:
    """The filter's conditions, within the leads of the actor's teams."""
    scope = scope_of(reading.session, actor)
    conditions: list[ColumnElement[bool]] = lead_filter.conditions(reading.now)
    in_scope = scope.leads()
    if in_scope is not None:
        conditions.append(in_scope)
    return conditions


def _lease_state(owner: int | None, expires: datetime | None, now: datetime) -> LeaseState:
    if owner is None:
        return LeaseState.FREE
    if expires is not None and expires > now:
        return LeaseState.HELD
    return LeaseState.EXPIRED
