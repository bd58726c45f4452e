"""Every role's main window fits a 1280×720 screen in every language the app speaks: no area
asks for more room than that."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from tests.support.catalogues import translations
from tests.support.factories import PASSWORD, Factory

# What a 1280×720 screen leaves a window: its title bar and the desktop's panel take ~50 px.
ROOM = (1280, 670)


@pytest.fixture(params=["en", *translations.LANGUAGES])
def language(request: pytest.FixtureRequest, qapp: QApplication, built: Path) -> Iterator[str]:
    assert i18n.install(request.param, built) == request.param
    yield request.param
    i18n.install("en")


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> Iterator[None]:
    style.apply(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("role", list(Role))
def test_every_area_of_the_role_fits_a_1280x720_screen(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    role: Role,
    language: str,
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
    too_big = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.tabs.widget(index).minimumSizeHint()
        if hint.width() > ROOM[0] - 20 or hint.height() > ROOM[1] - 80:
            too_big[window.tabs.tabText(index)] = (hint.width(), hint.height())
    needs = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needs.width() <= ROOM[0] and needs.height() <= ROOM[1], too_big
    assert (window.width(), window.height()) == ROOM  # nothing pushed the window larger
