"""Enrichment from firmographics, re-scoring with changed rules, and exports."""

from __future__ import annotations

import copy as copying
import csv
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import Firmographic, Lead, Queue
from qualifier_app.services.intake.scoring_rules import load_rules
from qualifier_app.services.reports.lead_export import LeadFilter
from tests.support.factories import Factory

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


def copy(name: str, folder: Path) -> Path:
    shutil.copyfile(DATA / name, folder / name)
    return folder / name


def by_name(services: Services) -> dict[str, Lead]:
    with services.db.unit_of_work(write=False) as uow:
        found = uow.session.scalars(select(Lead)).all()
        uow.session.expunge_all()
    return {f"{lead.first_name} {lead.last_name}": lead for lead in found}


def test_firmographics_enrich_hits_and_leave_misses(services: Services, tmp_path: Path) -> None:
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    before = by_name(services)
    summary = services.enrichment.import_firmographics(
        OPERATOR, copy("firmographics.csv", tmp_path), source="D&B sample 2026-11"
    )
    assert (summary.rows, summary.loaded, summary.rejected) == (4, 3, 1)
    assert summary.leads_enriched == 4  # John, Pat (domain acme.example), Anna (name), Priya
    leads = by_name(services)
    john = leads["John Smith"]
    assert (john.employees, john.annual_revenue, john.industry) == (
        4500, Decimal("900000000.00"), "Manufacturing")  # fmt: skip
    assert john.field_sources["employees"] == (
        "firmographics: D&B sample 2026-11 (by domain acme.example)"
    )
    assert john.segment == "enterprise" and john.score > before["John Smith"].score
    anna = leads["Anna Müller"]
    assert anna.employees == 120 and "by company name" in anna.field_sources["industry"]
    priya = leads["Priya Nair"]
    assert (priya.employees, priya.industry) == (None, "Financial Services")
    # Misses: no reference row for these companies.
    for name in ("Emma Wilson", "Liam Brown"):
        assert leads[name].employees is None and leads[name].field_sources == {}
    assert summary.rejects_file is not None
    with open(summary.rejects_file, encoding="utf-8-sig") as handle:
        assert "not a number of employees" in handle.read()

    again = services.enrichment.import_firmographics(
        OPERATOR, tmp_path / "firmographics.csv", source="D&B sample 2026-11"
    )
    assert (again.loaded, again.updated, again.leads_enriched) == (0, 3, 0)
    with services.db.unit_of_work(write=False) as uow:
        assert len(uow.session.scalars(select(Firmographic)).all()) == 3


def test_a_reference_file_that_repeats_its_header_loads_no_company_named_company(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "reference.csv"
    path.write_text("Company,Industry\nAcme,Manufacturing\nCompany,Industry\nBeta,Retail\n")
    summary = services.enrichment.import_firmographics(OPERATOR, path)
    assert (summary.rows, summary.loaded, summary.rejected) == (3, 2, 1)
    with services.db.unit_of_work(write=False) as uow:
        companies = set(uow.session.scalars(select(Firmographic.company)))
    assert companies == {"Acme", "Beta"}
    assert summary.rejects_file is not None
    with open(summary.rejects_file, encoding="utf-8-sig") as handle:
        assert '3,Company,Company,"the column titles again, no data' in handle.read()


def test_enrichment_never_overwrites_known_values(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    lead = factory.lead(company="Acme Systems", company_key="acme systems", employees=12,
                        industry="", email_normalized="x@acme.example")  # fmt: skip
    services.enrichment.import_firmographics(OPERATOR, copy("firmographics.csv", tmp_path))
    enriched = factory.get_lead(lead)
    assert (enriched.employees, enriched.industry) == (12, "Manufacturing")
    assert set(enriched.field_sources) == {"annual_revenue", "industry"}


def test_new_inquiries_are_enriched_on_import(services: Services, tmp_path: Path) -> None:
    services.enrichment.import_firmographics(OPERATOR, copy("firmographics.csv", tmp_path))
    summary = services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    assert summary.enriched == 4
    assert by_name(services)["John Smith"].segment == "enterprise"
    assert summary.queues["Enterprise"] == 2


def test_changed_rules_are_reapplied_to_unworked_leads_only(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    leads = by_name(services)
    factory.set_lead(leads["Pat Smith"].id, attempts=1)
    rules = copying.deepcopy(dict(load_rules()))
    rules["points"]["title"] = [["office manager", 50], *rules["points"]["title"]]
    rules["queues"].insert(0, {"queue": "Germany", "when": {"countries": ["DE"]}})
    rules["queues"].insert(0, {"queue": "New York", "when": {"regions": ["US-NY"]}})
    summary = services.scoring.rescore(OPERATOR, rules)
    assert summary.examined == 5
    after = by_name(services)
    assert after["Anna Müller"].queue_id != leads["Anna Müller"].queue_id
    assert after["John Smith"].queue_id != leads["John Smith"].queue_id
    # Worked already: keeps its score and queue whatever the rules say now.
    assert (after["Pat Smith"].score, after["Pat Smith"].queue_id) == (
        leads["Pat Smith"].score, leads["Pat Smith"].queue_id)  # fmt: skip
    with services.db.unit_of_work(write=False) as uow:
        queues = dict(uow.session.execute(select(Queue.id, Queue.name)).all())
    assert queues[after["Anna Müller"].queue_id] == "Germany"
    assert queues[after["John Smith"].queue_id] == "New York"
    assert services.scoring.rescore(OPERATOR, rules).changed == 0


def test_broken_rules_are_refused_with_the_reason(services: Services) -> None:
    rules = copying.deepcopy(dict(load_rules()))
    rules["queues"] = [{"queue": "Only DE", "when": {"countries": ["DE"], "moon": 1}}]
    with pytest.raises(InvalidInput, match=r"unknown conditions: moon.*no catch-all"):
        services.scoring.rescore(OPERATOR, rules)


def test_exports_escape_formulas_and_keep_phones_readable(
    services: Services, tmp_path: Path
) -> None:
    services.intake.import_inquiries(OPERATOR, copy("formula_cells.csv", tmp_path))
    out = tmp_path / "leads.csv"
    assert services.exports.export_leads(OPERATOR, out, "csv").rows == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    eve = rows[0]
    assert eve["company"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert eve["last_name"] == "'=1+2"
    assert eve["phone"] == "+12125550100" and eve["phone_as_given"] == "+1 212 555 0100"
    assert rows[1]["company"] == "'-Minus Corp"

    xlsx = tmp_path / "leads.xlsx"
    services.exports.export_leads(OPERATOR, xlsx, "xlsx")
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = values[0]
    assert values[1][header.index("last_name")] == "'=1+2"
    assert values[1][header.index("phone")] == "+12125550100"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)

    as_json = tmp_path / "leads.json"
    services.exports.export_leads(OPERATOR, as_json, "json")
    records = json.loads(as_json.read_text("utf-8"))
    assert records[0]["last_name"] == "=1+2"  # JSON runs nothing: kept verbatim


def test_export_filters(services: Services, factory: Factory, tmp_path: Path) -> None:
    services.intake.import_inquiries(
        OPERATOR, copy("golden_duplicates.csv", tmp_path), campaign="Q4"
    )
    out = tmp_path / "x.json"
    count = services.exports.export_leads(
        OPERATOR, out, "json", LeadFilter(country="Germany", queue="SMB International")
    ).rows
    assert count == 1 and json.loads(out.read_text())[0]["last_name"] == "Müller"
    assert services.exports.export_leads(OPERATOR, out, "json", LeadFilter(min_score=60)).rows == 3
    with pytest.raises(InvalidInput, match="no queue named 'Nope'"):
        services.exports.export_leads(OPERATOR, out, "json", LeadFilter(queue="Nope"))
    with pytest.raises(InvalidInput, match="unknown status"):
        services.exports.export_leads(OPERATOR, out, "json", LeadFilter(statuses=("gone",)))
    rep = factory.user("rita", Role.REP)
    with pytest.raises(PermissionDenied):
        services.exports.export_leads(rep, out, "csv")


def test_a_reference_revenue_in_another_currency_is_refused_saying_so(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """A German provider's "EUR 15 Mio" was loaded as 15 million of a dollar center's."""
    factory.center("America/New_York")  # counts in USD
    path = tmp_path / "bisnode.csv"
    path.write_text(
        "Company Name,Employees,Annual Revenue,Industry\n"
        "Rhein Daten GmbH,120,EUR 15 Mio,Technology\n"
        "Acme Systems Inc.,4500,USD 900 Mio,Manufacturing\n",
        encoding="utf-8",
    )
    summary = services.enrichment.import_firmographics(OPERATOR, path, source="Bisnode")
    assert (summary.rows, summary.loaded, summary.rejected) == (2, 1, 1)
    assert summary.rejects_file is not None
    with open(summary.rejects_file, encoding="utf-8-sig") as handle:
        [reason] = [row["reason"] for row in csv.DictReader(handle)]
    assert reason == (
        "annual revenue 'EUR 15 Mio' is in EUR, but the center counts in USD: amounts are not "
        "converted; give it in USD"
    )
