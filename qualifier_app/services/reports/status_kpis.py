"""Status KPIs: how much of a region's, team's, rep's or partner's population is pending,
active or unqualified, and the pipeline and won revenue behind it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import (
    CallAttempt,
    Handoff,
    Lead,
    Partner,
    PartnerRep,
    Queue,
    Team,
    User,
)
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports.dto import (
    KPI_BY,
    OPEN_OPPORTUNITY,
    PENDING_LEAD,
    UNQUALIFIED_LEAD,
    WAITING_FOR_PARTNER,
    ReportFilters,
    StatusKpi,
)
from qualifier_app.services.reports.query_parts import bad_choice, between, count_if, money_or_zero


def status_kpis(
    session: Session, actor: Actor, by: str, period: Period, filters: ReportFilters
) -> list[StatusKpi]:
    """% pending, % active, % unqualified, pipeline value and won revenue per group.

    By region, team or rep the population is the leads that inquired in the period (a lead
    counts for every rep who worked it; leads nobody called yet form their own group); by
    channel manager, partner or partner rep it is the handoffs made in the period.
    """
    if by not in KPI_BY:
        raise bad_choice("by", by, KPI_BY)
    if by in ("channel_manager", "partner", "partner_rep"):
        rows = session.execute(_handoff_kpis(by, period, filters)).all()
    else:
        rows = session.execute(_lead_kpis(session, actor, by, period, filters)).all()
    return [
        StatusKpi(
            group=str(group) if group is not None else "(none)",
            total=int(total or 0),
            pending=int(pending or 0),
            active=int(active or 0),
            unqualified=int(unqualified or 0),
            pipeline_value=money_or_zero(pipeline),
            won_revenue=money_or_zero(won),
        )
        for group, total, pending, active, unqualified, pipeline, won in rows
    ]


def _handoff_kpis(by: str, period: Period, filters: ReportFilters) -> Select[Any]:
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
            count_if(Handoff.status.in_(WAITING_FOR_PARTNER)),
            count_if(Handoff.status.in_(OPEN_OPPORTUNITY)),
            count_if(Handoff.status == "rejected"),
            func.sum(case((Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value))),
            func.sum(case((Handoff.status == "won", Handoff.won_revenue))),
        )
        .select_from(Handoff)
        .join(Partner, Partner.id == Handoff.partner_id)
        .outerjoin(PartnerRep, PartnerRep.id == Handoff.partner_rep_id)
        .outerjoin(User, User.id == Partner.channel_manager_id)
        .where(*between(Handoff.created_at, period))
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
    session: Session, actor: Actor, by: str, period: Period, filters: ReportFilters
) -> Select[Any]:
    per_lead = (
        select(
            Handoff.lead_id.label("lead_id"),
            func.max(case((Handoff.status.in_(OPEN_OPPORTUNITY), 1), else_=0)).label("active"),
            func.max(case((Handoff.status.in_(WAITING_FOR_PARTNER), 1), else_=0)).label("waiting"),
            func.sum(case((Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value))).label(
                "pipeline"
            ),
            func.sum(case((Handoff.status == "won", Handoff.won_revenue))).label("won"),
        )
        .group_by(Handoff.lead_id)
        .subquery()
    )
    where = [Lead.status != LeadStatus.MERGED.value, *between(Lead.inquired_at, period)]
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
        where.append(Lead.queue_id.in_(select(Queue.id).where(Queue.team_id == filters.team_id)))
    return (
        source.add_columns(
            group.label("grp"),
            func.count(),
            count_if(pending),
            count_if(active),
            count_if(Lead.status.in_(UNQUALIFIED_LEAD)),
            func.sum(per_lead.c.pipeline),
            func.sum(per_lead.c.won),
        )
        .where(*where)
        .group_by(group)
        .order_by(group)
    )
