"""Typed work survives: drafts after a crash, conflicts, a lost connection during submit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.errors import DatabaseUnavailable
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import CallAttempt, Handoff
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import ALT, CTRL, SHIFT, OpenWorkspace, focused, press, shortcut
from tests.gui.test_workspace_flow import next_screen, save, take_next
from tests.support.factories import Factory
from tests.support.partners import add_partner


def attempts(services: Services) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(uow.session.execute(select(func.count()).select_from(CallAttempt)).scalar_one())


def type_some_work(qtbot: QtBot, area: WorkspaceArea) -> None:
    press(qtbot, "111")
    next_screen(qtbot)
    press(qtbot, "1")
    qtbot.keyClicks(focused(), "Head of IT")
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "call after lunch")


def test_a_draft_survives_a_crash_and_is_offered_at_the_next_login(
    qtbot: QtBot,
    open_workspace: OpenWorkspace,
    services: Services,
    factory: Factory,
    rita_signed_in: SignedIn,
) -> None:
    lead_id = factory.lead(company="Draft Co")
    area = open_workspace(register=False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    type_some_work(qtbot, area)
    path = area.drafts.path("rita", lead_id)

    def draft_has_notes() -> bool:
        return path.exists() and json.loads(path.read_text())["notes"] == "call after lunch"

    qtbot.waitUntil(draft_has_notes)
    request_id = area.session.request_id if area.session else ""
    # The workstation dies: the window goes without a word to the server.
    shiboken6.delete(area)

    again = open_workspace()
    qtbot.waitUntil(lambda: "unsaved work" in again.banner.text())
    assert "Draft Co" in again.banner.text()
    with qtbot.waitSignal(again.lead_shown, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_R, ALT)
    session = again.session
    assert session is not None and session.lead_id == lead_id
    assert session.request_id == request_id
    assert session.answers["prospect_kind"] == "business"
    assert session.answers["title_confirmed"] == "Head of IT"
    assert again.outcome.notes.toPlainText() == "call after lunch"
    assert again.script.current() == "contact"
    assert "Restored" in again.status.text()
    # Back goes to the screen the rep came from before the crash, with its answer.
    assert again.script.back_button.isEnabled()
    shortcut(qtbot, Qt.Key.Key_PageUp, ALT)
    assert again.script.current() == "opening"
    assert not again.script.back_button.isEnabled()
    next_screen(qtbot)
    assert again.script.current() == "contact"

    shortcut(qtbot, Qt.Key.Key_F6)  # busy
    again.outcome.auto_next.setChecked(False)
    save(qtbot, again)
    qtbot.waitUntil(lambda: not path.exists())
    lead = factory.get_lead(lead_id)
    assert lead.attempts == 1


def test_ctrl_n_gives_back_the_held_lead_with_its_draft(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    lead_id = factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    press(qtbot, "11")
    qtbot.waitUntil(lambda: area.drafts.path("rita", lead_id).exists())
    qtbot.waitUntil(
        lambda: (
            "recording_notice"
            in json.loads(area.drafts.path("rita", lead_id).read_text())["answers"]
        )
    )
    area.close()
    again = open_workspace()
    qtbot.waitUntil(lambda: "unsaved work" in again.banner.text())
    again.queue_panel.next_button.setFocus()
    assert take_next(qtbot, again) == lead_id  # the lease is still Rita's
    assert again.session is not None
    assert again.session.answers == {"reached_contact": True, "recording_notice": True}


def test_conflict_after_a_concurrent_reassignment_keeps_the_draft(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    marco = factory.user("marco")
    lead_id = factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    area.outcome.notes.setFocus()
    qtbot.keyClicks(area.outcome.notes, "left a message with the assistant")
    path = area.drafts.path("rita", lead_id)
    qtbot.waitUntil(lambda: path.exists() and "assistant" in path.read_text())
    # A team lead reassigns the lead to Marco meanwhile.
    version = factory.get_lead(lead_id).version
    factory.set_lead(
        lead_id,
        assigned_rep_id=marco.user_id,
        lease_owner_id=None,
        lease_expires_at=None,
        version=version + 1,
    )
    shortcut(qtbot, Qt.Key.Key_F7)  # voicemail left
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "reassigned to Marco" in area.banner.text())
    assert "draft" in area.banner.text()
    assert area.session is None
    assert path.exists() and "assistant" in path.read_text()
    assert attempts(services) == 0


@dataclass
class FlakyWorkspace:
    """The real service, but the first replies get lost on the way back."""

    real: Any
    lose: int
    commit_first: bool
    calls: int = 0

    def submit(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        self.calls += 1
        if self.calls <= self.lose:
            if self.commit_first and self.calls == 1:
                self.real.submit(actor, outcome)  # saved, but the answer never arrives
            raise DatabaseUnavailable(
                "cannot reach the database (test): server closed the connection"
            )
        return self.real.submit(actor, outcome)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_connection_loss_during_submit_retries_and_saves_exactly_once(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    lead_id = factory.lead()
    flaky = FlakyWorkspace(services.workspace, lose=2, commit_first=True)
    area = open_workspace(retry_delays_ms=(20, 40))
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    services.workspace = flaky  # type: ignore[assignment]
    try:
        shortcut(qtbot, Qt.Key.Key_F5)
        banners: list[str] = []
        area.banner.shown.connect(banners.append)
        with qtbot.waitSignal(area.outcome_saved, timeout=10_000) as saved:
            shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    finally:
        services.workspace = flaky.real
    receipt = saved.args[0]
    assert receipt.replayed  # the first, lost reply had saved it already
    assert len(banners) == 2
    assert "cannot be reached while saving the outcome" in banners[0]
    assert "Nothing you typed is lost" in banners[0]
    assert flaky.calls == 3
    assert attempts(services) == 1
    assert factory.get_lead(lead_id).attempts == 1
    assert area.banner.text() == ""
    qtbot.waitUntil(lambda: not area.drafts.path("rita", lead_id).exists())


def test_a_listed_number_is_said_while_the_rep_is_still_typing(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    """A correction on the do-not-call list showed green until the rep left the field: the
    rep learnt it only at F11 or at the save."""
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.do_not_call.add(sam, phone="+1 312 555 0177", reason="asked on the phone")
    factory.lead(company="Main Inc")
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F2)
    phone = area.card.phone
    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "312 555 0177")
    assert phone.info.objectName() == "fieldInfo"  # the local check: a valid number
    qtbot.waitUntil(lambda: phone.info.objectName() == "fieldWarning", timeout=5_000)
    assert "do-not-call" in phone.info.text()
    assert focused() is phone.edit  # still typing: nothing took the keyboard
    qtbot.keyClick(phone.edit, Qt.Key.Key_Backspace)  # another number: the warning goes
    assert phone.info.objectName() == "fieldInfo"
    assert "do-not-call" not in phone.info.text()


def test_contact_fields_are_checked_inline(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    other = factory.lead(company="Twin Inc", phone_e164="+13125550177", status="nurture")
    lead_id = factory.lead(company="Main Inc")
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    assert take_next(qtbot, area) == lead_id
    shortcut(qtbot, Qt.Key.Key_F2)
    phone = area.card.phone
    assert focused() is phone.edit
    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "312 555")
    assert phone.problem.isVisible() and "too short" in phone.problem.text()
    assert phone.edit.property("invalid") is True
    qtbot.keyClicks(phone.edit, "0177")
    assert not phone.problem.isVisible()
    assert "America/Chicago" in phone.info.text()
    shortcut(qtbot, Qt.Key.Key_Tab)  # leaving the field asks the server about other leads
    qtbot.waitUntil(lambda: "Twin Inc" in phone.info.text())
    assert f"lead {other}" in phone.info.text()
    assert area.session is not None and area.session.phone == "312 5550177"

    shortcut(qtbot, Qt.Key.Key_F3)
    area.card.email.edit.selectAll()
    qtbot.keyClicks(area.card.email.edit, "pat@@example")
    assert area.card.email.problem.isVisible()

    # The server refuses the bad e-mail and the problem is shown at the field.
    shortcut(qtbot, Qt.Key.Key_F5)
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "e-mail" in area.card.email.problem.text())
    assert attempts(services) == 0
    problem = area.status.text()
    assert "e-mail" in problem

    # Put right, the e-mail's problem leaves the status line too; an old message would
    # say it is still wrong.
    area.card.email.edit.selectAll()
    qtbot.keyClicks(area.card.email.edit, "pat@example.com")
    assert not area.card.email.problem.isVisible()
    assert problem not in area.status.text()
    assert problem not in area.banner.text()


def test_a_phone_or_e_mail_longer_than_the_lead_keeps_is_refused_at_its_field(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    """A valid number with a long note beside it (79 characters) was taken by the card: on
    PostgreSQL saving failed with "Unexpected problem: DataError" on the status line, on
    SQLite the lead kept more than its column holds."""
    lead_id = factory.lead()
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    phone_on_file = factory.get_lead(lead_id).phone_raw
    phone, email = area.card.phone, area.card.email
    shortcut(qtbot, Qt.Key.Key_F2)
    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "+1 (212) 555-0199 (" + "reception " * 6 + ")")
    assert phone.problem.isVisible() and phone.problem.text() == "too long"
    shortcut(qtbot, Qt.Key.Key_F3)
    email.edit.selectAll()
    qtbot.keyClicks(email.edit, "Pat Doe, " + "Head of Operations, " * 16 + "<pat@example.com>")
    assert email.problem.isVisible() and email.problem.text() == "too long"

    shortcut(qtbot, Qt.Key.Key_F7)
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: phone.problem.text().startswith("phone '"))
    assert phone.problem.text().endswith(": too long")
    assert "Unexpected problem" not in area.status.text()
    assert attempts(services) == 0
    assert factory.get_lead(lead_id).phone_raw == phone_on_file

    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "+1 (212) 555-0199 (reception)")
    email.edit.selectAll()
    qtbot.keyClicks(email.edit, "Pat Doe <pat@example.com>")
    assert not phone.problem.isVisible() and not email.problem.isVisible()
    save(qtbot, area)
    lead = factory.get_lead(lead_id)
    assert (lead.phone_raw, lead.phone_e164) == ("+1 (212) 555-0199 (reception)", "+12125550199")
    assert lead.email_normalized == "pat@example.com"


def test_the_e_mail_on_file_is_cleared_by_keys_and_a_cleared_phone_is_explained(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    """Clearing the e-mail was shown as a problem and refused on saving; the lead kept the
    wrong address. A cleared phone says what to do, and what was typed stays."""
    lead_id = factory.lead(
        email_raw="old.boss@example.com", email_normalized="old.boss@example.com", email_valid=True
    )
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    phone_on_file = area.card.phone.edit.text()
    shortcut(qtbot, Qt.Key.Key_F3)
    area.card.email.edit.selectAll()
    shortcut(qtbot, Qt.Key.Key_Delete)
    email = area.card.email
    assert not email.problem.isVisible() and email.edit.property("invalid") is not True
    assert email.info.text() == "No e-mail address: the one on file is removed when you save"
    shortcut(qtbot, Qt.Key.Key_F2)
    area.card.phone.edit.selectAll()
    shortcut(qtbot, Qt.Key.Key_Delete)
    assert area.card.phone.problem.text() == "no phone number"
    shortcut(qtbot, Qt.Key.Key_F5)
    press(qtbot, "left a message")
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "keeps a phone number" in area.card.phone.problem.text())
    assert area.card.phone.problem.text() == (
        f"a lead keeps a phone number: type the right one, or put back {phone_on_file}"
    )
    assert focused() is area.card.phone.edit
    qtbot.keyClicks(focused(), phone_on_file)
    assert area.outcome.notes.toPlainText() == "left a message"  # nothing typed is lost
    save(qtbot, area)
    lead = factory.get_lead(lead_id)
    assert (lead.email_raw, lead.email_normalized, lead.phone_raw) == ("", None, phone_on_file)


def test_a_national_number_for_a_lead_without_a_country_is_read_in_its_numbers_country(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    lead_id = factory.lead(country=None, region=None)
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F2)
    area.card.phone.edit.selectAll()
    qtbot.keyClicks(focused(), "212 555 0199")
    assert not area.card.phone.problem.isVisible(), area.card.phone.problem.text()
    assert "America/New_York" in area.card.phone.info.text()
    shortcut(qtbot, Qt.Key.Key_F7)  # voicemail left
    save(qtbot, area)
    assert factory.get_lead(lead_id).phone_e164 == "+12125550199"


def test_every_control_has_a_name_for_screen_readers(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    unnamed = [
        widget
        for widget in area.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLineEdit | QPlainTextEdit)
        and widget.isVisibleTo(area)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
    ]
    assert unnamed == []


SALES_READY_ANSWERS = {
    "reached_contact": True,
    "recording_notice": True,
    "permission": True,
    "prospect_kind": "business",
    "contact_ok": True,
    "need_level": "project",
    "budget_status": "approved",
    "authority_role": "decision_maker",
    "timeline": "this_quarter",
}


def qualify_open_lead(qtbot: QtBot, area: WorkspaceArea) -> None:
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    assert area.session is not None
    area.session.answers.update(SALES_READY_ANSWERS)
    area._script_changed()
    save(qtbot, area)
    qtbot.waitUntil(area.routing.isVisible)


def test_sales_ready_with_no_eligible_partner_says_so_once_and_why(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    add_partner(services, "Rhein Netz", countries=("DE",))
    factory.lead(segment="enterprise", product_interest="Contact center")
    area = open_workspace()
    qualify_open_lead(qtbot, area)
    why = area.routing.why.text()
    assert why.startswith("No partner is eligible for this lead: Rhein Netz: does not cover US")
    assert why.lower().count("no partner is eligible") == 1


def test_sales_ready_proposes_a_partner_and_ctrl_enter_hands_off(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    add_partner(services, "Atlantic Voice Solutions", countries=("US",), regions=("US-NY",))
    lead_id = factory.lead(segment="enterprise", product_interest="Contact center")
    area = open_workspace()
    qualify_open_lead(qtbot, area)
    assert area.routing.partner.text() == "Atlantic Voice Solutions"
    assert area.routing.why.text()  # the plain "why this partner"
    shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: factory.get_lead(lead_id).status == "handed_off")
    qtbot.waitUntil(lambda: not area.routing.isVisible())
    assert "handed to Atlantic Voice Solutions" in area.status.text()
    # No mail server in tests: the rep is told the partner has not received it yet.
    assert "(awaiting delivery: no mail server configured, SLA not started)" in area.status.text()
    with services.db.unit_of_work(write=False) as uow:
        handoffs = uow.session.execute(select(Handoff).where(Handoff.lead_id == lead_id)).all()
    assert len(handoffs) == 1


def test_rep_may_pick_another_partner_with_a_reason(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    add_partner(services, "Atlantic Voice Solutions", countries=("US",))
    add_partner(services, "Empire Networks", countries=("US",))
    lead_id = factory.lead(segment="enterprise", product_interest="Contact center")
    area = open_workspace()
    qualify_open_lead(qtbot, area)
    proposed = area.routing.partner.text()
    area.routing.other_button.click()
    dialog = area.findChild(PartnerChoiceDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choices.count() == 2)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    other = dialog.choices.currentItem().text()
    assert proposed not in other
    dialog.hand_off.click()  # no reason yet: refused next to the field
    assert dialog.reason_error.isVisible()
    qtbot.keyClicks(dialog.reason, "customer asked for their usual integrator")
    dialog.hand_off.click()
    qtbot.waitUntil(lambda: factory.get_lead(lead_id).status == "handed_off")
    with services.db.unit_of_work(write=False) as uow:
        handoff = uow.session.execute(
            select(Handoff.override_reason, Handoff.partner_id).where(Handoff.lead_id == lead_id)
        ).one()
    assert handoff.override_reason == "customer asked for their usual integrator"
    qtbot.waitUntil(lambda: not area.routing.isVisible())


def test_the_lease_is_renewed_while_the_lead_is_open_and_loss_is_reported(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    clock = services.clock
    marco = factory.user("marco")
    lead_id = factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    assert area._heartbeat.isActive()
    first_expiry = factory.get_lead(lead_id).lease_expires_at
    clock.advance(timedelta(minutes=10))  # type: ignore[attr-defined]
    area._heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: factory.get_lead(lead_id).lease_expires_at != first_expiry)
    assert factory.get_lead(lead_id).lease_expires_at == clock.now() + timedelta(
        minutes=services.settings.queue.lease_minutes
    )
    # Someone else takes the lead (the lease ran out on a frozen workstation, say).
    factory.set_lead(lead_id, lease_owner_id=marco.user_id)
    area._heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: "Marco holds it now" in area.banner.text())
    assert area.session is None


def test_a_typo_in_the_email_domain_is_said_at_the_card_and_stays_after_the_servers_check(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    """gmail.con and gmial.com are well-formed addresses that no prospect has: the card
    showed them as good, and the rep never asked."""
    factory.lead(company="Main Inc", email_raw="pat@gmial.com", email_normalized="pat@gmial.com")
    twin = factory.lead(company="Twin Inc", status="nurture", email_normalized="pat@example.con")
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    email = area.card.email
    assert "Did you mean pat@gmail.com?" in email.info.text()
    assert email.info.objectName() == "fieldWarning"
    assert not email.problem.isVisible()  # it may be right: only the prospect can tell

    shortcut(qtbot, Qt.Key.Key_F3)
    email.edit.selectAll()
    qtbot.keyClicks(email.edit, "pat@example.con")
    assert "Did you mean pat@example.com?" in email.info.text()
    shortcut(qtbot, Qt.Key.Key_Tab)  # the server's check adds to the warning
    qtbot.waitUntil(lambda: f"lead {twin}" in email.info.text(), timeout=5_000)
    assert "Did you mean pat@example.com?" in email.info.text()
    assert email.info.objectName() == "fieldWarning"

    shortcut(qtbot, Qt.Key.Key_F3)
    email.edit.selectAll()
    qtbot.keyClicks(email.edit, "pat@example.com")
    assert "Did you mean" not in email.info.text()
    assert email.info.objectName() == "fieldInfo"

    # Shift+F3 takes what the card suggests, as the correction to save.
    email.edit.selectAll()
    qtbot.keyClicks(email.edit, "pat@hotmial.con")
    area.queue_panel.next_button.setFocus()  # from anywhere in the window
    shortcut(qtbot, Qt.Key.Key_F3, SHIFT)
    assert email.edit.text() == "pat@hotmail.com"
    assert focused() is email.edit
    assert "Did you mean" not in email.info.text()
    assert area.session is not None and area.session.email == "pat@hotmail.com"
