"""Drill-down: the leads behind each figure of a status report are exactly the ones counted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.reporting import Period
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.services.reports.dto import KPI_BY
from tests.support.factories import Factory
from tests.support.report_history import History, build_history

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def history(services: Services, factory: Factory) -> History:
    return build_history(services, factory)


def test_every_figure_opens_as_many_leads_as_it_counts(
    services: Services, history: History
) -> None:
    reports, boss = services.reports, history.supervisor
    for by in KPI_BY:
        for row in reports.status_kpis(boss, by, NOVEMBER):
            for figure, expected in (
                ("total", row.total),
                ("pending", row.pending),
                ("active", row.active),
                ("unqualified", row.unqualified),
            ):
                found = reports.drill(boss, by, row.group, figure, NOVEMBER)
                assert found.count == expected == len(found.rows), (by, row.group, figure)
            handed = reports.drill(boss, by, row.group, "handoffs", NOVEMBER)
            assert handed.count <= row.handoffs  # a lead re-routed has two handoffs
            assert (handed.count == 0) == (row.handoffs == 0)


def test_the_leads_behind_a_rep_and_a_partner(services: Services, history: History) -> None:
    boss = history.supervisor
    rita = services.reports.drill(boss, "rep", "Rita", "total", NOVEMBER)
    assert [r.status for r in rita.rows] == ["handed_off", "nurture"]
    assert rita.rows[0].campaign == "Show" and rita.rows[0].contact.startswith("Pat ")
    won = services.reports.drill(boss, "partner", "Atlantic", "won", NOVEMBER)
    assert won.count == 1 and won.rows[0].lead_id == rita.rows[0].lead_id
    nobody = services.reports.drill(boss, "rep", "Nobody at all", "total", NOVEMBER)
    assert nobody.count == 0 and nobody.rows == ()


def test_export_the_leads_behind_a_figure(
    services: Services, history: History, tmp_path: Path
) -> None:
    target = tmp_path / "marco-pending.xlsx"
    count = services.reports.export_drill(
        history.supervisor, "rep", "Marco", "pending", NOVEMBER, target
    )
    assert count == 2
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("id", "status", "company") and len(rows) == 3
    assert {row[1] for row in rows[1:]} == {"handed_off", "queued"}
    with services.db.unit_of_work(write=False) as uow:
        after = uow.session.execute(
            select(AuditEntry.after).where(AuditEntry.action == "leads.exported")
        ).scalar_one()
    assert after is not None and after["rows"] == 2 and after["group"] == "Marco"


def test_bad_figures_and_roles_are_refused(
    services: Services, history: History, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="is not one of total, pending"):
        services.reports.drill(history.supervisor, "rep", "Rita", "pending_share", NOVEMBER)
    with pytest.raises(InvalidInput, match="not one of"):
        services.reports.drill(history.supervisor, "planet", "Rita", "total", NOVEMBER)
    with pytest.raises(PermissionDenied):
        services.reports.drill(history.rita, "rep", "Rita", "total", NOVEMBER)
    with pytest.raises(PermissionDenied):  # team leads see reports, only supervisors export
        services.reports.export_drill(
            history.tina, "rep", "Rita", "total", NOVEMBER, tmp_path / "x.csv"
        )
    assert not (tmp_path / "x.csv").exists()
