"""The Center area by keyboard: an administrator names a center that has no name yet, every
problem named next to its field at once, the time zone offered from the zone database; a
change of currency asks first; only administrators see the area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.ui.admin.center import CenterArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, press, wait_idle
from tests.support.factories import PASSWORD, Factory

CTRL = Qt.KeyboardModifier.ControlModifier
# The time zone's completions pop up, which the offscreen platform cannot raise.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _open(qtbot: QtBot, services: Services, workers: Workers) -> CenterArea:
    signed_in = services.accounts.sign_in("ada", PASSWORD, "test")
    area = CenterArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: area._view is not None)
    return area


def _retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    if text:
        press(qtbot, text)


def _error(area: CenterArea, field: str) -> str:
    label = area.editor.form.errors[field]
    return label.text() if label.isVisible() else ""


def _center_actions(services: Services) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "center")
                .order_by(AuditEntry.id)
            ).scalars()
        )


def test_an_administrator_names_the_center_and_sees_every_problem_at_once(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    area = _open(qtbot, services, workers)
    assert "no name or time zone yet" in area.status.text()
    assert (area.calling_window.text(), area.currency.text()) == ("09:00-18:00", "USD")

    _retype(qtbot, area.time_zone, "Zurich")
    _retype(qtbot, area.calling_window, "25:00-18:00")
    _retype(qtbot, area.currency, "Swiss francs")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "needs a name" in _error(area, "center")
    assert "did you mean Europe/Zurich?" in _error(area, "time_zone")
    assert "must read like 09:00-18:00" in _error(area, "window")
    assert "not a currency code" in _error(area, "currency")
    assert focused() is area.name  # the first problem's field
    assert not services.center.show(ada).set_up  # nothing saved

    press(qtbot, "Zurich Qualifying Center")
    assert not _error(area, "center")  # typing takes its field's problem away
    assert "did you mean" in _error(area, "time_zone")
    _retype(qtbot, area.time_zone, "europe/zur")
    assert "Europe/Zurich" in [
        area.zones.completionModel().index(row, 0).data()
        for row in range(area.zones.completionModel().rowCount())
    ]
    _retype(qtbot, area.time_zone, "europe/zurich")
    _retype(qtbot, area.calling_window, "08:30-19:00")
    _retype(qtbot, area.currency, "chf")
    area.registries["US"].setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: area.status.text().startswith("Saved"))

    view = services.center.show(ada)
    assert (view.name, view.time_zone, view.calling_window, view.currency, view.registries) == (
        "Zurich Qualifying Center",
        "Europe/Zurich",
        "08:30-19:00",
        "CHF",
        ("US",),
    )
    assert area.time_zone.text() == "Europe/Zurich"  # as the zone database spells it
    said = area.status.text()
    area.reload()  # as the change feed does right after a save: what it said stays
    wait_idle(qtbot, workers)
    assert area.status.text() == said
    assert _center_actions(services) == ["center.set_up"]


def test_a_new_currency_is_asked_about_first(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.center.change(ada, name="Lisbon", time_zone="Europe/Lisbon", currency="EUR")
    area = _open(qtbot, services, workers)
    assert area.currency.text() == "EUR"

    _retype(qtbot, area.currency, "USD")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    confirm = area.confirm
    assert isinstance(confirm, QMessageBox)
    qtbot.waitUntil(confirm.isVisible)
    assert "never converted" in confirm.text()
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)  # changed their mind
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert services.center.show(ada).currency == "EUR"

    area.currency.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    confirm = area.confirm
    assert isinstance(confirm, QMessageBox)
    qtbot.waitUntil(confirm.isVisible)
    confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: area.status.text().startswith("Saved"))
    assert services.center.show(ada).currency == "USD"
    assert _center_actions(services) == ["center.set_up", "center.changed"]

    # A save that changes nothing writes nothing, and asks nothing.
    area.name.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, workers)
    assert _center_actions(services) == ["center.set_up", "center.changed"]


def test_only_administrators_see_the_center() -> None:
    for role in Role:
        titles = {area.title for area in areas_for(role)}
        assert ("Center" in titles) is (role is Role.ADMIN)


def test_a_change_made_at_another_workstation_meanwhile_is_kept_or_reported(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """Ada changed the calling window while another administrator renamed the center: her
    save wrote back the name she had loaded, and the rename was gone without a word."""
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("bea", Role.ADMIN, team=None, queues=())
    bea = services.accounts.sign_in("bea", PASSWORD, "elsewhere").actor
    services.center.change(ada, name="Berlin", time_zone="Europe/Berlin", currency="EUR")
    area = _open(qtbot, services, workers)

    _retype(qtbot, area.calling_window, "08:30-19:30")
    services.center.change(bea, name="Hamburg")  # before Ada's window heard of it
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: area.status.text().startswith("Saved"))
    view = services.center.show(ada)
    assert (view.name, view.calling_window) == ("Hamburg", "08:30-19:30")
    wait_idle(qtbot, workers)
    assert area.name.text() == "Hamburg"

    # Both changed the same field: refused next to it, with the other's value; nothing saved.
    _retype(qtbot, area.calling_window, "07:00-20:00")
    services.center.change(bea, calling_window="10:00-16:00")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: bool(_error(area, "window")))
    assert "someone else changed this meanwhile, to 10:00-16:00" in _error(area, "window")
    assert services.center.show(ada).calling_window == "10:00-16:00"
    wait_idle(qtbot, workers)
    assert area.calling_window.text() == "07:00-20:00"  # what Ada typed stays
    # Saved again, knowingly: hers replaces it.
    area.calling_window.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: area.status.text().startswith("Saved"))
    assert services.center.show(ada).calling_window == "07:00-20:00"
