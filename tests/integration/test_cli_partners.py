"""The partner, route, sla, import partner-feedback and report stale-partners commands."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Handoff
from qualifier_app.settings import Settings
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cli-data"
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(folder))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    return folder


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """The services the tests set up with deliver by SMTP; the commands run without."""
    return with_mail_server(settings, smtp_server)


def run(database_url: str, *args: str) -> int:
    return admin_main(["--db", database_url, *args])


def test_partner_import_match_route_and_sweep(
    database_url: str,
    services: Services,
    factory: Factory,
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rep = factory.user("rita.rep")
    partners = tmp_path / "partners.csv"
    partners.write_text(
        "name,countries,regions,products,segments,sla_hours,reps\n"
        "West Voice,,US-CA,contact center,enterprise,24,Alex <alex@west.example>\n"
        "East Voice,,US-NY,contact center,enterprise,24,Sam <sam@east.example>\n"
        "Broken,Atlantis,,,,24,x@y.example\n"
        "North Voice,US,CA-ON,contact center,enterprise,24,Kim <kim@north.example>\n"
        "Nowhere Voice,US,US-XX,contact center,enterprise,24,Lee <lee@nowhere.example>\n",
        encoding="utf-8",
    )
    assert run(database_url, "partner", "import", str(partners), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["applied"], report["rejected"]) == (2, 3)
    with Path(report["rejects_file"]).open(encoding="utf-8-sig", newline="") as handle:
        reasons = {row["row"]: row["reason"] for row in csv.DictReader(handle)}
    assert reasons["5"] == "'CA-ON' is in CA, which the partner's countries do not list"
    assert reasons["6"] == "'US-XX' is not a region of US (ISO 3166-2, like US-CA)"

    lead_id = sales_ready_lead(factory, rep)
    assert run(database_url, "partner", "match", str(lead_id)) == 0
    text = capsys.readouterr().out
    assert "1. West Voice  ← proposed" in text
    assert "East Voice: does not cover US-CA (only US-NY)" in text
    assert run(database_url, "partner", "match", str(lead_id), "--json") == 0
    proposal = json.loads(capsys.readouterr().out)
    assert proposal["proposed"]["name"] == "West Voice"
    assert proposal["proposed"]["why"].startswith("Next in the fair rotation")

    assert run(database_url, "route", "pending", "--dry-run", "--json") == 0
    dry = json.loads(capsys.readouterr().out)
    assert [r["partner"] for r in dry["routed"]] == ["West Voice"]
    assert factory.get_lead(lead_id).status == "sales_ready"
    assert run(database_url, "route", "pending") == 0
    routed = capsys.readouterr().out
    assert "went to West Voice" in routed
    assert "1 awaiting delivery (no mail server is configured: SLA not started)" in routed
    assert factory.get_lead(lead_id).status == "handed_off"
    # In the commands' outbox: this database's folder in their data folder.
    assert list(
        Settings(database_url=database_url, data_dir=data_dir).outbox_dir.glob("handoff-*.eml")
    )

    assert run(database_url, "sla", "sweep", "--json") == 0
    assert json.loads(capsys.readouterr().out)["expired"] == 0
    assert run(database_url, "sla", "sweep") == 0
    swept = capsys.readouterr().out
    assert swept.startswith("delivered 0")
    assert "awaiting delivery 1 (no mail server is configured)" in swept


def test_feedback_import_and_stale_partners(
    database_url: str,
    services: Services,
    factory: Factory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "West Voice")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    # The command line runs on the real clock: the handoff went out ten days before it.
    with services.db.unit_of_work() as uow:
        uow.session.execute(update(Handoff).values(sent_at=datetime.now(UTC) - timedelta(days=10)))
        uow.commit()
    assert run(database_url, "report", "stale-partners", "--days", "11", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"days": 11, "partners": []}
    assert run(database_url, "report", "stale-partners", "--json") == 0
    stale = json.loads(capsys.readouterr().out)
    assert stale["days"] == 7
    assert [(p["partner"], p["stale"], p["stale_share"]) for p in stale["partners"]] == [
        ("West Voice", 1, 1.0)
    ]
    assert run(database_url, "report", "stale-partners") == 0
    assert "West Voice" in capsys.readouterr().out

    export = tmp_path / "export.csv"
    with export.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Handoff ID", "Status", "Reason"],
                [str(handoff.id), "accepted", ""],
                ["x", "won", ""],
            ]
        )
    assert run(database_url, "import", "partner-feedback", str(export)) == 0
    out = capsys.readouterr().out
    assert "2 rows, 1 update applied, 0 unchanged, 1 rejected" in out
    assert handoff_row(services, handoff.id).status == "accepted"
    assert run(database_url, "import", "partner-feedback", str(export), "--json") == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 1


def test_errors_are_one_line_with_exit_2(
    database_url: str, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(database_url, "import", "partner-feedback", str(tmp_path / "missing.csv")) == 2
    assert capsys.readouterr().err.strip().endswith("missing.csv does not exist")
    assert run(database_url, "partner", "match", "999") == 2
    assert capsys.readouterr().err == "qualifier: error: there is no lead 999\n"
    with pytest.raises(SystemExit) as usage:
        run(database_url, "report", "stale-partners", "--days", "0")
    assert usage.value.code == 2
    assert "must be a positive number" in capsys.readouterr().err


def test_a_feedback_export_by_e_mail_names_its_partner(
    database_url: str,
    services: Services,
    factory: Factory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "West Voice")
    lead = sales_ready_lead(factory, rep)
    handoff = services.routing.route(rep, lead)
    export = tmp_path / "west.csv"
    with export.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [["Email", "Stage"], [factory.get_lead(lead).email_normalized, "accepted"]]
        )
    assert run(database_url, "import", "partner-feedback", str(export)) == 2
    assert capsys.readouterr().err.startswith(
        "qualifier: error: say which partner the file comes from"
    )
    assert run(database_url, "import", "partner-feedback", str(export), "--partner", "East") == 2
    assert capsys.readouterr().err == "qualifier: error: there is no partner 'East'\n"
    assert (
        run(database_url, "import", "partner-feedback", str(export), "--partner", "West Voice") == 0
    )
    assert "1 row, 1 update applied" in capsys.readouterr().out
    assert handoff_row(services, handoff.id).status == "accepted"


def test_a_channel_manager_who_still_looks_after_partners_is_not_switched_off(
    database_url: str, services: Services, factory: Factory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Their partners kept a manager who could no longer open them: the check calls' follow-ups
    and the reminders went to nobody who could act."""
    factory.user("carla.channel", team=None, queues=())
    assert run(database_url, "partner", "channel-manager", "carla.channel") == 0
    add_partner(services, "West Coast Voice", channel_manager="carla.channel")
    add_partner(services, "Atlantic Calls", channel_manager="carla.channel")
    capsys.readouterr()

    assert run(database_url, "partner", "channel-manager", "carla.channel", "--off") == 2
    assert capsys.readouterr().err == (
        "qualifier: error: carla.channel still looks after Atlantic Calls, West Coast Voice: "
        "give those partners another channel manager first\n"
    )
    assert services.accounts.actor_for("carla.channel").is_channel_manager

    # A supervisor looks after partners by their role: the mark is theirs to drop.
    factory.user("sam.super", Role.SUPERVISOR, team=None, queues=())
    assert run(database_url, "partner", "channel-manager", "sam.super") == 0
    add_partner(services, "Northern Leads", channel_manager="sam.super")
    assert run(database_url, "partner", "channel-manager", "sam.super", "--off") == 0
    assert not services.accounts.actor_for("sam.super").is_channel_manager


def test_deactivating_a_channel_manager_names_the_partners_that_need_another_one(
    database_url: str, services: Services, factory: Factory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deactivation never waits (someone left), so the partners stay with them: the admin is
    told which, and the partner list marks the manager until each has another one."""
    factory.user("carla.channel", team=None, queues=())
    assert run(database_url, "partner", "channel-manager", "carla.channel") == 0
    add_partner(services, "West Coast Voice", channel_manager="carla.channel")
    add_partner(services, "Atlantic Calls", channel_manager="carla.channel")
    add_partner(services, "Closed Shop", channel_manager="carla.channel", active=False)
    capsys.readouterr()

    assert run(database_url, "user", "set", "carla.channel", "--active", "no") == 0
    out = capsys.readouterr().out
    assert "carla.channel: rep, no team, deactivated\n" in out
    assert (
        "carla.channel is still the channel manager of Atlantic Calls, West Coast Voice: "
        "give those partners another one\n"
    ) in out

    assert run(database_url, "partner", "list") == 0
    listed = capsys.readouterr().out
    assert listed.count("carla.channel (deactivated)") == 3
    partners = {
        p.name: p for p in services.partners.list_partners(factory.user("sam", Role.SUPERVISOR))
    }
    assert not partners["Atlantic Calls"].channel_manager_active

    # Active again, or any other change: nothing to hand over.
    assert run(database_url, "user", "set", "carla.channel", "--active", "yes") == 0
    assert "channel manager of" not in capsys.readouterr().out
    assert run(database_url, "partner", "list") == 0
    assert "(deactivated)" not in capsys.readouterr().out
