"""A team lead's window opens on the Team board, the Workspace behind it: a draft saved
there before a crash was offered only once the Workspace was opened. The status bar says at
sign-in that it waits, and which key shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.integrations.drafts import DraftStore, database_identity
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import ALT, shortcut, wait_idle
from tests.support.factories import PASSWORD, Factory


def test_a_team_lead_is_told_at_sign_in_that_a_draft_waits_in_the_workspace(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, clock: ManualClock
) -> None:
    factory.user("tess", Role.TEAM_LEAD)
    lead_id = factory.lead()
    long_name = "Northwestern Logistics Holdings International Incorporated " * 3
    settings = services.settings
    store = DraftStore(settings.drafts_dir, database=database_identity(settings.database_url))
    store.save(
        "tess",
        lead_id,
        {
            "version": factory.get_lead(lead_id).version,
            "company": long_name.strip(),
            "contact": "Dana",
            "saved_at": clock.now().isoformat(),
            "answers": {},
            "notes": "call after lunch",
        },
    )
    signed_in = services.accounts.sign_in("tess", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    wait_idle(qtbot, workers)
    assert window.tabs.currentIndex() == 0  # the board
    qtbot.waitUntil(window.waiting.isVisible)
    note = window.waiting.text()
    assert note.startswith(f"Unsaved work on lead {lead_id} (Northwestern Logistics")
    assert note.endswith(") waits in the Workspace: Alt+2 shows it")
    assert (window.width(), window.height()) == (1280, 720)  # the long name is cut

    shortcut(qtbot, Qt.Key.Key_2, ALT)
    area = window.tabs.currentWidget()
    assert isinstance(area, WorkspaceArea)
    assert not window.waiting.isVisible()
    assert "unsaved work" in area.banner.text() and "Northwestern" in area.banner.text()
    window.close()
    wait_idle(qtbot, workers)
