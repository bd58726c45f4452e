"""The script editor's form by keyboard: a jump to a missing screen named next to its question
and its screen, saving held back; a new screen with a yes/no question worth Budget points, a
changed pass rule; saved as a new version that the preview walks."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.bant import QuestionType
from qualifier_app.domain.roles import Role
from qualifier_app.ui.admin.script_form import MARK
from qualifier_app.ui.admin.script_form_question import QuestionForm
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, open_scripts_area, press, type_in_cell
from tests.support.factories import Factory


def _press_button(qtbot: QtBot, button: object) -> None:
    button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(button, Qt.Key.Key_Space)  # type: ignore[arg-type]


def test_build_a_screen_in_the_form_and_save_it_as_a_new_version(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    area, signed_in = open_scripts_area(qtbot, services, factory, workers, "sam", Role.SUPERVISOR)
    form = area.form
    qtbot.waitUntil(lambda: form.screens.count() == 7)
    assert area.views.currentWidget() is form  # the form is the editor
    qtbot.waitUntil(lambda: "Valid: 7 screens" in area.check.text())

    # The "no" of the first question jumps to a screen that does not exist.
    form.questions.setFocus()
    form.questions.setCurrentRow(0)
    assert form.question.key.text() == "reached_contact"
    # The answers' last column, the disqualifying reason, takes the width the others leave.
    choices = form.question.choices
    header = choices.horizontalHeader()
    last = choices.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) == (
        choices.viewport().width()
    )
    type_in_cell(qtbot, form.question.choices, 1, 3, "later")
    assert form.question.problems.isVisible()
    assert "jumps to screen 'later', which does not exist" in form.question.problems.text()
    assert form.screens.item(0).text().startswith(MARK)
    assert form.questions.item(0).text().startswith(MARK)
    qtbot.waitUntil(lambda: not area.saving.save_button.isEnabled())
    type_in_cell(qtbot, form.question.choices, 1, 3, "@end")
    assert not form.question.problems.isVisible()
    assert not form.screens.item(0).text().startswith(MARK)

    # A new screen after the opening, with a yes/no question whose "yes" is worth Budget points.
    _press_button(qtbot, form.add_screen)
    assert focused() is form.screen_key
    press(qtbot, "pricing")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert form.screens.currentItem().text() == "pricing — New screen"
    form.screen_dimension.setFocus()
    qtbot.keyClicks(form.screen_dimension, "B")
    assert form.screen_dimension.currentData() == "B"
    form.question.text.setFocus()
    press(qtbot, "Is pricing approved?")
    form.question.type.setFocus()
    qtbot.keyClicks(form.question.type, "yes")
    assert form.question.type.currentData() == "yes_no"
    type_in_cell(qtbot, form.question.choices, 0, 2, "10")

    # Enterprise A now asks for 40 Budget points.
    form.tabs.setCurrentWidget(form.rules)
    type_in_cell(qtbot, form.rules.table, 3, 0, "40")

    qtbot.waitUntil(lambda: "Valid: 8 screens" in area.check.text())
    area.reason.setFocus()
    press(qtbot, "ask about pricing")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Saved as bant-default v4" in area.check.text())

    saved = services.scripts.definition(signed_in.actor, "bant-default")
    assert saved["version"] == 4
    pricing = saved["screens"][1]
    assert (pricing["key"], pricing["dimension"]) == ("pricing", "B")
    (question,) = pricing["questions"]
    assert question["type"] == "yes_no" and question["points"] == {"yes": 10}
    assert question["text"] == "Is pricing approved?"
    assert saved["screens"][0]["questions"][0]["branch"] == {"no": "@end"}
    assert saved["pass_rules"]["enterprise"]["A"]["B"] == 40
    assert (
        saved["pass_rules"]["smb"]
        == services.scripts.definition(signed_in.actor, "bant-default", 3)["pass_rules"]["smb"]
    )

    # The preview walks the new version: past the opening comes the pricing screen.
    preview = area.preview
    for key in ("reached_contact", "recording_notice", "permission"):
        preview.answer(key, "yes")
    _press_button(qtbot, preview.next_button)
    assert "New screen" in preview.title.text()


def test_import_a_file_into_the_form_and_export_it(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    area, signed_in = open_scripts_area(qtbot, services, factory, workers, "ada", Role.ADMIN)
    qtbot.waitUntil(lambda: "Valid: 7 screens" in area.check.text())
    broken = services.scripts.definition(signed_in.actor, "bant-default")
    broken["screens"][3]["questions"][0]["options"][0]["jump"] = "pricing"
    source = tmp_path / "broken.json"
    source.write_text(json.dumps(broken), "utf-8")

    area.files.import_file(source)
    qtbot.waitUntil(lambda: area.status.text().startswith("Imported"))
    assert area.form.screens.item(3).text().startswith(MARK)  # budget, named in the form
    qtbot.waitUntil(lambda: "jumps to screen 'pricing'" in area.check.text())
    assert not area.saving.save_button.isEnabled()
    assert [v.version for v in services.scripts.versions(signed_in.actor, "bant-default")] == [3]

    (tmp_path / "missing.json").unlink(missing_ok=True)
    area.files.import_file(tmp_path / "missing.json")
    qtbot.waitUntil(lambda: "missing.json does not exist" in area.status.text())
    assert area.form.current()["screens"][3]["questions"][0]["options"][0]["jump"] == "pricing"

    target = tmp_path / "out.json"
    area.files.export_file(target)
    qtbot.waitUntil(lambda: "Written to" in area.status.text())
    assert json.loads(target.read_text("utf-8")) == area.form.current()

    # A script of one screen is one screen (it said "Valid: 1 screens").
    short = services.scripts.definition(signed_in.actor, "bant-default")
    short["screens"] = [screen for screen in short["screens"] if screen["key"] == "need"]
    short["pass_rules"] = {"smb": {"C": {"N": 5}}, "enterprise": {"C": {"N": 5}}}
    source.write_text(json.dumps(short), "utf-8")
    area.files.import_file(source)
    qtbot.waitUntil(lambda: area.check.text() == "Valid: 1 screen, every path ends")


def test_the_answer_types_are_named_in_the_persons_language(qtbot: QtBot, built: Path) -> None:
    """The editor offered the files' codes with spaces ("yes no"), untranslated."""
    i18n.install("de", built)
    try:
        form = QuestionForm()
        qtbot.addWidget(form)
        shown = {form.type.itemData(i): form.type.itemText(i) for i in range(form.type.count())}
    finally:
        i18n.install("en")
    assert set(shown) == {kind.value for kind in QuestionType}  # the files keep the codes
    assert (shown["yes_no"], shown["single_choice"]) == ("Ja oder Nein", "Einfachauswahl")
