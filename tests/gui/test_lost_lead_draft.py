"""A lead taken away from the rep (a team lead moved it): the banner says where it went and
who moved it, the typed work can be read and copied, and no restore that cannot succeed is
offered."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.services.board.reassign import LeadRef, Target
from qualifier_app.services.compliance.person_lookup import PersonQuery
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import ALT, OpenWorkspace, focused, shortcut
from tests.gui.test_workspace_flow import save, take_next
from tests.support.factories import Factory

NOTES = "Budget 50k approved by CFO; wants a demo next week"


def buttons(area: WorkspaceArea) -> list[str]:
    return [button.text() for button in area.banner.buttons]


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("QUALIFIER_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def taken_away_while_typing(
    qtbot: QtBot, area: WorkspaceArea, services: Services, factory: Factory
) -> int:
    """Rita takes a lead and types notes; the supervisor moves the lead to Marco."""
    marco = factory.user("marco")
    sam = factory.user("sam", Role.SUPERVISOR)
    area.queue_panel.next_button.setFocus()
    lead_id = take_next(qtbot, area)
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, NOTES)
    path = area.drafts.path("rita", lead_id)
    qtbot.waitUntil(lambda: path.exists() and "demo" in path.read_text())
    version = factory.get_lead(lead_id).version
    moved = services.reassign.move(sam, [LeadRef(lead_id, version)], Target(rep_id=marco.user_id))
    assert moved.moved == (lead_id,)
    return lead_id


def test_a_lead_taken_away_says_by_whom_and_the_notes_can_be_read_and_copied(
    qtbot: QtBot, open_workspace: OpenWorkspace, services: Services, factory: Factory
) -> None:
    first = factory.lead(company="Summit Bank")
    factory.lead(company="Next Co")
    area = open_workspace()
    area.resize(1280, 720)
    assert taken_away_while_typing(qtbot, area, services, factory) == first
    qtbot.keyClicks(area.outcome.notes, " and a trial")  # typed before the heartbeat noticed
    area._heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: area.session is None)
    banner = area.banner.text()
    assert banner.startswith(f"Rita does not hold lead {first};")  # her name, not her login
    assert "reassigned to Marco" in banner
    assert "by Sam" in banner
    assert buttons(area) == ["&View draft", "&Discard draft"]
    # The status line no longer says the lead is Rita's.
    assert area.status.text() == (
        f"Lead {first} is no longer yours; what you typed is kept as a draft."
    )
    shot(area, "workspace-lead-taken-away")

    # The keyboard was in the notes, which went with the lead: it is on View draft now, not
    # nowhere (typing went nowhere).
    qtbot.waitUntil(lambda: focused() is area.banner.buttons[0])
    shortcut(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: area.draft_dialog is not None and area.draft_dialog.isVisible())
    dialog = area.draft_dialog
    assert dialog is not None
    assert dialog.notes.toPlainText() == NOTES + " and a trial"
    assert dialog.notes.isReadOnly()
    assert "reassigned to Marco" in dialog.why.text()
    qtbot.waitUntil(lambda: focused() is dialog.notes)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    shot(dialog, "workspace-draft-view")
    shortcut(qtbot, Qt.Key.Key_C, ALT)  # Copy notes
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == NOTES + " and a trial")
    shortcut(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)

    # Ctrl+N: the next lead; the lost lead's banner and status go with the old lead.
    area.queue_panel.next_button.setFocus()
    second = take_next(qtbot, area)
    assert second != first
    assert "reassigned" not in area.banner.text()
    assert area.banner.buttons == []
    assert area.status.text() == f"Lead {second} is yours until you save an outcome."

    # Once that lead is saved, the kept work is offered to read, never to restore.
    shortcut(qtbot, Qt.Key.Key_F6)  # busy
    area.outcome.auto_next.setChecked(False)
    save(qtbot, area)
    qtbot.waitUntil(lambda: "cannot go back on the lead" in area.banner.text())
    assert f"lead {first} (Summit Bank)" in area.banner.text()
    assert buttons(area) == ["&View draft", "&Discard draft"]
    shot(area, "workspace-lost-draft-offer")
    path = area.drafts.path("rita", first)
    assert json.loads(path.read_text())["notes"] == NOTES + " and a trial"


def test_a_restore_that_fails_is_not_offered_again(
    qtbot: QtBot,
    open_workspace: OpenWorkspace,
    services: Services,
    factory: Factory,
    rita_signed_in: SignedIn,
) -> None:
    factory.lead(company="Summit Bank")
    area = open_workspace(register=False)
    lead_id = taken_away_while_typing(qtbot, area, services, factory)
    path = area.drafts.path("rita", lead_id)
    area.close()  # the workstation closes before any heartbeat: the draft is an old one
    area.deleteLater()

    again = open_workspace()
    qtbot.waitUntil(lambda: "Restore it?" in again.banner.text())
    again.banner.buttons[0].setFocus()
    shortcut(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "Cannot restore the draft" in again.banner.text())
    assert "reassigned to Marco" in again.banner.text()
    assert buttons(again) == ["&View draft", "&Discard draft"]
    qtbot.waitUntil(lambda: "lost" in json.loads(path.read_text()))
    again.banner.clear()
    again._offer_draft()
    assert "Restore it?" not in again.banner.text()
    assert buttons(again) == ["&View draft", "&Discard draft"]


def test_a_lead_erased_while_typing_leaves_no_draft_behind(
    qtbot: QtBot, open_workspace: OpenWorkspace, services: Services, factory: Factory
) -> None:
    # What the rep typed is about the person: kept as a draft, it would outlive the erasure.
    lead_id = factory.lead(company="Summit Bank", first_name="Xavi", last_name="Quorn")
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    assert take_next(qtbot, area) == lead_id
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "Xavi Quorn wants a demo")
    path = area.drafts.path("rita", lead_id)
    qtbot.waitUntil(lambda: path.exists() and "demo" in path.read_text())
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.person.erase(admin, PersonQuery(lead_id=lead_id), "asked by mail")
    area._heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: area.session is None)
    assert f"lead {lead_id} was erased on the person's request" in area.banner.text()
    assert buttons(area) == []
    assert not path.exists() and area._drafts.latest(lead_id) is None
    assert focused() is area.queue_panel.next_button
