"""Campaigns: cost, channel and dates recorded and audited; reports spread the cost."""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.services.admin import campaigns as campaigns_module
from qualifier_app.services.admin.campaigns import CampaignChange
from tests.support.cli import admin_main
from tests.support.factories import Factory

AUTUMN = CampaignChange(
    cost=Decimal("3000"),
    channel="direct mail",
    starts_on=date(2026, 10, 1),
    ends_on=date(2026, 11, 29),
)


def audit_rows(services: Services) -> list[tuple[str, int | None, object, object, str]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            tuple(row)  # type: ignore[misc]
            for row in uow.session.execute(
                select(
                    AuditEntry.action,
                    AuditEntry.actor_id,
                    AuditEntry.before,
                    AuditEntry.after,
                    AuditEntry.reason,
                )
                .where(AuditEntry.entity_type == "campaign")
                .order_by(AuditEntry.id)
            ).all()
        ]


def test_create_and_change_a_campaign_audited(services: Services, factory: Factory) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    created = services.campaigns.save(sam, "  Autumn   mailing ", AUTUMN)
    assert (created.name, created.channel, created.cost) == (
        "Autumn mailing",
        "direct mail",
        Decimal("3000.00"),
    )
    assert (created.starts_on, created.ends_on, created.leads) == (
        date(2026, 10, 1),
        date(2026, 11, 29),
        0,
    )
    factory.lead(campaign_id=created.id)
    changed = services.campaigns.save(
        sam, "Autumn mailing", CampaignChange(cost=Decimal("3500.50")), reason="invoice came in"
    )
    assert changed.id == created.id and changed.cost == Decimal("3500.50") and changed.leads == 1
    assert changed.starts_on == date(2026, 10, 1)  # untouched fields stay
    rows = audit_rows(services)
    assert [row[0] for row in rows] == ["campaign.created", "campaign.changed", "campaign.changed"]
    assert all(row[1] == sam.user_id for row in rows)
    assert rows[2][2] == {"cost": "3000.00"}
    assert rows[2][3] == {"cost": "3500.50"} and rows[2][4] == "invoice came in"
    # Saving the same values again changes nothing and writes no audit row.
    services.campaigns.save(sam, "Autumn mailing", CampaignChange(cost=Decimal("3500.50")))
    assert len(audit_rows(services)) == 3
    assert [c.name for c in services.campaigns.list(sam)] == ["Autumn mailing"]


def test_a_campaign_is_one_whatever_the_case_of_its_name(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    webinar = services.campaigns.save(sam, "UC Webinar Series", AUTUMN)
    typed = services.campaigns.save(
        sam, "uc webinar  SERIES", CampaignChange(cost=Decimal("12000"))
    )
    assert (typed.id, typed.name, typed.cost) == (
        webinar.id,
        "UC Webinar Series",
        Decimal("12000.00"),
    )
    inquiries = tmp_path / "inquiries.csv"
    inquiries.write_text(
        "Name,Email,Company,Campaign\n"
        "Ana Silva,ana@example.com,Acme,uc webinar series\n"
        "Bo Berg,bo@example.com,Beta,Trade Fair\n"
        "Cy Chan,cy@example.com,Gamma,TRADE  fair\n",
        "utf-8",
    )
    services.intake.import_inquiries(sam, inquiries, campaign=None)
    services.intake.import_inquiries(sam, inquiries, campaign="UC WEBINAR SERIES")
    listed = {c.name: c.leads for c in services.campaigns.list(sam)}
    assert listed == {"UC Webinar Series": 1, "Trade Fair": 2}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (CampaignChange(cost=Decimal("-1")), "cost"),
        (CampaignChange(cost=Decimal("1.001")), "cost"),
        (CampaignChange(channel="   "), "channel"),
        (CampaignChange(starts_on=date(2026, 12, 1)), "ends_on"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    services: Services, factory: Factory, change: CampaignChange, field: str
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.campaigns.save(sam, "Autumn mailing", AUTUMN)
    with pytest.raises(InvalidInput) as refused:
        services.campaigns.save(sam, "Autumn mailing", change)
    assert refused.value.field == field
    [kept] = services.campaigns.list(sam)
    assert (kept.cost, kept.channel, kept.starts_on) == (
        Decimal("3000.00"),
        "direct mail",
        date(2026, 10, 1),
    )


def test_only_supervisors_and_admins_manage_campaigns(services: Services, factory: Factory) -> None:
    lead = factory.user("tina", Role.TEAM_LEAD)
    rep = factory.user("rita", Role.REP)
    with pytest.raises(PermissionDenied):
        services.campaigns.save(lead, "Autumn mailing", AUTUMN)
    with pytest.raises(PermissionDenied) as refused:
        services.campaigns.list(rep)
    assert str(refused.value) == "rita (rep) may not list campaigns"  # not "view reports"
    assert services.campaigns.list(lead) == []


def test_reports_spread_the_cost_over_the_days_it_ran(services: Services, factory: Factory) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.campaigns.save(sam, "Autumn mailing", AUTUMN)  # 3,000 over 60 days

    def cost(period: Period) -> Decimal:
        rows = services.reports.conversion_by_campaign(sam, period)
        return next(r.cost for r in rows if r.campaign == "Autumn mailing")

    assert cost(Period(date(2026, 11, 1), date(2026, 11, 30))) == Decimal("1450.00")
    assert cost(Period(date(2026, 10, 1), date(2026, 10, 31))) == Decimal("1550.00")
    # On 24 November (the database's clock), all time and "from 1 November to today" are
    # charged the days run so far: 55 and 24 of them.
    assert cost(Period()) == Decimal("2750.00")
    assert cost(Period(date(2026, 11, 1))) == Decimal("1200.00")
    january = services.reports.conversion_by_campaign(
        sam, Period(date(2026, 1, 1), date(2026, 1, 31))
    )
    assert january[0].cost == 0 and january[0].roi is None


def test_campaign_commands(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*args: str) -> int:
        try:
            return admin_main(["--db", database_url, "campaign", *args])
        except SystemExit as exited:  # argparse refuses bad arguments this way
            return int(exited.code or 0)

    # 3.000 is three thousand, as much of the world writes it (and a cost has two decimals).
    assert run("set", "Autumn mailing", "--cost", "3.000", "--channel", "direct mail") == 0
    assert capsys.readouterr().err == "qualifier: created campaign Autumn mailing\n"
    assert run("set", "Autumn mailing", "--from", "2026-10-01", "--to", "2026-11-29") == 0
    assert capsys.readouterr().err == ""  # changed, not created
    # A typo in the name is a second campaign: said, with the one it is like.
    assert run("set", "Autumn mailng", "--cost", "10") == 0
    assert capsys.readouterr().err == (
        "qualifier: created campaign Autumn mailng (a new one: Autumn mailing exists already)\n"
    )
    assert run("set", "Autumn mailng", "--cost", "0") == 0  # (it stays, costing nothing)
    capsys.readouterr()
    assert run("list", "--json") == 0
    [listed] = [c for c in json.loads(capsys.readouterr().out) if c["name"] == "Autumn mailing"]
    assert listed["cost"] == "3000.00" and listed["ends_on"] == "2026-11-29"
    for bad, message in (
        (["--cost", "12.3456"], "more than two decimals"),
        (["--cost", "1000000000000"], "cost must be less than 1,000,000,000,000"),
        (["--from", "2026-12-01"], "starts (2026-12-01) after it ends (2026-11-29)"),
        (["--no-dates", "--to", "2027-01-01"], "--no-dates cannot go with --from or --to"),
    ):
        assert run("set", "Autumn mailing", *bad) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert run("list", "--json") == 0
    [kept] = [c for c in json.loads(capsys.readouterr().out) if c["name"] == "Autumn mailing"]
    assert kept == listed
    # The largest cost the command line lets through is one the campaign keeps: one limit.
    assert run("set", "Autumn mailing", "--cost", "999999999999.99") == 0
    capsys.readouterr()
    assert run("list", "--json") == 0
    costs = {c["name"]: c["cost"] for c in json.loads(capsys.readouterr().out)}
    assert costs["Autumn mailing"] == "999999999999.99"


def test_two_supervisors_creating_the_same_campaign_at_once_make_one(
    services: Services, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    # Both look the name up before either creates it. (On SQLite the second cannot begin
    # before the first commits; the wait times out.)
    both_looked = threading.Barrier(2, timeout=0.5 if services.db.is_sqlite else 10)
    real_create = campaigns_module.create

    def create_after_both_looked(*args: Any, **kwargs: Any) -> Any:
        with contextlib.suppress(threading.BrokenBarrierError):
            both_looked.wait()
        return real_create(*args, **kwargs)

    monkeypatch.setattr(campaigns_module, "create", create_after_both_looked)
    failures: list[Exception] = []

    def save(actor: Any, cost: str) -> None:
        try:
            services.campaigns.save(actor, "Autumn mailing", CampaignChange(cost=Decimal(cost)))
        except Exception as exc:
            failures.append(exc)

    threads = [
        threading.Thread(target=save, args=(sam, "100")),
        threading.Thread(target=save, args=(ada, "200")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    [campaign] = services.campaigns.list(sam)
    assert campaign.cost in {Decimal("100.00"), Decimal("200.00")}
    actions = [row[0] for row in audit_rows(services)]
    assert actions.count("campaign.created") == 1
