"""A workstation whose clock is more than a minute off is told so at sign-in and on the
status bar (the app itself goes by the database's clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import DatabaseClock, ManualClock
from qualifier_app.persistence.database import Database
from qualifier_app.settings import Settings
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from tests.gui.conftest import close_controller
from tests.support.factories import PASSWORD, Factory


@pytest.fixture
def fast_workstation(settings: Settings) -> Iterator[Services]:
    clock = DatabaseClock(ManualClock(datetime.now(UTC) + timedelta(minutes=20)))
    services = build(settings, clock, db=Database.from_url(settings.database_url))
    yield services
    services.close()


@pytest.fixture
def fast_controller(qtbot: QtBot, fast_workstation: Services) -> Iterator[Controller]:
    Factory(fast_workstation).user("rita")
    controller = Controller(None, services=fast_workstation, areas_for=areas_for)
    qtbot.addWidget(controller.login)
    controller.start()
    yield controller
    close_controller(controller)


def test_a_clock_twenty_minutes_fast_is_reported_at_sign_in_and_on_the_status_bar(
    qtbot: QtBot, fast_controller: Controller, tmp_path: Path
) -> None:
    controller = fast_controller
    warning = controller.login.clock_warning
    assert warning.isVisible()
    assert "clock is 20 min ahead of the database's" in warning.text()
    controller.login.grab().save(str(tmp_path / "login.png"))

    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        qtbot.keyClicks(controller.login.login, "rita")
        qtbot.keyClicks(controller.login.password, PASSWORD)
        qtbot.keyClick(controller.login.password, Qt.Key.Key_Return)
    main: MainWindow = shown.args[0]
    assert main.clock_warning.isVisible()
    assert "20 min ahead of the database's" in main.clock_warning.toolTip()
    assert "20 min ahead" in main.statusBar().currentMessage()


def test_a_right_clock_is_not_mentioned(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    assert not controller.login.clock_warning.isVisible()
    assert controller.login.clock_warning.text() == ""
