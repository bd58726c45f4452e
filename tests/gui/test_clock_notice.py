"""A workstation whose clock is more than a minute off is told so at sign-in and on the
status bar, in hours and minutes and in the person's language (the app itself goes by the
database's clock)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


# A laptop set to a time zone three hours east, one whose clock lags, one a day behind.
SKEWS = [
    pytest.param(timedelta(hours=3), "3 h 00 min ahead of the database's", id="3h-fast"),
    pytest.param(-timedelta(minutes=20), "20 min behind the database's", id="20min-slow"),
    pytest.param(-timedelta(days=1), "24 h 00 min behind the database's", id="a-day-behind"),
]


@contextmanager
def skewed_main_window(
    qtbot: QtBot, settings: Settings, skew: timedelta
) -> Iterator[tuple[Controller, MainWindow]]:
    clock = DatabaseClock(ManualClock(datetime.now(UTC) + skew))
    services = build(settings, clock, db=Database.from_url(settings.database_url))
    Factory(services).user("rita")
    controller = Controller(None, services=services, areas_for=areas_for)
    qtbot.addWidget(controller.login)
    controller.start()
    try:
        with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
            qtbot.keyClicks(controller.login.login, "rita")
            qtbot.keyClicks(controller.login.password, PASSWORD)
            qtbot.keyClick(controller.login.password, Qt.Key.Key_Return)
        yield controller, shown.args[0]
    finally:
        close_controller(controller)
        services.close()


@pytest.mark.parametrize(("skew", "said"), SKEWS)
def test_how_far_off_the_clock_is_said_in_hours_and_minutes(
    qtbot: QtBot, settings: Settings, skew: timedelta, said: str
) -> None:
    with skewed_main_window(qtbot, settings, skew) as (controller, main):
        assert main.clock_warning.isVisible()
        assert said in main.clock_warning.toolTip()
        assert "time zone" in main.clock_warning.toolTip()
        assert said in main.statusBar().currentMessage()
        if controller.login.clock_warning.text():  # measured before the sign-in (SQLite)
            assert said in controller.login.clock_warning.text()


def test_the_clock_notice_is_in_the_persons_language(
    qtbot: QtBot, settings: Settings, german: None
) -> None:
    with skewed_main_window(qtbot, settings, timedelta(hours=3)) as (controller, main):
        expected = "Die Uhr dieses Arbeitsplatzes geht gegenüber der Datenbank 3 Std. 00 Min. vor."
        assert expected in main.clock_warning.toolTip()
        assert expected in main.statusBar().currentMessage()
        if controller.login.clock_warning.text():
            assert expected in controller.login.clock_warning.text()


def test_the_notice_is_shown_whole_and_alone(
    qtbot: QtBot, german: None, fast_controller: Controller
) -> None:
    """Seen on screen: the sign-in window cut the notice's three lines (and squeezed the
    fields), and on the status bar the notice was drawn over the signed-in line."""
    login = fast_controller.login
    assert "Std." not in login.clock_warning.text() and "Min." in login.clock_warning.text()
    warning = login.clock_warning
    assert warning.height() >= warning.heightForWidth(warning.width())
    assert login.login.height() >= login.login.sizeHint().height()
    with qtbot.waitSignal(fast_controller.main_window_shown, timeout=10_000) as shown:
        qtbot.keyClicks(login.login, "rita")
        qtbot.keyClicks(login.password, PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    main: MainWindow = shown.args[0]
    assert "Std. 00 Min." not in main.statusBar().currentMessage()  # 20 min, see the fixture
    assert "20 Min." in main.statusBar().currentMessage()
    assert not main.user_label.isVisible()  # the message has the status bar to itself
