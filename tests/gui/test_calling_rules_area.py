"""The calling rules editor by keyboard: a new country rule with a window too short, a cap of
0 and a window ending before it starts, each refused next to its field; saved once right;
a holiday added with a bad date first; supervisors read the rules and change nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.admin.calling_rules import CallingRulesArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, press, wait_idle
from tests.support.factories import PASSWORD, Factory
from tests.support.held import held_back

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot: QtBot, services: Services, workers: Workers, login: str) -> CallingRulesArea:
    signed_in = services.accounts.sign_in(login, PASSWORD, "test")
    area = CallingRulesArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: area.table.rowCount() > 0)
    return area


def _retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    press(qtbot, text)


def _error(area: CallingRulesArea, field: str) -> str:
    label = area.editor.form.errors[field]
    return label.text() if label.isVisible() else ""


def test_add_a_rule_and_a_holiday_by_keyboard(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    area = _open(qtbot, services, workers, "ada")
    before = services.calling_rules.rules(area._actor)
    qtbot.waitUntil(lambda: "Not saved in the database yet" in area.retry.status.text())

    area.new_button.setFocus()
    qtbot.keyClick(area.new_button, Qt.Key.Key_Space)
    assert focused() is area.place
    press(qtbot, "de")
    _retype(qtbot, area.start, "09:00")
    _retype(qtbot, area.end, "09:30")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "at least an hour" in _error(area, "end"))
    _retype(qtbot, area.end, "08:00")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "must end after it starts" in _error(area, "end"))
    _retype(qtbot, area.end, "20:00")
    _retype(qtbot, area.per_day, "0")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "at least 1 call" in _error(area, "calls_per_day"))
    assert not _error(area, "end")
    assert services.calling_rules.rules(area._actor) == before  # nothing saved yet

    _retype(qtbot, area.per_day, "2")
    for weekend in area.days[5:]:
        weekend.setFocus()
        qtbot.keyClick(weekend, Qt.Key.Key_Space)
    area.source.setFocus()
    press(qtbot, "UWG section 7")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "saved the rule of DE" in area.status.text())
    qtbot.waitUntil(lambda: "Holidays of DE" in area.holidays.adding.heading.text())
    (germany,) = [r for r in services.calling_rules.rules(area._actor) if r.place == "DE"]
    assert (germany.start, germany.end, germany.weekdays) == ("09:00", "20:00", "12345")
    assert (germany.calls_per_day, germany.calls_per_week, germany.source) == (
        2,
        None,
        "UWG section 7",
    )

    holidays = area.holidays
    holidays.on.setFocus()
    press(qtbot, "2026-12-32")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    error = holidays.adding.form.errors["on"]
    qtbot.waitUntil(lambda: "not a date" in error.text() and error.isVisible())
    _retype(qtbot, holidays.on, "2026-12-25")
    holidays.name.setFocus()
    press(qtbot, "Christmas Day")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: holidays.table.rowCount() == 1)
    assert holidays.table.item(0, 0).text() == "12/25/26"  # typed as ISO, shown as the locale's
    # What a listed year means after it ends, said where the holidays are added.
    assert holidays.status.text() == (
        "1 holiday · listed through 2026: from 1/1/27 this place's leads wait until that "
        "year's holidays are added"
    )
    qtbot.waitUntil(lambda: area.table.item(0, 5).text() == "1")  # DE counts its holiday
    assert [h.on for h in services.calling_rules.holidays(area._actor, "DE")] == [
        date(2026, 12, 25)
    ]

    # Remove the holiday, then the rule: the leads of Germany follow the default again.
    holidays.table.setFocus()
    qtbot.keyClick(holidays.table, Qt.Key.Key_Down)
    holidays.remove_button.setFocus()
    qtbot.keyClick(holidays.remove_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: holidays.table.rowCount() == 0)
    area.reason.setFocus()
    press(qtbot, "no German leads")
    area.remove_button.setFocus()
    qtbot.keyClick(area.remove_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: area.table.rowCount() == len(before))
    assert services.calling_rules.rules(area._actor) == before


def test_retry_rules_by_keyboard(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    area = _open(qtbot, services, workers, "ada")
    retry = area.retry
    qtbot.waitUntil(lambda: retry.max_attempts.text() == "6")
    assert retry.delays["busy"].text() == "15, 60, 240"

    _retype(qtbot, retry.max_attempts, "six")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    error = retry.form.form.errors["max_attempts"]
    assert error.isVisible() and "not a whole number of calls" in error.text()
    _retype(qtbot, retry.max_attempts, "4")
    _retype(qtbot, retry.delays["busy"], "10, x")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "list of whole minutes" in retry.form.form.errors["delay_busy"].text()
    assert services.retry_rules.view(area._actor).saved_at is None  # nothing saved yet
    area.reload()  # as when something changes elsewhere: what was typed stays
    wait_idle(qtbot, workers)
    assert (retry.max_attempts.text(), retry.delays["busy"].text()) == ("4", "10, x")

    _retype(qtbot, retry.delays["busy"], "10, 30")
    retry.reason.setFocus()
    press(qtbot, "busy lines clear fast")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: retry.status.text().startswith("Saved"))
    view = services.retry_rules.view(area._actor)
    assert view.shared.max_attempts == 4 and view.shared.delays["busy"] == (10, 30)
    assert view.saved_by == "ada" and "saved" in retry.status.text()


def test_supervisors_read_and_change_nothing(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    area = _open(qtbot, services, workers, "sam")
    before = services.calling_rules.rules(area._actor)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: area.start.text() != "" and area._editing is not None)
    assert area.start.isReadOnly() and not area.save_button.isEnabled()
    assert area.retry.max_attempts.isReadOnly() and not area.retry.save_button.isEnabled()
    assert not area.holidays.adding.save_button.isEnabled()
    area.start.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert services.calling_rules.rules(area._actor) == before


def test_who_sees_the_calling_rules() -> None:
    def titles(role: Role) -> set[str]:
        return {area.title for area in areas_for(role)}

    for role in (Role.REP, Role.TEAM_LEAD):
        assert "Calling rules" not in titles(role)
    for role in (Role.SUPERVISOR, Role.ADMIN):
        assert "Calling rules" in titles(role)


def test_a_list_that_loads_late_keeps_the_rule_chosen_meanwhile(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The list asked for after saving one rule came back after another was chosen: it
    selected the saved one again and its editor replaced what was being typed."""
    factory.user("ada", Role.ADMIN, team=None, queues=())
    area = _open(qtbot, services, workers, "ada")
    qtbot.waitUntil(lambda: area.table.rowCount() > 1)
    area.table.selectRow(0)
    saved_place = area.place.text()
    _retype(qtbot, area.reason, "checked again")
    listed = held_back(monkeypatch, services.calling_rules, "rules")
    qtbot.keyClick(area, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(area.editor.save_button.isEnabled)  # saved; the list is asked for
    area.table.selectRow(1)  # while the list after the save still loads
    other = area.place.text()
    assert other != saved_place
    _retype(qtbot, area.source, "the state's statute")
    listed.set()
    qtbot.waitUntil(lambda: "saved" in area.status.text())
    assert area.place.text() == other and area.source.text() == "the state's statute"


def test_every_field_at_fault_is_named_at_once(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """A window ending at 25:00 and a cap of "two": both named, each next to its field, and
    the first one's field takes the keyboard; nothing is saved."""
    factory.user("ada", Role.ADMIN, team=None, queues=())
    area = _open(qtbot, services, workers, "ada")
    before = services.calling_rules.rules(area._actor)
    area.new_button.setFocus()
    qtbot.keyClick(area.new_button, Qt.Key.Key_Space)
    press(qtbot, "de")
    _retype(qtbot, area.end, "25:00")
    _retype(qtbot, area.per_day, "two")
    _retype(qtbot, area.per_week, "0")
    for box in area.days:
        box.setChecked(False)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "25:00 is not a time of day" in _error(area, "end")
    assert "'two' is not a whole number of calls" in _error(area, "calls_per_day")
    assert "at least 1 call" in _error(area, "calls_per_week")
    assert "at least one day of the week" in _error(area, "weekdays")
    assert focused() is area.end
    wait_idle(qtbot, area._context.workers)
    assert services.calling_rules.rules(area._actor) == before
