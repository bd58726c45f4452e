"""No personal data or secret in the logs: a whole GUI session (sign in, next lead, type,
save an outcome, sign out) with Python logging at DEBUG written to a file, which is then
searched for the prospect's phone, e-mail, name and company and the rep's password.

Every logger that inherits the root's level logs at DEBUG here (the app's own, psycopg's,
asyncio's, ...). SQLAlchemy's statement echo keeps its own default (off), as the app runs it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import CTRL, press, set_up_center, shortcut, wait_idle
from tests.support.factories import PASSWORD, Factory

SECRETS = {
    "phone as typed": "+1 212 555 0187",
    "phone E.164": "+12125550187",
    "phone digits": "2125550187",
    "e-mail": "quintessa.vandermeer@zylofax.example",
    "first name": "Quintessa",
    "last name": "Vandermeer",
    "company": "Zylofax Medical",
    "password": PASSWORD,
}


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """Every logger at DEBUG, into a file, for the length of the test."""
    path = tmp_path / "session.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.getLogger("qualifier_app").debug("capture check")
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


def test_a_whole_gui_session_logs_no_personal_data_or_password(
    qtbot: QtBot, services: Services, factory: Factory, debug_log: Path
) -> None:
    factory.user("rita")
    lead_id = factory.lead(
        company=SECRETS["company"],
        company_key="zylofax medical",
        first_name=SECRETS["first name"],
        last_name=SECRETS["last name"],
        phone_raw=SECRETS["phone as typed"],
        phone_e164=SECRETS["phone E.164"],
        email_raw=SECRETS["e-mail"],
        email_normalized=SECRETS["e-mail"],
        email_valid=True,
    )
    set_up_center(services)
    controller = Controller(None, services, areas_for=areas_for)
    try:
        controller.start()
        login = controller.login
        login.login.setFocus()
        qtbot.keyClicks(login.login, "rita")
        qtbot.keyClick(login.login, Qt.Key.Key_Return)
        qtbot.keyClicks(login.password, PASSWORD)
        with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as opened:
            qtbot.keyClick(login.password, Qt.Key.Key_Return)
        window: MainWindow = opened.args[0]
        area = window.tabs.widget(0)
        assert isinstance(area, WorkspaceArea)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        area.queue_panel.next_button.setFocus()
        with qtbot.waitSignal(area.lead_shown, timeout=10_000) as shown:
            shortcut(qtbot, Qt.Key.Key_N, CTRL)
        assert int(shown.args[0]) == lead_id
        assert area.card.company.text() == SECRETS["company"]

        shortcut(qtbot, Qt.Key.Key_F5)  # no answer
        press(qtbot, "rang out, call Quintessa back")
        area.outcome.auto_next.setChecked(False)
        with qtbot.waitSignal(area.outcome_saved, timeout=10_000):
            shortcut(qtbot, Qt.Key.Key_Return, CTRL)
        assert factory.get_lead(lead_id).attempts == 1

        window.sign_out_action.trigger()
        qtbot.waitUntil(controller.login.isVisible)
    finally:
        controller.shutdown()
        wait_idle(qtbot, controller.workers)

    logged = debug_log.read_text(encoding="utf-8")
    assert "capture check" in logged, "the log file does not capture DEBUG records"
    found = {what: value for what, value in SECRETS.items() if value.lower() in logged.lower()}
    assert found == {}, f"personal data or secrets in the DEBUG log: {sorted(found)}"
