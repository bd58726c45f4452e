"""The Handoffs tab lists deliveries waiting for a person with the Message-ID to look for,
and a supervisor resolves one by keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.settings import Settings
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.partners.area import PartnersArea
from qualifier_app.ui.shell.worker import Workers
from tests.faults.test_flagged_deliveries import flagged_handoff
from tests.faults.test_mail_faults import STALL_SECONDS, mail_services
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import OK, REFUSE, SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.inbox.stall_seconds = STALL_SECONDS
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mailing(settings: Settings, clock: ManualClock, smtp: SmtpServer) -> Iterator[Services]:
    services = mail_services(settings, clock, smtp.port)
    yield services
    services.close()


def test_a_supervisor_marks_a_flagged_delivery_delivered(
    qtbot: QtBot,
    mailing: Services,
    factory: Factory,
    smtp: SmtpServer,
    clock: ManualClock,
    workers: Workers,
) -> None:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    handoff_id = flagged_handoff(mailing, factory, smtp, clock, rep)
    message_id = handoff_row(mailing, handoff_id).message_id

    signed_in = mailing.accounts.sign_in("sam.super", PASSWORD, "test")
    area = PartnersArea(AreaContext(mailing, signed_in, workers))
    qtbot.addWidget(area)
    area.show()
    area.tabs.setCurrentWidget(area.handoffs)
    panel = area.handoffs.flagged
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.isVisible()
    assert panel.title.text().startswith("1 delivery waits for a person")
    cells = [panel.table.item(0, column) for column in (2, 3)]
    assert [c.text() for c in cells if c] == ["may have reached the partner", message_id]
    # The handoff's own status says a person decides, not that the sweep retries.
    qtbot.waitUntil(lambda: area.handoffs.table.rowCount() == 1)
    status = area.handoffs.table.item(0, 3)
    assert status is not None
    assert status.text() == "awaiting delivery: waiting for a person to decide, SLA not started"

    qtbot.keyClick(panel.delivered_button, Qt.Key.Key_Space)
    assert panel.status.text() == "Select a delivery first."
    panel.table.selectRow(0)
    qtbot.keyClicks(panel.note, "their CRM has it")
    qtbot.keyClick(panel.delivered_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "marked delivered" in panel.status.text())
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    row = handoff_row(mailing, handoff_id)
    assert row.status == "sent" and row.delivery_flagged_at is None
    assert mailing.delivery.flagged() == []
    qtbot.waitUntil(lambda: area.directory.status.text() != "Loading…")


def test_a_rep_cannot_resolve_and_sees_no_panel(
    qtbot: QtBot,
    mailing: Services,
    factory: Factory,
    smtp: SmtpServer,
    clock: ManualClock,
    workers: Workers,
) -> None:
    rep = factory.user("rita.rep")
    flagged_handoff(mailing, factory, smtp, clock, rep)
    signed_in = mailing.accounts.sign_in("rita.rep", PASSWORD, "test")
    area = PartnersArea(AreaContext(mailing, signed_in, workers))
    qtbot.addWidget(area)
    area.show()
    area.tabs.setCurrentWidget(area.handoffs)
    panel = area.handoffs.flagged
    qtbot.waitUntil(lambda: area.handoffs.status.text() != "Loading…")
    assert not panel.isVisible() and not panel.delivered_button.isEnabled()
    qtbot.waitUntil(lambda: area.directory.status.text() != "Loading…")


def test_a_supervisor_sees_why_a_refused_message_waits_and_sends_it_again(
    qtbot: QtBot,
    mailing: Services,
    factory: Factory,
    smtp: SmtpServer,
    workers: Workers,
) -> None:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(mailing, "West Coast Voice")
    smtp.inbox.refusal = "554 5.7.1 rejected as spam"
    smtp.inbox.mode = REFUSE
    handoff = mailing.routing.route(rep, sales_ready_lead(factory, rep))

    signed_in = mailing.accounts.sign_in("sam.super", PASSWORD, "test")
    area = PartnersArea(AreaContext(mailing, signed_in, workers))
    qtbot.addWidget(area)
    area.show()
    area.tabs.setCurrentWidget(area.handoffs)
    panel = area.handoffs.flagged
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    why = panel.table.item(0, 2)
    assert why is not None
    assert why.text() == (
        "message refused by the mail server: have it let through, then send again, "
        "or hand the lead over another way and mark it delivered"
    )
    assert why.toolTip() == (
        "the SMTP server refused the message for good (554 5.7.1 rejected as spam)"
    )

    smtp.inbox.mode = OK  # the partner let the center's mail through
    panel.table.selectRow(0)
    qtbot.keyClick(panel.again_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "sent again" in panel.status.text())
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert handoff_row(mailing, handoff.id).status == "sent"
    assert len(smtp.inbox.messages) == 1
    qtbot.waitUntil(lambda: area.directory.status.text() != "Loading…")
