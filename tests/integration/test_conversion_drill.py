"""Drill-down from the conversion reports: the leads behind each handoff figure of a rep, a
campaign and a partner are the ones counted (each lead once), on both databases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.services.reports.conversion_drill import FIGURES, PREFIX
from tests.support.factories import Factory
from tests.support.report_history import History, build_history

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def history(services: Services, factory: Factory) -> History:
    return build_history(services, factory)


def test_every_handoff_figure_opens_the_leads_it_counts(
    services: Services, history: History
) -> None:
    reports, boss = services.reports, history.supervisor
    opened = 0
    for by in FIGURES:
        table = reports.conversion_table(boss, by, NOVEMBER)
        keys = [column.key for column in table.columns]
        for row in table.rows:
            for figure in ("handoffs", "accepted", "won", "revenue"):
                counted = row[keys.index(figure)]
                found = reports.drill(boss, PREFIX + by, str(row[0]), figure, NOVEMBER)
                assert found.count == len(found.rows)
                if figure == "revenue":
                    assert (found.count == 0) == (not counted), (by, row[0])
                else:
                    # a lead handed off twice in the period to one group is listed once
                    assert found.count <= counted and (found.count == 0) == (counted == 0)
                opened += found.count
    assert opened > 0


def test_a_partners_won_leads_match_the_status_report(services: Services, history: History) -> None:
    boss = history.supervisor
    conversion = services.reports.drill(boss, PREFIX + "partner", "Atlantic", "won", NOVEMBER)
    status = services.reports.drill(boss, "partner", "Atlantic", "won", NOVEMBER)
    assert conversion.count == 1
    assert [r.lead_id for r in conversion.rows] == [r.lead_id for r in status.rows]
    with pytest.raises(InvalidInput, match="is not one of inquiries, qualified"):
        services.reports.drill(boss, PREFIX + "campaign", "Show", "cost", NOVEMBER)


def test_export_the_leads_behind_a_conversion_figure(
    services: Services, history: History, tmp_path: Path
) -> None:
    boss = history.supervisor
    out = tmp_path / "won.xlsx"
    count = services.reports.export_drill(
        boss, PREFIX + "campaign", "Show", "handoffs", NOVEMBER, out
    )
    book = load_workbook(out, read_only=True)
    rows = list(book["Leads"].iter_rows(values_only=True))
    book.close()  # a read-only workbook keeps its file open until closed
    assert count >= 1 and len(rows) == count + 1
