"""The team board in the GUI: live board, lazy lead table, moves by selection, filter and drag."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import User
from qualifier_app.services.board.reassign import LeadRef, Target
from qualifier_app.services.board.team_board import RepState
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.board import lead_table_model
from qualifier_app.ui.board.lead_table_model import COLUMN_TITLES, LEADS_MIME, PAGE, decode_refs
from qualifier_app.ui.board.lead_table_view import LeadTableView, RowSpans
from qualifier_app.ui.board.team_board import TeamBoardArea
from qualifier_app.ui.board.team_board_view import BOARD_COLUMNS
from qualifier_app.ui.shell import live
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import focused, press
from tests.integration.test_workspace import outcome
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


@pytest.fixture
def area(qtbot: QtBot, services: Services, teams: Teams) -> Iterator[TeamBoardArea]:
    workers = Workers()
    signed_in = services.accounts.sign_in("tina", PASSWORD)
    widget = TeamBoardArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(widget)
    widget.resize(1250, 780)
    widget.show()
    yield widget
    widget.close_area()
    workers.drain()


def shot(widget: QWidget, name: str) -> None:
    """A screenshot at 1280×720 into $QUALIFIER_SHOTS, when set, to look at."""
    folder = os.environ.get("QUALIFIER_SHOTS")
    if folder:
        widget.resize(1280, 720)
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def loaded(area: TeamBoardArea, rows: int) -> bool:
    model = area.model
    return model.rowCount() == rows and all(model.row_at(r) is not None for r in range(rows))


def board_state(area: TeamBoardArea, login: str) -> RepState | None:
    if area._board is None:
        return None
    return {r.login: r.state for r in area._board.reps}.get(login)


def test_board_and_table_show_my_team(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    for index in range(5):
        factory.lead(queue="North queue", company=f"North {index}")
    factory.lead(queue="South queue", company="South only")
    area.model.reload()
    qtbot.waitUntil(lambda: loaded(area, 5))

    def names() -> set[str]:
        return {area.board.item(row, 0).text() for row in range(area.board.rowCount())}

    # The board of people loads on its own call, beside the table's.
    qtbot.waitUntil(lambda: names() == {"Rita", "Marco", "Tina"})
    companies = {area.model.text(r, "Company") for r in range(5)}
    assert "South only" not in companies
    assert area.count_label.text() == "5 leads"
    # The lead's number, its score and its attempts line up on the right, as figures do.
    right = [
        bool(area.model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole))
        for column in range(area.model.columnCount())
    ]
    assert [COLUMN_TITLES[c] for c, r in enumerate(right) if r] == ["Lead", "Score", "Attempts"]
    on_board = [
        BOARD_COLUMNS[column]
        for column in range(area.board.columnCount())
        if area.board.item(0, column).textAlignment() & Qt.AlignmentFlag.AlignRight  # type: ignore[union-attr]
    ]
    assert on_board == list(BOARD_COLUMNS[BOARD_COLUMNS.index("Assigned") :])
    area.grab().save(str(Path(area.property("shot") or "/dev/null")))


def test_board_goes_live_when_a_rep_claims(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    factory.lead(queue="North queue")
    qtbot.waitUntil(lambda: board_state(area, "rita") is RepState.SIGNED_OUT)
    services.accounts.sign_in("rita", PASSWORD)
    services.queue.claim_next(teams.rita)
    # The change feed, not the 10 s poll, brings this within the wait.
    qtbot.waitUntil(lambda: board_state(area, "rita") is RepState.WORKING, timeout=5000)
    row = area.board.rep_ids.index(teams.rita.user_id)
    assert area.board.item(row, 2).text() == "Working"
    assert "Company" in area.board.item(row, 4).text()


def test_talk_time_today_and_a_break_show_on_the_board(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    factory.lead(queue="North queue")
    services.accounts.sign_in("rita", PASSWORD)
    item = services.workspace.next_lead(teams.rita)
    services.workspace.submit(
        teams.rita,
        outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER, talk_seconds=95),
    )
    services.workspace.change_agent_state(teams.rita, "break", "coffee")
    column = BOARD_COLUMNS.index("Talk today")

    def rita_row() -> tuple[str, str]:
        if teams.rita.user_id not in area.board.rep_ids:
            return ("", "")
        row = area.board.rep_ids.index(teams.rita.user_id)
        return (area.board.item(row, 2).text(), area.board.item(row, column).text())

    qtbot.waitUntil(lambda: rita_row() == ("Break (coffee)", "1:35"), timeout=15_000)


def test_live_updates_that_stopped_are_said_so_and_started_again(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    teams: Teams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_watch = services.board.watch
    calls: list[int] = []
    reopen = threading.Event()

    def flaky_watch(actor, stop, on_change, wait_seconds=1.0, ready=None):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("feed connection dropped")
        reopen.wait(10)
        return real_watch(actor, stop, on_change, wait_seconds, ready)

    monkeypatch.setattr(services.board, "watch", flaky_watch)
    monkeypatch.setattr(live, "RETRY_SECONDS", (0.2,))
    workers = Workers()
    area = TeamBoardArea(
        AreaContext(services, services.accounts.sign_in("tina", PASSWORD), workers)
    )
    qtbot.addWidget(area)
    area.show()
    try:
        label = area.live_label
        # Said on its own, or in the line of a board refresh that lands after it.
        qtbot.waitUntil(lambda: "updates stopped (ConnectionError" in label.text())
        area.refresh()  # what the 10 s poll does
        qtbot.waitUntil(lambda: label.text().startswith("Updated"))
        assert "live updates stopped (ConnectionError: feed connection dropped)" in label.text()
        assert not label.text().endswith("· live")
        shot(area, "team-board-live-stopped")
        reopen.set()  # the feed is opened again after its back-off
        qtbot.waitUntil(lambda: label.text().endswith("· live"), timeout=5000)
        assert len(calls) == 2
        # And it is live: a rep's claim shows without waiting for the poll.
        factory.lead(queue="North queue")
        services.queue.claim_next(teams.rita)
        qtbot.waitUntil(lambda: board_state(area, "rita") is RepState.WORKING, timeout=5000)
    finally:
        reopen.set()
        area.close_area()
        workers.drain()


def test_move_selected_leads_with_the_keyboard(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    ids = [factory.lead(queue="North queue") for _ in range(3)]
    area.model.reload()
    qtbot.waitUntil(lambda: loaded(area, 3))
    qtbot.waitUntil(lambda: area.target.count() > 0)
    area.table.setFocus()
    area.table.selectRow(0)
    qtbot.keyClick(area.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    area.target.setCurrentIndex(area.target.findText("rep: Marco"))
    with qtbot.waitSignal(area.moved) as moved:
        area.move_button.setFocus()
        qtbot.keyClick(area.move_button, Qt.Key.Key_Space)
    assert set(moved.args[0].moved) == set(ids[:2])
    assert "2 leads moved to Marco" in area.result_label.text()
    assert factory.get_lead(ids[0]).assigned_rep_id == teams.marco.user_id
    assert factory.get_lead(ids[2]).assigned_rep_id is None
    qtbot.waitUntil(lambda: area.model.text(0, "Rep") == "Marco")


def test_a_selection_with_rows_still_loading_is_not_moved_in_part(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    ids = factory.leads(PAGE + 10, queue="North queue")
    area.model.reload()
    qtbot.waitUntil(lambda: area.model.rowCount() == len(ids) and area.model.row_at(0) is not None)
    assert area.model.row_at(len(ids) - 1) is None  # the second page was never on screen
    qtbot.waitUntil(lambda: area.target.count() > 0)
    area.table.selectAll()
    area.target.setCurrentIndex(area.target.findText("rep: Marco"))
    area.move_selected()
    assert "10 of the 210 selected leads are still loading" in area.result_label.text()
    area._context.workers.drain()
    assert all(factory.get_lead(lead_id).assigned_rep_id is None for lead_id in ids)


def test_after_a_move_every_cached_page_is_fetched_again(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    teams: Teams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Pages of two rows, so a few leads fill more pages than are fetched at once.
    monkeypatch.setattr(lead_table_model, "PAGE", 2)
    ids = [factory.lead(queue="North queue") for _ in range(16)]
    workers = Workers()
    model = lead_table_model.LeadTableModel(workers, services.lead_table, teams.tina)
    view = LeadTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1200, 800)  # every row on screen
    view.show()
    model.reload()

    def reps() -> list[str | None]:
        return [model.text(row, "Rep") for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: len(reps()) == len(ids) and None not in reps())
    services.reassign.move(
        teams.tina,
        [LeadRef(lead_id, factory.get_lead(lead_id).version) for lead_id in ids],
        Target(rep_id=teams.marco.user_id),
    )
    model.refresh_pages()
    qtbot.waitUntil(lambda: reps() == ["Marco"] * len(ids), timeout=10_000)
    workers.drain()


def test_conflict_when_a_rep_saved_in_between(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    lead = factory.lead(queue="North queue")
    area.model.reload()
    qtbot.waitUntil(lambda: loaded(area, 1))
    area.model._generation += (
        1  # keep the page the team lead is looking at, as if loaded a while ago
    )
    services.queue.claim_next(teams.rita)
    services.queue.release(teams.rita, lead)
    qtbot.waitUntil(lambda: area.target.count() > 0)
    area.table.selectRow(0)
    area.target.setCurrentIndex(area.target.findText("rep: Marco"))
    with qtbot.waitSignal(area.moved) as moved:
        area.move_selected()
    assert moved.args[0].moved == ()
    assert "changed since you loaded it" in area.result_label.text()
    assert factory.get_lead(lead).assigned_rep_id is None


def queued_leads_shown(
    qtbot: QtBot, area: TeamBoardArea, factory: Factory, count: int
) -> list[int]:
    """`count` queued leads of Tina's team, listed by id with the status filter on."""
    ids = factory.leads(count, queue="North queue")
    qtbot.waitUntil(lambda: area.target.count() > 0)
    area.status_filter.setCurrentIndex(area.status_filter.findData("queued"))
    area.apply_filter()
    qtbot.waitUntil(lambda: loaded(area, count))
    return ids


def refreshed_on_its_own(qtbot: QtBot, area: TeamBoardArea, rows: int) -> None:
    """The board refreshes as it does when the change feed reports a change elsewhere."""
    area._changed_elsewhere()
    qtbot.waitUntil(lambda: loaded(area, rows) and not area.model._stale)


def test_move_selected_after_the_board_refreshed_moves_the_lead_selected(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    ids = queued_leads_shown(qtbot, area, factory, 6)
    area.table.setFocus()
    area.table.selectRow(3)
    # A rep disqualifies a lead listed above the selection; the board refreshes itself.
    factory.set_lead(ids[1], status="disqualified")
    refreshed_on_its_own(qtbot, area, 5)
    assert [area.model.row_at(r).id for r in area.table.selected_rows()] == [ids[3]]
    assert area.table.currentIndex().row() == 2  # the keyboard's cursor went along
    shot(area, "team-board-selection-followed")
    area.target.setCurrentIndex(area.target.findText("rep: Marco"))
    with qtbot.waitSignal(area.moved) as moved:
        area.move_selected()
    assert moved.args[0].moved == (ids[3],)
    assert factory.get_lead(ids[3]).assigned_rep_id == teams.marco.user_id
    assert factory.get_lead(ids[4]).assigned_rep_id is None


def test_a_selected_lead_that_changed_meanwhile_is_refused_and_no_other_moves(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    ids = queued_leads_shown(qtbot, area, factory, 6)
    area.table.selectRow(3)
    factory.set_lead(ids[3], status="disqualified")  # the selected lead leaves the list
    refreshed_on_its_own(qtbot, area, 5)
    assert area.table.selected_rows() == []  # nothing else is highlighted in its place
    area.target.setCurrentIndex(area.target.findText("rep: Marco"))
    with qtbot.waitSignal(area.moved) as moved:
        area.move_selected()
    assert moved.args[0].moved == ()
    assert "changed since you loaded it" in area.result_label.text()
    assert all(factory.get_lead(i).assigned_rep_id is None for i in ids)


def test_a_drag_after_the_board_refreshed_carries_the_lead_selected(
    qtbot: QtBot,
    area: TeamBoardArea,
    services: Services,
    factory: Factory,
    teams: Teams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = queued_leads_shown(qtbot, area, factory, 6)
    area.table.selectRow(3)
    factory.set_lead(ids[0], status="disqualified")
    refreshed_on_its_own(qtbot, area, 5)
    dragged: list[QMimeData] = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *args: dragged.append(drag.mimeData()) or 0)
    area.table.startDrag(Qt.DropAction.MoveAction)
    assert dragged and decode_refs(dragged[0].data(LEADS_MIME).data()) == [
        LeadRef(ids[3], factory.get_lead(ids[3]).version)
    ]


def test_drag_leads_onto_a_rep(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    ids = [factory.lead(queue="North queue") for _ in range(2)]
    area.model.reload()
    qtbot.waitUntil(lambda: loaded(area, 2))
    qtbot.waitUntil(lambda: teams.rita.user_id in area.board.rep_ids)
    area.table.selectAll()
    mime = area.model.mimeData(area.table.selectionModel().selectedRows())
    assert isinstance(mime, QMimeData) and mime.hasFormat(LEADS_MIME)
    row = area.board.rep_ids.index(teams.rita.user_id)
    rect = area.board.visualRect(area.board.model().index(row, 0))
    point = QPointF(rect.center())
    viewport = area.board.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _drag_event(QDragEnterEvent, point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = _drag_event(QDragMoveEvent, point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    with qtbot.waitSignal(area.moved) as moved:
        QApplication.sendEvent(viewport, QDropEvent(point, actions, mime, buttons, mods))
    assert set(moved.args[0].moved) == set(ids)
    assert all(factory.get_lead(i).assigned_rep_id == teams.rita.user_id for i in ids)


def _drag_event(kind, point: QPointF, *args):  # type: ignore[no-untyped-def]
    """Newer PySide6 takes a QPointF (the QPoint form is deprecated), older ones a QPoint."""
    try:
        return kind(point, *args)
    except TypeError:
        return kind(point.toPoint(), *args)


def test_move_everything_matching_a_filter(
    qtbot: QtBot,
    area: TeamBoardArea,
    services: Services,
    factory: Factory,
    teams: Teams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texas = [factory.lead(queue="North queue", region="TX") for _ in range(3)]
    other = factory.lead(queue="North queue", region="NY")
    qtbot.waitUntil(lambda: area.target.count() > 0)
    area.region_filter.setText("US-TX")
    qtbot.keyClick(area.region_filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: loaded(area, 3))
    questions: list[str] = []
    monkeypatch.setattr(area, "confirm", lambda q: questions.append(q) or True)
    area.target.setCurrentIndex(area.target.findText("rep: Rita"))
    with qtbot.waitSignal(area.moved) as moved:
        area.move_all_button.click()
    assert questions == ["Move the 3 leads matching the filter to Rita?"]
    assert set(moved.args[0].moved) == set(texas)
    assert factory.get_lead(other).assigned_rep_id is None

    # A filter typed but not applied is not the one moved; one that matches nothing asks
    # nothing ("Move the 0 leads … to queue: …?").
    area.region_filter.setText("US-NY")
    area.move_all_button.click()
    assert area.result_label.text() == (
        "The filter was changed: press Filter to see its leads, then move them."
    )
    area.region_filter.setText("US-WA")
    qtbot.keyClick(area.region_filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.count_label.text() == "0 leads")
    area.move_all_button.click()
    assert area.result_label.text() == "No lead matches the filter."
    assert len(questions) == 1


def test_pause_a_rep_from_the_board(
    qtbot: QtBot, area: TeamBoardArea, services: Services, teams: Teams
) -> None:
    qtbot.waitUntil(lambda: teams.marco.user_id in area.board.rep_ids)
    area.board.selectRow(area.board.rep_ids.index(teams.marco.user_id))
    assert area.pause_button.text() == "&Pause rep"
    area.pause_button.click()
    qtbot.waitUntil(lambda: board_state(area, "marco") is RepState.PAUSED)
    assert area.pause_button.text() == "&Resume rep"


def test_a_rep_selected_on_the_board_who_leaves_it_leaves_no_other_selected(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    qtbot.waitUntil(lambda: teams.marco.user_id in area.board.rep_ids)
    area.board.selectRow(area.board.rep_ids.index(teams.marco.user_id))
    with factory.db.unit_of_work() as uow:
        marco = uow.session.get(User, teams.marco.user_id)
        assert marco is not None
        marco.active = False  # an administrator deactivates Marco
        uow.commit()
    area.refresh()
    qtbot.waitUntil(lambda: teams.marco.user_id not in area.board.rep_ids)
    assert area.selected_rep() is None  # not Rita, who is on Marco's row now
    assert not area.pause_button.isEnabled()


def test_the_move_lists_follow_reps_who_join_and_leave(
    qtbot: QtBot, area: TeamBoardArea, services: Services, factory: Factory, teams: Teams
) -> None:
    def items(combo: QComboBox) -> list[str]:
        return [combo.itemText(i) for i in range(combo.count())]

    qtbot.waitUntil(lambda: "rep: Marco" in items(area.target))
    area.target.setCurrentIndex(area.target.findText("queue: North queue"))
    area.rep_filter.setCurrentIndex(area.rep_filter.findText("Rita"))
    factory.user("nina", team="North", queues=("North queue",))
    with factory.db.unit_of_work() as uow:
        marco = uow.session.get(User, teams.marco.user_id)
        assert marco is not None
        marco.active = False
        uow.commit()
    area._poll.timeout.emit()  # the board's 10 s poll
    qtbot.waitUntil(lambda: "rep: Nina" in items(area.target))
    assert "rep: Marco" not in items(area.target)
    assert "Nina" in items(area.callbacks_to) and "Marco" not in items(area.callbacks_to)
    # What was chosen stays chosen.
    assert area.target.currentText() == "queue: North queue"
    assert area.rep_filter.currentText() == "Rita"
    # A target that leaves is unset, not swapped for whoever is next in the list.
    area.target.setCurrentIndex(area.target.findText("rep: Nina"))
    with factory.db.unit_of_work() as uow:
        nina = uow.session.get(User, services.accounts.actor_for("nina").user_id)
        assert nina is not None
        nina.active = False
        uow.commit()
    area._poll.timeout.emit()
    qtbot.waitUntil(lambda: "rep: Nina" not in items(area.target))
    assert area.target.currentIndex() == -1
    area.move_all_button.click()
    assert area.result_label.text() == "Choose a rep or a queue to move the leads to."


def test_reps_do_not_get_the_board_or_reports() -> None:
    assert {a.title for a in areas_for(Role.REP)}.isdisjoint({"Team board", "Reports"})
    assert {"Team board", "Reports"} <= {a.title for a in areas_for(Role.TEAM_LEAD)}
    assert {"Team board", "Reports"} <= {a.title for a in areas_for(Role.SUPERVISOR)}


def test_tab_leaves_the_board_and_the_lead_table(qtbot: QtBot, area: TeamBoardArea) -> None:
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    qtbot.waitUntil(lambda: area.board.rowCount() == 3)
    for table in (area.board, area.table):
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table, table.accessibleName()


def test_row_spans_add_merge_and_remove() -> None:
    spans = RowSpans()
    spans.add(10, 19)
    spans.add(20, 29)  # touching: one span
    spans.add(100, 100)
    assert spans.within(0, 1000) == [(10, 29), (100, 100)]
    spans.remove(15, 24)
    assert spans.within(0, 1000) == [(10, 14), (25, 29), (100, 100)]
    assert len(spans) == 11
    assert spans.within(12, 26) == [(12, 14), (25, 26)]


def test_a_region_nobody_knows_is_named_beside_the_filter(
    qtbot: QtBot, area: TeamBoardArea, factory: Factory, teams: Teams
) -> None:
    """ "US-XX" or "Germny" found nothing and said nothing: the table simply emptied."""
    texas = factory.lead(queue="North queue", region="TX")
    qtbot.waitUntil(lambda: area.target.count() > 0)
    area.region_filter.setFocus()
    press(qtbot, "US-XX")
    qtbot.keyClick(area.region_filter, Qt.Key.Key_Return)
    assert area.region_error.isVisible()
    assert area.region_error.text() == (
        "'US-XX' is not a region of US Qualifier knows: give its ISO code, such as US-NY"
    )
    assert area.region_filter.property("invalid") and focused() is area.region_filter
    assert area.region_filter.text() == "US-XX"  # nothing typed is lost
    area.region_filter.setText("Germny")
    qtbot.keyClick(area.region_filter, Qt.Key.Key_Return)
    assert area.region_error.text().startswith("'Germny' is not a country Qualifier knows")

    area.region_filter.setText("us-tx")
    qtbot.keyClick(area.region_filter, Qt.Key.Key_Return)
    assert not area.region_error.isVisible() and not area.region_filter.property("invalid")
    qtbot.waitUntil(lambda: loaded(area, 1))
    row = area.model.row_at(0)
    assert row is not None and row.id == texas


def test_spare_width_goes_to_long_names_not_to_the_last_column(
    qtbot: QtBot, services: Services, factory: Factory, teams: Teams
) -> None:
    company = "Blue Harbor Logistics International Holdings"
    due = services.clock.now() + timedelta(days=22, hours=9)
    factory.lead(queue="North queue", company=company, next_call_at=due)
    workers = Workers()
    model = lead_table_model.LeadTableModel(workers, services.lead_table, teams.tina)
    view = LeadTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1280, 300)
    view.show()
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.text(0, "Company") == company)
    titles = lead_table_model.COLUMN_TITLES
    company_column, last = titles.index("Company"), len(titles) - 1
    needed = view.fontMetrics().horizontalAdvance(company) + 12
    assert view.columnWidth(company_column) < needed  # no room to spare at 1280 px

    view.resize(1920, 300)
    QApplication.processEvents()
    assert view.columnWidth(company_column) >= needed
    assert view.columnWidth(last) < view.columnWidth(company_column)
    next_call = model.text(0, "Next call") or ""
    assert next_call and view.columnWidth(titles.index("Next call")) >= (
        view.fontMetrics().horizontalAdvance(next_call) + 8
    )
    workers.drain()


def test_a_stale_lease_is_released_by_its_underlined_letter(
    qtbot: QtBot,
    area: TeamBoardArea,
    services: Services,
    factory: Factory,
    teams: Teams,
    clock: ManualClock,
) -> None:
    north = factory.lead(queue="North queue")
    services.queue.claim_next(teams.rita)
    clock.advance(timedelta(minutes=16))  # Rita's workstation stopped renewing her lease
    area.refresh()
    qtbot.waitUntil(lambda: area.stale_button.text() == "Release s&tale leases (1)")
    assert area.stale_button.isEnabled()

    area.activateWindow()
    area.board.setFocus()
    qtbot.keyClick(area.board, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "1 stale lease released" in area.result_label.text())
    assert factory.get_lead(north).lease_owner_id is None
