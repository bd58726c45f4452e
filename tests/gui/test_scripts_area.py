"""The script editor by keyboard: a broken jump named as it is typed, the preview walks the
script as a rep would, and saving makes a new version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.admin.scripts import ScriptsArea
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, open_scripts_area, press, wait_idle
from tests.support.factories import PASSWORD, Factory


def _replace(area: ScriptsArea, qtbot: QtBot, old: str, new: str) -> None:
    """Select `old` in the JSON editor and type `new` over it."""
    area.views.setCurrentWidget(area.editor)
    text = area.editor.toPlainText()
    at = text.index(old)
    cursor = area.editor.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(old), QTextCursor.MoveMode.KeepAnchor)
    area.editor.setTextCursor(cursor)
    area.editor.setFocus()
    press(qtbot, new)


def test_edit_validate_preview_and_save(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    area, signed_in = open_scripts_area(qtbot, services, factory, workers, "sam", Role.SUPERVISOR)
    qtbot.waitUntil(lambda: "Valid: 7 screens" in area.check.text())
    assert area.saving.save_button.isEnabled()

    # A jump to a screen that does not exist: named as it is typed, saving refused.
    _replace(area, qtbot, '"no": "@callback"', '"no": "later"')
    qtbot.waitUntil(lambda: "Does not validate" in area.check.text())
    assert "screen opening, question reached_contact: jumps to screen 'later'" in (
        area.check.text()
    )
    assert not area.saving.save_button.isEnabled()
    qtbot.keyClick(area, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [v.version for v in services.scripts.versions(signed_in.actor, "bant-default")] == [3]

    _replace(area, qtbot, '"no": "later"', '"no": "@end"')
    qtbot.waitUntil(lambda: "Valid" in area.check.text())

    # The preview walks it: "no" to the first question now ends the script at once.
    preview = area.preview
    assert "Opening" in preview.title.text()
    # The segments as people name them; the preview walks the script by the segment's code.
    segments = [preview.segment.itemText(index) for index in range(preview.segment.count())]
    assert segments == ["SMB", "Enterprise"]
    assert preview._segment() == "smb"

    # A screen reader names each answer by its question, as the label shows it (the preview
    # is built again after the check, so it is waited for).
    def names() -> list[str]:
        fields = preview.findChildren(QComboBox) + preview.findChildren(QLineEdit)
        return [field.accessibleName() for field in fields if field.isVisibleTo(preview)]

    qtbot.waitUntil(lambda: any(name.startswith("Am I speaking with") for name in names()))
    assert "reached_contact" not in names()
    preview.answer("reached_contact", "no")
    preview.next_button.setFocus()
    qtbot.keyClick(preview.next_button, Qt.Key.Key_Space)
    assert "ended early" in preview.result.text() and "Grade D" in preview.result.text()
    qtbot.keyClick(preview.restart_button, Qt.Key.Key_Space)
    for key in ("reached_contact", "recording_notice", "permission"):
        preview.answer(key, "yes")
    qtbot.keyClick(preview.next_button, Qt.Key.Key_Space)
    assert "Contact verification" in preview.title.text()
    preview.answer("prospect_kind", "business")
    qtbot.keyClick(preview.next_button, Qt.Key.Key_Space)
    assert "Required: Are phone and e-mail" in preview.problem.text()

    area.reason.setFocus()
    press(qtbot, "wrong person: end the call")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Saved as bant-default v4" in area.check.text())
    # Beside them, the check-call script's one version.
    qtbot.waitUntil(lambda: area.table.rowCount() == 3)
    versions = services.scripts.versions(signed_in.actor, "bant-default")
    assert [(v.version, v.newest) for v in versions] == [(4, True), (3, False)]
    definition = services.scripts.definition(signed_in.actor, "bant-default")
    assert definition["screens"][0]["questions"][0]["branch"] == {"no": "@end"}


def test_who_sees_the_script_editor() -> None:
    def titles(role: Role) -> set[str]:
        return {area.title for area in areas_for(role)}

    for role in (Role.REP, Role.TEAM_LEAD):
        assert "Scripts" not in titles(role)
    for role in (Role.SUPERVISOR, Role.ADMIN):
        assert "Scripts" in titles(role)


def test_the_keyboard_starts_at_the_versions_and_stays_where_the_person_types(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """The preview's answers are built when a script is shown; they took the keyboard when
    the area opened and came first in its tab order, before the versions on the left."""
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    signed_in = services.accounts.sign_in("sam", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentIndex(window.area_titles.index("Scripts"))
    area = window.tabs.currentWidget()
    assert isinstance(area, ScriptsArea)
    preview = area.preview
    # Checked once loaded; the answers built again then are shown a moment later.
    qtbot.waitUntil(lambda: "Valid" in area.check.text())
    qtbot.waitUntil(lambda: any(field.isVisible() for field in preview.findChildren(QComboBox)[1:]))
    wait_idle(qtbot, workers)
    assert focused() is area.table

    # Tab walks the versions, then the form, then the preview: Restart, the answers, Next.
    seen = []
    while focused() is not preview.next_button and len(seen) < 80:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    answers = [w for w in seen if preview.isAncestorOf(w) and w.accessibleName()]
    assert answers, [(type(w).__name__, w.accessibleName()) for w in seen]
    assert seen.index(preview.restart_button) < seen.index(answers[0])
    assert all(not preview.isAncestorOf(w) for w in seen[: seen.index(preview.segment)])
    assert area.form.title in seen[: seen.index(preview.segment)]

    # Typing in the form: the check that follows builds the preview again, keyboard stays.
    built = preview.findChildren(QComboBox)[1]
    area.form.title.setFocus()
    press(qtbot, " (edited)")
    qtbot.waitUntil(lambda: built not in preview.findChildren(QComboBox))
    wait_idle(qtbot, workers)
    assert focused() is area.form.title


def test_a_version_saved_meanwhile_is_never_overwritten_unseen(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """Bea saves v4 while Sam edits v3: Sam's save is refused next to the editor, his text
    stays, and saving again replaces v4 knowingly."""
    area, signed_in = open_scripts_area(qtbot, services, factory, workers, "sam", Role.SUPERVISOR)
    qtbot.waitUntil(lambda: "Valid: 7 screens" in area.check.text())
    _replace(area, qtbot, '"no": "@callback"', '"no": "@end"')
    qtbot.waitUntil(lambda: "Valid" in area.check.text() and area.saving.save_button.isEnabled())

    bea = factory.user("bea", Role.ADMIN, team=None, queues=())
    beas = services.scripts.definition(bea, "bant-default")
    beas["title"] = "Bea's title"
    assert services.scripts.save(bea, beas, based_on=3).script.version == 4

    area.reason.setFocus()
    press(qtbot, "wrong person: end the call")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(area.saving.banner.isVisible)
    assert "bant-default was changed by someone else meanwhile" in area.saving.banner.text()
    qtbot.waitUntil(lambda: "again to replace bant-default v4" in area.check.text())
    versions = services.scripts.versions(signed_in.actor, "bant-default")
    assert [v.version for v in versions] == [4, 3]
    assert services.scripts.definition(bea, "bant-default")["title"] == "Bea's title"
    assert '"no": "@end"' in area.editor.toPlainText()  # the text typed stays
    assert area.saving.save_button.isEnabled()

    area.reason.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Saved as bant-default v5" in area.check.text())
    assert not area.saving.banner.isVisible()
    saved = services.scripts.definition(bea, "bant-default")
    assert saved["version"] == 5
    assert saved["screens"][0]["questions"][0]["branch"] == {"no": "@end"}


def test_the_preview_fills_in_what_the_rep_says_for_a_sample_lead(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """As the Workspace fills a lead's: the person's own name as the rep's, a sample
    contact, and the general words for what a lead lacks; never a placeholder in braces."""
    area, _ = open_scripts_area(qtbot, services, factory, workers, "sam", Role.SUPERVISOR)
    qtbot.waitUntil(lambda: "Valid: 7 screens" in area.check.text())
    preview = area.preview
    qtbot.waitUntil(lambda: "Opening" in preview.title.text())
    said = preview.say.text()
    assert said == "Hello Alex, this is Sam calling about your interest in our products."
    assert preview.say.isVisible()
    labels = [label.text() for label in preview.findChildren(QLabel)]
    assert "Am I speaking with Alex Sample? *" in labels

    def names() -> list[str]:  # the answers, built again after the check
        fields = preview.findChildren(QComboBox) + preview.findChildren(QLineEdit)
        return [field.accessibleName() for field in fields if field.isVisibleTo(preview)]

    qtbot.waitUntil(lambda: "Am I speaking with Alex Sample?" in names())
    labels = [label.text() for label in preview.findChildren(QLabel)]
    assert not [text for text in [said, *labels, *names()] if "{" in text]
