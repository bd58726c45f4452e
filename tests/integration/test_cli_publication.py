"""`qualifier report publish`: dry run, JSON, once per week, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update

from qualifier_app.app import Services
from qualifier_app.persistence.models import PartnerRep
from qualifier_app.settings import Settings
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.partners import add_partner, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server

WEEK = "2020-W10"  # long past, whatever the database's clock says


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cli-data"
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(folder))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    return folder


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def run(database_url: str, *args: str) -> int:
    return admin_main(["--db", database_url, "report", "publish", *args])


def outcomes(out: str) -> dict[str, str]:
    return {r["name"]: r["outcome"] for r in json.loads(out)["recipients"]}


def test_dry_run_then_publish_once(
    database_url: str,
    services: Services,
    factory: Factory,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_partner(services, "Alpha")
    beta = add_partner(services, "Beta")
    with services.db.unit_of_work() as uow:  # its only rep left since
        uow.session.execute(
            update(PartnerRep).where(PartnerRep.partner_id == beta).values(active=False)
        )
        uow.commit()
    assert run(database_url, "--week", WEEK, "--dry-run", "--json") == 0
    assert outcomes(capsys.readouterr().out) == {
        "Alpha": "would send",
        "Beta": "skipped",
        "Supervisors": "would send",
    }
    # The commands' outbox: this database's folder in their data folder.
    outbox = Settings(database_url=database_url, data_dir=data_dir).outbox_dir
    assert not outbox.exists() or not list(outbox.glob("*.eml"))

    assert run(database_url, "--week", WEEK) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"{WEEK}: 0 e-mailed, 2 left in the outbox, 0 already published")
    assert run(database_url, "--week", WEEK, "--json") == 0
    assert outcomes(capsys.readouterr().out) == {
        "Alpha": "already",
        "Beta": "skipped",
        "Supervisors": "already",
    }
    assert len(list(outbox.glob("scorecard-*.eml"))) == 2


@pytest.mark.parametrize("week", ["2020-10", "2020-W60", "2999-W01"])
def test_a_bad_week_is_one_line_and_exit_2(
    database_url: str, services: Services, week: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(database_url, "--week", week) == 2
    err = capsys.readouterr().err.strip()
    assert "week" in err and "\n" not in err and "Traceback" not in err


def test_the_handoffs_behind_a_partner_of_the_summary(
    database_url: str,
    services: Services,
    factory: Factory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Handed off on 24 November (the test clock); week 2026-W48 ends on 30 November.
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha")
    services.routing.route(rep, sales_ready_lead(factory, rep))
    figure = ["leads", "--report", "publication", "--week", "2026-W48", "--group", "Alpha"]
    assert admin_main(["--db", database_url, "report", *figure, "--figure", "weight_now"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("1 handoff of 1 lead — Alpha · weight_now") and "Sales Ready" in said
    assert admin_main(["--db", database_url, "report", *figure, "--figure", "reported"]) == 0
    assert capsys.readouterr().out.startswith("0 handoffs of 0 leads")
    out = tmp_path / "alpha.csv"
    argv = ["--db", database_url, "report", *figure, "--figure", "weight_now", "--out", str(out)]
    assert admin_main(argv) == 0
    assert len(out.read_text("utf-8").splitlines()) == 2  # the header and the lead

    assert admin_main(["--db", database_url, "report", *figure, "--figure", "weight"]) == 2
    err = capsys.readouterr().err.strip()
    assert "'weight' is not one of" in err and "\n" not in err
    status = ["leads", "--report", "status", "--group", "Alpha", "--figure", "total"]
    assert admin_main(["--db", database_url, "report", *status]) == 2
    err = capsys.readouterr().err.strip()
    assert "needs --by" in err and "\n" not in err
