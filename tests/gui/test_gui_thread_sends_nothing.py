"""The window never waits on the database: opening every area of every role, and moving
through each area's own tabs, sends no statement from the GUI thread (a slow server or a
lost network would freeze the window there)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import wait_idle
from tests.support.factories import PASSWORD, Factory


@dataclass
class Sent:
    statements: int = 0
    # Where each statement sent from the GUI thread was sent from.
    from_the_gui_thread: list[str] = field(default_factory=list)


@pytest.fixture
def sent() -> Iterator[Sent]:
    seen = Sent()

    def note(*_args: Any) -> None:
        seen.statements += 1
        if threading.current_thread() is threading.main_thread():
            seen.from_the_gui_thread.append("".join(traceback.format_stack(limit=14)[:-1]))

    event.listen(Engine, "before_cursor_execute", note)
    yield seen
    event.remove(Engine, "before_cursor_execute", note)


@pytest.mark.parametrize("role", list(Role))
def test_no_area_sends_a_statement_from_the_gui_thread(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    role: Role,
    sent: Sent,
) -> None:
    factory.lead(company="Acme")
    if role in (Role.REP, Role.TEAM_LEAD):
        factory.user("someone", role)  # in the factory's team, working its queue
    else:
        factory.user("someone", role, team=None, queues=())
    signed_in = services.accounts.sign_in("someone", PASSWORD, "test")
    sent.statements, sent.from_the_gui_thread = 0, []  # the data and the sign-in: the test's
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(1280, 670)
    window.show()
    wait_idle(qtbot, workers)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_idle(qtbot, workers)
        area = window.tabs.widget(index)
        if isinstance(area, WorkspaceArea):
            area.next_lead()  # a lead on screen: its card, script and record
            wait_idle(qtbot, workers)
            assert "Acme" in area.card.company.text()
        for inner in area.findChildren(QTabWidget):
            for tab in range(inner.count()):
                inner.setCurrentIndex(tab)
                wait_idle(qtbot, workers)
    window.close()
    wait_idle(qtbot, workers)
    assert sent.statements > 10  # the areas did read the database, on the workers
    assert not sent.from_the_gui_thread, "\n\n".join(sent.from_the_gui_thread[:3])
