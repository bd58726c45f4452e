"""Status KPIs: how much of a region's, team's, rep's or partner's leads are pending, active or
unqualified, and the pipeline and won revenue behind them.

The attribution rule (docs/reports.md): the population is the leads that inquired in the
period, each counted once in every grouping; its handoffs are credited once each, to the rep
who made the lead sales-ready (and that rep's team), to the handoff's partner, partner rep and
channel manager, and to the lead's region. So every grouping adds up to the same totals.

A lead's own group is that of its latest handoff (the one whose outcome stands), or, when it
was never handed off, the rep who last called it; leads nobody called yet form their own group.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    Subquery,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import (
    Handoff,
    Lead,
    LeadHandoffState,
    LeadStatusDay,
    LeadStatusDayChange,
    Partner,
    PartnerRep,
    Team,
    User,
)
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.reports.conversion import inquiry_filters
from qualifier_app.services.reports.dto import (
    KPI_BY,
    OPEN_OPPORTUNITY,
    PENDING_LEAD,
    UNQUALIFIED_LEAD,
    ReportFilters,
    StatusKpi,
)
from qualifier_app.services.reports.query_parts import bad_choice, money_or_zero

NOBODY = "(nobody yet)"
NO_TEAM = "(no team)"
NOT_HANDED_OFF = "(not handed off)"
NO_PARTNER_REP = "(no partner rep)"
NO_MANAGER = "(no channel manager)"
UNKNOWN_REGION = "(unknown)"
# What lead_status_days stores for a lead without a country or region (no ISO code is "~").
ROLLUP_NONE = "~"
# Which reports read lead_status_days (see _reads_rollup).
ROLLUP_FROM_DAYS = 270
ROLLUP_GROUPINGS = ("region", "rep")
# Moves the rollup's committed changes into it (PostgreSQL, migration 0028_i17_rollup_changes).
FOLD = select(func.qualifier_fold_lead_status_days())


def status_kpis(
    session: Session, actor: Actor, by: str, period: Period, filters: ReportFilters
) -> list[StatusKpi]:
    """% pending, % active, % unqualified, handoffs, pipeline value and won revenue per group."""
    if by not in KPI_BY:
        raise bad_choice("by", by, KPI_BY)
    base = lead_base(session, actor, period, filters, by in ("rep", "team"))
    unfiltered = filters.partner_id is None and filters.team_id is None
    # Without a filter, one pass over the leads counts them and credits the sums of the
    # handed-off leads whose handoffs all go to one group; the others' are read one by one.
    in_one_pass = unfiltered
    if _reads_rollup(session, actor, by, period, filters):
        counts = _lead_counts_from_rollup(
            by, session, actor, period, filters, with_sums=in_one_pass
        )
    else:
        counts = _lead_counts(by, base, with_sums=in_one_pass)
    groups: dict[str, dict[str, Any]] = {}
    for group, total, pending, active, unqualified, *sums in session.execute(counts):
        if not (total or pending or active or unqualified):
            continue  # every lead the rollup put here was handed off and counts elsewhere
        groups[group] = {
            "total": int(total or 0),
            "pending": int(pending or 0),
            "active": int(active or 0),
            "unqualified": int(unqualified or 0),
        }
        if sums:
            _add_sums(groups[group], *sums)
    if unfiltered:
        # Nothing but the lead itself decides whether its handoffs belong: skip the base.
        population = _lead_where(session, actor, period, filters)
        if in_one_pass:
            population.append(LeadHandoffState.single_credit == 0)
        handoff_sums = _handoff_sums(by, None, population, split_only=in_one_pass)
    else:
        handoff_sums = _handoff_sums(by, base, [])
    for group, *sums in session.execute(handoff_sums):
        _add_sums(groups.setdefault(group, {}), *sums)
    return [
        StatusKpi(
            group=group,
            total=figures.get("total", 0),
            handoffs=figures.get("handoffs", 0),
            pending=figures.get("pending", 0),
            active=figures.get("active", 0),
            unqualified=figures.get("unqualified", 0),
            pipeline_value=figures.get("pipeline_value", money_or_zero(None)),
            won_revenue=figures.get("won_revenue", money_or_zero(None)),
        )
        for group, figures in sorted(groups.items())
    ]


def _add_sums(figures: dict[str, Any], handoffs: Any, pipeline: Any, won: Any) -> None:
    figures["handoffs"] = figures.get("handoffs", 0) + int(handoffs or 0)
    figures["pipeline_value"] = money_or_zero(figures.get("pipeline_value")) + money_or_zero(
        pipeline
    )
    figures["won_revenue"] = money_or_zero(figures.get("won_revenue")) + money_or_zero(won)


def lead_base(
    session: Session,
    actor: Actor,
    period: Period,
    filters: ReportFilters,
    by_rep: bool,
    *,
    handed_off_only: bool = False,
) -> Any:
    """One row per lead of the population: its region, its credited rep and latest handoff,
    and the sums of its handoffs when they are all credited to that one group.

    The rep who last called a lead (`leads.last_caller_id`, kept by the database) is read only
    when the grouping or a filter needs it. `handed_off_only`: only the leads with a handoff,
    read from the handoffs' side (a few percent of the leads).
    """
    state = LeadHandoffState
    needs_caller = by_rep or filters.team_id is not None
    rep_id: Any = state.qualified_by_id
    if needs_caller:
        rep_id = func.coalesce(state.qualified_by_id, Lead.last_caller_id)
    region = _region()
    # Exclusive, in this order: an open opportunity is active whatever the lead's status.
    active = func.coalesce(state.active, 0) == 1
    pending = ~active & or_(Lead.status.in_(PENDING_LEAD), func.coalesce(state.waiting, 0) == 1)
    single = state.single_credit == 1
    unqualified = ~active & ~pending & Lead.status.in_(UNQUALIFIED_LEAD)
    where = _lead_where(session, actor, period, filters)
    if filters.partner_id is not None:
        where.append(state.partner_id == filters.partner_id)
    if filters.team_id is not None:
        where.append(rep_id.in_(select(User.id).where(User.team_id == filters.team_id)))
    query = select(
        Lead.id.label("lead_id"),
        region.label("region"),
        rep_id.label("rep_id"),
        state.partner_id.label("partner_id"),
        state.partner_rep_id.label("partner_rep_id"),
        case((pending, 1), else_=0).label("pending"),
        case((active, 1), else_=0).label("active"),
        case((unqualified, 1), else_=0).label("unqualified"),
        case((single, state.handoffs), else_=0).label("handoffs"),
        case((single, state.pipeline_value)).label("pipeline_value"),
        case((single, state.won_revenue)).label("won_revenue"),
    )
    if handed_off_only:
        query = query.select_from(state).join(Lead, _its_lead())
    else:
        query = query.select_from(Lead).outerjoin(state, state.lead_id == Lead.id)
    return query.where(*where).subquery()


def _lead_counts_from_rollup(
    by: str,
    session: Session,
    actor: Actor,
    period: Period,
    filters: ReportFilters,
    *,
    with_sums: bool = False,
) -> Select[Any]:
    """The lead counts (and `with_sums`, the sums) of `_lead_counts`, from `lead_status_days`
    (every lead, counted as if it had never been handed off), minus the handed-off leads as
    the rollup counted them, plus the same leads as they count (their latest handoff's group
    and state). The reports read the rollup's rows and the handed-off leads, never the million
    leads one by one."""
    day = rollup_rows().c
    country = func.nullif(day.country, ROLLUP_NONE, type_=String)
    region = func.nullif(day.region, ROLLUP_NONE, type_=String)
    caller = func.nullif(day.last_caller_id, 0)
    rollup_where: list[ColumnElement[bool]] = [
        day.status != LeadStatus.MERGED.value,
        *_rollup_days(day.day, period),
    ]
    if filters.campaign_id is not None:
        rollup_where.append(day.campaign_id == filters.campaign_id)
    if filters.country:
        rollup_where.append(day.country == filters.country)
    team_reps = select(User.id).where(User.team_id == filters.team_id)
    if filters.team_id is not None:
        rollup_where.append(day.last_caller_id.in_(team_reps))
    no_id = cast(null(), Integer)
    handed = lead_base(session, actor, period, filters, by in ("rep", "team"), handed_off_only=True)
    # First in the union, so that its columns' types (money) are the union's.
    as_they_count = select(
        handed.c.region,
        handed.c.rep_id,
        handed.c.partner_id,
        handed.c.partner_rep_id,
        literal(1).label("n"),
        handed.c.pending,
        handed.c.active,
        handed.c.unqualified,
        handed.c.handoffs,
        handed.c.pipeline_value,
        handed.c.won_revenue,
    )
    no_money = null()
    rollup = select(
        _region_of(country, region).label("region"),
        caller.label("rep_id"),
        no_id.label("partner_id"),
        no_id.label("partner_rep_id"),
        func.sum(day.leads).label("n"),
        func.sum(case((day.status.in_(PENDING_LEAD), day.leads), else_=0)).label("pending"),
        literal(0).label("active"),
        func.sum(case((day.status.in_(UNQUALIFIED_LEAD), day.leads), else_=0)).label("unqualified"),
        literal(0),
        no_money,
        no_money,
    ).where(*rollup_where)
    rollup = rollup.group_by(day.country, day.region, day.last_caller_id)
    as_rollup_counted = (
        select(
            _region(),
            Lead.last_caller_id,
            no_id,
            no_id,
            literal(-1),
            case((Lead.status.in_(PENDING_LEAD), -1), else_=0),
            literal(0),
            case((Lead.status.in_(UNQUALIFIED_LEAD), -1), else_=0),
            literal(0),
            no_money,
            no_money,
        )
        .select_from(LeadHandoffState)
        .join(Lead, _its_lead())
        .where(*_lead_where(session, actor, period, filters))
    )
    if filters.team_id is not None:
        as_rollup_counted = as_rollup_counted.where(Lead.last_caller_id.in_(team_reps))
    every = union_all(as_they_count, rollup, as_rollup_counted).subquery()
    query: Select[Any] = select().select_from(every)
    query, group = grouped(
        by, query, every.c.region, every.c.rep_id, every.c.partner_id, every.c.partner_rep_id
    )
    query = query.add_columns(
        group.label("grp"),
        func.sum(every.c.n),
        func.sum(every.c.pending),
        func.sum(every.c.active),
        func.sum(every.c.unqualified),
    )
    if with_sums:
        query = query.add_columns(
            func.sum(every.c.handoffs),
            func.sum(every.c.pipeline_value),
            func.sum(every.c.won_revenue),
        )
    return query.group_by(group)


def _its_lead() -> ColumnElement[bool]:
    """A handed-off lead's own row, looked up from its handoff state. SQLite without
    statistics (the app never gathers them there) otherwise reads every lead's report index
    and looks each one up in the states, a million lookups instead of one per handed-off
    lead; `+ 0` leaves it no index to look a state up by."""
    return Lead.id == LeadHandoffState.lead_id + 0


def _reads_rollup(
    session: Session, actor: Actor, by: str, period: Period, filters: ReportFilters
) -> bool:
    """Whether this report is faster from lead_status_days than from the leads, as measured
    at a million leads (docs/benchmarks.md): on SQLite, by region or rep, over the whole
    history (all time, or 270 days and more; at 180 days and less, and by team, the one pass
    over the leads joined to their handoff states was faster). On PostgreSQL a parallel
    index-only scan of the leads is faster than the rollup's correction. A team's scope and a
    partner filter need the leads. So does a dated period of a center outside UTC: the
    rollup counts UTC days of inquiry, the period the center's days."""
    if session.get_bind().dialect.name != "sqlite" or by not in ROLLUP_GROUPINGS:
        return False
    dated = period.start is not None or period.end is not None
    if dated and str(period.zone) != "UTC":
        return False
    days = (period.end - period.start).days if period.start and period.end else None
    if days is not None and days < ROLLUP_FROM_DAYS:
        return False
    return filters.partner_id is None and scope_of(session, actor).leads() is None


def rollup_rows() -> Subquery:
    """The rows of `lead_status_days` and its changes not folded yet: summed by key, they
    count the leads whether a fold has run or not."""
    columns = ("day", "status", "country", "region", "campaign_id", "last_caller_id", "leads")
    return union_all(
        select(*(getattr(LeadStatusDay, name) for name in columns)),
        select(*(getattr(LeadStatusDayChange, name) for name in columns)),
    ).subquery("lead_status_days_now")


def _rollup_days(day: ColumnElement[Any], period: Period) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if period.start is not None:
        conditions.append(day >= period.start)
    if period.end is not None:
        conditions.append(day <= period.end)
    return conditions


def _region() -> Any:
    return _region_of(Lead.country, Lead.region)


def _region_of(country: Any, region: Any) -> Any:
    return case(
        (region.is_not(None), country + "-" + region),
        else_=func.coalesce(country, UNKNOWN_REGION),
    )


def _lead_where(
    session: Session, actor: Actor, period: Period, filters: ReportFilters
) -> list[ColumnElement[bool]]:
    """The population's conditions that lie on the lead itself: the inquiries the conversion
    reports count (period, country, a team lead's scope), merged ones left out."""
    where: list[ColumnElement[bool]] = [
        Lead.status != LeadStatus.MERGED.value,
        *inquiry_filters(session, actor, period, filters),
    ]
    if filters.campaign_id is not None:
        where.append(Lead.campaign_id == filters.campaign_id)
    return where


def grouped(
    by: str, query: Select[Any], region: Any, rep_id: Any, partner_id: Any, partner_rep_id: Any
) -> tuple[Select[Any], Any]:
    """The query joined to what names the group, and the group's label."""
    if by == "region":
        return query, region
    if by in ("rep", "team"):
        rep = aliased(User)
        query = query.outerjoin(rep, rep.id == rep_id)
        if by == "rep":
            return query, func.coalesce(rep.display_name, NOBODY)
        team = aliased(Team)
        query = query.outerjoin(team, team.id == rep.team_id)
        return query, case((rep.id.is_(None), NOBODY), else_=func.coalesce(team.name, NO_TEAM))
    partner = aliased(Partner)
    query = query.outerjoin(partner, partner.id == partner_id)
    if by == "partner":
        return query, func.coalesce(partner.name, NOT_HANDED_OFF)
    if by == "partner_rep":
        partner_rep = aliased(PartnerRep)
        query = query.outerjoin(partner_rep, partner_rep.id == partner_rep_id)
        named = partner_rep.name + " (" + partner.name + ")"
        return query, case(
            (partner.id.is_(None), NOT_HANDED_OFF), else_=func.coalesce(named, NO_PARTNER_REP)
        )
    manager = aliased(User)
    query = query.outerjoin(manager, manager.id == partner.channel_manager_id)
    return query, case(
        (partner.id.is_(None), NOT_HANDED_OFF),
        else_=func.coalesce(manager.display_name, NO_MANAGER),
    )


def _lead_counts(by: str, base: Any, *, with_sums: bool = False) -> Select[Any]:
    """The leads per group; `with_sums`: and the sums of their handoffs credited to the
    lead's own group (those of the leads with `single_credit`)."""
    query: Select[Any] = select().select_from(base)
    query, group = grouped(
        by, query, base.c.region, base.c.rep_id, base.c.partner_id, base.c.partner_rep_id
    )
    query = query.add_columns(
        group.label("grp"),
        func.count(),
        func.sum(base.c.pending),
        func.sum(base.c.active),
        func.sum(base.c.unqualified),
    )
    if with_sums:
        query = query.add_columns(
            func.sum(base.c.handoffs),
            func.sum(base.c.pipeline_value),
            func.sum(base.c.won_revenue),
        )
    return query.group_by(group)


def _handoff_sums(
    by: str, base: Any, population: list[ColumnElement[bool]], *, split_only: bool = False
) -> Select[Any]:
    """Handoffs of the population's leads: of those in `base`, or of the leads meeting
    `population` when no condition needs more than the lead (`split_only`: which may name
    the leads' handoff states, read with the leads)."""
    query: Select[Any] = select().select_from(Handoff)
    if base is not None:
        query = query.join(base, base.c.lead_id == Handoff.lead_id)
        region = base.c.region
    else:
        query = query.join(Lead, Lead.id == Handoff.lead_id)
        if split_only:
            query = query.join(LeadHandoffState, LeadHandoffState.lead_id == Lead.id)
        query = query.where(*population)
        region = _region()
    query, group = grouped(
        by,
        query,
        region,
        Handoff.qualified_by_id,
        Handoff.partner_id,
        Handoff.partner_rep_id,
    )
    return query.add_columns(
        group.label("grp"),
        func.count(),
        func.sum(case((Handoff.status.in_(OPEN_OPPORTUNITY), Handoff.pipeline_value))),
        func.sum(case((Handoff.status == "won", Handoff.won_revenue))),
    ).group_by(group)
