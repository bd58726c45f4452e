"""The Users area by keyboard: add (one-time password shown once), change role and team,
deactivate with a confirmation (held leads back to the queue), reset, unlock, refusals next
to their field, and changes made elsewhere appearing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import undefer

from qualifier_app.app import Services
from qualifier_app.domain.errors import AuthenticationFailed
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import AuditEntry, Lead, User
from qualifier_app.services.accounts.passwords import verify_password
from qualifier_app.ui.admin.people_list import PeopleListDialog
from qualifier_app.ui.admin.users import UsersArea
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import ALT, CTRL, focused, press, shortcut, wait_idle
from tests.support.factories import PASSWORD, Factory
from tests.support.held import held_back
from tests.support.partners import add_partner


def _open(qtbot: QtBot, services: Services, workers: Workers, login: str) -> UsersArea:
    signed_in = services.accounts.sign_in(login, PASSWORD, "test")
    area = UsersArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: "user" in area.status.text())
    return area


def _choose(qtbot: QtBot, area: UsersArea, login: str) -> None:
    """Walk the list with the arrow keys to the person."""
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Home, CTRL)
    for _ in range(area.table.rowCount()):
        if area._editing is not None and area._editing.login == login:
            return
        qtbot.keyClick(area.table, Qt.Key.Key_Down)
    assert area._editing is not None and area._editing.login == login


def _user(services: Services, login: str) -> User:
    with services.db.unit_of_work(write=False) as uow:
        # The hash is deferred (a person's database login may not read it): load it here.
        query = select(User).where(User.login == login).options(undefer(User.password_hash))
        user = uow.session.scalars(query).one()
        uow.session.expunge(user)
        return user


def test_admin_adds_changes_and_resets(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("rita")
    factory.team("Team B")
    factory.queue("West", team="Team B")
    area = _open(qtbot, services, workers, "ada")
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)
    errors = area.editor.form.errors

    # A duplicate login: named next to the login, what was typed stays.
    area.new_button.click()
    assert focused() is area.login
    press(qtbot, "rita")
    area.display_name.setFocus()
    press(qtbot, "Another Rita")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(errors["login"].isVisible)
    assert "exists already" in errors["login"].text()
    assert area.display_name.text() == "Another Rita"

    area.login.setFocus()
    qtbot.keyClick(area.login, Qt.Key.Key_A, CTRL)
    press(qtbot, "bo")
    area.team.setFocus()
    area.team.setCurrentText("Team B")
    qtbot.keyClick(area.login, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "One-time password" in area.outcome.text())
    one_time = area.outcome.text().split("One-time password: ")[1].split(" ")[0]
    assert "in no team" not in area.outcome.text()
    bo = _user(services, "bo")
    assert bo.must_change_password and verify_password(bo.password_hash, one_time)
    qtbot.waitUntil(lambda: area.table.rowCount() == 3)
    qtbot.waitUntil(lambda: area._editing is not None and area._editing.login == "bo")
    assert area._editing is not None and area._editing.queues == ("West",)

    # Rita becomes a team lead of Team B.
    _choose(qtbot, area, "rita")
    area.role.setCurrentIndex(area.role.findData(Role.TEAM_LEAD.value))
    area.team.setCurrentIndex(area.team.findData("Team B"))
    qtbot.keyClick(area, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Saved rita" in area.outcome.text())
    rita = services.accounts.actor_for("rita")
    assert rita.role is Role.TEAM_LEAD
    area.reset_button.setFocus()
    qtbot.keyClick(area.reset_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "One-time password for rita" in area.outcome.text())
    assert _user(services, "rita").must_change_password

    # The last admin cannot stop being one: said next to the role, nothing changes.
    _choose(qtbot, area, "ada")
    area.role.setCurrentIndex(area.role.findData(Role.SUPERVISOR.value))
    qtbot.keyClick(area, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(errors["role"].isVisible)
    assert "last active administrator" in errors["role"].text()
    assert _user(services, "ada").role == "admin"
    # Nor deactivate themselves: said next to the account buttons.
    area.active_button.setFocus()
    qtbot.keyClick(area.active_button, Qt.Key.Key_Space)
    confirm = area.confirm
    assert isinstance(confirm, QMessageBox)
    qtbot.waitUntil(confirm.isVisible)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(errors["active"].isVisible)
    assert "cannot deactivate yourself" in errors["active"].text()
    assert _user(services, "ada").active

    # Changed at another workstation: the list follows.
    services.staff.set_user(services.accounts.actor_for("ada"), "bo", display_name="Bo Berg")
    qtbot.waitUntil(lambda: area.table.findItems("Bo Berg", Qt.MatchFlag.MatchExactly) != [])
    _choose(qtbot, area, "bo")
    assert "One-time password" not in area.outcome.text()

    # A rep added in no team: kept, but said so.
    area.new_button.click()
    qtbot.keyClicks(area.login, "cy")
    assert area.team.currentData() == ""
    qtbot.keyClick(area.login, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cy is added" in area.outcome.text())
    assert area.outcome.text().endswith(
        "They are in no team, and get no leads from a queue until you give them one."
    )


def test_deactivating_a_leaver_sends_their_leads_back_and_unlock(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    rita = factory.user("rita")
    services.partners.set_channel_manager(OPERATOR, "rita")
    add_partner(services, "Atlantic Voice", channel_manager="rita")
    lead_id = factory.lead()
    claimed = services.queue.claim_next(rita)
    assert claimed.id == lead_id
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.sign_in("rita", "wrong password!", "test")
    assert _user(services, "rita").locked_until is not None
    area = _open(qtbot, services, workers, "ada")
    _choose(qtbot, area, "rita")

    area.unlock_button.setFocus()
    qtbot.keyClick(area.unlock_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "unlocked" in area.outcome.text())
    assert _user(services, "rita").locked_until is None

    area.active_button.setFocus()
    qtbot.keyClick(area.active_button, Qt.Key.Key_Space)
    confirm = area.confirm
    assert confirm is not None
    qtbot.waitUntil(confirm.isVisible)
    assert "go back to the queue" in confirm.text()
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)  # changed their mind: nothing happens
    assert _user(services, "rita").active
    qtbot.keyClick(area.active_button, Qt.Key.Key_Space)
    confirm = area.confirm
    qtbot.waitUntil(confirm.isVisible)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "deactivated" in area.outcome.text())
    assert "1 lead back in the queue" in area.outcome.text()
    # Deactivation does not wait for the partners they look after: the admin is told.
    assert area.outcome.text().endswith(
        "rita is still the channel manager of Atlantic Voice: give those partners another "
        "one in Partners."
    )
    with services.db.unit_of_work(write=False) as uow:
        lead = uow.session.get(Lead, lead_id)
        assert lead is not None and lead.status == "queued"
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert "user.changed" in actions and "user.unlocked" in actions
    assert not _user(services, "rita").active
    qtbot.waitUntil(lambda: area.active_button.text() == "Re&activate")
    qtbot.keyClick(area.active_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "active" in area.outcome.text() and _user(services, "rita").active)


def test_a_list_that_loads_late_does_not_change_whom_the_buttons_act_on(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """The list asked for after saving Rita came back after the admin had chosen Ada: it
    selected Rita behind Ada's editor, and Deactivate then deactivated Rita."""
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("rita")
    area = _open(qtbot, services, workers, "ada")
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)
    _choose(qtbot, area, "rita")
    area.display_name.setText("Rita Rossi")
    with pytest.MonkeyPatch.context() as patch:
        listed = held_back(patch, services.accounts, "list_users")
        qtbot.keyClick(area, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: "Saved rita" in area.outcome.text())
        _choose(qtbot, area, "ada")  # while the list after the save still loads
        listed.set()
        wait_idle(qtbot, workers)
    assert area._editing is not None and area._editing.login == "ada"
    assert "(ada)" in area.editor.heading.text()
    area.active_button.setFocus()
    qtbot.keyClick(area.active_button, Qt.Key.Key_Space)
    confirm = area.confirm
    assert isinstance(confirm, QMessageBox)
    assert confirm.text().startswith("Deactivate ada?")
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(area.editor.form.errors["active"].isVisible)
    assert "cannot deactivate yourself" in area.editor.form.errors["active"].text()
    assert _user(services, "rita").active


@pytest.mark.as_owner(reason="the people added sign in with passwords the router does not know")
def test_people_are_added_from_a_list_by_keyboard(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    """Fifty reps on the first day were fifty New user forms."""
    people = tmp_path / "people.csv"
    people.write_text(
        "Login,Name,Role,Team\nnina,Nina Novak,,East\nzoe,Zoe,king,East\n"
        + "".join(f"x{n},X,rep,Nowhere\n" for n in range(40))  # forty refused rows
    )
    area, dialog = _added_from_a_list(qtbot, services, factory, workers, people)
    assert dialog.summary.text() == "people.csv: 42 rows read = 1 added + 41 refused"
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[:4] == ["nina", "Nina Novak", "Rep", "East"]
    assert dialog.refused.text().splitlines()[:2] == [
        "Row 3 (zoe): role 'king' is not one of Rep, Team lead, Supervisor, Administrator",
        "Row 4 (x0): there is no team 'Nowhere'",
    ]
    assert dialog.sizeHint().height() <= 720  # the refused rows scroll
    assert focused() is dialog.table
    # The password shown is the one that signs in, once, to choose one's own.
    nina = services.accounts.sign_in("nina", row[4]).actor
    assert services.staff.must_change_password(nina)
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)  # the list follows
    shortcut(qtbot, Qt.Key.Key_C, ALT)  # &Copy the table, to hand the passwords out
    copied = ["Login\tName\tRole\tTeam\tOne-time password", "\t".join(row)]
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().splitlines() == copied)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.as_owner(reason="the people added sign in with passwords the router does not know")
def test_a_list_of_one_person_is_one_row_read(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    """It said "1 rows read"."""
    people = tmp_path / "one.csv"
    people.write_text("Login,Name,Role,Team\nnina,Nina Novak,rep,East\n")
    _area, dialog = _added_from_a_list(qtbot, services, factory, workers, people)
    assert dialog.summary.text() == "one.csv: 1 row read = 1 added + 0 refused"


def _added_from_a_list(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, people: Path
) -> tuple[UsersArea, PeopleListDialog]:
    """Ada, an administrator, adds the people of the file to team East by keyboard: the
    Users area and the dialog that lists who was added."""
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("East")
    area = _open(qtbot, services, workers, "ada")
    area.people_list.choose_file = lambda: str(people)
    qtbot.keyClick(area, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Add from a l&ist…
    qtbot.waitUntil(lambda: area.people_list.dialog is not None, timeout=10_000)
    dialog = area.people_list.dialog
    assert dialog is not None
    return area, dialog


@pytest.mark.as_owner(reason="the people added sign in with passwords the router does not know")
@pytest.mark.usefixtures("german")
def test_a_row_refused_for_several_reasons_is_said_in_the_window_s_language(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    """A row with a malformed login, a name too long and an unknown role was refused in
    English in a German window: the reasons were joined into plain text."""
    people = tmp_path / "leute.csv"
    people.write_text(
        f"Benutzername;Name;Rolle;Team\nbad login!;{'x' * 130};Chef;East\n"
        "paul;Paul;Teamleitung;East;extra\n"
    )
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("East")
    signed_in = services.accounts.sign_in("ada", PASSWORD, "test")
    area = UsersArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1)
    area.people_list.choose_file = lambda: str(people)
    qtbot.keyClick(area, Qt.Key.Key_I, ALT)  # Aus einer L&iste hinzufügen…
    qtbot.waitUntil(lambda: area.people_list.dialog is not None, timeout=10_000)
    dialog = area.people_list.dialog
    assert dialog is not None
    reason = dialog.refused.text()
    assert reason.startswith("Zeile 2 (bad login!): Login 'bad login!' muss mit einem Buchstaben")
    assert "Rolle 'Chef' ist keine von Agent, Teamleitung" in reason  # the roles it knows
    assert "must start with a letter" not in reason and "is not one of" not in reason
    # A row with a cell past the header's columns, said in German as well.
    assert "5 Zellen, aber die Kopfzeile hat 4 Spalten" in reason
    assert "cells, but the header" not in reason
