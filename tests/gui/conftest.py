"""GUI fixtures: the real application on a real database, offscreen, driven by keyboard."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.ui.admin.scripts import ScriptsArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.board.team_board import TeamBoardArea
from qualifier_app.ui.intake.import_wizard import ImportWizard
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.support import untranslated
from tests.support.catalogues import translations
from tests.support.factories import PASSWORD, Factory

# Numbers and dates as the app formats them in English (i18n.install("en") makes en_US the
# default); the test machine's own locale may be C, which groups no digits.
QLocale.setDefault(QLocale("en_US"))
untranslated.install()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Whether a window fits, and its texts show whole, is a matter of its texts and widgets,
    not of the database: the `layout` tests, and every language's windows, are laid out on
    SQLite; on PostgreSQL the other GUI tests run each person on their own login, with what
    their rights let them see. Deselected, not skipped: the suite spent minutes laying the
    same texts out twice."""
    twice = [item for item in items if _laid_out_on_postgresql(item)]
    if twice:
        config.hook.pytest_deselected(items=twice)
        items[:] = [item for item in items if not _laid_out_on_postgresql(item)]


def _laid_out_on_postgresql(item: pytest.Item) -> bool:
    params = getattr(getattr(item, "callspec", None), "params", {})
    if params.get("backend") != "postgresql":
        return False
    return params.get("language", "en") != "en" or item.get_closest_marker("layout") is not None


@pytest.fixture(autouse=True)
def services_words_are_translated() -> Iterator[None]:
    untranslated.noted.clear()
    yield
    assert untranslated.noted == [], "shown untranslated (i18n.translated or problem_text)"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the committed .ts files, as `make translations` does."""
    folder = tmp_path_factory.mktemp("qm")
    translations.build(folder)
    return folder


def set_up_center(services: Services) -> None:
    """The shipped BANT scripts, installed by the owner as `qualifier setup` does: a person
    who signs in on PostgreSQL as a rep may not install them."""
    with services.db.unit_of_work() as uow:
        install_scripts(uow.session, services.clock.now())
        uow.commit()


@pytest.fixture
def controller(qtbot: QtBot, services: Services) -> Iterator[Controller]:
    set_up_center(services)
    app_controller = Controller(None, services=services, areas_for=areas_for)
    qtbot.addWidget(app_controller.login)
    app_controller.start()
    yield app_controller
    close_controller(app_controller)


@pytest.fixture
def workers(qtbot: QtBot) -> Iterator[Workers]:
    pool = Workers()
    yield pool
    pool.close()


@pytest.fixture
def rita_signed_in(services: Services, factory: Factory) -> SignedIn:
    factory.user("rita")
    return services.accounts.sign_in("rita", PASSWORD, "test")


def wait_idle(qtbot: QtBot, workers: Workers, timeout: int = 20_000) -> None:
    """Until no call runs; a call that hangs is named in the failure, with where every other
    thread stands."""
    try:
        qtbot.waitUntil(lambda: workers.active == 0, timeout=timeout)
    except WaitTimedOut as exc:
        raise AssertionError(
            f"still running after {timeout} ms: {workers.running()}\n{_other_threads()}"
        ) from exc


def _other_threads() -> str:
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    return "\n".join(
        f"--- {names.get(ident, ident)}\n" + "".join(traceback.format_stack(frame, limit=12))
        for ident, frame in sys._current_frames().items()
        if ident != threading.get_ident()
    )


def close_controller(app_controller: Controller) -> None:
    """Close the main window for good (its timers die with it) and stop the workers: a window
    left open would keep asking a pool that the next test no longer has."""
    for window in (app_controller.main, app_controller.first_run):
        if window is not None:
            window.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app_controller.workers.close()


OpenWorkspace = Callable[..., WorkspaceArea]


@pytest.fixture
def open_workspace(
    qtbot: QtBot, services: Services, rita_signed_in: SignedIn, workers: Workers
) -> OpenWorkspace:
    def open_(
        signed_in: SignedIn | None = None, *, register: bool = True, **options: Any
    ) -> WorkspaceArea:
        """`register=False` leaves closing the window to the test (one that kills it)."""
        area = WorkspaceArea(AreaContext(services, signed_in or rita_signed_in, workers), **options)
        if register:
            qtbot.addWidget(area)
        area.resize(1400, 900)
        area.show()
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow)
        # The first loads of a workspace took over 5 s once on a 2-core machine at load 10.
        wait_idle(qtbot, workers, 20_000)
        return area

    return open_


def open_scripts_area(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, login: str, role: Role
) -> tuple[ScriptsArea, SignedIn]:
    """The script editor of a new person `login` in `role`, signed in, on a 1280×720 window;
    and the person."""
    factory.user(login, role, team=None, queues=())
    signed_in = services.accounts.sign_in(login, PASSWORD, "test")
    area = ScriptsArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    return area, signed_in


def open_import_wizard(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> ImportWizard:
    """The import wizard of a new supervisor, sam, shown on a 900×640 window."""
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    widget = ImportWizard(AreaContext(services, SignedIn(supervisor, 0), workers))
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    return widget


@contextmanager
def tinas_board(qtbot: QtBot, services: Services, workers: Workers) -> Iterator[TeamBoardArea]:
    """Tina's team board (`two_teams`) on a 1250×780 window, its one lead loaded; closed
    after."""
    area = TeamBoardArea(
        AreaContext(services, services.accounts.sign_in("tina", PASSWORD), workers)
    )
    qtbot.addWidget(area)
    area.resize(1250, 780)
    area.show()
    try:
        area.model.reload()
        qtbot.waitUntil(lambda: area.model.rowCount() == 1 and area.model.row_at(0) is not None)
        yield area
    finally:
        area.close_area()


@pytest.fixture
def wizard(qtbot: QtBot, services: Services, factory: Factory) -> Iterator[ImportWizard]:
    workers = Workers()
    yield open_import_wizard(qtbot, services, factory, workers)
    workers.drain()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, keys: str) -> None:
    """Type characters into whatever has the focus, as the rep would."""
    for key in keys:
        qtbot.keyClick(focused(), key)


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Go to a cell, type over it and leave it with Tab (Return commits a moment later)."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    press(qtbot, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def shortcut(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def main_window_of(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    role: Role,
    size: tuple[int, int] | None = None,
) -> MainWindow:
    """The main window of a new person "someone" in `role` (a rep in the factory's team,
    anyone else in none), signed in; shown at `size` when one is given."""
    if role is Role.REP:
        factory.user("someone")
    else:
        factory.user("someone", role, team=None, queues=())
    signed_in = services.accounts.sign_in("someone", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
        window.show()
    return window


@pytest.fixture
def german(qapp: QApplication, built: Path) -> Iterator[None]:
    """The windows in German, from catalogues built from the sources."""
    assert i18n.install("de", built) == "de"
    yield
    i18n.install("en")


def language_installed(request: pytest.FixtureRequest, built: Path) -> Iterator[str]:
    """For a `language` fixture of its own languages: the windows in `request.param`."""
    assert i18n.install(request.param, built) == request.param
    yield request.param
    i18n.install("en")


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The application's style sheet and font, as the app applies them."""
    style.apply(qapp)
    yield
    qapp.setStyleSheet("")


def aligned(table: QTableWidget, row: int) -> list[str]:
    """Each cell of `row`: "right" when its text is right-aligned, else "left"."""
    right = Qt.AlignmentFlag.AlignRight
    return [
        "right" if table.item(row, column).textAlignment() & right else "left"  # type: ignore[union-attr]
        for column in range(table.columnCount())
    ]
