"""A date or a time written without a zone in an imported file is the center's wall clock,
not UTC: a New York center's list dated "2026-11-20" was stored as 19:00 on the 19th there,
so an export of the leads inquired since the 20th left them out and a month's report counted
the 1st's inquiries in the month before. A time that says its offset or zone is read as it
says. On both databases."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.services.reports.lead_export import LeadFilter
from qualifier_app.settings import Settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server

NEW_YORK = ZoneInfo("America/New_York")
HEADER = ["First name", "Last name", "Company", "Phone", "Country", "Inquiry date"]


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered, and partners report on them."""
    return with_mail_server(settings, smtp_server)


def _new_york(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=NEW_YORK).astimezone(UTC)


def _inquired(services: Services, tmp_path: Path, since: date | None = None) -> dict[str, str]:
    """Each lead's inquiry time as an export writes it (UTC), by first name."""
    out = tmp_path / f"since-{since}.json"
    services.exports.export_leads(OPERATOR, out, "json", LeadFilter(since=since))
    return {row["first_name"]: row["inquired_at"] for row in json.loads(out.read_text())}


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def test_a_csv_s_dates_and_times_are_the_center_s_wall_clock(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    factory.center("America/New_York")
    path = tmp_path / "inquiries.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                HEADER,
                ["Ann", "Lee", "Acme", "+1 212 555 0101", "US", "2026-11-20"],
                ["Bob", "Ray", "Bcorp", "+1 212 555 0102", "US", "2026-11-20 21:30"],
                ["Cy", "Moe", "Ccorp", "+1 212 555 0103", "US", "11/19/2026 10:00 PM"],
                ["Di", "Fox", "Dcorp", "+1 212 555 0104", "US", "Nov 19, 2026 9:15 AM"],
                # Said in UTC, or with an offset: read as said.
                ["Ed", "Kim", "Ecorp", "+1 212 555 0105", "US", "2026-11-20T02:30:00Z"],
                ["Flo", "Gil", "Fcorp", "+1 212 555 0106", "US", "2026-11-20 10:00 -0800"],
            ]
        )
    assert services.intake.import_inquiries(OPERATOR, path).imported == 6

    assert _inquired(services, tmp_path) == {
        "Ann": _utc(_new_york(20)),
        "Bob": _utc(_new_york(20, 21, 30)),
        "Cy": _utc(_new_york(19, 22)),
        "Di": _utc(_new_york(19, 9, 15)),
        "Ed": _utc(datetime(2026, 11, 20, 2, 30, tzinfo=UTC)),
        "Flo": _utc(datetime(2026, 11, 20, 18, tzinfo=UTC)),
    }
    # The 20th in New York: Ann, Bob and Flo; Ed wrote 02:30 UTC, 21:30 on the 19th there.
    assert set(_inquired(services, tmp_path, since=date(2026, 11, 20))) == {"Ann", "Bob", "Flo"}


def test_a_workbook_s_date_cells_are_the_center_s_wall_clock(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    factory.center("America/New_York")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["Ann", "Lee", "Acme", "+1 212 555 0101", "US", datetime(2026, 11, 20)])
    sheet.append(["Bob", "Ray", "Bcorp", "+1 212 555 0102", "US", datetime(2026, 11, 19, 23, 45)])
    sheet.append(["Cy", "Moe", "Ccorp", "+1 212 555 0103", "US", date(2026, 11, 19)])
    path = tmp_path / "inquiries.xlsx"
    workbook.save(path)
    assert services.intake.import_inquiries(OPERATOR, path).imported == 3

    assert _inquired(services, tmp_path) == {
        "Ann": _utc(_new_york(20)),
        "Bob": _utc(_new_york(19, 23, 45)),
        "Cy": _utc(_new_york(19)),
    }
    assert set(_inquired(services, tmp_path, since=date(2026, 11, 20))) == {"Ann"}


def test_a_partner_s_modified_time_is_the_center_s_wall_clock(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    """A partner's report at 13:00 in New York was taken for 08:00 there, before the news
    the handoff had at 11:00, and refused as older than it."""
    factory.center("America/New_York")
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    clock.set(_new_york(24, 10))
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    clock.set(_new_york(24, 11))
    services.handoffs.record_feedback(sam, handoff.id, "accepted")
    clock.set(_new_york(24, 14))
    path = tmp_path / "alpha.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Handoff", "Stage", "Amount", "Last Modified"],
                [str(handoff.id), "Active", "10000", "2026-11-24 13:00"],
            ]
        )

    report = services.handoffs.import_feedback(sam, path, "Alpha Voice")

    assert (report.applied, report.rejected) == (1, 0)
    assert handoff_row(services, handoff.id).last_update_at == _new_york(24, 13)
