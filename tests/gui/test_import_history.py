"""The recent imports in the Import area: loaded off the GUI thread, shown before a file is
chosen, refreshed once an import ends, and an import that died says what to do."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.services.intake.history import INTERRUPTED_AFTER, PastImport
from qualifier_app.ui.intake.import_wizard import ImportWizard
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import aligned, open_import_wizard
from tests.integration.test_import_history import killed_after_two_chunks
from tests.integration.test_intake import big_file
from tests.support.factories import Factory

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


def cells(wizard: ImportWizard, row: int) -> list[str]:
    table = wizard.history.table
    return [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]


def test_the_recent_imports_are_listed_before_a_file_is_chosen_and_after_an_import(
    qtbot: QtBot, services: Services, factory: Factory, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    services.intake.import_inquiries(OPERATOR, source, campaign="CCW 2026")
    threads: list[bool] = []
    recent = services.import_history.recent

    def watched(actor: Actor, **options: object) -> tuple[PastImport, ...]:
        threads.append(threading.current_thread() is threading.main_thread())
        return recent(actor, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(services.import_history, "recent", watched)
    workers = Workers()
    wizard = open_import_wizard(qtbot, services, factory, workers)
    history = wizard.history
    assert history.isVisible() and history.status.text() == "Loading…"
    qtbot.waitUntil(lambda: history.table.rowCount() == 1)
    assert cells(wizard, 0)[1:] == [
        "Inquiries", "golden.csv", "system", "Finished", "14", "6", "6", "0", "2",
        str(tmp_path / "golden.rejects.csv"),
    ]  # fmt: skip
    assert history.status.text() == "1 import" and history.advice.isHidden()
    # The counts line up on the right, as figures do; the words stay on the left.
    assert aligned(history.table, 0) == ["left"] * 5 + ["right"] * 5 + ["left"]

    wizard.path_edit.setFocus()
    qtbot.keyClicks(wizard.path_edit, str(source))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == ImportWizard.MAP)
    assert not history.isVisible()  # the mapping needs the room
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: history.table.rowCount() == 2, timeout=20_000)
    assert wizard.pages.currentIndex() == ImportWizard.SUMMARY and history.isVisible()
    assert cells(wizard, 0)[2:6] == ["golden.csv", "Sam", "Finished", "14"]
    assert history.status.text() == "2 imports"
    assert threads and not any(threads)  # never on the GUI thread
    workers.drain()


def test_an_import_that_died_reads_as_interrupted_with_what_to_do(
    qtbot: QtBot, services: Services, factory: Factory, clock: ManualClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    killed_after_two_chunks(services, clock, monkeypatch, big_file(tmp_path, 100))
    clock.advance(INTERRUPTED_AFTER)
    workers = Workers()
    wizard = open_import_wizard(qtbot, services, factory, workers)
    history = wizard.history
    qtbot.waitUntil(lambda: history.table.rowCount() == 1)
    assert cells(wizard, 0)[2:7] == ["many.csv", "system", "Interrupted", "60", "60"]
    assert history.advice.isVisible()
    assert history.advice.text().startswith("many.csv, started ")
    assert history.advice.text().endswith(
        "(Interrupted): the 60 rows read so far are kept; run the same file again: rows "
        "already stored are not added twice"
    )
    status = history.table.item(0, 4)
    assert status is not None and "run the same file again" in status.toolTip()
    workers.drain()


def test_the_list_is_reached_and_refreshed_by_keyboard(
    qtbot: QtBot, wizard: ImportWizard, services: Services, tmp_path: Path
) -> None:
    history = wizard.history
    qtbot.waitUntil(lambda: history.status.text() == "Nothing has been imported yet.")
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    services.intake.import_inquiries(OPERATOR, source)
    reached = []
    wizard.path_edit.setFocus()
    for _ in range(12):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert history.refresh_button in reached and history.table in reached
    history.refresh_button.setFocus()
    qtbot.keyClick(history.refresh_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: history.table.rowCount() == 1)
    assert history.table.accessibleName() == "Recent imports"


def test_a_failing_list_says_why(
    qtbot: QtBot, services: Services, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(actor: Actor, **options: object) -> tuple[PastImport, ...]:
        raise ConnectionError("the database server is not answering")

    monkeypatch.setattr(services.import_history, "recent", refused)
    workers = Workers()
    wizard = open_import_wizard(qtbot, services, factory, workers)
    qtbot.waitUntil(lambda: wizard.history.status.text() != "Loading…")
    assert wizard.history.refresh_button.isEnabled()
    assert wizard.history.table.rowCount() == 0
    workers.drain()
