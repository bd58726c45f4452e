"""A small center in New York whose every figure was counted by hand: two months and the
midnight between them, a lead re-routed after its first partner let the SLA expire, a rep
moved to another team, an erased person, a campaign that cost nothing, a rep with no
contacts (rates of nothing), and a team lead who sees only their team. On both databases."""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import AuditEntry, Campaign, TeamLead, User
from qualifier_app.services.compliance.person_lookup import PersonQuery
from tests.integration.test_drill_every_figure import check_every_figure
from tests.support.activity import Activity
from tests.support.cli import main_as
from tests.support.factories import Factory

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
MONEY = Decimal


def new_york(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("America/New_York")).astimezone(UTC)


@dataclass
class Center:
    sam: Actor  # supervisor
    tina: Actor  # leads Team A (Rita); Marco moved from Team A to Team B


@pytest.fixture
def center(services: Services, factory: Factory) -> Center:
    act = Activity(factory)
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.center.change(ada, name="Harbor", time_zone="America/New_York")
    rita = factory.user("rita", team="Team A")
    marco = factory.user("marco", team="Team A")
    anna = factory.user("anna", team="Team B")
    tina = factory.user("tina", Role.TEAM_LEAD, team="Team A")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    with factory.db.unit_of_work() as uow:
        uow.session.add(TeamLead(team_id=factory.team("Team A"), user_id=tina.user_id))
        uow.commit()
    fair_id = act.campaign("Fair", 3000, "trade show")
    with factory.db.unit_of_work() as uow:
        fair = uow.session.get(Campaign, fair_id)
        assert fair is not None
        fair.starts_on, fair.ends_on = date(2026, 10, 1), date(2026, 11, 29)  # 60 days, 50 a day
        uow.commit()
    free = act.campaign("Free", 0)
    # L1 inquired at 23:30 on 31 October in New York (1 November in UTC): October's.
    l1 = factory.lead(
        campaign_id=fair_id, inquired_at=new_york("2026-10-31T23:30"), status="handed_off"
    )
    l2 = factory.lead(
        campaign_id=fair_id, inquired_at=new_york("2026-11-05T10:00"), status="nurture"
    )
    l3 = factory.lead(
        campaign_id=free, inquired_at=new_york("2026-11-06T10:00"), status="handed_off"
    )
    l4 = factory.lead(inquired_at=new_york("2026-11-07T10:00"))  # no campaign; erased below
    # Rita makes L1 sales-ready at 23:40 on 31 October: an October call.
    act.attempt(l1, rita, new_york("2026-10-31T23:40"), 600, "contacted", "sales_ready")
    act.attempt(l2, rita, new_york("2026-11-05T11:00"), 300, "contacted", "nurture")
    act.attempt(l3, marco, new_york("2026-11-06T11:00"), 900, "contacted", "sales_ready")
    # 23:50 on 30 November in New York is 1 December in UTC: a November call.
    act.attempt(l4, anna, new_york("2026-11-30T23:50"), 60, "no_answer", "retry")
    atlantic = act.partner("Atlantic", manager=sam)
    pacific = act.partner("Pacific", manager=sam)
    act.handoff(  # Atlantic let the SLA expire; L1 went on to Pacific, which won it
        l1,
        atlantic,
        new_york("2026-11-01T09:00"),
        qualified_by_id=rita.user_id,
        status="expired",
        sla_breached=True,
    )
    act.handoff(
        l1,
        pacific,
        new_york("2026-11-03T09:00"),
        qualified_by_id=rita.user_id,
        accepted_at=new_york("2026-11-03T12:00"),  # 3 h
        status="won",
        pipeline_value=MONEY("2500"),
        won_revenue=MONEY("2000"),
        last_update_at=new_york("2026-11-20T09:00"),
    )
    act.handoff(
        l3,
        atlantic,
        new_york("2026-11-07T09:00"),
        qualified_by_id=marco.user_id,
        accepted_at=new_york("2026-11-07T10:00"),  # 1 h
        status="active",
        pipeline_value=MONEY("700"),
        last_update_at=new_york("2026-11-08T09:00"),
    )
    services.staff.set_user(ada, "marco", team="Team B")
    services.person.erase(ada, PersonQuery(lead_id=l4), "asked to be forgotten")
    return Center(sam, tina)


def rows(report: list, key: str) -> dict:  # type: ignore[type-arg]
    return {getattr(row, key): row for row in report}


def test_conversion_per_rep(services: Services, center: Center) -> None:
    reps = rows(services.reports.conversion_by_rep(center.sam, NOVEMBER), "rep")
    assert set(reps) == {"Rita", "Marco", "Anna", "Tina"}
    rita, marco, anna = reps["Rita"], reps["Marco"], reps["Anna"]
    # Rita's sales-ready call was October's; November has her nurture call and L1's two
    # handoffs (Atlantic expired, Pacific accepted and won).
    assert (rita.claimed, rita.contacted, rita.sales_ready) == (1, 1, 0)
    assert (rita.handoffs, rita.accepted, rita.won, rita.revenue) == (2, 1, 1, MONEY("2000.00"))
    assert rita.acceptance_rate == 0.5  # of her 2 handoffs, not of 0 sales-ready calls
    assert (rita.win_rate, rita.qualify_rate, rita.hours_on_leads) == (1.0, 0.0, MONEY("0.08"))
    assert (marco.team, marco.claimed, marco.sales_ready, marco.handoffs) == ("Team B", 1, 1, 1)
    assert (marco.accepted, marco.won, marco.acceptance_rate, marco.win_rate) == (1, 0, 1.0, 0.0)
    assert (anna.claimed, anna.contacted, anna.contact_rate, anna.qualify_rate) == (1, 0, 0.0, None)
    assert anna.acceptance_rate is None and anna.hours_on_leads == MONEY("0.02")


def test_conversion_per_campaign(services: Services, center: Center) -> None:
    campaigns = rows(services.reports.conversion_by_campaign(center.sam, NOVEMBER), "campaign")
    fair, free, none = campaigns["Fair"], campaigns["Free"], campaigns["(no campaign)"]
    # L1 inquired in October (New York) and was qualified then; 29 of the 60 days ran in
    # November: 1,450.00 of 3,000.00.
    assert (fair.inquiries, fair.qualified, fair.handoffs, fair.accepted, fair.won) == (
        1,
        0,
        2,
        1,
        1,
    )
    assert (fair.cost, fair.revenue, fair.cost_per_qualified) == (
        MONEY("1450.00"),
        MONEY("2000.00"),
        None,
    )
    assert fair.roi == MONEY("0.3793")  # (2000 − 1450) / 1450
    assert (free.inquiries, free.qualified, free.handoffs, free.cost) == (1, 1, 1, MONEY("0.00"))
    assert free.roi is None and free.cost_per_qualified == MONEY("0.00")
    assert (none.inquiries, none.qualified, none.handoffs) == (1, 0, 0)  # the erased lead
    october = rows(
        services.reports.conversion_by_campaign(
            center.sam, Period(date(2026, 10, 1), date(2026, 10, 31))
        ),
        "campaign",
    )["Fair"]
    assert (october.inquiries, october.qualified, october.cost) == (1, 1, MONEY("1550.00"))


def test_conversion_per_partner(services: Services, center: Center) -> None:
    partners = rows(services.reports.conversion_by_partner(center.sam, NOVEMBER), "partner")
    atlantic, pacific = partners["Atlantic"], partners["Pacific"]
    assert (atlantic.handoffs, atlantic.accepted, atlantic.sla_breaches, atlantic.won) == (
        2,
        1,
        1,
        0,
    )
    assert (atlantic.acceptance_rate, atlantic.feedback_compliance, atlantic.win_rate) == (
        0.5,
        0.5,
        0.0,
    )
    assert atlantic.hours_to_accept == MONEY("1.00")
    assert (pacific.handoffs, pacific.accepted, pacific.won, pacific.revenue) == (
        1,
        1,
        1,
        MONEY("2000.00"),
    )
    assert pacific.hours_to_accept == MONEY("3.00")


def test_status_reports(services: Services, center: Center) -> None:
    """November's leads: L2 (nurture), L3 (active with Atlantic), L4 (erased: do-not-call)."""
    sam = center.sam
    (region,) = services.reports.status_kpis(sam, "region", NOVEMBER)
    assert (region.group, region.total, region.handoffs) == ("US-NY", 3, 1)
    assert (region.pending, region.active, region.unqualified) == (0, 1, 2)
    assert (region.pipeline_value, region.won_revenue) == (MONEY("700.00"), MONEY("0.00"))
    teams = rows(services.reports.status_kpis(sam, "team", NOVEMBER), "group")
    assert {name: row.total for name, row in teams.items()} == {"Team A": 1, "Team B": 2}
    partners = rows(services.reports.status_kpis(sam, "partner", NOVEMBER), "group")
    assert {name: row.total for name, row in partners.items()} == {
        "(not handed off)": 2,
        "Atlantic": 1,
    }
    days = [(p.day, p.attempts) for p in services.reports.trend(sam, NOVEMBER)]
    assert days == [("2026-11-05", 1), ("2026-11-06", 1), ("2026-11-30", 1)]


def test_a_team_leads_campaigns_and_partners_are_their_teams(
    services: Services, center: Center
) -> None:
    """Tina leads Team A (Rita): Marco's call and handoff, Team B's since his move, are not
    hers in any report, so her reports per rep, campaign and partner add up alike."""
    tina = center.tina
    reps = services.reports.conversion_by_rep(tina, NOVEMBER)
    campaigns = rows(services.reports.conversion_by_campaign(tina, NOVEMBER), "campaign")
    partners = rows(services.reports.conversion_by_partner(tina, NOVEMBER), "partner")
    assert {r.rep for r in reps} == {"Rita", "Tina"}
    assert (campaigns["Free"].qualified, campaigns["Free"].handoffs) == (0, 0)
    assert (campaigns["Fair"].handoffs, campaigns["Fair"].revenue) == (2, MONEY("2000.00"))
    assert (partners["Atlantic"].handoffs, partners["Atlantic"].accepted) == (1, 0)
    for figure in ("handoffs", "accepted", "won", "revenue"):
        per_rep = sum(getattr(r, figure) for r in reps)
        assert per_rep == sum(getattr(c, figure) for c in campaigns.values()), figure
        assert per_rep == sum(getattr(p, figure) for p in partners.values()), figure
    assert sum(r.sales_ready for r in reps) == sum(c.qualified for c in campaigns.values())
    check_every_figure(services, tina, NOVEMBER)  # and each opens as many as it says
    check_every_figure(services, center.sam, NOVEMBER)


def test_a_team_lead_narrows_to_their_teams_only(
    services: Services, center: Center, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another team's filter would read as a team that did nothing: it is not offered, and
    typed, it is refused with the teams that are theirs."""
    assert [name for _, name in services.reports.choices(center.tina).teams] == ["Team A"]
    assert [name for _, name in services.reports.choices(center.sam).teams] == [
        "Team A",
        "Team B",
    ]
    with pytest.raises(InvalidInput, match=r"your teams \(Team A\), not of 'Team B'"):
        services.reports.filter_ids(center.tina, team="Team B")
    assert services.reports.filter_ids(center.sam, team="Team B")
    command = ["--db", database_url, "report", "conversion", "--by", "campaign"]
    assert main_as("tina", [*command, "--team", "Team B"]) == 2
    err = capsys.readouterr().err
    assert "not of 'Team B'" in err and len(err.strip().splitlines()) == 1
    assert main_as("tina", [*command, "--team", "Team A"]) == 0


def test_a_report_written_to_a_file_is_audited_and_private(
    services: Services,
    center: Center,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The report per rep judges people's work: its file is its writer's alone and the
    export is in the audit, for a team lead (their own database login on PostgreSQL) and a
    supervisor on the command line alike."""
    reps = services.reports.conversion_table(center.tina, "rep", NOVEMBER)
    mine = tmp_path / "team-a.xlsx"
    assert services.reports.export(center.tina, reps, mine, "xlsx") == 2
    command = ["--db", database_url, "report", "status", "--by", "team", "--from", "2026-11-01"]
    written = tmp_path / "teams.json"
    assert main_as("sam", [*command, "--out", str(written)]) == 0
    assert "2 rows written" in capsys.readouterr().out
    assert len(json.loads(written.read_text("utf-8"))["rows"]) == 2
    for path in (mine, written):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(User.login, AuditEntry.entity_id, AuditEntry.after)
            .join(User, User.id == AuditEntry.actor_id)
            .where(AuditEntry.action == "report.exported")
            .order_by(AuditEntry.id)
        ).all()
    assert [(login, kind) for login, kind, _ in rows] == [("tina", "xlsx"), ("sam", "json")]
    assert rows[0][2] == {
        "rows": 2,
        "file": "team-a.xlsx",
        "report": "Conversion per rep",
        "period": "2026-11-01 to 2026-11-30",
    }
    assert rows[1][2]["report"] == "Status by team" and rows[1][2]["file"] == "teams.json"
