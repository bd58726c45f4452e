"""GUI fixtures: the real application controller on a real database, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.ui.application import Controller


@pytest.fixture
def controller(qtbot: QtBot, services: Services) -> Iterator[Controller]:
    app_controller = Controller(None, services=services)
    qtbot.addWidget(app_controller.login)
    app_controller.start()
    yield app_controller
    if app_controller.main is not None:
        app_controller.main.close()
    app_controller.workers.drain()
