"""Shortcuts that always work: one table, window-wide, no clash with Qt's own keys."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.services.workspace.service import WorkspaceService
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.board.team_board import TeamBoardArea
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.keys import RESERVED, SHORTCUTS, WINDOW, table_name
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.shortcuts_dialog import ShortcutsDialog
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.area import WorkspaceArea
from qualifier_app.ui.workspace.view import SideColumn
from tests.gui.conftest import ALT, CTRL, focused, main_window_of, press, shortcut, wait_idle
from tests.gui.test_shell import sign_in
from tests.gui.test_workspace_flow import take_next
from tests.gui.test_workspace_layout import open_rita_workspace
from tests.support.factories import PASSWORD, Factory

# Qt's standard keys that a text field, a combo box or a date field handles itself.
EDITING = re.compile(r"^(Move|Select|Delete|Insert|Undo|Redo|Cut|Copy|Paste|Back|Forward)")


def finish(qtbot: QtBot, controller: Controller, window: MainWindow) -> None:
    """Close the window and take every reply of its pool before the pool goes."""
    window.close()
    wait_idle(qtbot, controller.workers)


def _text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _qt_editing_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for standard in QKeySequence.StandardKey:
        if EDITING.match(standard.name) or standard.name in {"SelectAll", "Cancel", "NextChild"}:
            for sequence in QKeySequence.keyBindings(standard):
                keys[_text(sequence)] = f"Qt's {standard.name}"
    return keys


def _portable(key: str) -> str:
    return _text(QKeySequence(key))


def test_the_table_has_no_key_twice_and_none_of_qts_own(qapp: QApplication) -> None:
    reserved = {_portable(k): why for k, why in RESERVED.items()} | _qt_editing_keys()
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in SHORTCUTS:
        for key in entry.keys:
            owners[_portable(key)].append(entry.name)
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {}
    taken = {key: (names, reserved[key]) for key, names in owners.items() if key in reserved}
    assert taken == {}
    # Alt+letter belongs to the menus and to the labels of fields (mnemonics).
    assert [key for key in owners if re.fullmatch(r"Alt\+[A-Z]", key)] == []
    assert len({entry.name for entry in SHORTCUTS}) == len(SHORTCUTS)


def _page_of(window: MainWindow, widget: QObject | None) -> int:
    """The tab page a widget lives on, or -1 for the window itself (menus, tab bar)."""
    while isinstance(widget, QWidget):
        index = window.tabs.indexOf(widget)
        if index >= 0:
            return index
        widget = widget.parentWidget()
    return -1


def _shortcuts_in(window: MainWindow) -> dict[str, list[tuple[int, str]]]:
    """Every key of every action and shortcut object in the window, with the tab page it
    lives on (-1: the whole window) and what it is."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            page = _page_of(window, action.parent())
            found[_text(sequence)].append((page, f"{action.text()} @ {page}"))
    for short in window.findChildren(QShortcut):
        parent = short.parent()
        found[_text(short.key())].append(
            (_page_of(window, parent), f"QShortcut in {type(parent).__name__}")
        )
    for menu_action in window.menuBar().actions():
        match = re.search(r"&(\w)", menu_action.text())
        if match:
            found[f"Alt+{match.group(1).upper()}"].append((-1, f"menu {menu_action.text()}"))
    for index in range(min(window.tabs.count(), 9)):
        found[f"Alt+{index + 1}"].append((-1, f"tab {window.tabs.tabText(index)}"))
    return found


def _clashes(owners: list[tuple[int, str]]) -> bool:
    """Two keys clash when both can fire at once: on the same page, or one window-wide.
    Keys on different tab pages cannot: Qt ignores the shortcuts of hidden pages."""
    pages = [page for page, _ in owners]
    return len(owners) > 1 and (-1 in pages or len(set(pages)) < len(pages))


@pytest.mark.parametrize("role", [Role.REP, Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN])
def test_no_two_shortcuts_share_a_key_in_any_main_window(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, role: Role
) -> None:
    factory.user("someone", role=role)
    signed_in = services.accounts.sign_in("someone", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    reserved = {_portable(k) for k in RESERVED} | set(_qt_editing_keys())
    found = _shortcuts_in(window)
    assert {key: where for key, where in found.items() if _clashes(where)} == {}
    assert {key: where for key, where in found.items() if key in reserved} == {}
    # The window's and the Workspace's keys all come from the one table.
    for action in window.findChildren(QAction):
        if action.shortcuts() and isinstance(action.parent(), (MainWindow, WorkspaceArea)):
            assert table_name(action) is not None, action.text()
    wait_idle(qtbot, workers)


def test_sign_in_and_press_ctrl_n_at_once_a_lead_opens(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    factory.user("rita")
    lead_id = factory.lead(company="First Call Inc")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    window: MainWindow = shown.args[0]
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Wherever the focus is (the tab bar, say), Ctrl+N takes the next lead.
    target = window.tabs.tabBar()
    target.setFocus()
    assert not area.isAncestorOf(QApplication.focusWidget())
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as opened:
        qtbot.keyClick(target, Qt.Key.Key_N, CTRL)
    assert opened.args[0] == lead_id
    assert area.card.company.text() == "First Call Inc"
    # The outcome keys work from the same place: F5 is "no answer".
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_F5)
    assert area.session is not None and area.session.kind == "retry"
    finish(qtbot, controller, window)


def test_the_workspace_gets_the_first_claim_ready_as_it_opens(
    qtbot: QtBot, controller: Controller, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory.user("rita")
    lead_id = factory.lead()
    readied: list[str] = []
    prepare = WorkspaceService.prepare

    def recorded(self: WorkspaceService, actor: Actor) -> None:
        prepare(self, actor)
        readied.append(actor.login)

    monkeypatch.setattr(WorkspaceService, "prepare", recorded)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    window: MainWindow = shown.args[0]
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    qtbot.waitUntil(lambda: readied == ["rita"])
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert opened.args[0] == lead_id
    finish(qtbot, controller, window)


def test_a_team_leads_window_opens_on_the_board_and_ctrl_n_works_at_once(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    """A team lead's day is their reps' work: the window opens on the Team board (Alt+1),
    and Ctrl+N takes a lead in the Workspace from there at once, before it was ever shown."""
    factory.user("tom", role=Role.TEAM_LEAD)
    lead_id = factory.lead()
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "tom", PASSWORD)
    window: MainWindow = shown.args[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.area_titles[:2] == ["Team board", "Workspace"]
    board = window.tabs.currentWidget()
    assert isinstance(board, TeamBoardArea)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: board.isAncestorOf(focused()))
    area = window.tabs.widget(1)
    assert isinstance(area, WorkspaceArea)
    window.tabs.tabBar().setFocus()
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert opened.args[0] == lead_id
    assert window.tabs.currentWidget() is area
    # Next script screen from the tab bar turns the page; it does not switch areas.
    screen = area.script.current()
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, ALT)
    assert window.tabs.currentWidget() is area
    assert area.script.current() != screen
    # Alt+1 goes back to the board.
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    assert window.tabs.currentWidget() is board
    finish(qtbot, controller, window)


def test_the_e_mail_key_is_not_eaten_by_the_phone_field(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    factory.user("rita")
    factory.lead()
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    window: MainWindow = shown.args[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    with qtbot.waitSignal(area.lead_shown, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    shortcut(qtbot, Qt.Key.Key_F2)
    assert focused() is area.card.phone.edit
    phone = area.card.phone.edit.text()
    shortcut(qtbot, Qt.Key.Key_F3)
    assert focused() is area.card.email.edit
    area.card.email.edit.selectAll()
    qtbot.keyClicks(focused(), "buyer@example.com")
    assert area.card.email.edit.text() == "buyer@example.com"
    assert area.card.phone.edit.text() == phone
    finish(qtbot, controller, window)


def test_the_underlined_letters_of_the_card_and_the_outcome_reach_their_fields(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """Alt+P and Alt+E, underlined on the card's labels, go to the line to type in, and the
    outcome's Alt+C, Alt+R and Alt+O to theirs (they went nowhere: the label's buddy was the
    frame around the field and its messages, which took no focus)."""
    _window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    take_next(qtbot, area)
    area.queue_panel.next_button.setFocus()
    shortcut(qtbot, Qt.Key.Key_P, ALT)
    assert focused() is area.card.phone.edit
    shortcut(qtbot, Qt.Key.Key_E, ALT)
    assert focused() is area.card.email.edit
    area.outcome.choose(OutcomeKind.CALLBACK)
    area.card.email.edit.setFocus()
    shortcut(qtbot, Qt.Key.Key_C, ALT)
    assert focused() is area.outcome.callback
    area.outcome.choose(OutcomeKind.NURTURE)
    area.card.email.edit.setFocus()
    shortcut(qtbot, Qt.Key.Key_R, ALT)
    assert focused() is area.outcome.reason
    shortcut(qtbot, Qt.Key.Key_O, ALT)
    assert focused() is area.outcome.recycle
    # Tab still stops once at each line.
    area.queue_panel.next_button.setFocus()
    stops = []
    for _ in range(4):
        shortcut(qtbot, Qt.Key.Key_Tab)
        stops.append(focused())
    assert stops.count(area.card.phone.edit) == 1
    assert stops.count(area.card.email.edit) == 1


def test_tab_goes_round_the_workspace_stopping_only_where_the_rep_can_act(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """The scrolling columns and the script's page were Tab stops that showed no focus."""
    _window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    take_next(qtbot, area)
    area.card.phone.edit.setFocus()
    stops: list[QWidget] = []
    while not stops or focused() is not area.card.phone.edit:
        shortcut(qtbot, Qt.Key.Key_Tab)
        stops.append(focused())
        assert len(stops) < 60, [type(stop).__name__ for stop in stops]
    idle = [stop for stop in stops if type(stop) in (QScrollArea, SideColumn)]
    assert idle == []
    for widget in (area.card.email.edit, area.script.next_button, area.outcome.submit_button):
        assert widget in stops


@pytest.mark.parametrize("language", ["en", "es", "de", "fr", "pt_BR"])
def test_no_two_underlined_letters_on_the_workspace_are_one_in_any_language(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, built: Path, language: str
) -> None:
    """Alt+T went to the phone and to the notes by turns in all four translations (Teléfono,
    Notas), Alt+S to Next lead and the Session menu in Spanish and French."""
    assert i18n.install(language, built) == language
    try:
        window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
        take_next(qtbot, area)
        for kind in (OutcomeKind.CALLBACK, OutcomeKind.NURTURE, OutcomeKind.NO_CONTACT):
            area.outcome.choose(kind)
            letters: dict[str, list[str]] = defaultdict(list)
            shown = [w for w in window.findChildren(QLabel) if w.isVisible()]
            shown += [w for w in window.findChildren(QAbstractButton) if w.isVisible()]
            texts = [w.text() for w in shown] + [a.text() for a in window.menuBar().actions()]
            for text in texts:
                if found := re.search(r"&([^&\s])", text):
                    letters[found.group(1).casefold()].append(text)
            assert {k: v for k, v in letters.items() if len(v) > 1} == {}, kind
        window.close()
        wait_idle(qtbot, workers)
    finally:
        i18n.install("en")


def test_f1_lists_the_shortcuts_from_anywhere(
    qtbot: QtBot, controller: Controller, factory: Factory
) -> None:
    factory.user("rita")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "rita", PASSWORD)
    window: MainWindow = shown.args[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    dialogs: list[ShortcutsDialog] = []

    def listed() -> bool:
        dialogs[:] = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
        return bool(dialogs)

    qtbot.waitUntil(listed)
    keys = [key for key, _ in dialogs[0].rows()]
    text = "\n".join(deed for _, deed in dialogs[0].rows())
    for entry in SHORTCUTS:
        if entry.area in (WINDOW, "Workspace"):
            assert entry.text in text
    assert "Ctrl+N" in keys and "Ctrl+F12" in keys
    qtbot.waitUntil(dialogs[0].isActiveWindow)
    assert focused() is dialogs[0].table
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialogs[0].isVisible()
    finish(qtbot, controller, window)


def test_enter_presses_the_button_the_app_moved_the_focus_to(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """As the script moves the rep on: answer by keys, Enter on 'Next ›', Enter on 'Save'."""
    _window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    area.outcome.auto_next.setChecked(False)
    lead_id = take_next(qtbot, area)
    # The opening: speaking with the contact, notice read, permission, the three consents.
    press(qtbot, "111111")
    assert focused() is area.script.next_button
    opening = area.script.current()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert area.script.current() != opening
    press(qtbot, "2")  # a student: the script ends
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is area.outcome.submit_button
    with qtbot.waitSignal(area.outcome_saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert factory.get_lead(lead_id).status == "disqualified"


def test_tab_from_a_screens_last_question_goes_to_next(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """The screens are built after the rest of the window; Tab still goes question by question
    and then to 'Next ›', not through the tab bar and the whole window first."""
    _window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    area.outcome.auto_next.setChecked(False)
    take_next(qtbot, area)
    questions = [w.focus_target() for w in area.script._active_widgets()]
    assert focused() is questions[0]
    for question in questions[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is question
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is area.script.next_button
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is questions[-1]


@pytest.mark.parametrize("role", [Role.REP, Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN])
def test_f1_lists_every_key_the_window_answers(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, role: Role
) -> None:
    """Ctrl+S saved in four editors without being in the overview."""
    window = main_window_of(qtbot, services, factory, workers, role)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # an area is built when first shown
    wait_idle(qtbot, workers)
    listed = {_portable(key) for keys, _ in window.shortcut_list() for key in keys.split(" or ")}
    menus = {
        key for key, owners in _shortcuts_in(window).items() if owners[0][1].startswith("menu")
    }
    assert set(_shortcuts_in(window)) - menus - listed == set()
    if role is Role.ADMIN:
        # Every editor it saves in, the Center's too (it saved there unlisted).
        assert dict(window.shortcut_list())["Ctrl+S"] == (
            "Save (Users, Campaigns, Partners, Scripts, Calling rules, Center)"
        )


@pytest.mark.parametrize("role", [Role.REP, Role.TEAM_LEAD, Role.SUPERVISOR, Role.ADMIN])
def test_right_after_sign_in_f1_works_without_a_click(
    qtbot: QtBot, controller: Controller, factory: Factory, role: Role
) -> None:
    """Signed in by keyboard, the next key goes to the main window: nobody clicks first."""
    factory.user("someone", role=role)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        sign_in(qtbot, controller, "someone", PASSWORD)
    window: MainWindow = shown.args[0]
    assert window.isActiveWindow()
    assert window.tabs.currentWidget().isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ShortcutsDialog)))
    finish(qtbot, controller, window)
