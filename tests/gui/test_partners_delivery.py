"""Without a mail server, the Partners area says so, and handoffs read "awaiting delivery"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.partners.area import PartnersArea
from qualifier_app.ui.shell import style
from qualifier_app.ui.shell.worker import Workers
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner, sales_ready_lead

AWAITING = "awaiting delivery: no mail server configured, SLA not started"


@pytest.fixture
def workers(qtbot: QtBot) -> Iterator[Workers]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    pool = Workers()
    yield pool
    pool.close()


def test_banner_and_awaiting_delivery_status_without_a_mail_server(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Pacific Unified")
    routed = services.routing.route(rep, sales_ready_lead(factory, rep, company="Acme Corp"))
    waiting = sales_ready_lead(factory, rep, company="Globex")

    signed_in = services.accounts.sign_in("sam.super", PASSWORD, "test")
    area = PartnersArea(AreaContext(services, signed_in, workers))
    qtbot.addWidget(area)
    area.show()

    assert area.mail_banner.isVisible()
    assert area.mail_banner.text().startswith("No mail server is configured")
    assert str(services.settings.outbox_dir) in area.mail_banner.text()
    assert "SLAs do not start" in area.mail_banner.text()

    area.tabs.setCurrentWidget(area.handoffs)
    tab = area.handoffs
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    status = tab.table.item(0, 3)
    assert status is not None and status.text() == AWAITING
    respond_by = tab.table.item(0, 5)
    assert respond_by is not None and respond_by.text() == ""
    tab.select(routed.id)
    assert f"Handoff: {AWAITING}." in tab.detail.text()

    # Route the other waiting lead by keyboard: the result says it awaits delivery.
    area.tabs.setCurrentWidget(area.routing)
    routing = area.routing
    qtbot.waitUntil(lambda: routing.table.rowCount() == 1)
    routing.route_all_button.setFocus()
    qtbot.keyClick(routing.route_all_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "awaiting delivery in the outbox" in routing.result.text())
    assert routing.result.text().startswith("Routed 1 lead; 0 still wait. 1 awaiting delivery")
    assert factory.get_lead(waiting).status == "handed_off"
    qtbot.waitUntil(lambda: routing.status.text() == "0 leads waiting for a partner")
    qtbot.waitUntil(lambda: area.directory.status.text() != "Loading…")
