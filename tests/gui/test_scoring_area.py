"""The scoring rules editor by keyboard: a broken rule named as it is typed and Apply held
back; a valid change previewed against the queue (how many leads change score, segment,
queue) before Apply saves a new version and rescores."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.admin.scoring import ScoringRulesArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, press, type_in_cell
from tests.integration.test_enrichment_scoring_export import copy
from tests.support.factories import PASSWORD, Factory


def _replace(area: ScoringRulesArea, qtbot: QtBot, old: str, new: str) -> None:
    area.views.setCurrentWidget(area.editor)
    text = area.editor.toPlainText()
    at = text.index(old)
    cursor = area.editor.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(old), QTextCursor.MoveMode.KeepAnchor)
    area.editor.setTextCursor(cursor)
    area.editor.setFocus()
    press(qtbot, new)


def test_edit_preview_and_apply(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    signed_in = services.accounts.sign_in("sam", PASSWORD, "test")
    services.intake.import_inquiries(signed_in.actor, copy("golden_duplicates.csv", tmp_path))
    area = ScoringRulesArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: "Of 6 queued leads" in area.preview.text())
    assert "0 change score" in area.preview.text()
    assert area.applying.save_button.isEnabled()

    # A threshold that is not a number: named as it is typed, Apply held back.
    _replace(area, qtbot, '"enterprise_min_employees": 1000', '"enterprise_min_employees": "x"')
    qtbot.waitUntil(lambda: "Does not validate" in area.check.text())
    assert "enterprise_min_employees" in area.check.text()
    assert not area.applying.save_button.isEnabled()
    assert "Nothing to preview" in area.preview.text()

    # Web forms worth more and a new catch-all queue: the preview counts what would change.
    _replace(area, qtbot, '"enterprise_min_employees": "x"', '"enterprise_min_employees": 1000')
    _replace(area, qtbot, '"web form": 15', '"web form": 45')
    _replace(area, qtbot, '"queue": "SMB International"', '"queue": "SMB World"')
    qtbot.waitUntil(area.applying.save_button.isEnabled)
    rules = json.loads(area.editor.toPlainText())
    expected = services.scoring_rules.preview(signed_in.actor, rules)
    assert expected.score_changes >= 1 and expected.new_queues == ("SMB World",)
    assert area.preview.text() == expected.sentence()
    assert services.scoring_rules.current(signed_in.actor)["version"] == 1  # nothing applied

    area.reason.setFocus()
    press(qtbot, "web forms convert best")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Applied as version 2" in area.check.text())
    qtbot.waitUntil(lambda: area.table.rowCount() == 1 and "v2" in area.table.item(0, 0).text())
    assert "Rescored 6 queued leads" in area.preview.text()
    current = services.scoring_rules.current(signed_in.actor)
    assert current["version"] == 2 and current["points"]["source"]["web form"] == 45
    assert services.scoring_rules.preview(signed_in.actor, rules).score_changes == 0
    versions = services.scoring_rules.versions(signed_in.actor)
    assert versions[0].reason == "web forms convert best"
    assert versions[0].saved_by == "sam"


def test_who_sees_the_scoring_rules_editor() -> None:
    def titles(role: Role) -> set[str]:
        return {area.title for area in areas_for(role)}

    for role in (Role.REP, Role.TEAM_LEAD):
        assert "Scoring rules" not in titles(role)
    for role in (Role.SUPERVISOR, Role.ADMIN):
        assert "Scoring rules" in titles(role)


def test_the_form_edits_points_and_queue_rules_and_previews_before_applying(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    signed_in = services.accounts.sign_in("sam", PASSWORD, "test")
    services.intake.import_inquiries(signed_in.actor, copy("golden_duplicates.csv", tmp_path))
    area = ScoringRulesArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    form = area.form
    assert area.views.currentWidget() is form
    qtbot.waitUntil(lambda: "Of 6 queued leads" in area.preview.text())
    assert form.min_employees.text() == "1000"

    # A threshold that is not a number: said under the form, nothing previewed from it.
    form.min_employees.setFocus()
    form.min_employees.selectAll()
    press(qtbot, "many")
    assert "thresholds must be numbers" in form.problems.text()
    form.min_employees.selectAll()
    press(qtbot, "1000")
    assert not form.problems.isVisible()

    # Web forms worth 45 points; the catch-all queue renamed.
    form.table_choice.setFocus()
    qtbot.keyClicks(form.table_choice, "Source")
    assert form.table_choice.currentData() == "source"
    row = next(
        r for r in range(form.points.rowCount()) if form.points.item(r, 0).text() == "web form"
    )
    type_in_cell(qtbot, form.points, row, 1, "45")
    last = form.queues.rowCount() - 1
    type_in_cell(qtbot, form.queues, last, 0, "SMB World")
    rules = json.loads(area.editor.toPlainText())
    assert rules["points"]["source"]["web form"] == 45
    assert rules["queues"][-1] == {"queue": "SMB World", "when": {}}
    expected = services.scoring_rules.preview(signed_in.actor, rules)
    assert expected.score_changes >= 1 and expected.new_queues == ("SMB World",)
    qtbot.waitUntil(lambda: area.preview.text() == expected.sentence())
    qtbot.waitUntil(area.applying.save_button.isEnabled)
    assert services.scoring_rules.current(signed_in.actor)["version"] == 1  # nothing applied

    area.reason.setFocus()
    press(qtbot, "web forms convert best")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Applied as version 2" in area.check.text())
    current = services.scoring_rules.current(signed_in.actor)
    assert current["version"] == 2 and current["queues"][-1]["queue"] == "SMB World"
