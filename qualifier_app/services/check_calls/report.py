"""What the check calls found, per partner and partner rep, or per rep who qualified the
leads: a ReportTable, shown and exported like the other reports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import aliased

from qualifier_app.domain.check_calls import CheckCallStatus
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period, rate
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import CheckCall, Handoff, Lead, Partner, PartnerRep, User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.center_days import center_period, center_zone
from qualifier_app.services.frame import Frame
from qualifier_app.services.reports.dto import ReportColumn, ReportTable

CHECK_CALLS_BY = ("partner", "rep")
MADE = (CheckCallStatus.ANSWERED, CheckCallStatus.UNREACHED)
NO_REP = "(no partner rep)"

PARTNER_COLUMNS = (
    ReportColumn("partner", message("Partner"), "text"),
    ReportColumn("partner_rep", message("Partner rep"), "text"),
)
REP_COLUMNS = (ReportColumn("rep", message("Rep"), "text"),)
COLUMNS = (
    ReportColumn("checked", message("Checked"), "count"),
    ReportColumn("reached", message("Reached"), "count"),
    ReportColumn("contacted_rate", message("Contacted by partner"), "percent"),
    ReportColumn("not_contacted", message("Not contacted"), "count"),
    ReportColumn("median_days", message("Median days to contact"), "ratio"),
    ReportColumn("satisfaction", message("Satisfaction (1–5)"), "ratio"),
    ReportColumn("contradictions", message("Contradicted"), "count"),
    ReportColumn("reopened", message("Reopened"), "count"),
)


@dataclass
class _Tally:
    checked: int = 0
    reached: int = 0
    contacted: int = 0
    not_contacted: int = 0
    days: list[int] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)
    contradictions: int = 0
    reopened: int = 0

    def add(self, check: CheckCall, sent_day: date | None) -> None:
        self.checked += 1
        if check.status != CheckCallStatus.ANSWERED:
            return
        self.reached += 1
        if check.contacted is True:
            self.contacted += 1
            if check.contacted_on is not None and sent_day is not None:
                self.days.append(max(0, (check.contacted_on - sent_day).days))
        elif check.contacted is False:
            self.not_contacted += 1
        if check.satisfaction is not None:
            self.scores.append(check.satisfaction)
        self.contradictions += int(check.contradiction)
        self.reopened += int(check.follow_up is not None)

    def cells(self) -> tuple[Any, ...]:
        told = self.contacted + self.not_contacted
        return (
            self.checked,
            self.reached,
            rate(self.contacted, told),
            self.not_contacted,
            round(float(median(self.days)), 1) if self.days else None,
            round(sum(self.scores) / len(self.scores), 2) if self.scores else None,
            self.contradictions,
            self.reopened,
        )


class CheckCallReport:
    def __init__(self, frame: Frame) -> None:
        self._frame = frame

    def table(self, actor: Actor, by: str, period: Period) -> ReportTable:
        if by not in CHECK_CALLS_BY:
            raise InvalidInput(
                message("--by must be one of {choices}", choices=", ".join(CHECK_CALLS_BY)), "by"
            )
        with self._frame.read(actor, Action.VIEW_REPORTS) as reading:
            period = center_period(reading.session, period, reading.now)
            rep = aliased(PartnerRep)
            query = (
                select(CheckCall, Handoff.sent_at, Partner.name, rep.name, User.display_name)
                .join(Handoff, Handoff.id == CheckCall.handoff_id)
                .join(Partner, Partner.id == CheckCall.partner_id)
                .outerjoin(rep, rep.id == CheckCall.partner_rep_id)
                .outerjoin(User, User.id == CheckCall.rep_id)
                .where(CheckCall.status.in_(MADE))
            )
            in_scope = scope_of(reading.session, actor).leads()
            if in_scope is not None:
                # A team lead's: the check calls of their teams' leads, as row-level security
                # shows them on PostgreSQL.
                query = query.where(CheckCall.lead_id.in_(select(Lead.id).where(in_scope)))
            if period.since is not None:
                query = query.where(CheckCall.decided_at >= period.since)
            if period.before is not None:
                query = query.where(CheckCall.decided_at < period.before)
            rows = reading.session.execute(query).all()
            zone = center_zone(reading.session)
            groups = _partner_groups(rows, zone) if by == "partner" else _rep_groups(rows, zone)
        first = PARTNER_COLUMNS if by == "partner" else REP_COLUMNS
        return ReportTable(
            title=message("Check calls by partner")
            if by == "partner"
            else message("Check calls by rep"),
            columns=first + COLUMNS,
            rows=tuple(key + tally.cells() for key, tally in sorted(groups.items())),
            period=period.text(),
        )


def _sent_day(sent_at: datetime | None, zone: ZoneInfo) -> date | None:
    """The center's day a handoff was sent: the partner's days to call count from it."""
    return sent_at.astimezone(zone).date() if sent_at else None


def _partner_groups(rows: Iterable[Any], zone: ZoneInfo) -> dict[tuple[str, ...], _Tally]:
    """Each partner (all its reps: partner rep "") and each of its reps."""
    groups: dict[tuple[str, ...], _Tally] = defaultdict(_Tally)
    for check, sent_at, partner, partner_rep, _ in rows:
        sent_day = _sent_day(sent_at, zone)
        groups[(partner, "")].add(check, sent_day)
        groups[(partner, partner_rep or NO_REP)].add(check, sent_day)
    return groups


def _rep_groups(rows: Iterable[Any], zone: ZoneInfo) -> dict[tuple[str, ...], _Tally]:
    groups: dict[tuple[str, ...], _Tally] = defaultdict(_Tally)
    for check, sent_at, _, _, rep in rows:
        groups[(rep or "(unknown)",)].add(check, _sent_day(sent_at, zone))
    return groups
