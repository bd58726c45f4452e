"""The rep's day by keyboard: sign in, next lead, the script, every outcome."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.persistence.models import Handoff, Partner
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog
from qualifier_app.ui.workspace.area import WorkspaceArea
from qualifier_app.ui.workspace.clock import WORD_JOINER
from tests.conftest import START
from tests.gui.conftest import (
    ALT,
    CTRL,
    OpenWorkspace,
    focused,
    press,
    set_up_center,
    shortcut,
    wait_idle,
)
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner, sales_ready_lead


def take_next(qtbot: QtBot, area: WorkspaceArea) -> int:
    with qtbot.waitSignal(area.lead_shown, timeout=10_000) as shown:
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    return int(shown.args[0])


def save(qtbot: QtBot, area: WorkspaceArea) -> object:
    with qtbot.waitSignal(area.outcome_saved, timeout=10_000) as saved:
        shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    return saved.args[0]


def next_screen(qtbot: QtBot) -> None:
    shortcut(qtbot, Qt.Key.Key_PageDown, ALT)


def opening(qtbot: QtBot) -> None:
    """Speaking with the contact, recording notice read, permission given."""
    press(qtbot, "111")
    next_screen(qtbot)


def test_sign_in_and_qualify_a_lead_sales_ready_by_keyboard(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    factory.user("rita")
    lead_id = factory.lead(company="Acme Health", inquiry="contact center for 300 agents")
    set_up_center(services)
    controller = Controller(None, services, areas_for=areas_for)
    try:
        controller.start()
        login = controller.login
        qtbot.waitUntil(lambda: login.login.hasFocus() or login.login.isEnabled())
        login.login.setFocus()
        qtbot.keyClicks(login.login, "rita")
        qtbot.keyClick(login.login, Qt.Key.Key_Return)
        qtbot.keyClicks(login.password, PASSWORD)
        with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as opened:
            qtbot.keyClick(login.password, Qt.Key.Key_Return)
        window: MainWindow = opened.args[0]
        assert window.tabs.tabText(0) == "&1 Workspace"
        area = window.tabs.widget(0)
        assert isinstance(area, WorkspaceArea)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        area.queue_panel.next_button.setFocus()

        assert take_next(qtbot, area) == lead_id
        assert area.card.company.text() == "Acme Health"
        assert "contact center for 300 agents" in area.card.inquiry.text()
        assert "America/New_York" in area.clock.times.text().replace(WORD_JOINER, "")
        assert area.clock.window_label.objectName() == "windowOpen"

        opening(qtbot)
        assert area.script.current() == "contact"
        press(qtbot, "1")  # buying for a company
        qtbot.keyClicks(focused(), "Head of Customer Care")
        shortcut(qtbot, Qt.Key.Key_Tab)
        press(qtbot, "1")  # contact data correct
        next_screen(qtbot)
        assert area.script.current() == "need"
        press(qtbot, "1")  # defined project
        qtbot.keyClicks(focused(), "300")
        next_screen(qtbot)
        press(qtbot, "1")  # approved budget
        next_screen(qtbot)
        press(qtbot, "1")  # decision maker
        next_screen(qtbot)
        press(qtbot, "1")  # this quarter
        next_screen(qtbot)
        assert area.script.current() == "custom"
        qtbot.keyClicks(focused(), "Wants a demo next week")
        next_screen(qtbot)  # after the last screen: the outcome
        assert area.outcome.kind_buttons[OutcomeKind.SALES_READY].isChecked()
        assert "Grade A" in area.outcome.recommendation.text()
        area.outcome.auto_next.setChecked(False)
        receipt = save(qtbot, area)
        assert receipt.status == "sales_ready"  # type: ignore[attr-defined]
        lead = factory.get_lead(lead_id)
        assert (lead.status, lead.grade) == ("sales_ready", "A")
        assert "saved" in area.status.text()
        # The partner proposal that follows a sales-ready save: on PostgreSQL a call still
        # waiting for the person's one connection when they quit waits out the pool's timeout.
        wait_idle(qtbot, controller.workers)
    finally:
        controller.shutdown()
        # Deliver the last replies while the pool still exists.
        wait_idle(qtbot, controller.workers)


def test_no_answer_then_the_queue_says_when_the_next_lead_comes(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F5)
    press(qtbot, "rang out")
    with qtbot.waitSignal(area.queue_empty, timeout=10_000) as empty:
        save(qtbot, area)  # and the next lead follows at once: there is none
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.attempts) == ("queued", 1)
    assert lead.next_call_at == clock.now() + timedelta(minutes=120)
    assert "No lead is eligible now" in str(empty.args[0])
    assert "in 2 h 00 min" in str(empty.args[0])
    assert "No lead is eligible now" in area.banner.text()
    # The keyboard was in the outcome, which went with the lead: it waits on Next lead.
    qtbot.waitUntil(lambda: focused() is area.queue_panel.next_button)


def test_callback_when_the_prospect_has_no_time(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, clock: ManualClock
) -> None:
    rita_id = factory.services.accounts.actor_for("rita").user_id
    lead_id = factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    press(qtbot, "11")
    press(qtbot, "n")  # no time now → the script ends with a callback
    next_screen(qtbot)
    assert area.outcome.kind_buttons[OutcomeKind.CALLBACK].isChecked()
    assert focused() is area.outcome.callback
    assert "your time" in area.outcome.callback_zone.text()
    area.outcome.auto_next.setChecked(False)
    save(qtbot, area)
    lead = factory.get_lead(lead_id)
    # The default is two hours from now in the prospect's time: 12:00 in New York.
    assert (lead.status, lead.assigned_rep_id) == ("callback", rita_id)
    assert lead.next_call_at == clock.now() + timedelta(hours=2)
    qtbot.waitUntil(lambda: "Company" in area.queue_panel.callbacks.item(0).text())


def test_nurture_disqualify_and_do_not_call_by_shortcut(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    first, second, third = factory.lead(score=90), factory.lead(score=80), factory.lead(score=70)
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()

    assert take_next(qtbot, area) == first
    # Notes typed first, as reps do during the call: the recycle date is still proposed
    # (it became the date box's blank 2000-01-01, and the save was refused).
    shortcut(qtbot, Qt.Key.Key_T, ALT)
    press(qtbot, "wants information in spring")
    shortcut(qtbot, Qt.Key.Key_L, CTRL)
    assert focused() is area.outcome.reason or focused().parentWidget() is area.outcome.reason
    qtbot.keyClicks(focused(), "only researching")
    save(qtbot, area)
    lead = factory.get_lead(first)
    assert (lead.status, lead.status_reason) == ("nurture", "only researching")
    assert lead.recycle_on is not None and lead.recycle_on > START.date()

    assert take_next(qtbot, area) == second
    opening(qtbot)
    press(qtbot, "2")  # student: the script ends and recommends disqualify
    next_screen(qtbot)
    assert "disqualify" in area.outcome.recommendation.text()
    assert area.outcome.reason.currentText() == "student or private person"
    save(qtbot, area)
    lead = factory.get_lead(second)
    assert (lead.status, lead.grade, lead.status_reason) == (
        "disqualified",
        "D",
        "student or private person",
    )

    assert take_next(qtbot, area) == third
    shortcut(qtbot, Qt.Key.Key_F12, CTRL)
    qtbot.keyClicks(focused(), "asked to be removed")
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: area.safer.dialog is not None and area.safer.dialog.isActiveWindow())
    assert area.safer.dialog is not None
    assert area.safer.dialog.chosen_reason() == "asked to be removed"
    assert focused() is area.safer.dialog.reason
    with qtbot.waitSignal(area.outcome_saved, timeout=10_000) as saved:
        shortcut(qtbot, Qt.Key.Key_Return)  # confirms
    receipt = saved.args[0]
    assert factory.get_lead(third).status == "do_not_call"
    assert "do-not-call" in receipt.message  # type: ignore[attr-defined]


def test_f1_lists_the_workspace_shortcuts(
    qtbot: QtBot, services: Services, factory: Factory, workers: object
) -> None:
    factory.user("rita")
    signed_in = services.accounts.sign_in("rita", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    listed = dict((text, key) for key, text in window.shortcut_list())
    assert listed["Next lead (Workspace)"] == "Ctrl+N"
    assert listed["Save outcome (Workspace)"] == "Ctrl+Return or Ctrl+Enter"
    assert listed["No contact: no answer (Workspace)"] == "F5"
    assert listed["Keyboard shortcuts"] == "F1"
    assert listed["Outcome: Callback (Workspace)"] == "Ctrl+B"
    assert listed["Next script screen (Workspace)"] == "Alt+PgDown"
    assert listed["Undo the last outcome (30 s) (Workspace)"] == "Ctrl+Shift+Backspace"
    assert listed["Show Workspace"] == "Alt+1"
    assert listed["Keyboard shortcuts"] == "F1"


def test_a_confirmed_partner_that_is_no_longer_proposed_shows_the_new_proposal(
    qtbot: QtBot, open_workspace: OpenWorkspace, services: Services, factory: Factory
) -> None:
    """Confirm sent the lead to whichever partner the rotation gave at that moment, not to
    the one on screen that the prospect may have been told about."""
    rita = services.accounts.actor_for("rita")
    add_partner(services, "Alpha Voice")
    add_partner(services, "Beta Voice")
    lead_id = sales_ready_lead(factory, rita)
    area = open_workspace()
    area._partner.propose(lead_id)
    step = area.routing
    qtbot.waitUntil(lambda: step.isVisible() and step.proposed_partner_id is not None)
    shown = step.partner.text()
    # Another workstation hands a lead to that partner meanwhile: the rotation moves on.
    services.routing.route(rita, sales_ready_lead(factory, rita))
    step.confirm_button.click()
    qtbot.waitUntil(step.problem.isVisible)
    assert step.problem.text().startswith("the proposal changed meanwhile:")
    assert step.partner.text() != shown and step.partner.text() in step.problem.text()
    with services.db.unit_of_work(write=False) as uow:
        assert not uow.session.execute(select(Handoff.id).where(Handoff.lead_id == lead_id)).all()
    step.confirm_button.click()  # the partner shown now
    qtbot.waitUntil(lambda: factory.get_lead(lead_id).status == "handed_off")
    with services.db.unit_of_work(write=False) as uow:
        [partner] = uow.session.execute(
            select(Partner.name)
            .join(Handoff, Handoff.partner_id == Partner.id)
            .where(Handoff.lead_id == lead_id)
        ).scalars()
    assert partner == step.partner.text() or partner in area.status.text()


def partners_handed(services: Services, lead_id: int) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(
                select(Partner.name)
                .join(Handoff, Handoff.partner_id == Partner.id)
                .where(Handoff.lead_id == lead_id)
            ).scalars()
        )


def choose_another_partner(
    qtbot: QtBot, open_workspace: OpenWorkspace, services: Services, factory: Factory
) -> tuple[int, PartnerChoiceDialog]:
    """A sales-ready lead of Rita's, two partners for it, and the dialog to choose another
    one open with both listed."""
    add_partner(services, "Alpha Voice")
    add_partner(services, "Beta Voice")
    lead_id = sales_ready_lead(factory, services.accounts.actor_for("rita"))
    area = open_workspace()
    area._partner.propose(lead_id)
    qtbot.waitUntil(lambda: area.routing.proposed_partner_id is not None)
    area._partner.choose_other()
    dialog = area.findChild(PartnerChoiceDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choices.count() == 2)
    return lead_id, dialog


def test_the_partner_choice_names_the_partner_selected_and_hands_off_by_ctrl_enter(
    qtbot: QtBot, open_workspace: OpenWorkspace, services: Services, factory: Factory
) -> None:
    """The dialog's heading named the proposed partner whichever was selected, and Ctrl+Enter,
    which saved the outcome that opened it, did nothing in it."""
    lead_id, dialog = choose_another_partner(qtbot, open_workspace, services, factory)
    first, second = (listed_name(dialog.choices.item(row).text()) for row in range(2))
    assert dialog.heading.text().endswith(f"goes to {first}")
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    assert dialog.heading.text().endswith(f"goes to {second}")
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Up)
    assert dialog.heading.text().endswith(f"goes to {first}")
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: factory.get_lead(lead_id).status == "handed_off")
    assert partners_handed(services, lead_id) == [first]


def listed_name(item: str) -> str:
    """ "2. Beta Voice" or "1. Alpha Voice — proposed": the partner's name."""
    return item.split(". ", 1)[1].removesuffix(" — proposed")


def test_the_partner_choice_shows_the_new_proposal_when_the_rotation_moved_on(
    qtbot: QtBot, open_workspace: OpenWorkspace, services: Services, factory: Factory
) -> None:
    """Handing off to the proposed partner after another workstation's handoff moved the
    rotation was refused as an override without a reason, in a reason field the dialog kept
    disabled: the rep could hand the lead to nobody."""
    rita = services.accounts.actor_for("rita")
    lead_id, dialog = choose_another_partner(qtbot, open_workspace, services, factory)
    shown = dialog.choices.item(0).text()
    services.routing.route(rita, sales_ready_lead(factory, rita))  # another workstation's
    dialog.hand_off.click()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text().startswith("the proposal changed meanwhile:")
    qtbot.waitUntil(lambda: dialog.choices.count() == 2 and dialog.hand_off.isEnabled())
    now_first = dialog.choices.item(0).text()
    assert now_first != shown
    assert not partners_handed(services, lead_id)
    dialog.hand_off.click()
    qtbot.waitUntil(lambda: factory.get_lead(lead_id).status == "handed_off")
    assert partners_handed(services, lead_id) == [listed_name(now_first)]
