"""The import wizard, driven by keyboard: file, preview and mapping, progress, summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.intake.dto import FirmographicsSummary
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.intake.import_wizard import ImportWizard
from tests.integration.test_hidden_rows import workbook
from tests.integration.test_intake import big_file
from tests.support.factories import Factory

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


def open_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.path_edit.setFocus()
    qtbot.keyClicks(wizard.path_edit, str(path))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.MAP)


def test_only_supervisors_and_admins_see_the_import_area() -> None:
    assert "Import" in [area.title for area in areas_for(Role.SUPERVISOR)]
    assert "Import" in [area.title for area in areas_for(Role.ADMIN)]
    assert "Import" not in [area.title for area in areas_for(Role.REP)]
    assert "Import" not in [area.title for area in areas_for(Role.TEAM_LEAD)]


def test_preview_map_import_and_summary(qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    open_file(qtbot, wizard, source)
    mapping = dict(zip(wizard._preview.header, wizard.fields(), strict=True))  # type: ignore[union-attr]
    assert (mapping["First Name"], mapping["E-mail Address"], mapping["Zip"]) == (
        "first_name", "email", "postal_code")  # fmt: skip
    # A center set up without a time zone reads on UTC, and says so.
    assert wizard.reading_notes.text() == (
        "Inquiry dates and times without a zone are read on the center's clock (UTC); one "
        "with an offset or a zone (10:00 -0500, 10:00 CET) as it says."
    )
    assert wizard.preview_table.rowCount() == 14
    wizard.set_mapping("Job Title", None)
    assert wizard.import_button.hasFocus()
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert wizard.figures["New leads"].text() == "6"
    assert wizard.figures["Merged into existing leads"].text() == "6"
    assert wizard.figures["Rejected"].text() == "2"
    assert str(tmp_path / "golden.rejects.csv") in wizard.rejects_label.text()
    assert wizard.summary is not None and wizard.summary.rows == 14
    assert wizard.progress_bar.value() == 14
    # An empty center: the rules' queues are made by this import, and nobody works them yet.
    assert wizard.queues_label.text().splitlines()[1:] == [
        "New queue: SMB Americas (named by the scoring rules).",
        "New queue: SMB International (named by the scoring rules).",
        *(
            f"Warning: nobody works queue {queue}: its leads wait until an administrator gives "
            "it to a team or to people who work it (Teams and queues)."
            for queue in ("SMB Americas", "SMB International")
        ),
    ]


def test_a_bad_file_is_explained_next_to_the_field(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert wizard.path_error.text() == "Choose the file to import."
    wizard.path_edit.setText(str(tmp_path / "missing.csv"))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not exist" in wizard.path_error.text())
    assert wizard.path_edit.property("invalid") is True
    assert wizard.pages.currentIndex() == ImportWizard.CHOOSE


def test_a_path_pasted_in_quotes_is_read(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    # Windows Explorer's "Copy as path" puts the path in double quotes.
    source = tmp_path / "my leads.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    wizard.path_edit.setText(f' "{source}" ')
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.MAP)
    assert wizard.path_error.text() == ""
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert wizard.summary is not None and wizard.summary.rows == 14


def test_two_columns_read_as_one_field_are_refused(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    open_file(qtbot, wizard, source)
    wizard.set_mapping("Zip", "company")
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    assert wizard.mapping_error.text() == "Several columns are read as Company."
    assert wizard.pages.currentIndex() == ImportWizard.MAP


def test_a_mobile_column_is_read_too_and_the_order_is_shown(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    source = tmp_path / "mobiles.csv"
    source.write_text(
        "First name,Last name,Company,Phone,Mobile Phone,Country\n"
        "Ana,Silva,Acme,,+351 912 345 678,PT\n",
        encoding="utf-8",
    )
    open_file(qtbot, wizard, source)
    assert wizard.step.text().endswith("mobiles.csv, 1 row")
    assert wizard.fields()[3:5] == ["phone", "phone"]
    assert wizard.reading_notes.isVisible()
    assert wizard.reading_notes.text().startswith(
        "Phone is read from Phone, Mobile Phone, in this order: the first valid one is taken"
    )
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert (wizard.figures["New leads"].text(), wizard.figures["Rejected"].text()) == ("1", "0")


def test_a_person_maps_a_second_column_of_the_same_name_to_email(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    source = tmp_path / "emails.csv"
    source.write_text(
        "Email,Name,Email\n,Ana Silva,ana@acme.example\n,Rui Costa,\n", encoding="utf-8"
    )
    open_file(qtbot, wizard, source)
    wizard.set_mapping(2, None)
    assert wizard.reading_notes.isHidden()
    wizard.set_mapping(2, "email")
    assert "E-mail is read from Email, Email, in this order" in wizard.reading_notes.text()
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert (wizard.figures["New leads"].text(), wizard.figures["Rejected"].text()) == ("1", "1")


def test_cancel_keeps_what_was_stored(qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    source = big_file(tmp_path, 2500)
    open_file(qtbot, wizard, source)
    # The user presses Cancel while the first chunk is being stored.
    wizard._bridge.progressed.connect(
        lambda _: wizard._cancel.set(), Qt.ConnectionType.DirectConnection
    )
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=30_000)
    assert wizard.summary is not None and wizard.summary.cancelled
    assert wizard.figures["Rows read"].text() == "1,000"
    assert wizard.summary_note.text().startswith("Cancelled after 1,000 rows")


def test_a_workbook_with_a_cover_sheet_and_a_title_row_is_previewed_from_its_header(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Webinar leads Q3"])
    leads = workbook.create_sheet("Leads")
    leads.append(["Webinar leads Q3, exported 2026-10-01"])
    leads.append(["First Name", "Last Name", "Company", "Email"])
    leads.append(["Ann", "Lee", "AT&T", "ann@att.example"])
    source = tmp_path / "webinar.xlsx"
    workbook.save(source)

    open_file(qtbot, wizard, source)

    assert wizard.preview_table.rowCount() == 1
    assert wizard.preview_table.item(0, 2).text() == "AT&T"
    assert wizard.fields() == ["first_name", "last_name", "company", "email"]
    assert wizard.step.text().endswith(
        "; sheet Leads read (Cover before it: no header row)"
        "; the header is on row 2: the row above it is not data"
    )
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert wizard.summary is not None
    assert (wizard.summary.rows, wizard.summary.imported) == (1, 1)


def test_a_filtered_workbook_says_before_the_import_that_its_hidden_rows_are_not_read(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    source = workbook(
        tmp_path / "filtered.xlsx",
        [
            ("First Name", "Last Name", "Email", "Country"),
            ("Anna", "Schmidt", "anna@schmidt.example", "DE"),
            ("Bob", "Stone", "bob@stone.example", "US"),
            ("Carl", "Weber", "carl@weber.example", "DE"),
            ("Dora", "Lee", "dora@lee.example", "US"),
        ],
        hidden=[3, 5],
    )

    open_file(qtbot, wizard, source)

    assert wizard.step.text() == (
        "Step 2 of 4: check the columns — filtered.xlsx, 2 rows"
        "; 2 rows hidden in the workbook are not read"
    )
    assert [wizard.preview_table.item(r, 0).text() for r in range(2)] == ["Anna", "Carl"]
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert wizard.summary is not None
    assert (wizard.summary.imported, wizard.summary.hidden) == (2, 2)
    assert "2 rows hidden in the workbook (a filter?) not read" in wizard.summary_note.text()


def test_the_column_step_of_a_workbook_with_everything_to_say_fits_a_1280_pixel_screen(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    """Its line (sheet passed, header row, hidden rows) widened the window past 1280 pixels."""
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Cover page of the fair export"
    cover.append(["Trade fair leads"])
    leads = workbook.create_sheet("Contacts met at the stand 2026")
    leads.append(["Trade fair leads, exported 2026-10-01 by the events team"])
    leads.append(["First Name", "Last Name", "Email"])
    leads.append(["Ann", "Lee", "ann@lee.example"])
    leads.append(["Bo", "Lind", "bo@lind.example"])
    leads.row_dimensions[4].hidden = True
    source = tmp_path / "trade-fair-contacts-met-at-the-stand-filtered-to-our-region.xlsx"
    workbook.save(source)

    open_file(qtbot, wizard, source)

    assert "; 1 row hidden in the workbook is not read" in wizard.step.text()
    assert wizard.window().minimumSizeHint().width() <= 1280


def test_the_clock_inquiry_dates_are_read_on_is_said_while_a_column_holds_them(
    qtbot: QtBot, wizard: ImportWizard, services: Services, factory: Factory, tmp_path: Path
) -> None:
    """Dates without a zone are the center's wall clock: the person importing is told which
    one before the import, not left to find the leads a day off in the reports."""
    factory.center("America/New_York")
    source = tmp_path / "dated.csv"
    source.write_text(
        "First name,Company,Phone,Country,Created\nAna,Acme,+1 212 555 0101,US,2026-11-20\n",
        encoding="utf-8",
    )
    open_file(qtbot, wizard, source)
    assert wizard.fields()[4] == "inquired_at"
    assert wizard.reading_notes.isVisible()
    assert "on the center's clock (America/New York)" in wizard.reading_notes.text()
    wizard.set_mapping(4, None)
    assert wizard.reading_notes.isHidden()


def test_firmographic_reference_data_is_loaded_from_the_import_area(
    qtbot: QtBot, wizard: ImportWizard, services: Services, tmp_path: Path
) -> None:
    """As `qualifier import firmographics`: the leads get what they lacked, the rows the file
    could not give are named in a rejects file, and the list of recent imports shows it."""
    inquiries = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", inquiries)
    open_file(qtbot, wizard, inquiries)
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    qtbot.keyClick(wizard.again_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.CHOOSE)
    panel = wizard.firmographics

    panel.path.setFocus()
    qtbot.keyClicks(panel.path, str(tmp_path / "missing.csv"))
    qtbot.keyClick(panel.path, Qt.Key.Key_Return)
    problem = panel.form.errors["file"]
    qtbot.waitUntil(problem.isVisible)
    assert "missing.csv" in problem.text()
    assert panel.load_button.isEnabled()

    reference = tmp_path / "firmographics.csv"
    shutil.copyfile(DATA / "firmographics.csv", reference)
    panel.path.selectAll()
    qtbot.keyClicks(panel.path, str(reference))
    assert not problem.isVisible()  # retyping the path takes its problem away
    qtbot.keyClick(panel.path, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.path, Qt.Key.Key_Tab)
    assert panel.source.hasFocus()
    qtbot.keyClicks(panel.source, "D&B sample 2026-11")
    qtbot.keyClick(panel.source, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.result.isVisible, timeout=20_000)
    assert panel.result.text().splitlines()[:2] == [
        "4 rows read: 3 new reference rows, 0 updated, 1 rejected (source: D&B sample 2026-11).",
        "4 leads enriched, 4 of them re-scored.",
    ]
    assert str(tmp_path / "firmographics.rejects.csv") in panel.result.text()
    qtbot.waitUntil(lambda: "firmographics" in [past.kind for past in wizard.history.imports])


@pytest.mark.parametrize(
    ("rescored", "said"),
    [
        (1, "1 lead enriched and re-scored."),
        (0, "1 lead enriched, not re-scored (already worked)."),
    ],
)
def test_one_lead_enriched_is_said_in_the_singular(
    wizard: ImportWizard, rescored: int, said: str
) -> None:
    """ "1 lead enriched, 1 of them re-scored" read as if there were more."""
    wizard.firmographics._done(FirmographicsSummary(1, 1, 0, 0, None, 1, rescored, "D&B"))
    assert wizard.firmographics.result.text().splitlines()[1] == said
