"""Reading the audit log: who did what, when, from what to what, and why.

Supervisors and administrators read all of it; a team lead reads the rows written by the
people of their teams and the rows about their teams' leads. The log is append-only, so
reading it never changes anything, and exporting it is a read too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, String, cast, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.audit_actions import (
    action_words,
    field_words,
    subject_words,
    value_words,
)
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import midnight
from qualifier_app.domain.roles import SYSTEM, Action, Actor
from qualifier_app.domain.text import joined, listed, message
from qualifier_app.integrations.table_export import write_table
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, Lead, User
from qualifier_app.services.accounts.team_scope import TeamScope, scope_of
from qualifier_app.services.center_days import center_zone
from qualifier_app.services.frame import Frame

SCREEN_LIMIT = 500
EXPORT_LIMIT = 200_000
EXPORT_HEADERS = (
    message("When (UTC)"),
    message("Who"),
    message("Action"),
    message("What"),
    message("Before → after"),
    message("Why"),
)


@dataclass(frozen=True)
class AuditFilter:
    """Which rows to read. `action` matches a whole action ("lead.claimed") or, ending in a
    dot or not, every action starting with it ("lead" finds every lead action)."""

    user: str | None = None
    lead_id: int | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive

    def __post_init__(self) -> None:
        if self.since and self.until and self.until < self.since:
            raise InvalidInput(
                message(
                    "the period ends ({until}) before it starts ({since})",
                    until=self.until,
                    since=self.since,
                ),
                "until",
            )
        if self.lead_id is not None and self.lead_id <= 0:
            raise InvalidInput(
                message("lead {lead_id} cannot exist: ids start at 1", lead_id=self.lead_id), "lead"
            )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    who: str
    action: str
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str

    @property
    def what(self) -> str:
        return f"{self.entity_type} {self.entity_id}"

    @property
    def changes(self) -> str:
        return describe_change(self.before, self.after)

    def cells(self) -> list[str]:
        """The row as the log keeps it: codes (the command line, the CSV export)."""
        return [
            f"{self.at:%Y-%m-%d %H:%M:%S}",
            self.who,
            self.action,
            self.what,
            self.changes,
            self.reason,
        ]

    def worded(self) -> list[str]:
        """The row in plain words, for a window: the action, what it is about and the names of
        the changed fields (each translated when shown)."""
        return [
            f"{self.at:%Y-%m-%d %H:%M:%S}",
            message("system") if self.who == SYSTEM else self.who,
            action_words(self.action),
            joined(subject_words(self.entity_type), " ", self.entity_id),
            describe_change(self.before, self.after, worded=True, subject=self.entity_type),
            self.reason,
        ]


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    more: bool  # there are older rows than the limit let through


def _show(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, list | tuple):
        return ", ".join(_show(v) for v in value) or "–"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_show(v)}" for k, v in value.items()) + "}"
    return value if isinstance(value, str) else str(value)  # a Message stays one


def describe_change(
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    worded: bool = False,
    subject: str = "",
) -> str:
    """ "status: queued → do_not_call; score: 40 → 55": only what differs, in a stable order.
    `worded` names the fields in plain words ("next call" for next_call_at) and the statuses
    of the `subject` (a lead, a handoff) as the windows do."""
    old, new = before or {}, after or {}

    def shown(key: str, value: Any) -> str:
        return _show(value_words(subject, key, value) if worded else value)

    parts: list[str] = []
    for key in list(old) + [k for k in new if k not in old]:
        change: str
        if key in old and key in new:
            if old[key] == new[key]:
                continue
            change = joined(shown(key, old[key]), " → ", shown(key, new[key]))
        elif key in new:
            change = shown(key, new[key])
        else:
            change = joined(shown(key, old[key]), " → ", message("(removed)"))
        parts.append(joined(field_words(key), ": ", change) if worded else f"{key}: {change}")
    return listed(parts, "; ") if worded else "; ".join(parts)


class AuditService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def find(
        self, actor: Actor, wanted: AuditFilter | None = None, limit: int = SCREEN_LIMIT
    ) -> AuditPage:
        """The newest rows first, at most `limit` of them."""
        with self._frame.read(actor, Action.VIEW_AUDIT) as reading:
            rows = self._rows(reading.session, actor, wanted or AuditFilter(), limit + 1)
        return AuditPage(tuple(rows[:limit]), more=len(rows) > limit)

    def export_csv(self, actor: Actor, wanted: AuditFilter, path: Path) -> int:
        """Every row the filter finds (up to EXPORT_LIMIT) as a spreadsheet-safe CSV file."""
        if path.suffix.lower() != ".csv":
            raise InvalidInput(
                message("{name}: the audit log is exported as a .csv file", name=path.name), "out"
            )
        page = self.find(actor, wanted, EXPORT_LIMIT)
        return write_table(
            path,
            EXPORT_HEADERS,
            ([*row.cells()] for row in page.rows),
            fmt="csv",
        )

    def _rows(
        self, session: Session, actor: Actor, wanted: AuditFilter, limit: int
    ) -> Sequence[AuditRow]:
        query = (
            select(AuditEntry, User.login)
            .outerjoin(User, User.id == AuditEntry.actor_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
        )
        for condition in self._conditions(session, actor, wanted):
            query = query.where(condition)
        found = session.execute(query).all()
        # Personal values are sealed per person (persistence/audit.py): opened for reading,
        # shown as "[erased]" once the person was erased.
        opened = audit.reveal(
            session, [p for entry, _ in found for p in (entry.before, entry.after)]
        )
        return [
            AuditRow(
                id=entry.id,
                at=entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC),
                who=login or SYSTEM,
                action=entry.action,
                entity_type=entry.entity_type,
                entity_id=entry.entity_id,
                before=opened[2 * index],
                after=opened[2 * index + 1],
                reason=entry.reason or "",
            )
            for index, (entry, login) in enumerate(found)
        ]

    def _conditions(
        self, session: Session, actor: Actor, wanted: AuditFilter
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if wanted.user:
            login = wanted.user.strip().lower()
            if login == SYSTEM:
                conditions.append(AuditEntry.actor_id.is_(None))
            else:
                user_id = session.execute(select(User.id).where(User.login == login)).scalar()
                if user_id is None:
                    raise InvalidInput(message("there is no user {login!r}", login=login), "user")
                conditions.append(AuditEntry.actor_id == user_id)
        if wanted.lead_id is not None:
            conditions.append(AuditEntry.entity_type == "lead")
            conditions.append(AuditEntry.entity_id == str(wanted.lead_id))
        if wanted.action and wanted.action.strip():
            action = wanted.action.strip().lower()
            prefix = action.rstrip(".")
            conditions.append(
                or_(
                    AuditEntry.action == prefix,
                    AuditEntry.action.startswith(prefix + ".", autoescape=True),
                )
            )
        if wanted.since:
            conditions.append(AuditEntry.at >= midnight(wanted.since, center_zone(session)))
        if wanted.until:
            day_after = wanted.until + timedelta(days=1)
            conditions.append(AuditEntry.at < midnight(day_after, center_zone(session)))
        scoped = _team_rows(scope_of(session, actor))
        if scoped is not None:
            conditions.append(scoped)
        return conditions


def _team_rows(scope: TeamScope) -> ColumnElement[bool] | None:
    """A team lead's rows: written by their people, or about their teams' leads."""
    if scope.everything:
        return None
    leads = scope.leads()
    condition: ColumnElement[bool] = AuditEntry.actor_id.in_(sorted(scope.people_ids))
    if leads is not None:
        team_leads = select(cast(Lead.id, String)).where(leads)
        condition = or_(
            condition,
            (AuditEntry.entity_type == "lead") & AuditEntry.entity_id.in_(team_leads),
        )
    return condition
