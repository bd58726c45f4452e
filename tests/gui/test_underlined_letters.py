"""No two underlined letters (Alt+letter) on one screen of an administrator's areas or of the
first-run setup are one, in any language: Qt then moves between the two by turns, and the
key no longer reaches the field its label names."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import close_controller, main_window_of, wait_idle
from tests.support.factories import Factory

pytestmark = pytest.mark.layout

LANGUAGES = ["en", "es", "de", "fr", "pt_BR"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, built: Path) -> Iterator[str]:
    assert i18n.install(request.param, built) == request.param
    yield request.param
    i18n.install("en")


def _underlined(window: QWidget, menus: list[str]) -> list[str]:
    """The texts on screen that underline a letter: labels, buttons, group boxes, tabs, menus."""
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.title() for w in window.findChildren(QGroupBox) if w.isVisible()]
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    return texts + menus


def _shared_letters(texts: list[str]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if found := re.search(r"&([^&\s])", text):
            letters[found.group(1).casefold()].append(text)
    return {letter: owners for letter, owners in letters.items() if len(owners) > 1}


def test_no_two_underlined_letters_of_an_admin_screen_are_one_in_any_language(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, language: str
) -> None:
    """Every area an administrator sees, and every page of the tabs inside it. Alt+N went to
    a queue's name and to the team's name by turns in German, Alt+L to the role and to
    Unlock in English, and the calling rules' form shared seven letters in French."""
    window = main_window_of(qtbot, services, factory, workers, Role.ADMIN, (1280, 720))
    menus = [action.text() for action in window.menuBar().actions()]
    clashes: dict[str, dict[str, list[str]]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_idle(qtbot, workers)
        area = window.tabs.widget(index)
        pages: list[tuple[QTabWidget | None, int]] = [(None, 0)]
        for tabs in area.findChildren(QTabWidget):
            if tabs.isVisible():
                pages += [(tabs, page) for page in range(tabs.count())]
        for tabs, page in pages:
            if tabs is not None:
                tabs.setCurrentIndex(page)
                wait_idle(qtbot, workers)
            if shared := _shared_letters(_underlined(window, menus)):
                where = window.tabs.tabText(index) + (f" / {tabs.tabText(page)}" if tabs else "")
                clashes[where] = shared
    window.close()
    wait_idle(qtbot, workers)
    assert clashes == {}


def test_no_two_underlined_letters_of_the_first_run_setup_are_one_in_any_language(
    qtbot: QtBot, services: Services, language: str
) -> None:
    controller = Controller(None, services=services, areas_for=areas_for, check_first_run=True)
    qtbot.addWidget(controller.login)
    controller.start()
    try:
        qtbot.waitUntil(
            lambda: controller.first_run is not None and controller.first_run.isVisible()
        )
        assert controller.first_run is not None
        assert _shared_letters(_underlined(controller.first_run, [])) == {}
    finally:
        close_controller(controller)
