"""The import wizard's country of the file: typed or picked by keyboard, refused next to the
field when it names no country, and the file's rows read as from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.persistence.models import ImportBatch, Lead
from qualifier_app.ui.intake.import_wizard import ImportWizard
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import open_import_wizard
from tests.support.factories import Factory

# Typing opens the completion list, a popup the offscreen platform cannot raise or give the
# keyboard to (it says so; the list still works).
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")

TRADE_FAIR = (
    "Vorname;Nachname;Firma;Telefon;Datum\n"
    "Anna;Schmidt;Acme GmbH;030 1234567;03.04.2026\n"
    "Cleo;Martin;Gamma SA;+33 1 42 68 53 00;45678\n"
)


def trade_fair(folder: Path) -> Path:
    source = folder / "messe.csv"
    source.write_text(TRADE_FAIR, encoding="utf-8")
    return source


def type_country(qtbot: QtBot, wizard: ImportWizard, text: str) -> None:
    """Tab from the campaign to the country, type, close the completion list."""
    wizard.campaign_edit.setFocus()
    qtbot.keyClick(wizard.campaign_edit, Qt.Key.Key_Tab)
    editor = wizard.country_choice.lineEdit()
    assert editor.hasFocus()
    qtbot.keyClicks(editor, text)
    popup = wizard.country_choice.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)


def batches(services: Services) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ImportBatch)) or 0)


def test_the_country_is_empty_and_the_workstations_country_is_offered_first(
    wizard: ImportWizard,
) -> None:
    choice = wizard.country_choice
    assert choice.currentText() == "" and choice.country() is None
    # [workspace] default_country is US unless set: first in the list, not chosen.
    assert choice.itemData(1) == "US"
    assert choice.itemText(1) == "United States (US)"
    assert choice.lineEdit().placeholderText().startswith("optional: rows that name no")
    assert choice.accessibleName() == "Country of the file"


def test_a_country_nobody_knows_is_explained_next_to_the_field_and_nothing_starts(
    qtbot: QtBot, wizard: ImportWizard, services: Services, tmp_path: Path
) -> None:
    wizard.path_edit.setText(str(trade_fair(tmp_path)))
    type_country(qtbot, wizard, "Atlantis")
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    error = wizard.country_error
    assert error.isVisible()
    assert (
        error.text()
        == "'Atlantis' is not a country Qualifier knows: give its two-letter ISO code, such as DE "
        "or US, or its name"
    )
    assert wizard.country_choice.property("invalid") is True
    assert wizard.country_choice.lineEdit().hasFocus()
    # Right beneath the field, within the window.
    field = wizard.country_choice.geometry()
    below = error.geometry()
    assert error.parentWidget() is wizard.country_choice.parentWidget()
    assert below.top() >= field.bottom() and below.left() == field.left()
    assert error.mapTo(wizard, below.bottomLeft() - below.topLeft()).y() < wizard.height()
    assert wizard.pages.currentIndex() == ImportWizard.CHOOSE
    assert batches(services) == 0

    # Typing again takes the problem away; a code then previews the file.
    qtbot.keyClick(
        wizard.country_choice.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClicks(wizard.country_choice.lineEdit(), "de")
    assert error.isHidden() and wizard.country_choice.property("invalid") is False


@pytest.mark.parametrize("typed", ["de", "Germany", "germany (de)"])
def test_rows_naming_no_country_are_imported_as_from_the_country_typed(
    qtbot: QtBot, wizard: ImportWizard, services: Services, tmp_path: Path, typed: str
) -> None:
    wizard.path_edit.setText(str(trade_fair(tmp_path)))
    type_country(qtbot, wizard, typed)
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.MAP)
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.SUMMARY, timeout=20_000)
    assert wizard.summary is not None and wizard.summary.assumed_country == "DE"
    assert " Rows naming no country were read as from DE." in wizard.summary_note.text()
    with services.db.unit_of_work(write=False) as uow:
        found = {
            lead.first_name: (lead.phone_e164, lead.country)
            for lead in uow.session.scalars(select(Lead))
        }
    assert found == {"Anna": ("+49301234567", "DE"), "Cleo": ("+33142685300", "FR")}


def test_a_country_picked_from_the_list_by_keyboard(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    choice = wizard.country_choice
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the first country: the workstation's
    assert choice.country() == "US"
    choice.set_country(None)
    assert choice.country() is None and choice.currentText() == ""


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    i18n.install("de")
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_the_wizard_and_its_countries_are_in_the_persons_language(
    in_german: None, qtbot: QtBot, services: Services, factory: Factory, tmp_path: Path
) -> None:
    workers = Workers()
    widget = open_import_wizard(qtbot, services, factory, workers)
    captions = {
        label.text()
        for label in widget.findChildren(QLabel)
        if label.objectName() == "figureCaption"
    }
    assert captions == {
        "Gelesene Zeilen",
        "Neue Leads",
        "Mit bestehenden Leads zusammengeführt",
        "Abgelehnt",
        "Bereits importiert",
        "Sperrliste",
    }
    choice = widget.country_choice
    assert choice.findText("Deutschland (DE)") > 0
    assert choice.accessibleName() == "Land der Datei"
    choice.setEditText("vereinigte staaten")  # a name in the person's language, typed in full
    assert choice.country() == "US"
    widget.path_edit.setText(str(trade_fair(tmp_path)))
    choice.setEditText("Atlantis")
    qtbot.keyClick(widget.path_edit, Qt.Key.Key_Return)
    assert widget.country_error.text().startswith("'Atlantis' ist kein Land, das Qualifier kennt")
    workers.drain()
