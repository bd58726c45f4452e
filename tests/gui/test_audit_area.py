"""The audit viewer by keyboard: filter, a bad date next to its field, export, live refresh."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.admin.campaigns import KEEP, CampaignChange
from qualifier_app.ui.admin.audit import AuditArea
from qualifier_app.ui.admin.campaigns import CampaignsArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import press
from tests.support.factories import PASSWORD, Factory


def _column(area: AuditArea, column: int) -> list[str]:
    return [area.table.item(row, column).text() for row in range(area.table.rowCount())]


def _codes(area: AuditArea) -> list[str]:
    """The actions as the log keeps them: the action cells' tooltips."""
    return [area.table.item(row, 2).toolTip() for row in range(area.table.rowCount())]


def test_audit_area_filters_exports_and_follows_changes(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    rita = factory.user("rita")
    factory.lead()
    services.queue.claim_next(rita)
    services.campaigns.save(
        sam, "Autumn", CampaignChange(Decimal("10"), KEEP, None, None), reason="=budget"
    )
    signed_in = services.accounts.sign_in("sam", PASSWORD, "test")
    area = AuditArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: area.table.rowCount() >= 2)
    # The actions in words, their codes on hover; what a change is about in words too.
    assert "Lead claimed" in _column(area, 2) and "lead.claimed" in _codes(area)
    assert "Campaign changed" in _column(area, 2)
    claimed = _codes(area).index("lead.claimed")
    assert area.table.item(claimed, 3).text().startswith("lead ")
    assert "held by: " in area.table.item(claimed, 4).text()  # lease_owner_id in words

    area.user.setFocus()
    press(qtbot, "rita")
    qtbot.keyClick(area.user, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: set(_column(area, 1)) == {"rita"})
    assert _codes(area) == ["lead.claimed"]

    area.user.clear()
    area.since.setFocus()
    press(qtbot, "yesterday")
    qtbot.keyClick(area.since, Qt.Key.Key_Return)
    error = area.form.errors["since"]
    assert error.isVisible() and "'yesterday' is not a date" in error.text()
    assert area.table.rowCount() == 1  # what was shown stays

    area.since.clear()
    typed = area.action_typed
    typed.setFocus()
    press(qtbot, "campaign")  # the start of a code finds every action it starts
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: set(_codes(area)) <= {"campaign.created", "campaign.changed"})
    assert not area.form.errors["since"].isVisible()
    out = tmp_path / "audit.csv"
    area.choose_export_path = lambda: out
    qtbot.keyClick(
        area, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    # The export runs on a worker: on a machine busy with other work it may take seconds.
    qtbot.waitUntil(lambda: "exported" in area.export_note.text(), timeout=30_000)
    # A refresh of the list, here or by a change elsewhere, leaves the export's outcome shown.
    area.status.clear()
    area.reload()
    qtbot.waitUntil(lambda: "rows" in area.status.text())
    assert "exported to" in area.export_note.text()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert {row[2] for row in rows} <= {"campaign.created", "campaign.changed"}
    assert "'=budget" in {row[5] for row in rows}

    # A change made elsewhere shows up without asking.
    before = area.table.rowCount()
    services.campaigns.save(sam, "Winter", CampaignChange(Decimal("5"), KEEP, None, None))
    qtbot.waitUntil(lambda: area.table.rowCount() > before, timeout=10_000)

    # An action chosen by its words finds its code.
    area.user.clear()
    area.action.setCurrentIndex(area.action.findText("Lead claimed"))
    area.apply_filter()
    qtbot.waitUntil(lambda: _codes(area) == ["lead.claimed"])

    area.action.setCurrentIndex(-1)
    area.apply_filter()
    qtbot.waitUntil(lambda: {"lead.claimed", "campaign.changed"} <= set(_codes(area)))


def test_campaigns_made_elsewhere_appear_without_signing_in_again(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    signed_in = services.accounts.sign_in("sam", PASSWORD, "test")
    area = CampaignsArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: "0 campaigns" in area.status.text())
    area.name.setFocus()
    press(qtbot, "typed")
    # An import at another workstation creates a campaign together with its leads.
    services.campaigns.save(sam, "Trade show", CampaignChange(Decimal("1"), KEEP, None, None))
    factory.lead()
    qtbot.waitUntil(lambda: "1 campaign" in area.status.text(), timeout=10_000)
    assert area.name.text() == "typed"  # nothing being typed is lost


def test_who_sees_the_audit_area() -> None:
    def titles(role: Role) -> set[str]:
        return {area.title for area in areas_for(role)}

    assert "Audit" not in titles(Role.REP)
    for role in (Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN):
        assert "Audit" in titles(role)
