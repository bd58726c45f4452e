"""The do-not-call list by keyboard: a missing reason next to its field, adding blocks the
lead, search by number, removal by an administrator only, and entries added elsewhere appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry, Lead
from qualifier_app.ui.admin.do_not_call import DoNotCallArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, press
from tests.support.factories import PASSWORD, Factory


def _open(qtbot: QtBot, services: Services, workers: Workers, login: str) -> DoNotCallArea:
    signed_in = services.accounts.sign_in(login, PASSWORD, "test")
    area = DoNotCallArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: "entr" in area.status.text())
    return area


def _reasons(area: DoNotCallArea) -> list[str]:
    return [area.table.item(row, 3).text() for row in range(area.table.rowCount())]


def test_supervisor_adds_with_a_reason_and_cannot_remove(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    lead_id = factory.lead()
    with services.db.unit_of_work(write=False) as uow:
        phone = uow.session.get(Lead, lead_id).phone_e164  # type: ignore[union-attr]
    area = _open(qtbot, services, workers, "sam")
    assert area.table.rowCount() == 0
    # A new center's empty list said "0 entries · everything".
    assert area.status.text() == "No entries yet: nobody is on the do-not-call list"
    assert area.remove_panel.isHidden()

    area.phone.setFocus()
    press(qtbot, str(phone))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    error = area.adding.form.errors["reason"]
    qtbot.waitUntil(error.isVisible)
    assert "say why" in error.text()
    assert focused() is area.reason
    assert area.phone.text() == phone  # nothing typed is lost

    press(qtbot, "asked on the phone")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "added" in area.outcome.text())
    assert "1 lead taken out of the queues" in area.outcome.text()
    assert not error.isVisible()
    qtbot.waitUntil(lambda: _reasons(area) == ["asked on the phone"])
    assert area.status.text() == "1 entry · the whole list"
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.get(Lead, lead_id).status == "do_not_call"  # type: ignore[union-attr]

    # A bad number is named next to its field; the reason typed stays.
    area.phone.setFocus()
    press(qtbot, "12ab")
    area.reason.setFocus()
    press(qtbot, "legal")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(area.adding.form.errors["phone"].isVisible)
    assert "phone '12ab'" in area.adding.form.errors["phone"].text()
    assert area.reason.text() == "legal"

    # Added at another workstation: shows up without asking.
    services.do_not_call.add(sam, email="gone@example.com", reason="legal request")
    qtbot.waitUntil(lambda: "legal request" in _reasons(area), timeout=10_000)


def test_admin_searches_and_removes_with_a_reason(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.do_not_call.add(sam, phone="+1 415 555 0100", reason="asked twice")
    services.do_not_call.add(sam, email="keep@example.com", reason="complaint")
    area = _open(qtbot, services, workers, "ada")
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)
    assert not area.remove_panel.isHidden()
    assert not area.removing.save_button.isEnabled()

    area.search.setFocus()
    press(qtbot, "+1 415 555 0100")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _reasons(area) == ["asked twice"])
    assert "phone +14155550100" in area.status.text()

    assert area.chosen() is not None  # the one entry found is the one to remove
    assert area.removing.save_button.isEnabled()
    area.remove_reason.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "say why" in area.removing.form.errors["reason"].text()
    press(qtbot, "entered by mistake")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "off the list" in area.outcome.text())
    qtbot.waitUntil(lambda: area.table.rowCount() == 0)
    with services.db.unit_of_work(write=False) as uow:
        reasons = uow.session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "do_not_call.removed")
        ).all()
    assert reasons == ["entered by mistake"]

    area.search.clear()
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _reasons(area) == ["complaint"])
    area.search.setFocus()


def test_who_sees_the_do_not_call_area() -> None:
    def titles(role: Role) -> set[str]:
        return {area.title for area in areas_for(role)}

    for role in (Role.REP, Role.TEAM_LEAD):
        assert "Do not call" not in titles(role)
    for role in (Role.SUPERVISOR, Role.ADMIN):
        assert "Do not call" in titles(role)


def test_a_bad_number_a_bad_address_and_no_reason_are_named_at_once(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    area = _open(qtbot, services, workers, "sam")
    area.phone.setFocus()
    press(qtbot, "12ab")
    area.email.setFocus()
    press(qtbot, "gone@")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    errors = area.adding.form.errors
    qtbot.waitUntil(errors["phone"].isVisible)
    assert "phone '12ab'" in errors["phone"].text()
    assert "e-mail 'gone@'" in errors["email"].text() and errors["email"].isVisible()
    assert "say why" in errors["reason"].text() and errors["reason"].isVisible()
    assert focused() is area.phone  # the first field at fault
    assert services.do_not_call.search(sam).entries == ()
