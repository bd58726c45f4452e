"""The rep's shift by keyboard, on both databases: the agent state bar (a break with its
reason, Ctrl+N asking to go Ready, after-call work by itself, a team lead's pause), dialling
(a tel: link and a real softphone command) with the talk time saved on the attempt, my
figures, and signing out or quitting with a lead in hand."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AgentState, CallAttempt, Lead, UserSession
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.services.workspace.agent_states import AgentStateKind
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.services.workspace.my_figures import MyFigures
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.workspace.area import WorkspaceArea
from qualifier_app.ui.workspace.outcome_panel import KIND_ORDER
from tests.gui.conftest import CTRL, SHIFT, OpenWorkspace, aligned, focused, press, shortcut
from tests.gui.test_shell import sign_in
from tests.integration.test_workspace import count, fetch
from tests.support.factories import PASSWORD, Factory

RECORDER = """\
import json, sys
with open(sys.argv[1], "w") as out:
    json.dump(sys.argv[2:], out)
"""


def take_next(qtbot: QtBot, area: WorkspaceArea) -> int:
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as shown:
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    return int(shown.args[0])


def no_answer_and_save(qtbot: QtBot, area: WorkspaceArea) -> None:
    shortcut(qtbot, Qt.Key.Key_F5)
    with qtbot.waitSignal(area.outcome_saved, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_Return, CTRL)


def state_in_db(services: Services, signed_in: SignedIn) -> AgentStateKind:
    return services.workspace.agent_state(signed_in.actor).state


def ready_shown(area: WorkspaceArea) -> None:
    assert area.state_bar.status is not None


def test_a_break_with_its_reason_and_ctrl_n_asks_to_go_ready(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    rita_signed_in: SignedIn,
) -> None:
    lead_id = factory.lead()
    area = open_workspace(tick_ms=20)
    bar = area.state_bar
    qtbot.waitUntil(lambda: ready_shown(area))
    assert bar.state.currentText() == "Ready"

    shortcut(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    assert focused() is bar.state
    shortcut(qtbot, Qt.Key.Key_Down)  # After-call work: arrowing past it changes nothing
    shortcut(qtbot, Qt.Key.Key_Down)
    assert bar.state.currentText() == "Break"
    shortcut(qtbot, Qt.Key.Key_Return)  # an away state asks for its reason
    assert focused() is bar.reason
    press(qtbot, "coffee")
    shortcut(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state_in_db(services, rita_signed_in) is AgentStateKind.BREAK)
    qtbot.waitUntil(lambda: bar.status is not None and bar.status.reason == "coffee")
    clock.advance(timedelta(minutes=3, seconds=5))
    qtbot.waitUntil(lambda: bar.time.text() == "03:05")

    shortcut(qtbot, Qt.Key.Key_N, CTRL)
    prompt = area.shift.states.ready_prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    assert "You are on Break (coffee) for 03:05" in prompt.text()
    assert area.session is None  # nothing taken while on a break
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as shown:
        qtbot.keyClick(prompt, Qt.Key.Key_Return)  # the default: go Ready
    assert shown.args[0] == lead_id
    assert state_in_db(services, rita_signed_in) is AgentStateKind.READY
    assert bar.state.currentText() == "Ready"


def test_a_state_picked_but_not_set_goes_back_when_the_focus_leaves_the_bar(
    qtbot: QtBot,
    services: Services,
    open_workspace: OpenWorkspace,
    rita_signed_in: SignedIn,
) -> None:
    """A stray key in the state box showed "Lunch" while the rep was Ready (and took leads);
    so did an away state whose reason was never entered."""
    area = open_workspace()
    bar = area.state_bar
    qtbot.waitUntil(lambda: ready_shown(area))
    shortcut(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    press(qtbot, "L")  # Lunch, picked, not set
    assert bar.state.currentText() == "Lunch"
    area.queue_panel.next_button.setFocus()
    assert bar.state.currentText() == "Ready"
    shortcut(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    shortcut(qtbot, Qt.Key.Key_Down)
    shortcut(qtbot, Qt.Key.Key_Down)
    shortcut(qtbot, Qt.Key.Key_Return)  # Break: asks for its reason
    assert focused() is bar.reason
    press(qtbot, "coffee")
    assert bar.state.currentText() == "Break"  # still choosing, inside the bar
    area.queue_panel.next_button.setFocus()  # the reason never entered
    assert (bar.state.currentText(), bar.reason.text()) == ("Ready", "")
    assert state_in_db(services, rita_signed_in) is AgentStateKind.READY


def test_not_yet_keeps_the_break(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    open_workspace: OpenWorkspace,
    rita_signed_in: SignedIn,
) -> None:
    factory.lead()
    services.workspace.change_agent_state(rita_signed_in.actor, "training", "new script")
    area = open_workspace()
    qtbot.waitUntil(lambda: area.state_bar.status is not None)
    assert area.state_bar.reason.text() == "new script"
    shortcut(qtbot, Qt.Key.Key_N, CTRL)
    prompt = area.shift.states.ready_prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert area.session is None
    assert state_in_db(services, rita_signed_in) is AgentStateKind.TRAINING


def test_after_call_work_starts_on_save_ends_by_itself_and_ctrl_n_ends_it(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    rita_signed_in: SignedIn,
) -> None:
    for _ in range(3):
        factory.lead()
    area = open_workspace(tick_ms=20)
    area.outcome.auto_next.setChecked(False)
    bar = area.state_bar
    qtbot.waitUntil(lambda: ready_shown(area))

    take_next(qtbot, area)
    no_answer_and_save(qtbot, area)
    assert bar.state.currentText() == "After-call work"
    assert state_in_db(services, rita_signed_in) is AgentStateKind.AFTER_CALL_WORK
    clock.advance(timedelta(seconds=services.settings.workspace.after_call_work_seconds + 1))
    qtbot.waitUntil(lambda: bar.state.currentText() == "Ready")

    take_next(qtbot, area)
    no_answer_and_save(qtbot, area)
    assert bar.state.currentText() == "After-call work"
    take_next(qtbot, area)  # no question: taking a lead ends after-call work
    assert area.shift.states.ready_prompt is None
    assert state_in_db(services, rita_signed_in) is AgentStateKind.READY


def test_a_team_leads_pause_is_shown_as_such(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    open_workspace: OpenWorkspace,
    rita_signed_in: SignedIn,
) -> None:
    tina = factory.user("tina", Role.TEAM_LEAD)
    services.reassign.set_paused(tina, rita_signed_in.actor.user_id, True)
    area = open_workspace()
    qtbot.waitUntil(area.state_bar.notice.isVisible)
    assert area.state_bar.notice.text() == "Paused by your team lead: no leads until resumed"
    assert area.state_bar.time.text() == "Paused"


class TelHandler(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def dial(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def tel_handler() -> object:
    handler = TelHandler()
    QDesktopServices.setUrlHandler("tel", handler, "dial")
    yield handler
    QDesktopServices.unsetUrlHandler("tel")


def test_a_number_with_an_extension_is_dialled_with_it(
    qtbot: QtBot,
    factory: Factory,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,
) -> None:
    """The card showed "ext. 12", and Call dialled the switchboard only."""
    factory.lead(phone_raw="+1 212 555 0142 x12", phone_e164="+12125550142")
    area = open_workspace()
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: tel_handler.opened == ["tel:+12125550142;ext=12"])
    assert "Extension" not in area.banner.label.text()  # the link carries it


def test_dial_by_tel_link_hang_up_and_the_talk_time_is_saved_and_counted(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    tel_handler: TelHandler,
) -> None:
    lead_id = factory.lead(phone_raw="+1 212 555 0142", phone_e164="+12125550142")
    area = open_workspace(tick_ms=20)
    area.outcome.auto_next.setChecked(False)
    take_next(qtbot, area)
    assert area.clock.timer.text() == "Not dialled"
    assert not area.hang_up_button.isEnabled()

    shortcut(qtbot, Qt.Key.Key_F11)  # dials once the database said the lead may be called
    qtbot.waitUntil(lambda: tel_handler.opened == ["tel:+12125550142"])
    assert focused() is area.hang_up_button
    clock.advance(timedelta(seconds=42))
    qtbot.waitUntil(lambda: area.clock.timer.text() == "On call 00:42")
    shortcut(qtbot, Qt.Key.Key_F12)
    assert area.clock.timer.text() == "Talked 00:42"
    # The keyboard goes on to the outcome (no outcome chosen yet: the first), not to
    # whatever follows the disabled Hang up.
    assert focused() is area.outcome.kind_buttons[KIND_ORDER[0]]
    clock.advance(timedelta(seconds=30))  # wrap-up is not talk time
    shortcut(qtbot, Qt.Key.Key_F11)  # a second dial while the lead is open: a new call
    qtbot.waitUntil(lambda: len(tel_handler.opened) == 2)
    clock.advance(timedelta(seconds=8))
    area.outcome.kind_buttons[OutcomeKind.NO_CONTACT].setChecked(True)  # by mouse, say
    assert focused() is area.hang_up_button
    shortcut(qtbot, Qt.Key.Key_F12)
    assert focused() is area.outcome.kind_buttons[OutcomeKind.NO_CONTACT]
    no_answer_and_save(qtbot, area)
    [attempt] = fetch(services, CallAttempt, CallAttempt.lead_id == lead_id)
    assert attempt.talk_seconds == 8  # the last call's talk time

    shortcut(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    dialog = area.shift.figures
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as loaded:
        dialog.refresh()
    figures: MyFigures = loaded.args[0]
    assert figures.today.calls == 1 and figures.today.talk_seconds == 8
    assert dialog.table.item(0, 0).text() == "1"  # calls today
    assert dialog.table.item(1, 0).text() == "00:08"  # talk time today
    assert dialog.table.item(1, 1).text() == "00:08"  # this week
    assert aligned(dialog.table, 0) == ["right", "right"]  # figures line up on the right
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def main_window(qtbot: QtBot, controller: Controller) -> tuple[MainWindow, WorkspaceArea]:
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    window: MainWindow = shown.args[0]
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, area


def held_by(services: Services, lead_id: int) -> int | None:
    [lead] = fetch(services, Lead, Lead.id == lead_id)
    return lead.lease_owner_id


def test_sign_out_with_a_lead_asks_releases_it_and_keeps_the_draft(
    qtbot: QtBot, services: Services, factory: Factory, controller: Controller
) -> None:
    rita = factory.user("rita")
    lead_id = factory.lead()
    window, area = main_window(qtbot, controller)
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F2)
    shortcut(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, "+12125550199")
    assert held_by(services, lead_id) == rita.user_id

    shortcut(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    prompt = window.release_prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    assert f"lead {lead_id}" in prompt.text()
    qtbot.keyClick(prompt, Qt.Key.Key_Return)  # the default: release
    qtbot.waitUntil(controller.login.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: count(services, UserSession, UserSession.ended_at.is_(None)) == 0)

    assert held_by(services, lead_id) is None
    assert count(services, AgentState, AgentState.ended_at.is_(None)) == 0
    [lead] = fetch(services, Lead, Lead.id == lead_id)
    [draft] = area.drafts.load_all("rita")
    assert (draft["lead_id"], draft["version"], draft["phone"]) == (
        lead_id,
        lead.version,
        "+12125550199",
    )
    board = services.board.board(factory.user("tina", Role.TEAM_LEAD))
    assert next(r for r in board.reps if r.login == "rita").activity == "Signed out"


def test_quit_with_a_lead_asks_and_stay_keeps_it(
    qtbot: QtBot, services: Services, factory: Factory, controller: Controller
) -> None:
    rita = factory.user("rita")
    lead_id = factory.lead()
    window, area = main_window(qtbot, controller)
    take_next(qtbot, area)

    window.close()  # as Ctrl+Q or the window's close button
    prompt = window.release_prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)  # stay
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert window.isVisible() and area.session is not None
    assert held_by(services, lead_id) == rita.user_id

    shortcut(qtbot, Qt.Key.Key_Q, CTRL)
    prompt = window.release_prompt
    qtbot.waitUntil(prompt.isVisible)
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert held_by(services, lead_id) is None
    assert area.session is None


def test_no_question_without_a_lead(qtbot: QtBot, factory: Factory, controller: Controller) -> None:
    factory.user("rita")
    window, _ = main_window(qtbot, controller)
    window.close()
    assert window.release_prompt is None and not window.isVisible()
    assert not any(
        isinstance(w, QMessageBox) for w in QApplication.topLevelWidgets() if w.isVisible()
    )


def sign_out_giving_the_lead_back(qtbot: QtBot, window: MainWindow, controller: Controller) -> None:
    shortcut(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    prompt = window.release_prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    qtbot.keyClick(prompt, Qt.Key.Key_Return)  # release; the typed work stays a draft
    qtbot.waitUntil(controller.login.isVisible, timeout=10_000)


def sign_in_again(qtbot: QtBot, controller: Controller) -> tuple[MainWindow, WorkspaceArea]:
    login = controller.login
    assert login.login.text() == "rita"  # the sign-in window keeps the login
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        login.password.setFocus()
        press(qtbot, PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window: MainWindow = shown.args[0]
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, area


def test_the_lead_given_back_at_sign_out_comes_back_with_its_typed_work_on_ctrl_n(
    qtbot: QtBot, services: Services, factory: Factory, controller: Controller
) -> None:
    factory.user("rita")
    lead_id = factory.lead()
    window, area = main_window(qtbot, controller)
    take_next(qtbot, area)
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "asked to call back after lunch")
    path = area.drafts.path("rita", lead_id)
    qtbot.waitUntil(lambda: path.exists() and "after lunch" in path.read_text())
    sign_out_giving_the_lead_back(qtbot, window, controller)

    window, area = sign_in_again(qtbot, controller)
    qtbot.waitUntil(lambda: "unsaved work" in area.banner.text())
    assert take_next(qtbot, area) == lead_id  # Ctrl+N, not Restore
    assert area.outcome.notes.toPlainText() == "asked to call back after lunch"
    assert "Restored" in area.status.text()
    assert area.banner.text() == ""  # the offer is used up

    area.outcome.auto_next.setChecked(False)
    no_answer_and_save(qtbot, area)
    [attempt] = fetch(services, CallAttempt, CallAttempt.lead_id == lead_id)
    assert attempt.notes == "asked to call back after lunch"
    assert area.banner.text() == ""
    qtbot.waitUntil(lambda: not area.drafts.path("rita", lead_id).exists())


def test_a_draft_overtaken_by_another_outcome_is_named_not_put_back(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    controller: Controller,
    clock: ManualClock,
) -> None:
    factory.user("rita")
    sam = factory.user("sam")
    lead_id = factory.lead()
    window, area = main_window(qtbot, controller)
    take_next(qtbot, area)
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "wants a demo")
    path = area.drafts.path("rita", lead_id)
    qtbot.waitUntil(lambda: path.exists() and "demo" in path.read_text())
    sign_out_giving_the_lead_back(qtbot, window, controller)
    # Meanwhile Sam calls the lead and records a no-answer; it comes round again later.
    item = services.workspace.next_lead(sam)
    assert item.lead.id == lead_id
    services.workspace.submit(
        sam,
        Outcome(
            request_id="sam-no-answer-1",
            lead_id=lead_id,
            version=item.lead.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=clock.now(),
            disposition=Disposition.NO_ANSWER,
            script_id=item.script.id,
        ),
    )
    clock.advance(timedelta(days=2))

    window, area = sign_in_again(qtbot, controller)
    qtbot.waitUntil(lambda: "unsaved work" in area.banner.text())
    assert take_next(qtbot, area) == lead_id
    assert area.outcome.notes.toPlainText() == ""
    assert "not put back" in area.banner.text() and "wants a demo" in area.banner.text()
    assert area.drafts.path("rita", lead_id).exists()


def test_a_deactivated_rep_is_signed_out_at_the_next_save_and_keeps_the_typed_work(
    qtbot: QtBot, services: Services, factory: Factory, controller: Controller
) -> None:
    factory.user("rita")
    ada = factory.user("ada", Role.ADMIN)
    lead_id = factory.lead()
    _, area = main_window(qtbot, controller)
    take_next(qtbot, area)
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "spoke to the owner")
    drafts = area.drafts
    services.staff.set_user(ada, "rita", active=False)  # from the admin's workstation

    shortcut(qtbot, Qt.Key.Key_F5)
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(controller.login.isVisible, timeout=10_000)
    assert controller.main is None
    assert "deactivated by an administrator" in controller.login.error.text()
    [draft] = drafts.load_all("rita")
    assert (draft["lead_id"], draft["notes"]) == (lead_id, "spoke to the owner")
    assert count(services, CallAttempt, CallAttempt.lead_id == lead_id) == 0
