"""Partner-CRM exports as a tester found them (tests/data/feedback): Salesforce's "Last
Modified Date", US and German dates with a 12-hour clock, a US close date; the columns the
import did not use are said. The files name handoffs 11, 14, 18 and 19: here they stand for
the handoffs the test makes. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Handoff
from qualifier_app.settings import Settings
from tests.integration.test_feedback_import import rejected_rows
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server

DATA = Path(__file__).resolve().parents[1] / "data" / "feedback"


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def as_handoffs(name: str, folder: Path, ids: dict[str, int]) -> Path:
    """The tester's file with its handoff ids replaced by the test's."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    target = folder / name
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([rows[0], *([str(ids[row[0]]), *row[1:]] for row in rows[1:])])
    return target


def test_salesforce_exports_with_us_dates_and_last_modified_date(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    clock.advance(timedelta(days=11))  # 2026-12-05: the files' dates are past
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    made = [services.routing.route(rep, sales_ready_lead(factory, rep)).id for _ in range(3)]
    ids = {"11": made[0], "14": made[1], "18": made[2], "19": made[2]}

    # "12/01/2026 10:15 AM", "01.12.2026 10:15" and ISO: the same moment, 1 December.
    latest = services.handoffs.import_feedback(sam, as_handoffs("sf_lm.csv", tmp_path, ids))
    assert (latest.applied, latest.rejected) == (3, 0)
    with services.db.unit_of_work(write=False) as uow:
        news = uow.session.execute(
            select(Handoff.last_update_at).where(Handoff.id.in_(made))
        ).scalars()
        assert {moment.astimezone(UTC) for moment in news if moment} == {
            datetime(2026, 12, 1, 10, 15, tzinfo=UTC)
        }
    assert handoff_row(services, made[1]).pipeline_value == Decimal(13000)

    # An older export under Salesforce's column name never rolls the newer value back.
    old = services.handoffs.import_feedback(sam, as_handoffs("sf_old.csv", tmp_path, ids))
    assert (old.applied, old.rejected) == (0, 1)
    assert "older than the handoff's last news" in rejected_rows(old)["2"]
    assert handoff_row(services, made[1]).pipeline_value == Decimal(13000)

    # A US close date is read; Salesforce gives the won amount as Amount, which is the won
    # revenue at Closed Won (the pipeline value before); the lost row is applied at its US
    # modified date; the first row repeats what is known.
    us = services.handoffs.import_feedback(sam, as_handoffs("sf_us.csv", tmp_path, ids))
    assert (us.applied, us.unchanged, us.rejected) == (2, 1, 0)
    assert handoff_row(services, made[2]).status == "lost"
    assert handoff_row(services, made[2]).closed_on == date(2026, 12, 2)  # "12/02/2026"
    closed = handoff_row(services, made[1])
    assert (closed.status, closed.won_revenue, closed.closed_on, closed.pipeline_value) == (
        "won",
        Decimal(48000),
        date(2026, 11, 30),
        Decimal(13000),  # the last pipeline value reported while it was open
    )


def test_columns_the_import_did_not_use_are_said(
    services: Services,
    factory: Factory,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    path = tmp_path / "export.csv"
    path.write_text(
        "Handoff ID,Stage,Amount,Opportunity Owner,Next Step\n"
        f"{handoff.id},Working,5000,Jane Roe,call back\n",
        encoding="utf-8",
    )
    command = ["--db", database_url, "import", "partner-feedback", str(path)]
    assert admin_main(command) == 0
    out, err = capsys.readouterr()
    assert "1 update applied" in out
    assert err == "qualifier: warning: columns not used: Opportunity Owner, Next Step\n"


def test_a_rejected_close_date_is_named_as_the_files_column(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep)).id
    path = tmp_path / "pf_misc.csv"
    header, won, *_ = (DATA / path.name).read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(header + won.replace("14,", f"{handoff},", 1), encoding="utf-8")
    report = services.handoffs.import_feedback(sam, path)
    assert report.rejects_file is not None
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.DictReader(handle))
    assert [(row["row"], row["column"], row["reason"]) for row in rejects] == [
        ("2", "close_date", "a won lead needs its close date")
    ]
