"""Conversion per rep, campaign and partner: what the refinery returned.

Every figure is an SQL aggregate. Attempt counts come from `activity_by_day` (kept by
triggers on call_attempts), so a report over millions of attempts reads a few thousand rows.

Definitions, in one place:
- Per rep, in the period: claimed = call attempts (each claim worked ends in one), contacted =
  attempts that reached a person, sales-ready = attempts with that outcome; accepted, won and
  revenue count the handoffs made in the period of leads the rep qualified.
- Per campaign: inquiries = leads of the campaign that inquired in the period; qualified =
  sales-ready outcomes in the period (with a team filter, the team's reps'); accepted / won /
  revenue from the period's handoffs; cost is the part of the campaign's recorded cost that
  falls in the period, spread evenly over the days the campaign runs (all of it when those
  days are not recorded); an open end is the center's today.
- Every figure honours the team, campaign and country filters; a call counts for the
  campaign and country its lead has now (`activity_by_day` keeps both).
- Per partner: the handoffs made in the period and what became of them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.reporting import Period, cost_in_period, hours
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import (
    ActivityDay,
    Campaign,
    Handoff,
    Lead,
    Partner,
    Team,
    User,
)
from qualifier_app.persistence.sql_functions import seconds_between
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports.drill_groups import EVERY_GROUP, rep_ids
from qualifier_app.services.reports.dto import (
    ZERO,
    CampaignConversion,
    PartnerConversion,
    RepConversion,
    ReportFilters,
)
from qualifier_app.services.reports.query_parts import (
    activity_days,
    between,
    count_if,
    money_or_zero,
)

NO_REP = "(no rep)"
NO_CAMPAIGN = "(no campaign)"

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


def by_rep(
    session: Session, actor: Actor, period: Period, filters: ReportFilters
) -> list[RepConversion]:
    activity_where = [*activity_days(period), *activity_filters(filters)]
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
    handoff_where += between(Handoff.created_at, period)
    handoffs = select(
        Handoff.qualified_by_id.label("rep_id"),
        func.count().label("handoffs"),
        count_if(Handoff.accepted_at.is_not(None)).label("accepted"),
        count_if(Handoff.status == "won").label("won"),
        func.sum(case((Handoff.status == "won", Handoff.won_revenue))).label("revenue"),
    )
    lead_where = lead_filters(filters)
    if lead_where:
        handoffs = handoffs.join(Lead, Lead.id == Handoff.lead_id)
        handoff_where += lead_where
    handoff_sub = handoffs.where(*handoff_where).group_by(Handoff.qualified_by_id).subquery()
    query = (
        select(
            User.id,
            User.display_name,
            Team.name,
            activity.c.claimed,
            activity.c.contacted,
            activity.c.sales_ready,
            activity.c.seconds,
            handoff_sub.c.handoffs,
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
    result = [
        RepConversion(
            rep_id=rep_id,
            rep=name,
            team=team,
            claimed=int(claimed or 0),
            contacted=int(contacted or 0),
            sales_ready=int(sales_ready or 0),
            handoffs=int(handed or 0),
            accepted=int(accepted or 0),
            won=int(won or 0),
            revenue=money_or_zero(revenue),
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
            handed,
            accepted,
            won,
            revenue,
        ) in rows
    ]
    if scope is None and filters.team_id is None:
        # Handoffs nobody qualified (made by hand in Partners) are credited to no rep.
        nobody = _handoff_figures(session, period, filters, None, Handoff.qualified_by_id.is_(None))
        if nobody[0]:
            handed, accepted, won, revenue = nobody
            result.append(
                RepConversion(0, NO_REP, None, 0, 0, 0, handed, accepted, won, revenue, ZERO)
            )
    return result


def by_campaign(
    session: Session, actor: Actor, period: Period, filters: ReportFilters, *, today: date
) -> list[CampaignConversion]:
    reps = rep_ids(session, actor, EVERY_GROUP, filters)
    inquiry_where = [
        Lead.campaign_id.is_not(None),
        *inquiry_filters(session, actor, period, filters),
    ]
    inquiries = (
        select(Lead.campaign_id.label("campaign_id"), func.count().label("inquiries"))
        .where(*inquiry_where)
        .group_by(Lead.campaign_id)
        .subquery()
    )
    activity_where = [
        *activity_days(period),
        *activity_filters(filters, campaign=False),
        *by_reps(ActivityDay.rep_id, reps),
    ]
    activity = (
        select(
            ActivityDay.campaign_id.label("campaign_id"),
            func.sum(ActivityDay.sales_ready).label("qualified"),
        )
        .where(*activity_where)
        .group_by(ActivityDay.campaign_id)
        .subquery()
    )
    handoff_where = [
        Lead.campaign_id.is_not(None),
        *between(Handoff.created_at, period),
        *handoff_filters(filters, reps),
    ]
    handoffs = (
        select(
            Lead.campaign_id.label("campaign_id"),
            func.count().label("handoffs"),
            count_if(Handoff.accepted_at.is_not(None)).label("accepted"),
            count_if(Handoff.status == "won").label("won"),
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
            handoffs.c.handoffs,
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
    result = [
        CampaignConversion(
            campaign_id=campaign_id,
            campaign=name,
            channel=channel,
            inquiries=int(count or 0),
            cost=cost_in_period(
                money_or_zero(cost), Period(starts_on, ends_on), period, today=today
            ),
            qualified=int(qualified or 0),
            handoffs=int(handed or 0),
            accepted=int(accepted or 0),
            won=int(won or 0),
            revenue=money_or_zero(revenue),
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
            handed,
            accepted,
            won,
            revenue,
        ) in rows
    ]
    if filters.campaign_id is None:
        unattributed = _without_campaign(session, actor, period, filters, reps)
        if unattributed is not None:
            result.append(unattributed)
    return result


def by_partner(
    session: Session, actor: Actor, period: Period, filters: ReportFilters
) -> list[PartnerConversion]:
    accept_seconds = seconds_between(Handoff.sent_at, Handoff.accepted_at)
    handoff_where = between(Handoff.created_at, period)
    stats = select(
        Handoff.partner_id.label("partner_id"),
        func.count().label("handoffs"),
        count_if(Handoff.sent_at.is_not(None)).label("sent"),
        count_if(Handoff.accepted_at.is_not(None)).label("accepted"),
        count_if(Handoff.status == "rejected").label("rejected"),
        count_if(Handoff.sla_breached.is_(True)).label("sla_breaches"),
        count_if(and_(Handoff.sent_at.is_not(None), Handoff.last_update_at.is_not(None))).label(
            "with_feedback"
        ),
        count_if(Handoff.status == "won").label("won"),
        count_if(Handoff.status == "lost").label("lost"),
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
    handoff_where += by_reps(Handoff.qualified_by_id, rep_ids(session, actor, EVERY_GROUP, filters))
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
    rows = session.execute(query).all()
    result = []
    for partner_id, name, *figures in rows:
        values = dict(zip(_PARTNER_FIGURES, figures, strict=True))
        accept = values.pop("accept_seconds")
        result.append(
            PartnerConversion(
                partner_id=partner_id,
                partner=name,
                revenue=money_or_zero(values.pop("revenue")),
                hours_to_accept=hours(accept) if accept is not None else None,
                **{key: int(value or 0) for key, value in values.items()},
            )
        )
    return result


def by_reps(rep_id: Any, reps: Select[Any] | None) -> list[ColumnElement[bool]]:
    """Calls or handoffs of the reps that count (`drill_groups.rep_ids`: the actor's team scope
    and the team filter); no condition when every rep counts."""
    return [] if reps is None else [cast(ColumnElement[bool], rep_id.in_(reps))]


def inquiry_filters(
    session: Session, actor: Actor, period: Period, filters: ReportFilters
) -> list[ColumnElement[bool]]:
    """A campaign's inquiries: its leads that inquired in the period, in the country filter
    and, for a team lead, among their teams' leads (which the team filter leaves alone)."""
    where = [*between(Lead.inquired_at, period)]
    if filters.country:
        where.append(Lead.country == filters.country)
    scope = scope_of(session, actor).leads()
    if scope is not None:
        where.append(scope)
    return where


def activity_filters(filters: ReportFilters, *, campaign: bool = True) -> list[ColumnElement[bool]]:
    """The campaign and country filters on `activity_by_day`, which keeps both of the lead
    called as they are now, as `lead_filters` reads them from the leads."""
    where: list[ColumnElement[bool]] = []
    if campaign and filters.campaign_id is not None:
        where.append(ActivityDay.campaign_id == filters.campaign_id)
    if filters.country:
        where.append(ActivityDay.country == filters.country)
    return where


def lead_filters(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """The campaign and country filters on leads (of handoffs or calls joined to them)."""
    where: list[ColumnElement[bool]] = []
    if filters.campaign_id is not None:
        where.append(Lead.campaign_id == filters.campaign_id)
    if filters.country:
        where.append(Lead.country == filters.country)
    return where


def handoff_filters(filters: ReportFilters, reps: Select[Any] | None) -> list[ColumnElement[bool]]:
    """The campaign and country filters on handoffs joined to their leads, and those the reps
    that count qualified."""
    return [*lead_filters(filters), *by_reps(Handoff.qualified_by_id, reps)]


def _handoff_figures(
    session: Session,
    period: Period,
    filters: ReportFilters,
    reps: Select[Any] | None,
    condition: ColumnElement[bool],
) -> tuple[int, int, int, Decimal]:
    """Handoffs of the period meeting `condition`: how many, accepted, won, and won revenue."""
    where = [condition, *between(Handoff.created_at, period), *handoff_filters(filters, reps)]
    handed, accepted, won, revenue = session.execute(
        select(
            func.count(),
            count_if(Handoff.accepted_at.is_not(None)),
            count_if(Handoff.status == "won"),
            func.sum(case((Handoff.status == "won", Handoff.won_revenue))),
        )
        .select_from(Handoff)
        .join(Lead, Lead.id == Handoff.lead_id)
        .where(*where)
    ).one()
    return int(handed or 0), int(accepted or 0), int(won or 0), money_or_zero(revenue)


def _without_campaign(
    session: Session,
    actor: Actor,
    period: Period,
    filters: ReportFilters,
    reps: Select[Any] | None,
) -> CampaignConversion | None:
    """The leads of no campaign, as a row of their own, so the campaigns add up."""
    inquiry_where = [Lead.campaign_id.is_(None), *inquiry_filters(session, actor, period, filters)]
    inquiries = session.execute(
        select(func.count()).select_from(Lead).where(*inquiry_where)
    ).scalar_one()
    qualified_where = [
        ActivityDay.campaign_id == 0,
        *activity_days(period),
        *activity_filters(filters, campaign=False),
        *by_reps(ActivityDay.rep_id, reps),
    ]
    qualified = session.execute(
        select(func.sum(ActivityDay.sales_ready)).where(*qualified_where)
    ).scalar_one()
    handed, accepted, won, revenue = _handoff_figures(
        session, period, filters, reps, Lead.campaign_id.is_(None)
    )
    if not (inquiries or qualified or handed):
        return None
    return CampaignConversion(
        0,
        NO_CAMPAIGN,
        "",
        int(inquiries),
        ZERO,
        int(qualified or 0),
        handed,
        accepted,
        won,
        revenue,
    )
