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
from tests.support.partners import add_partner
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
    assert not (data_dir / "outbox").exists() or not list((data_dir / "outbox").glob("*.eml"))

    assert run(database_url, "--week", WEEK) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"{WEEK}: 0 e-mailed, 2 left in the outbox, 0 already published")
    assert run(database_url, "--week", WEEK, "--json") == 0
    assert outcomes(capsys.readouterr().out) == {
        "Alpha": "already",
        "Beta": "skipped",
        "Supervisors": "already",
    }
    assert len(list((data_dir / "outbox").glob("scorecard-*.eml"))) == 2


@pytest.mark.parametrize("week", ["2020-10", "2020-W60", "2999-W01"])
def test_a_bad_week_is_one_line_and_exit_2(
    database_url: str, services: Services, week: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(database_url, "--week", week) == 2
    err = capsys.readouterr().err.strip()
    assert "week" in err and "\n" not in err and "Traceback" not in err
