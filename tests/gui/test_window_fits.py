"""Every role's main window fits a 1280×720 screen: no area asks for more room than that."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell import style
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from tests.support.factories import PASSWORD, Factory

# What a 1280×720 screen leaves a window: its title bar and the desktop's panel take ~50 px.
ROOM = (1280, 670)


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> Iterator[None]:
    style.apply(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("role", list(Role))
def test_every_area_of_the_role_fits_a_1280x720_screen(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, role: Role
) -> None:
    if role is Role.REP:
        factory.user("someone")
    else:
        factory.user("someone", role, team=None, queues=())
    signed_in = services.accounts.sign_in("someone", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(*ROOM)
    window.show()
    qtbot.waitUntil(lambda: workers.active == 0)
    areas = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.tabs.widget(index).minimumSizeHint()
        areas[window.tabs.tabText(index)] = (hint.width(), hint.height())
    needs = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needs.width() <= ROOM[0] and needs.height() <= ROOM[1], areas
    assert (window.width(), window.height()) == ROOM  # nothing pushed the window larger
