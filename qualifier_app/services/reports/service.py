"""What the refinery returned: conversion per rep, campaign and partner, and status KPIs.

Every figure is an SQL aggregate. Attempt counts come from `activity_by_day` (kept by
triggers on call_attempts), so a report over millions of attempts reads a few thousand rows.

Definitions, in one place:
- Per rep, in the period: claimed = call attempts (each claim worked ends in one), contacted =
  attempts that reached a person, sales-ready = attempts with that outcome; accepted, won and
  revenue count the handoffs made in the period of leads the rep qualified.
- Per campaign: inquiries = leads of the campaign that inquired in the period; qualified =
  sales-ready outcomes in the period; accepted / won / revenue from the period's handoffs;
  cost is the part of the campaign's recorded cost that falls in the period, spread evenly
  over the days the campaign ran (all of it when those days are not recorded).
- Per partner: the handoffs made in the period and what became of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.reporting import (
    Period,
    cost_in_period,
    hours,
    per_unit,
    rate,
    roi,
)
from qualifier_app.domain.roles import Action, Actor, Role, require
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    ActivityDay,
    CallAttempt,
    Campaign,
    Handoff,
    Lead,
    Partner,
    PartnerRep,
    Queue,
    Team,
    User,
)
from qualifier_app.persistence.sql_functions import seconds_between
from qualifier_app.services.accounts.team_scope import scope_of

ZERO = Decimal("0.00")
ACCEPTED = ("accepted", "active", "won", "lost")
OPEN_OPPORTUNITY = ("accepted", "active")
WAITING_FOR_PARTNER = ("pending", "sent")
UNQUALIFIED_LEAD = (
    LeadStatus.NURTURE.value,
    LeadStatus.DISQUALIFIED.value,
    LeadStatus.DO_NOT_CALL.value,
)
PENDING_LEAD = (LeadStatus.QUEUED.value, LeadStatus.CALLBACK.value, LeadStatus.SALES_READY.value)
CONVERSION_BY = ("rep", "campaign", "partner")
KPI_BY = ("region", "team", "rep", "channel_manager", "partner", "partner_rep")


@dataclass(frozen=True)
class ReportFilters:
    team_id: int | None = None
    campaign_id: int | None = None
    partner_id: int | None = None
    country: str | None = None


@dataclass(frozen=True)
class RepConversion:
    rep_id: int
    rep: str
    team: str | None
    claimed: int
    contacted: int
    sales_ready: int
    accepted: int
    won: int
    revenue: Decimal
    hours_on_leads: Decimal

    @property
    def contact_rate(self) -> float | None:
        return rate(self.contacted, self.claimed)

    @property
    def qualify_rate(self) -> float | None:
        return rate(self.sales_ready, self.contacted)

    @property
    def acceptance_rate(self) -> float | None:
        return rate(self.accepted, self.sales_ready)

    @property
    def win_rate(self) -> float | None:
        return rate(self.won, self.accepted)


@dataclass(frozen=True)
class CampaignConversion:
    campaign_id: int
    campaign: str
    channel: str
    inquiries: int
    cost: Decimal
    qualified: int
    accepted: int
    won: int
    revenue: Decimal

    @property
    def cost_per_qualified(self) -> Decimal | None:
        return per_unit(self.cost, self.qualified)

    @property
    def roi(self) -> Decimal | None:
        return roi(self.revenue, self.cost)


@dataclass(frozen=True)
class PartnerConversion:
    partner_id: int
    partner: str
    handoffs: int
    sent: int
    accepted: int
    rejected: int
    sla_breaches: int
    with_feedback: int
    won: int
    lost: int
    revenue: Decimal
    hours_to_accept: Decimal | None

    @property
    def acceptance_rate(self) -> float | None:
        return rate(self.accepted, self.sent)

    @property
    def feedback_compliance(self) -> float | None:
        return rate(self.with_feedback, self.sent)

    @property
    def win_rate(self) -> float | None:
        return rate(self.won, self.accepted)


@dataclass(frozen=True)
class StatusKpi:
    group: str
    total: int
    pending: int
    active: int
    unqualified: int
    pipeline_value: Decimal
    won_revenue: Decimal

    @property
    def pending_share(self) -> float | None:
        return rate(self.pending, self.total)

    @property
    def active_share(self) -> float | None:
        return rate(self.active, self.total)

    @property
    def unqualified_share(self) -> float | None:
        return rate(self.unqualified, self.total)


@dataclass(frozen=True)
class TrendPoint:
    day: str  # ISO date
    attempts: int
    contacts: int
    sales_ready: int


@dataclass(frozen=True)
class ReportChoices:
    teams: tuple[tuple[int, str], ...]
    campaigns: tuple[tuple[int, str], ...]
    partners: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class ReportColumn:
    key: str
    title: str
    kind: str  # text, count, money, percent, hours, ratio


@dataclass(frozen=True)
class ReportTable:
    """A report as rows of plain values, for the CLI, the GUI and spreadsheet exports."""

    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[Any, ...], ...]
    period: str

    @property
    def header(self) -> list[str]:
        return [column.title for column in self.columns]


def _money(value: Decimal | None) -> Decimal:
    return value if value is not None else ZERO


def _between(column: Any, period: Period) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if period.since is not None:
        conditions.append(column >= period.since)
    if period.before is not None:
        conditions.append(column < period.before)
    return conditions


def _days(period: Period) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if period.start is not None:
        conditions.append(ActivityDay.day >= period.start)
    if period.end is not None:
        conditions.append(ActivityDay.day <= period.end)
    return conditions


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


class ReportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- conversion per rep -----------------------------------------------------------------

    def conversion_by_rep(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[RepConversion]:
        require(actor, Action.VIEW_REPORTS)
        filters = filters or ReportFilters()
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            activity_where = _days(period)
            if filters.campaign_id is not None:
                activity_where.append(ActivityDay.campaign_id == filters.campaign_id)
            activity = (
                select(
                    ActivityDay.rep_id.label("rep_id"),
                    func.sum(ActivityDay.attempts).label("claimed"),
                    func.sum(ActivityDay.contacts).label("contacted"),
                    func.sum(ActivityDay.sales_ready).label("sales_ready"),
                    func.sum(ActivityDay.seconds).label("seconds"),
                )
                .where(*activity_where)
                .group_by(ActivityDay.rep_id)
                .subquery()
            )
            handoff_where: list[ColumnElement[bool]] = [Handoff.qualified_by_id.is_not(None)]
            handoff_where += _between(Handoff.created_at, period)
            handoffs = select(
                Handoff.qualified_by_id.label("rep_id"),
                _count_if(Handoff.accepted_at.is_not(None)).label("accepted"),
                _count_if(Handoff.status == "won").label("won"),
                func.sum(case((Handoff.status == "won", Handoff.won_revenue))).label("revenue"),
            )
            if filters.campaign_id is not None:
                handoffs = handoffs.join(Lead, Lead.id == Handoff.lead_id)
                handoff_where.append(Lead.campaign_id == filters.campaign_id)
            handoff_sub = (
                handoffs.where(*handoff_where).group_by(Handoff.qualified_by_id).subquery()
            )
            query = (
                select(
                    User.id,
                    User.display_name,
                    Team.name,
                    activity.c.claimed,
                    activity.c.contacted,
                    activity.c.sales_ready,
                    activity.c.seconds,
                    handoff_sub.c.accepted,
                    handoff_sub.c.won,
                    handoff_sub.c.revenue,
                )
                .outerjoin(Team, Team.id == User.team_id)
                .outerjoin(activity, activity.c.rep_id == User.id)
                .outerjoin(handoff_sub, handoff_sub.c.rep_id == User.id)
                .where(
                    or_(
                        and_(
                            User.active.is_(True),
                            User.role.in_([Role.REP.value, Role.TEAM_LEAD.value]),
                        ),
                        activity.c.rep_id.is_not(None),
                        handoff_sub.c.rep_id.is_not(None),
                    )
                )
                .order_by(User.display_name)
            )
            scope = scope_of(session, actor).users()
            if scope is not None:
                query = query.where(scope)
            if filters.team_id is not None:
                query = query.where(User.team_id == filters.team_id)
            rows = session.execute(query).all()
        return [
            RepConversion(
                rep_id=rep_id,
                rep=name,
                team=team,
                claimed=int(claimed or 0),
                contacted=int(contacted or 0),
                sales_ready=int(sales_ready or 0),
                accepted=int(accepted or 0),
                won=int(won or 0),
                revenue=_money(revenue),
                hours_on_leads=hours(seconds),
            )
            for (
                rep_id,
                name,
                team,
                claimed,
                contacted,
                sales_ready,
                seconds,
                accepted,
                won,
                revenue,
            ) in rows
        ]

    # --- conversion per campaign ------------------------------------------------------------

    def conversion_by_campaign(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[CampaignConversion]:
        require(actor, Action.VIEW_REPORTS)
        filters = filters or ReportFilters()
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            inquiry_where = [Lead.campaign_id.is_not(None), *_between(Lead.inquired_at, period)]
            if filters.country:
                inquiry_where.append(Lead.country == filters.country)
            inquiries = (
                select(Lead.campaign_id.label("campaign_id"), func.count().label("inquiries"))
                .where(*inquiry_where)
                .group_by(Lead.campaign_id)
                .subquery()
            )
            activity = (
                select(
                    ActivityDay.campaign_id.label("campaign_id"),
                    func.sum(ActivityDay.sales_ready).label("qualified"),
                )
                .where(*_days(period))
                .group_by(ActivityDay.campaign_id)
                .subquery()
            )
            handoff_where = [Lead.campaign_id.is_not(None), *_between(Handoff.created_at, period)]
            if filters.country:
                handoff_where.append(Lead.country == filters.country)
            handoffs = (
                select(
                    Lead.campaign_id.label("campaign_id"),
                    _count_if(Handoff.accepted_at.is_not(None)).label("accepted"),
                    _count_if(Handoff.status == "won").label("won"),
                    func.sum(case((Handoff.status == "won", Handoff.won_revenue))).label("revenue"),
                )
                .join(Lead, Lead.id == Handoff.lead_id)
                .where(*handoff_where)
                .group_by(Lead.campaign_id)
                .subquery()
            )
            query = (
                select(
                    Campaign.id,
                    Campaign.name,
                    Campaign.channel,
                    Campaign.cost,
                    Campaign.starts_on,
                    Campaign.ends_on,
                    inquiries.c.inquiries,
                    activity.c.qualified,
                    handoffs.c.accepted,
                    handoffs.c.won,
                    handoffs.c.revenue,
                )
                .outerjoin(inquiries, inquiries.c.campaign_id == Campaign.id)
                .outerjoin(activity, activity.c.campaign_id == Campaign.id)
                .outerjoin(handoffs, handoffs.c.campaign_id == Campaign.id)
                .order_by(Campaign.name)
            )
            if filters.campaign_id is not None:
                query = query.where(Campaign.id == filters.campaign_id)
            rows = session.execute(query).all()
        return [
            CampaignConversion(
                campaign_id=campaign_id,
                campaign=name,
                channel=channel,
                inquiries=int(count or 0),
                cost=cost_in_period(_money(cost), Period(starts_on, ends_on), period),
                qualified=int(qualified or 0),
                accepted=int(accepted or 0),
                won=int(won or 0),
                revenue=_money(revenue),
            )
            for (
                campaign_id,
                name,
                channel,
                cost,
                starts_on,
                ends_on,
                count,
                qualified,
                accepted,
                won,
                revenue,
            ) in rows
        ]

    # --- conversion per partner -------------------------------------------------------------

    def conversion_by_partner(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[PartnerConversion]:
        require(actor, Action.VIEW_REPORTS)
        filters = filters or ReportFilters()
        with self._db.unit_of_work(write=False) as uow:
            accept_seconds = seconds_between(Handoff.sent_at, Handoff.accepted_at)
            handoff_where = _between(Handoff.created_at, period)
            stats = select(
                Handoff.partner_id.label("partner_id"),
                func.count().label("handoffs"),
                _count_if(Handoff.sent_at.is_not(None)).label("sent"),
                _count_if(Handoff.accepted_at.is_not(None)).label("accepted"),
                _count_if(Handoff.status == "rejected").label("rejected"),
                _count_if(Handoff.sla_breached.is_(True)).label("sla_breaches"),
                _count_if(
                    and_(Handoff.sent_at.is_not(None), Handoff.last_update_at.is_not(None))
                ).label("with_feedback"),
                _count_if(Handoff.status == "won").label("won"),
                _count_if(Handoff.status == "lost").label("lost"),
                func.sum(case((Handoff.status == "won", Handoff.won_revenue))).label("revenue"),
                func.avg(
                    case(
                        (
                            and_(Handoff.accepted_at.is_not(None), Handoff.sent_at.is_not(None)),
                            accept_seconds,
                        )
                    )
                ).label("accept_seconds"),
            )
            if filters.campaign_id is not None or filters.country:
                stats = stats.join(Lead, Lead.id == Handoff.lead_id)
                if filters.campaign_id is not None:
                    handoff_where.append(Lead.campaign_id == filters.campaign_id)
                if filters.country:
                    handoff_where.append(Lead.country == filters.country)
            sub = stats.where(*handoff_where).group_by(Handoff.partner_id).subquery()
            query = (
                select(Partner.id, Partner.name, *[sub.c[key] for key in _PARTNER_FIGURES])
                .outerjoin(sub, sub.c.partner_id == Partner.id)
                .where(or_(Partner.active.is_(True), sub.c.partner_id.is_not(None)))
                .order_by(Partner.name)
            )
            if filters.partner_id is not None:
                query = query.where(Partner.id == filters.partner_id)
            rows = uow.session.execute(query).all()
        result = []
        for partner_id, name, *figures in rows:
            values = dict(zip(_PARTNER_FIGURES, figures, strict=True))
            accept = values.pop("accept_seconds")
            result.append(
                PartnerConversion(
                    partner_id=partner_id,
                    partner=name,
                    revenue=_money(values.pop("revenue")),
                    hours_to_accept=hours(accept) if accept is not None else None,
                    **{key: int(value or 0) for key, value in values.items()},
                )
            )
        return result

    # --- status KPIs ------------------------------------------------------------------------

    def status_kpis(
        self, actor: Actor, by: str, period: Period, filters: ReportFilters | None = None
    ) -> list[StatusKpi]:
        """% pending, % active, % unqualified, pipeline value and won revenue per group.

        By region, team or rep the population is the leads that inquired in the period (a lead
        counts for every rep who worked it; leads nobody called yet form their own group); by
        channel manager, partner or partner rep it is the handoffs made in the period.
        """
        require(actor, Action.VIEW_REPORTS)
        if by not in KPI_BY:
            raise _bad_choice("by", by, KPI_BY)
        filters = filters or ReportFilters()
        with self._db.unit_of_work(write=False) as uow:
            if by in ("channel_manager", "partner", "partner_rep"):
                rows = uow.session.execute(self._handoff_kpis(by, period, filters)).all()
            else:
                rows = uow.session.execute(
                    self._lead_kpis(uow.session, actor, by, period, filters)
                ).all()
        return [
            StatusKpi(
                group=str(group) if group is not None else "(none)",
                total=int(total or 0),
                pending=int(pending or 0),
                active=int(active or 0),
                unqualified=int(unqualified or 0),
                pipeline_value=_money(pipeline),
                won_revenue=_money(won),
            )
            for group, total, pending, active, unqualified, pipeline, won in rows
        ]

    def _handoff_kpis(self, by: str, period: Period, filters: ReportFilters) -> Select[Any]:
        group: Any
        query: Select[Any]
        if by == "partner":
            group = Partner.name
        elif by == "partner_rep":
            group = func.coalesce(PartnerRep.name + " (" + Partner.name + ")", "(no partner rep)")
        else:
            group = func.coalesce(User.display_name, "(no channel manager)")
        query = (
            select(
                group.label("grp"),
                func.count(),
                _count_if(Handoff.status.in_(WAITING_FOR_PARTNER)),
                _count_if(Handoff.status.in_(OPEN_OPPORTUNITY)),
                _count_if(Handoff.status == "rejected"),
                func.sum(case((Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value))),
                func.sum(case((Handoff.status == "won", Handoff.won_revenue))),
            )
            .select_from(Handoff)
            .join(Partner, Partner.id == Handoff.partner_id)
            .outerjoin(PartnerRep, PartnerRep.id == Handoff.partner_rep_id)
            .outerjoin(User, User.id == Partner.channel_manager_id)
            .where(*_between(Handoff.created_at, period))
            .group_by(group)
            .order_by(group)
        )
        if filters.partner_id is not None:
            query = query.where(Handoff.partner_id == filters.partner_id)
        if filters.campaign_id is not None or filters.country:
            query = query.join(Lead, Lead.id == Handoff.lead_id)
            if filters.campaign_id is not None:
                query = query.where(Lead.campaign_id == filters.campaign_id)
            if filters.country:
                query = query.where(Lead.country == filters.country)
        return query

    def _lead_kpis(
        self, session: Session, actor: Actor, by: str, period: Period, filters: ReportFilters
    ) -> Select[Any]:
        per_lead = (
            select(
                Handoff.lead_id.label("lead_id"),
                func.max(case((Handoff.status.in_(OPEN_OPPORTUNITY), 1), else_=0)).label("active"),
                func.max(case((Handoff.status.in_(WAITING_FOR_PARTNER), 1), else_=0)).label(
                    "waiting"
                ),
                func.sum(
                    case((Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value))
                ).label("pipeline"),
                func.sum(case((Handoff.status == "won", Handoff.won_revenue))).label("won"),
            )
            .group_by(Handoff.lead_id)
            .subquery()
        )
        where = [Lead.status != LeadStatus.MERGED.value, *_between(Lead.inquired_at, period)]
        if filters.campaign_id is not None:
            where.append(Lead.campaign_id == filters.campaign_id)
        if filters.country:
            where.append(Lead.country == filters.country)
        scope = scope_of(session, actor).leads()
        if scope is not None:
            where.append(scope)
        active = per_lead.c.active == 1
        pending = or_(
            Lead.status.in_(PENDING_LEAD),
            and_(per_lead.c.waiting == 1, func.coalesce(per_lead.c.active, 0) == 0),
        )
        group: Any
        source = select().select_from(Lead).outerjoin(per_lead, per_lead.c.lead_id == Lead.id)
        if by == "region":
            group = case(
                (Lead.region.is_not(None), Lead.country + "-" + Lead.region),
                else_=func.coalesce(Lead.country, "(unknown)"),
            )
        else:
            worked = (
                select(CallAttempt.lead_id.label("lead_id"), CallAttempt.rep_id.label("rep_id"))
                .distinct()
                .subquery()
            )
            source = source.outerjoin(worked, worked.c.lead_id == Lead.id).outerjoin(
                User, User.id == worked.c.rep_id
            )
            if by == "rep":
                group = func.coalesce(User.display_name, "(nobody yet)")
            else:
                source = source.outerjoin(Team, Team.id == User.team_id)
                group = case(
                    (User.id.is_(None), "(nobody yet)"),
                    else_=func.coalesce(Team.name, "(no team)"),
                )
            if filters.team_id is not None:
                where.append(User.team_id == filters.team_id)
        if by == "region" and filters.team_id is not None:
            where.append(
                Lead.queue_id.in_(select(Queue.id).where(Queue.team_id == filters.team_id))
            )
        return (
            source.add_columns(
                group.label("grp"),
                func.count(),
                _count_if(pending),
                _count_if(active),
                _count_if(Lead.status.in_(UNQUALIFIED_LEAD)),
                func.sum(per_lead.c.pipeline),
                func.sum(per_lead.c.won),
            )
            .where(*where)
            .group_by(group)
            .order_by(group)
        )

    # --- trend and tables -------------------------------------------------------------------

    def trend(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[TrendPoint]:
        """Attempts, contacts and sales-ready outcomes per day, for the trend chart."""
        require(actor, Action.VIEW_REPORTS)
        filters = filters or ReportFilters()
        with self._db.unit_of_work(write=False) as uow:
            where = _days(period)
            if filters.campaign_id is not None:
                where.append(ActivityDay.campaign_id == filters.campaign_id)
            query = select(
                ActivityDay.day,
                func.sum(ActivityDay.attempts),
                func.sum(ActivityDay.contacts),
                func.sum(ActivityDay.sales_ready),
            ).where(*where)
            users = scope_of(uow.session, actor).users()
            if users is not None or filters.team_id is not None:
                query = query.join(User, User.id == ActivityDay.rep_id)
                if users is not None:
                    query = query.where(users)
                if filters.team_id is not None:
                    query = query.where(User.team_id == filters.team_id)
            rows = uow.session.execute(
                query.group_by(ActivityDay.day).order_by(ActivityDay.day)
            ).all()
        return [
            TrendPoint(day.isoformat(), int(a or 0), int(c or 0), int(s or 0))
            for day, a, c, s in rows
        ]

    def conversion_table(
        self, actor: Actor, by: str, period: Period, filters: ReportFilters | None = None
    ) -> ReportTable:
        if by == "rep":
            return rep_table(self.conversion_by_rep(actor, period, filters), period)
        if by == "campaign":
            return campaign_table(self.conversion_by_campaign(actor, period, filters), period)
        if by == "partner":
            return partner_table(self.conversion_by_partner(actor, period, filters), period)
        raise _bad_choice("by", by, CONVERSION_BY)

    def kpi_table(
        self, actor: Actor, by: str, period: Period, filters: ReportFilters | None = None
    ) -> ReportTable:
        return kpi_table(self.status_kpis(actor, by, period, filters), by, period)

    def filter_ids(
        self, actor: Actor, *, team: str | None = None, campaign: str | None = None
    ) -> dict[str, int]:
        """Team and campaign ids for the names a person typed."""
        require(actor, Action.VIEW_REPORTS)
        found: dict[str, int] = {}
        with self._db.unit_of_work(write=False) as uow:
            if team:
                team_id = uow.session.execute(
                    select(Team.id).where(Team.name == team)
                ).scalar_one_or_none()
                if team_id is None:
                    raise NotFound(f"there is no team {team!r}")
                found["team"] = team_id
            if campaign:
                campaign_id = uow.session.execute(
                    select(Campaign.id).where(Campaign.name == campaign)
                ).scalar_one_or_none()
                if campaign_id is None:
                    raise NotFound(f"there is no campaign {campaign!r}")
                found["campaign"] = campaign_id
        return found

    def choices(self, actor: Actor) -> ReportChoices:
        """Teams, campaigns and partners for the GUI's filter controls."""
        require(actor, Action.VIEW_REPORTS)
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            return ReportChoices(
                teams=tuple(
                    (i, n)
                    for i, n in session.execute(select(Team.id, Team.name).order_by(Team.name))
                ),
                campaigns=tuple(
                    (i, n)
                    for i, n in session.execute(
                        select(Campaign.id, Campaign.name).order_by(Campaign.name)
                    )
                ),
                partners=tuple(
                    (i, n)
                    for i, n in session.execute(
                        select(Partner.id, Partner.name).order_by(Partner.name)
                    )
                ),
            )


_PARTNER_FIGURES = (
    "handoffs",
    "sent",
    "accepted",
    "rejected",
    "sla_breaches",
    "with_feedback",
    "won",
    "lost",
    "revenue",
    "accept_seconds",
)


def _bad_choice(field: str, value: str, choices: tuple[str, ...]) -> Exception:
    return InvalidInput(f"{value!r} is not one of {', '.join(choices)}", field)


def _columns(*specs: tuple[str, str, str]) -> tuple[ReportColumn, ...]:
    return tuple(ReportColumn(key, title, kind) for key, title, kind in specs)


def rep_table(rows: list[RepConversion], period: Period) -> ReportTable:
    columns = _columns(
        ("rep", "Rep", "text"),
        ("team", "Team", "text"),
        ("claimed", "Claimed", "count"),
        ("contacted", "Contacted", "count"),
        ("sales_ready", "Sales-ready", "count"),
        ("accepted", "Accepted by partner", "count"),
        ("won", "Won", "count"),
        ("contact_rate", "Contact rate", "percent"),
        ("qualify_rate", "Qualify rate", "percent"),
        ("acceptance_rate", "Acceptance rate", "percent"),
        ("win_rate", "Win rate", "percent"),
        ("hours", "Hours on leads", "hours"),
        ("revenue", "Revenue", "money"),
    )
    return ReportTable(
        "Conversion per rep",
        columns,
        tuple(
            (
                r.rep,
                r.team or "",
                r.claimed,
                r.contacted,
                r.sales_ready,
                r.accepted,
                r.won,
                r.contact_rate,
                r.qualify_rate,
                r.acceptance_rate,
                r.win_rate,
                r.hours_on_leads,
                r.revenue,
            )
            for r in rows
        ),
        period.text(),
    )


def campaign_table(rows: list[CampaignConversion], period: Period) -> ReportTable:
    columns = _columns(
        ("campaign", "Campaign", "text"),
        ("channel", "Channel", "text"),
        ("inquiries", "Inquiries", "count"),
        ("cost", "Cost", "money"),
        ("qualified", "Qualified", "count"),
        ("accepted", "Accepted", "count"),
        ("won", "Won", "count"),
        ("revenue", "Won revenue", "money"),
        ("cost_per_qualified", "Cost per qualified lead", "money"),
        ("roi", "ROI", "percent"),
    )
    return ReportTable(
        "Conversion per campaign",
        columns,
        tuple(
            (
                r.campaign,
                r.channel,
                r.inquiries,
                r.cost,
                r.qualified,
                r.accepted,
                r.won,
                r.revenue,
                r.cost_per_qualified,
                r.roi,
            )
            for r in rows
        ),
        period.text(),
    )


def partner_table(rows: list[PartnerConversion], period: Period) -> ReportTable:
    columns = _columns(
        ("partner", "Partner", "text"),
        ("handoffs", "Handoffs", "count"),
        ("accepted", "Accepted", "count"),
        ("acceptance_rate", "Acceptance rate", "percent"),
        ("hours_to_accept", "Hours to accept", "hours"),
        ("sla_breaches", "SLA breaches", "count"),
        ("feedback_compliance", "Feedback compliance", "percent"),
        ("won", "Won", "count"),
        ("win_rate", "Win rate", "percent"),
        ("revenue", "Revenue", "money"),
    )
    return ReportTable(
        "Conversion per partner",
        columns,
        tuple(
            (
                r.partner,
                r.handoffs,
                r.accepted,
                r.acceptance_rate,
                r.hours_to_accept,
                r.sla_breaches,
                r.feedback_compliance,
                r.won,
                r.win_rate,
                r.revenue,
            )
            for r in rows
        ),
        period.text(),
    )


KPI_TITLES = {
    "region": "Region",
    "team": "Team",
    "rep": "Rep",
    "channel_manager": "Channel manager",
    "partner": "Partner",
    "partner_rep": "Partner rep",
}


def kpi_table(rows: list[StatusKpi], by: str, period: Period) -> ReportTable:
    unit = "Handoffs" if by in ("channel_manager", "partner", "partner_rep") else "Leads"
    columns = _columns(
        ("group", KPI_TITLES.get(by, by), "text"),
        ("total", unit, "count"),
        ("pending", "Pending", "percent"),
        ("active", "Active", "percent"),
        ("unqualified", "Unqualified", "percent"),
        ("pipeline", "Pipeline value", "money"),
        ("won", "Won revenue", "money"),
    )
    return ReportTable(
        f"Status by {KPI_TITLES.get(by, by).lower()}",
        columns,
        tuple(
            (
                r.group,
                r.total,
                r.pending_share,
                r.active_share,
                r.unqualified_share,
                r.pipeline_value,
                r.won_revenue,
            )
            for r in rows
        ),
        period.text(),
    )
