"""`qualifier check-calls due` and `qualifier report check-calls --by partner|rep`."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import Handoff
from qualifier_app.settings import Settings
from tests.support.check_calls import (
    ANSWERS_CONTACTED,
    ANSWERS_NOT_CONTACTED,
    answer,
    check_every_handoff,
    handed_off,
    to_check_day,
)
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.partners import add_partner
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def _week_old_and_fresh(services: Services, factory: Factory) -> tuple[int, int]:
    """(lead, handoff) delivered over a week ago, and another delivered now: the commands
    run on the database's clock."""
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita)
    _, later = handed_off(services, factory, rita)
    real_now = datetime.now(UTC)
    with services.db.unit_of_work() as uow:
        uow.session.execute(
            update(Handoff)
            .where(Handoff.id == handoff_id)
            .values(sent_at=real_now - timedelta(days=8))
        )
        uow.session.execute(update(Handoff).where(Handoff.id == later).values(sent_at=real_now))
        uow.commit()
    return lead_id, handoff_id


def test_the_sla_sweep_makes_check_calls_due_too(
    services: Services,
    factory: Factory,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, handoff_id = _week_old_and_fresh(services, factory)
    services.handoffs.record_feedback(OPERATOR, handoff_id, "accepted")  # not to expire
    capsys.readouterr()
    assert admin_main(["--db", database_url, "sla", "sweep"]) == 0
    assert "check calls made due 1" in capsys.readouterr().out
    assert admin_main(["--db", database_url, "sla", "sweep"]) == 0
    assert "check calls made due" not in capsys.readouterr().out


def test_due_judges_handoffs_on_their_check_day_and_lists_them_as_json(
    services: Services,
    factory: Factory,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lead_id, handoff_id = _week_old_and_fresh(services, factory)
    capsys.readouterr()

    assert admin_main(["--db", database_url, "check-calls", "due", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["made_due"], data["skipped"], data["cancelled"]) == (1, 0, 0)
    [due] = data["due"]
    assert (due["lead_id"], due["handoff_id"], due["partner"], due["rep"]) == (
        lead_id,
        handoff_id,
        "Alpha Voice",
        "Rita.Rep",
    )
    assert admin_main(["--db", database_url, "check-calls", "due"]) == 0
    out = capsys.readouterr().out
    assert "Alpha Voice" in out and "every handoff is checked" in out


def test_policy_errors_are_one_line_and_exit_2(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = admin_main(
        ["--db", database_url, "check-calls", "policy", "--segment", "smb", "--days", "0"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "qualifier: error: the check call comes 1 to 30 business days after delivery"
    ]
    policy = ["check-calls", "policy", "--segment", "smb", "--share", "20", "--minimum", "2"]
    assert admin_main(["--db", database_url, *policy]) == 0
    assert admin_main(["--db", database_url, "check-calls", "policy"]) == 0
    assert "20 %, at least 2 per partner a month" in capsys.readouterr().out
    # Without a segment the options set nothing: said so, not a listing that looks like success.
    unnamed = ["check-calls", "policy", "--partner", "Nowhere", "--days", "5", "--share", "10"]
    assert admin_main(["--db", database_url, *unnamed]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "qualifier: error: --partner, --days, --share set a segment's policy: "
        "name it with --segment smb|enterprise"
    ]


def test_a_policy_changed_in_one_option_keeps_the_others(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_partner(services, "Alpha Voice", sla_hours=24)
    policy = ["--db", database_url, "check-calls", "policy", "--segment", "enterprise"]
    first = ["--days", "3", "--share", "20", "--minimum", "2", "--poor-share", "50"]
    assert admin_main([*policy, *first]) == 0
    assert admin_main([*policy, "--partner", "Alpha Voice", "--days", "2"]) == 0
    capsys.readouterr()

    assert admin_main([*policy, "--share", "30"]) == 0
    assert capsys.readouterr().out.strip() == (
        "enterprise every partner: 3 business days after delivery, 30 %, "
        "at least 2 per partner a month, 50 % for partners with a poor record"
    )
    # A partner's own policy starts from the defaults, not from the segment's.
    assert admin_main([*policy, "--partner", "Alpha Voice", "--minimum", "1"]) == 0
    assert capsys.readouterr().out.strip() == (
        "enterprise Alpha Voice: 2 business days after delivery, every handoff, "
        "at least 1 per partner a month"
    )
    # --json, as every command takes it, when setting and removing too.
    assert admin_main([*policy, "--share", "35", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["segment"], row["partner"], row["business_days"], row["share_percent"]) == (
        "enterprise",
        "",
        3,
        35,
    )
    assert admin_main([*policy, "--partner", "Alpha Voice", "--remove", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "segment": "enterprise",
        "partner": "Alpha Voice",
        "removed": True,
    }
    factory.user("rita.rep")
    assert admin_main([*policy, "--share", "40", "--as", "rita.rep"]) == 2
    assert capsys.readouterr().err.strip() == (
        "qualifier: error: rita.rep (rep) may not set the check-call policy"
    )


@pytest.fixture
def answered(services: Services, factory: Factory, clock: ManualClock, database_url: str) -> str:
    rita = factory.user("rita.rep")
    otto = factory.user("otto.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    handed_off(services, factory, rita)
    handed_off(services, factory, rita)
    handed_off(services, factory, otto)
    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 3
    for number, rep in enumerate((rita, rita, otto)):
        item = services.workspace.next_lead(rep)
        answers = ANSWERS_CONTACTED if number == 0 else ANSWERS_NOT_CONTACTED
        answer(services, rep, item, answers, request_id=f"check-cli-{number:04d}")
    return database_url


def test_report_by_partner_and_partner_rep_as_csv(
    answered: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code = admin_main(
        ["--db", answered, "report", "check-calls", "--by", "partner", "--format", "csv"]
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_key = {(r["Partner"], r["Partner rep"]): r for r in rows}
    whole = by_key[("Alpha Voice", "")]
    assert (whole["Checked"], whole["Reached"], whole["Not contacted"]) == ("3", "3", "2")
    assert whole["Contacted by partner (%)"] == "33.3"
    assert whole["Satisfaction (1–5)"] == "4.0"
    assert whole["Median days to contact"] == "2.0"  # delivered the 24th, called the 26th
    assert whole["Reopened"] == "2"
    assert ("Alpha Voice", "Rep 0 of Alpha Voice") in by_key


def test_report_by_rep_exports_to_xlsx(answered: str, tmp_path: Path) -> None:
    out = tmp_path / "checks.xlsx"
    code = admin_main(
        ["--db", answered, "report", "check-calls", "--by", "rep", "--out", str(out),
         "--format", "xlsx"]
    )  # fmt: skip
    assert code == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    by_rep = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_rep["Rita.Rep"]["Checked"] == 2
    assert by_rep["Rita.Rep"]["Contacted by partner (%)"] == 50
    assert by_rep["Otto.Rep"]["Not contacted"] == 1
