"""Login window, main window by role, status bar, sign out: driven by the keyboard."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import REACHED_FROM_ANYWHERE, MainWindow
from qualifier_app.ui.shell.window_height import FRAME, fit_on_screen
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import ALT, CTRL, main_window_of, wait_idle
from tests.support.factories import PASSWORD, Factory

SHIFT = Qt.KeyboardModifier.ShiftModifier


def sign_in(qtbot: QtBot, controller: Controller, login: str, password: str) -> None:
    window = controller.login
    qtbot.keyClicks(window.login, login)
    qtbot.keyClick(window.login, Qt.Key.Key_Return)
    assert window.password.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)


def test_wrong_password_is_shown_next_to_the_fields(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    factory.user("rita")
    sign_in(qtbot, controller, "rita", "not the password")
    qtbot.waitUntil(controller.login.error.isVisible)
    assert controller.login.error.text() == "unknown login or wrong password"
    assert controller.main is None
    assert controller.login.login.text() == "rita"  # what was typed is kept


def test_empty_fields_are_named(qtbot: QtBot, controller: Controller) -> None:
    qtbot.keyClick(controller.login.password, Qt.Key.Key_Return)
    assert controller.login.error.text() == "Enter your login."


def test_quitting_closes_the_sign_in_window(qtbot: QtBot, controller: Controller) -> None:
    """It has no parent: left open after a quit it outlived the application's controller."""
    qtbot.waitUntil(controller.login.isVisible)
    controller.shutdown()
    assert not controller.login.isVisible()


def test_rep_signs_in_sees_own_areas_and_signs_out(
    qtbot: QtBot, controller: Controller, factory: Factory, tmp_path: Path
) -> None:
    factory.user("rita")
    gc.unfreeze()
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    main: MainWindow = shown.args[0]
    # What the window was built from is out of the garbage collector's reach: its full
    # collections do not walk it and hold the window still.
    assert gc.get_freeze_count() > 0
    assert main.user_label.text().startswith("Rita · Rep · SQLite") or (
        main.user_label.text().startswith("Rita · Rep · PostgreSQL")
    )
    if not main.services.db.is_sqlite:  # signed in as the app does: her own login role
        with main.services.db.unit_of_work(write=False) as uow:
            assert uow.session.execute(text("SELECT session_user")).scalar_one() == "rita"
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    assert "&2 Users" not in titles
    main.grab().save(str(tmp_path / "main.png"))
    main.sign_out_action.trigger()
    qtbot.waitUntil(controller.login.isVisible)
    assert controller.main is None
    assert controller.login.password.text() == ""


def test_the_window_opens_no_larger_than_its_screen_leaves_room_for(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    """On a 1280×720 screen the window opened 780 pixels tall: its status line (the rep's
    state, who is signed in) lay below the screen's edge. (The test screen is 800×800.)"""
    factory.user("rita")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    main: MainWindow = shown.args[0]
    room = main.screen().availableGeometry()
    assert main.height() <= room.height() - FRAME.height()
    # (Its width is the rep's areas' least, 943 pixels: more than the test screen's.)
    assert room.top() <= main.geometry().top() < main.geometry().bottom() <= room.bottom()
    assert main.statusBar().isVisible()


def test_a_window_that_fits_its_screen_keeps_the_size_it_asks_for(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry().size()
    fit_on_screen(window, QSize(room.width() // 2, room.height() // 2))
    assert window.size() == QSize(room.width() // 2, room.height() // 2)
    fit_on_screen(window, QSize(room.width() // 2, room.height() * 2))
    assert window.size() == QSize(room.width() // 2, room.height() - FRAME.height())


def test_admin_sees_the_users_area(qtbot: QtBot, controller: Controller, factory: Factory) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("rita")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "ada", PASSWORD)
    main: MainWindow = shown.args[0]
    titles = [main.tabs.tabText(i).split(" ", 1)[-1] for i in range(main.tabs.count())]
    assert "Users" in titles
    from qualifier_app.ui.admin.users import UsersArea

    # Built when first shown, not at sign-in: the window opens without waiting for it.
    assert main.findChild(UsersArea) is None
    qtbot.keyClick(main.tabs.tabBar(), Qt.Key(Qt.Key.Key_1 + titles.index("Users")), ALT)
    users = main.findChild(UsersArea)
    assert users is not None
    assert main.tabs.currentWidget() is users
    assert users.isAncestorOf(QApplication.focusWidget())
    qtbot.waitUntil(lambda: users.table.rowCount() == 2)
    shortcuts = dict(main.shortcut_list())
    assert shortcuts["F1"] == "Keyboard shortcuts"


def office_window(qtbot: QtBot, controller: Controller, factory: Factory, role: Role) -> MainWindow:
    """The window of "sam", in `role` and in no team, signed in, active and idle."""
    factory.user("sam", role, team=None, queues=())
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "sam", PASSWORD)
    main: MainWindow = shown.args[0]
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    wait_idle(qtbot, main.workers, 10_000)
    return main


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_the_keyboard_is_in_the_shown_area_after_sign_in_and_every_area_switch(
    qtbot: QtBot, controller: Controller, factory: Factory, role: Role
) -> None:
    main = office_window(qtbot, controller, factory, role)

    def focus() -> str:
        widget = QApplication.focusWidget()
        return widget.accessibleName() or type(widget).__name__ if widget else "nothing"

    def in_the_shown_area() -> bool:
        widget = QApplication.focusWidget()
        area = main.tabs.currentWidget()
        return widget is not None and widget.isVisible() and area.isAncestorOf(widget)

    assert in_the_shown_area(), focus()
    for index in range(min(main.tabs.count(), 9)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_1 + index), ALT)
        wait_idle(qtbot, main.workers, 10_000)
        assert main.tabs.currentIndex() == index
        assert in_the_shown_area(), (main.tabs.tabText(index), focus())


def test_ctrl_tab_goes_through_every_area_and_ctrl_pgdown_through_an_area_s_tabs(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    """Once the keyboard was in the Partners' lists, Ctrl+Tab went round them and never on to
    Audit, Do not call, Scripts, Scoring rules or Calling rules (which have no Alt+number)."""
    main = office_window(qtbot, controller, factory, Role.SUPERVISOR)
    seen = [main.tabs.currentIndex()]
    for _ in range(main.tabs.count()):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
        wait_idle(qtbot, main.workers, 10_000)
        seen.append(main.tabs.currentIndex())
    assert seen == [*range(main.tabs.count()), 0]  # every area, in order, and round again
    listed = dict(main.shortcut_list())  # F1 says so
    assert (listed["Ctrl+Tab"], listed["Ctrl+Shift+Tab"]) == ("Next area", "Previous area")
    assert listed["Ctrl+PgDown"] == "Next tab inside the area"

    titles = [main.tabs.tabText(i).split(" ", 1)[-1] for i in range(main.tabs.count())]
    partners = titles.index("Partners")
    main.tabs.setCurrentIndex(partners)
    wait_idle(qtbot, main.workers, 10_000)
    inner = main.tabs.currentWidget().findChild(QTabWidget)
    assert inner is not None and inner.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert (main.tabs.currentIndex(), inner.currentIndex()) == (partners, 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert inner.currentIndex() == inner.count() - 1  # round to the last
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert main.tabs.currentIndex() == partners - 1
    wait_idle(qtbot, main.workers, 10_000)


@pytest.mark.parametrize("role", list(Role))
def test_tab_leaves_every_table_of_the_window(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, role: Role
) -> None:
    """The arrows move between a table's cells; Tab goes on to the next widget."""
    window = main_window_of(qtbot, services, factory, workers, role)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # an area is built when first shown
    tables = window.findChildren(QTableView)
    assert tables or role is Role.REP
    trapping = [table.accessibleName() for table in tables if table.tabKeyNavigation()]
    assert trapping == []


@pytest.mark.parametrize("role", list(Role))
def test_an_area_shown_the_first_time_keeps_the_window_active(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, role: Role
) -> None:
    """Areas are built when first shown; one that showed a widget before giving it a parent
    opened it as a window of its own, and the main window lost the keyboard."""
    if role is Role.REP:
        factory.user("someone")
    else:
        factory.user("someone", role, team=None, queues=())
    signed_in = services.accounts.sign_in("someone", PASSWORD, "test")
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index in range(1, window.tabs.count()):
        placeholder = window.tabs.widget(index)
        window.tabs.setCurrentIndex(index)
        area = window.tabs.currentWidget()
        # The Workspace behind a team lead's board is built at sign-in, for Ctrl+N.
        built_at_sign_in = window.area_titles[index] in REACHED_FROM_ANYWHERE
        assert built_at_sign_in or area is not placeholder, window.area_titles[index]
        wait_idle(qtbot, workers, 10_000)
        QApplication.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
        assert windows == [window], (window.area_titles[index], windows)
        assert window.isActiveWindow(), window.area_titles[index]
        assert area.isAncestorOf(QApplication.focusWidget()), window.area_titles[index]
