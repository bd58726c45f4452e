"""The desktop app on PostgreSQL: the workstation knows only the server's address; signing in
opens the person's own connection, the main window works on it, signing out closes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text
from sqlalchemy.engine import URL, make_url

from qualifier_app.persistence.models import Lead, UserSession
from qualifier_app.settings import ENV_CONFIG, ENV_DATA_DIR
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from tests.gui.conftest import close_controller
from tests.security.conftest import Center
from tests.support.factories import PASSWORD

pytestmark = pytest.mark.postgres


def connections_of(center: Center, login: str) -> int:
    with center.services.db.unit_of_work(write=False) as uow:
        return int(
            uow.session.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE usename = :login"),
                {"login": login},
            ).scalar_one()
        )


@pytest.fixture
def workstation(
    qtbot: QtBot, center: Center, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Controller]:
    monkeypatch.setenv(ENV_CONFIG, str(tmp_path / "settings.toml"))
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    # What a workstation is configured with: the address, no user and no password.
    url = make_url(center.url)
    address = URL.create(url.drivername, host=url.host, port=url.port, database=url.database)
    controller = Controller(address.render_as_string(), areas_for=areas_for)
    qtbot.addWidget(controller.login)
    controller.start()
    qtbot.waitUntil(controller.login.button.isEnabled, timeout=10_000)
    yield controller
    close_controller(controller)
    if controller.entrance is not None:
        controller.entrance.close()


def sign_in(qtbot: QtBot, controller: Controller, login: str, password: str) -> None:
    controller.login.login.clear()
    qtbot.keyClicks(controller.login.login, login)
    qtbot.keyClicks(controller.login.password, password)
    qtbot.keyClick(controller.login.password, Qt.Key.Key_Return)


def test_the_main_window_works_on_the_persons_own_connection(
    qtbot: QtBot, workstation: Controller, center: Center
) -> None:
    controller = workstation
    assert controller.services is None  # nothing connected before the sign-in
    assert f"PostgreSQL 127.0.0.1:{make_url(center.url).port}/" in controller.login.database.text()
    with qtbot.waitSignal(controller.main_window_shown, timeout=20_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    main: MainWindow = shown.args[0]
    with main.services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(text("SELECT session_user")).scalar_one() == "rita"
        assert set(uow.session.execute(select(Lead.id)).scalars()) == {center.north_lead}
    assert connections_of(center, "rita") >= 1

    controller.sign_out()

    def ended() -> bool:
        with center.services.db.unit_of_work(write=False) as uow:
            open_sessions = uow.session.execute(
                select(func.count())
                .select_from(UserSession)
                .where(UserSession.user_id == center.teams.rita.user_id)
                .where(UserSession.ended_at.is_(None))
            ).scalar_one()
        return open_sessions == 0 and connections_of(center, "rita") == 0

    qtbot.waitUntil(ended, timeout=30_000)
    assert controller.login.isVisible()


def test_a_wrong_password_is_shown_next_to_the_fields(
    qtbot: QtBot, workstation: Controller, center: Center
) -> None:
    controller = workstation
    sign_in(qtbot, controller, "rita", "not her password")
    qtbot.waitUntil(controller.login.error.isVisible, timeout=10_000)
    assert controller.login.error.text() == "unknown login or wrong password"
    assert controller.main is None
    assert connections_of(center, "rita") == 0
