"""Rows a workbook hides (a filter, or hidden by hand) are not read, as the person does not
see them, and every import says how many it passed over, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import Firmographic, Lead
from qualifier_app.services.intake.dto import accounting
from qualifier_app.settings import Settings
from tests.support.factories import Factory
from tests.support.partners import handoff_row, two_handoffs
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def workbook(path: Path, rows: Sequence[Sequence[object]], hidden: Sequence[int]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    book.save(path)
    return path


def test_an_inquiry_list_filtered_to_one_country_imports_what_it_shows(
    services: Services, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "fair.xlsx",
        [
            ("First name", "Last name", "Email", "Country"),
            ("Anna", "Schmidt", "anna@schmidt.example", "DE"),  # row 2
            ("Bob", "Stone", "bob@stone.example", "US"),  # 3: filtered out
            (),  # 4: blank
            ("Carl", "Weber", "carl@weber.example", "DE"),  # 5
            ("Dora", "Lee", "dora@lee.example", "US"),  # 6: filtered out
        ],
        hidden=[3, 6],
    )
    summary = services.intake.import_inquiries(OPERATOR, path)
    assert (summary.rows, summary.imported, summary.blank, summary.hidden) == (2, 2, 1, 2)
    assert accounting(summary) == (
        "2 rows read = 2 new leads + 0 merged into existing leads + 0 rejected; 1 blank row "
        "between them skipped; 2 rows hidden in the workbook (a filter?) not read: show them "
        "to import them"
    )
    with services.db.unit_of_work(write=False) as uow:
        assert set(uow.session.scalars(select(Lead.first_name))) == {"Anna", "Carl"}

    # Shown again, the same file adds the rows it passed over, and only those.
    again = workbook(
        tmp_path / "fair-all.xlsx",
        [
            ("First name", "Last name", "Email", "Country"),
            ("Anna", "Schmidt", "anna@schmidt.example", "DE"),
            ("Bob", "Stone", "bob@stone.example", "US"),
            ("Carl", "Weber", "carl@weber.example", "DE"),
            ("Dora", "Lee", "dora@lee.example", "US"),
        ],
        hidden=[],
    )
    shown = services.intake.import_inquiries(OPERATOR, again)
    assert (shown.imported, shown.already_imported, shown.hidden) == (2, 2, 0)


def test_partner_and_reference_files_pass_over_hidden_rows_and_say_so(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    partners = services.partners.import_file(
        OPERATOR,
        workbook(
            tmp_path / "partners.xlsx",
            [
                ("Partner", "Countries", "SLA", "Active", "Sales reps"),
                ("Beta Voice", "US", 24, "yes", "bo@beta.example"),
                ("Old Partner", "US", 24, "yes", "old@old.example"),  # 3: hidden
            ],
            hidden=[3],
        ),
    )
    assert (partners.rows, partners.applied, partners.hidden) == (1, 1, 1)
    assert [p.name for p in services.partners.list_partners(OPERATOR)] == ["Beta Voice"]

    reference = services.enrichment.import_firmographics(
        OPERATOR,
        workbook(
            tmp_path / "reference.xlsx",
            [("Company", "Industry"), ("Acme", "Manufacturing"), ("Hidden Co", "Retail")],
            hidden=[3],
        ),
    )
    assert (reference.rows, reference.loaded, reference.hidden) == (1, 1, 1)
    with services.db.unit_of_work(write=False) as uow:
        assert list(uow.session.scalars(select(Firmographic.company))) == ["Acme"]

    sam, one, two = two_handoffs(services, factory)
    feedback = services.handoffs.import_feedback(
        sam,
        workbook(
            tmp_path / "export.xlsx",
            [
                ("Handoff", "Stage", "Amount"),
                (one, "Active", 3000),  # row 2
                (),  # 3: blank
                (two, "Active", 5000),  # 4: hidden
                (one, "Active", 4000),  # 5
            ],
            hidden=[4],
        ),
    )
    assert (feedback.rows, feedback.empty, feedback.hidden, feedback.applied) == (3, 1, 1, 2)
    assert handoff_row(services, two).pipeline_value is None
