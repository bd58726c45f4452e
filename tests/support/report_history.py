"""A small history of attempts, handoffs and partner feedback with figures known by hand."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from qualifier_app.app import Services
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import TeamLead
from tests.support.activity import Activity
from tests.support.factories import Factory, at


@dataclass
class History:
    rita: Actor
    marco: Actor
    anna: Actor
    tina: Actor
    supervisor: Actor
    show: int
    web: int
    empty: int


def build_history(services: Services, factory: Factory) -> History:
    act = Activity(factory)
    rita = factory.user("rita", team="Team A")
    marco = factory.user("marco", team="Team A")
    anna = factory.user("anna", team="Team B", queues=("Other",))
    tina = factory.user("tina", Role.TEAM_LEAD, team="Team A")
    with factory.db.unit_of_work() as uow:
        uow.session.add(TeamLead(team_id=factory.team("Team A"), user_id=tina.user_id))
        uow.commit()
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    show = act.campaign("Show", 1000, "trade show")
    web = act.campaign("Web", 0)
    empty = act.campaign("Empty", 500)
    nov10, nov12 = at("2026-11-10T09:00:00+00:00"), at("2026-11-12T09:00:00+00:00")
    l1 = factory.lead(campaign_id=show, inquired_at=nov10, status="handed_off")
    l2 = factory.lead(campaign_id=show, inquired_at=nov10, status="nurture")
    l3 = factory.lead(campaign_id=show, inquired_at=nov10, status="handed_off")
    l4 = factory.lead(campaign_id=show, inquired_at=nov10, status="queued")
    l5 = factory.lead(
        campaign_id=web, inquired_at=nov12, status="handed_off", country="GB", region=None
    )
    l6 = factory.lead(
        campaign_id=show, inquired_at=at("2026-10-01T09:00:00+00:00"), status="disqualified"
    )
    # rita: 4 attempts (2 contacts, 1 sales-ready), 300 + 600 + 60 + 300 s = 0.35 h
    act.attempt(l1, rita, at("2026-11-10T10:00:00+00:00"), 300, "no_answer", "retry")
    act.attempt(l1, rita, at("2026-11-11T10:00:00+00:00"), 600, "contacted", "sales_ready")
    act.attempt(l2, rita, at("2026-11-11T11:00:00+00:00"), 60, "busy", "retry")
    act.attempt(l2, rita, at("2026-11-12T11:00:00+00:00"), 300, "contacted", "nurture")
    # marco: 3 attempts (2 contacts, 2 sales-ready), 900 + 600 + 120 s = 0.45 h
    act.attempt(l3, marco, at("2026-11-13T10:00:00+00:00"), 900, "contacted", "sales_ready")
    act.attempt(l5, marco, at("2026-11-14T10:00:00+00:00"), 600, "contacted", "sales_ready")
    act.attempt(l4, marco, at("2026-11-14T11:00:00+00:00"), 120, "voicemail", "retry")
    # anna: October only, outside the period
    act.attempt(l6, anna, at("2026-10-02T10:00:00+00:00"), 300, "contacted", "disqualified")

    atlantic = act.partner("Atlantic", manager=supervisor)
    pacific = act.partner("Pacific", manager=supervisor)
    act.partner("Quiet")
    alex = act.partner_rep(atlantic, "Alex Morgan")
    act.handoff(
        l1,
        atlantic,
        at("2026-11-11T12:00:00+00:00"),
        partner_rep_id=alex,
        qualified_by_id=rita.user_id,
        accepted_at=at("2026-11-11T18:00:00+00:00"),  # 6 h to accept
        status="won",
        pipeline_value=Decimal("8000"),
        won_revenue=Decimal("5000.00"),
        last_update_at=at("2026-11-20T09:00:00+00:00"),
    )
    act.handoff(  # no feedback from the partner, SLA breached
        l3,
        atlantic,
        at("2026-11-13T10:00:00+00:00"),
        qualified_by_id=marco.user_id,
        sla_breached=True,
    )
    act.handoff(
        l5,
        pacific,
        at("2026-11-14T09:00:00+00:00"),
        qualified_by_id=marco.user_id,
        accepted_at=at("2026-11-14T11:00:00+00:00"),  # 2 h to accept
        status="active",
        pipeline_value=Decimal("1200.50"),
        last_update_at=at("2026-11-15T09:00:00+00:00"),
    )
    return History(rita, marco, anna, tina, supervisor, show, web, empty)
