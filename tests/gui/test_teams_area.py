"""The Teams and queues area by keyboard: add and rename a team, refusals next to their field,
add a queue (worked at once by the team's reps), change its segment, priority and members,
remove one that holds leads by moving them, and a team lead kept to their own team."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry, Lead, Queue, QueueMember, TeamLead, User
from qualifier_app.ui.admin.teams import TeamsArea
from qualifier_app.ui.admin.teams_queues import MoveLeadsDialog
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import CTRL, aligned, focused, press
from tests.support.factories import PASSWORD, Factory


def _open(qtbot: QtBot, services: Services, workers: Workers, login: str) -> TeamsArea:
    signed_in = services.accounts.sign_in(login, PASSWORD, "test")
    area = TeamsArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: "team" in area.status.text() and "queue" in area.queues.status.text())
    return area


def _retype(qtbot: QtBot, text: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    press(qtbot, text)


def _choose_row(qtbot: QtBot, table: object, names: list[str], name: str) -> None:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(names.index(name)):
        qtbot.keyClick(table, Qt.Key.Key_Down)


def _audit_actions(services: Services) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_admin_sets_up_teams_and_queues(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("North")
    factory.queue("North calls", team="North")
    factory.user("rita", team="North", queues=("North calls",))
    factory.user("bo", team="North", queues=())
    area = _open(qtbot, services, workers, "ada")
    qtbot.waitUntil(lambda: area.table.rowCount() == 1 and area.queues.table.rowCount() == 1)
    errors = area.editor.form.errors

    # A duplicate team: said next to the name, what was typed stays.
    assert focused() is area.name
    press(qtbot, "north")
    qtbot.keyClick(area.name, Qt.Key.Key_Return)
    qtbot.waitUntil(errors["name"].isVisible)
    assert "exists already" in errors["name"].text()
    assert area.name.text() == "north"
    _retype(qtbot, "South")
    qtbot.keyClick(area.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Team South is added" in area.outcome.text())
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)

    # Renamed by choosing it in the list.
    _choose_row(qtbot, area.table, ["North", "South"], "South")
    assert area.name.text() == "South"
    area.name.setFocus()
    _retype(qtbot, "South America")
    qtbot.keyClick(area.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "is now South America" in area.outcome.text())

    # A queue for North: worked at once by North's reps.
    queues = area.queues
    queues.new_button.setFocus()
    qtbot.keyClick(queues.new_button, Qt.Key.Key_Space)
    assert focused() is queues.name
    press(qtbot, "North enterprise")
    queues.team.setCurrentText("North")
    queues.segment.setCurrentIndex(queues.segment.findData("enterprise"))
    queues.priority.setFocus()
    _retype(qtbot, "5")
    queues.name.setFocus()
    qtbot.keyClick(queues.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Queue North enterprise is added" in queues.outcome.text())
    assert queues._editing is not None
    assert set(queues._editing.members) == {"bo", "rita"}
    assert (queues._editing.segment, queues._editing.priority) == ("enterprise", 5)

    # Bo stops working it: unticked with the keyboard in the member list.
    qtbot.waitUntil(lambda: queues.members.count() == 2 and queues.members.isEnabled())
    queues.members.setFocus()
    queues.members.setCurrentRow(0)
    assert queues.members.currentItem().data(Qt.ItemDataRole.UserRole) == "bo"
    qtbot.keyClick(queues.members, Qt.Key.Key_Space)
    assert queues.checked_members() == {"rita"}
    queues.priority.setFocus()
    _retype(qtbot, "7")
    queues.save_button.setFocus()
    qtbot.keyClick(queues.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "is saved" in queues.outcome.text())
    assert queues._editing is not None and queues._editing.members == ("rita",)
    assert queues._editing.priority == 7

    # A queue that holds leads: the dialog says how many and moves them.
    for _ in range(3):
        factory.lead("North calls")
    qtbot.waitUntil(lambda: queues.table.rowCount() == 2)
    names = [queues.table.item(r, 0).text() for r in range(queues.table.rowCount())]
    north = names.index("North calls")
    qtbot.waitUntil(lambda: queues.table.item(north, 5).text() == "3")  # type: ignore[union-attr]
    # The priority and the leads held line up on the right, as figures do.
    assert aligned(queues.table, north) == ["left"] * 3 + ["right", "left", "right", "left"]
    _choose_row(qtbot, queues.table, names, "North calls")
    qtbot.waitUntil(lambda: queues._editing is not None and queues._editing.name == "North calls")
    queues.remove_button.setFocus()
    qtbot.keyClick(queues.remove_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(queues.dialog, MoveLeadsDialog))
    dialog = queues.dialog
    assert isinstance(dialog, MoveLeadsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "still holds 3 leads" in dialog.message.text()
    assert dialog.target.currentText() == "North enterprise"
    qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "3 leads moved to North enterprise" in queues.outcome.text())
    qtbot.waitUntil(lambda: queues.table.rowCount() == 1)
    with services.db.unit_of_work(write=False) as uow:
        target = uow.session.scalars(select(Queue.id).where(Queue.name == "North enterprise")).one()
        assert set(uow.session.scalars(select(Lead.queue_id))) == {target}
    actions = _audit_actions(services)
    for action in (
        "team.added",
        "team.renamed",
        "queue.added",
        "queue.changed",
        "queue.member_removed",
        "queue.leads_moved",
        "queue.closed",
    ):
        assert action in actions

    # An empty queue is removed after a plain confirmation.
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    queues.start_new()
    press(qtbot, "Spare")
    queues.team.setCurrentText("North")
    qtbot.keyClick(queues.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Queue Spare is added" in queues.outcome.text())
    queues.remove_button.setFocus()
    qtbot.keyClick(queues.remove_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(queues.dialog, QMessageBox) and queues.dialog.isVisible())
    assert isinstance(queues.dialog, QMessageBox)
    assert "holds no leads" in queues.dialog.text()
    qtbot.keyClick(queues.dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Queue Spare is removed." in queues.outcome.text())


def test_team_lead_is_offered_only_what_they_may_change(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """A team lead was listed every team, offered other teams for a new queue and every
    team's people under "Worked by", only to be refused on saving: now they see their own
    (the service's refusal is tested with the teams service)."""
    factory.team("North")
    factory.team("South")
    factory.queue("South calls", team="South")
    factory.queue("Shared calls", team=None)
    factory.user("nina", team="North", queues=("Shared calls",))
    factory.user("sven", team="South", queues=("South calls", "Shared calls"))
    lead = factory.user("tess", Role.TEAM_LEAD, team="North", queues=())
    with services.db.unit_of_work() as uow:
        uow.session.add(TeamLead(team_id=factory.team("North"), user_id=lead.user_id))
        uow.commit()
    assert "Teams and queues" in [a.title for a in areas_for(Role.TEAM_LEAD)]
    assert "Teams and queues" not in [a.title for a in areas_for(Role.SUPERVISOR)]
    area = _open(qtbot, services, workers, "tess")
    queues = area.queues
    qtbot.waitUntil(lambda: area.table.rowCount() == 1 and queues.table.rowCount() == 1)
    assert area.table.item(0, 0).text() == "North"
    assert aligned(area.table, 0) == ["left", "left", "right", "left"]  # its people counted
    assert not area.new_button.isEnabled()  # new teams are for administrators
    assert [queues.team.itemText(i) for i in range(queues.team.count())] == ["North"]

    # The shared queue: their own people to tick; South's Sven stays in it untouched.
    queues.table.selectRow(0)
    listed = [queues.members.item(i).text() for i in range(queues.members.count())]
    assert [text.split(" ")[0] for text in listed] == ["nina", "tess"]
    queues.members.item(0).setCheckState(Qt.CheckState.Unchecked)
    queues.save_button.click()
    qtbot.waitUntil(lambda: "Queue Shared calls is saved" in queues.outcome.text())
    with services.db.unit_of_work(write=False) as uow:
        working = uow.session.scalars(
            select(User.login)
            .join(QueueMember, QueueMember.user_id == User.id)
            .join(Queue, Queue.id == QueueMember.queue_id)
            .where(Queue.name == "Shared calls")
        ).all()
    assert working == ["sven"]

    # Their own team gets a queue.
    queues.start_new()
    press(qtbot, "North calls")
    queues.team.setCurrentText("North")
    qtbot.keyClick(queues.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Queue North calls is added" in queues.outcome.text())


def _add_queue(qtbot: QtBot, area: TeamsArea, name: str) -> None:
    queues = area.queues
    queues.new_button.setFocus()
    qtbot.keyClick(queues.new_button, Qt.Key.Key_Space)
    press(qtbot, name)
    queues.team.setCurrentText("North")
    qtbot.keyClick(queues.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: f"Queue {name} is added" in queues.outcome.text())


def test_a_queue_no_scoring_rule_routes_to_is_flagged_when_added(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("North")
    area = _open(qtbot, services, workers, "ada")
    queues = area.queues

    def shown() -> list[str]:
        return [label.text() for label in queues.findChildren(QLabel) if label.isVisible()]

    _add_queue(qtbot, area, "North enterprise")
    assert (
        "No scoring rule routes leads to queue North enterprise: imports never fill it "
        "until the rules name it (Scoring rules area)."
    ) in shown()

    # The shipped rules send small businesses in the Americas to this one.
    _add_queue(qtbot, area, "SMB Americas")
    assert not [text for text in shown() if "No scoring rule" in text]
