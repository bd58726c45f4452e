"""The Campaigns area: cost and dates recorded by keyboard; bad values shown at their field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.admin.campaigns import CampaignChange
from qualifier_app.ui.admin.campaigns import CampaignsArea
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell import style
from qualifier_app.ui.shell.worker import Workers
from tests.support.factories import PASSWORD, Factory
from tests.support.held import held_back


def open_area(qtbot: QtBot, services: Services, factory: Factory) -> tuple[CampaignsArea, Workers]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.campaigns.save(sam, "Spring fair", CampaignChange(cost=Decimal("800")))
    workers = Workers()
    widget = CampaignsArea(
        AreaContext(services, services.accounts.sign_in("sam", PASSWORD), workers)
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 1)
    return widget, workers


@pytest.fixture
def area(qtbot: QtBot, services: Services, factory: Factory) -> Iterator[CampaignsArea]:
    widget, workers = open_area(qtbot, services, factory)
    yield widget
    workers.drain()


def ctrl_s(qtbot: QtBot) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_new_campaign_by_keyboard_with_errors_next_to_the_field(
    qtbot: QtBot, area: CampaignsArea, services: Services
) -> None:
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(area.name.hasFocus)  # a mnemonic clicks the button after a short flash
    assert not area.name.isReadOnly() and area.heading.text() == "New campaign"
    type_into(qtbot, area.name, "Autumn mailing")
    type_into(qtbot, area.channel, "direct mail")
    type_into(qtbot, area.cost, "3,000.005")
    type_into(qtbot, area.starts_on, "2026-10-01")
    type_into(qtbot, area.ends_on, "29.11.2026")
    ctrl_s(qtbot)
    # The first unreadable value is flagged at its field, and nothing is sent.
    assert area.form.errors["cost"].isVisible()
    assert "more than two decimals" in area.form.errors["cost"].text()
    # A cost in another currency than the center's (US dollars here) is not taken as dollars.
    assert area.cost.placeholderText() == "12,500.00 USD"
    type_into(qtbot, area.cost, "3.000 EUR")
    ctrl_s(qtbot)
    assert "is in EUR, but the center counts in USD" in area.form.errors["cost"].text()
    type_into(qtbot, area.cost, "$3,000")
    ctrl_s(qtbot)
    assert "is not a date like" in area.form.errors["ends_on"].text()
    assert not area.form.errors["cost"].isVisible()
    type_into(qtbot, area.ends_on, "2026-09-30")
    ctrl_s(qtbot)
    # The service refuses a campaign that ends before it starts, at the same field.
    qtbot.waitUntil(area.form.errors["ends_on"].isVisible)
    assert "starts (2026-10-01) after it ends (2026-09-30)" in area.form.errors["ends_on"].text()
    assert [c.name for c in services.campaigns.list(area._context.signed_in.actor)] == [
        "Spring fair"
    ]
    type_into(qtbot, area.ends_on, "2026-11-29")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)
    saved = {c.name: c for c in services.campaigns.list(area._context.signed_in.actor)}
    autumn = saved["Autumn mailing"]
    assert (autumn.channel, autumn.cost) == ("direct mail", Decimal("3000.00"))
    assert (autumn.starts_on, autumn.ends_on) == (date(2026, 10, 1), date(2026, 11, 29))


def test_edit_the_selected_campaign_keeps_its_name(
    qtbot: QtBot, area: CampaignsArea, services: Services
) -> None:
    area.table.setFocus()
    area.table.selectRow(0)
    assert area.name.text() == "Spring fair" and area.name.isReadOnly()
    assert area.cost.text() == "800.00"
    type_into(qtbot, area.cost, "950.50")
    type_into(qtbot, area.reason, "final invoice")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: area.table.item(0, 2).text() == "950.50 USD")
    assert area.status.text() == "1 campaign; saved Spring fair"
    [spring] = services.campaigns.list(area._context.signed_in.actor)
    assert spring.cost == Decimal("950.50") and spring.channel == "other"


def test_amounts_are_read_and_shown_as_the_person_s_language_writes_them(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    # A German supervisor types forty-eight thousand as 48.000: it was saved as 48.00.
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        area, workers = open_area(qtbot, services, factory)
        assert area.table.item(0, 2).text() == "800,00 USD"
        area.table.setFocus()
        area.table.selectRow(0)
        assert area.cost.text() == "800,00"
        type_into(qtbot, area.cost, "48.000")
        ctrl_s(qtbot)
        qtbot.waitUntil(lambda: area.table.item(0, 2).text() == "48.000,00 USD")
        [spring] = services.campaigns.list(area._context.signed_in.actor)
        assert spring.cost == Decimal("48000.00")
        area.table.selectRow(0)
        ctrl_s(qtbot)  # saved again as shown: the amount stays what it was
        qtbot.waitUntil(lambda: area.status.text().endswith("saved Spring fair"))
        workers.drain()
        [spring] = services.campaigns.list(area._context.signed_in.actor)
        assert spring.cost == Decimal("48000.00")
    finally:
        QLocale.setDefault(before)


def test_only_supervisors_and_admins_see_campaigns() -> None:
    assert "Campaigns" in [a.title for a in areas_for(Role.SUPERVISOR)]
    assert "Campaigns" in [a.title for a in areas_for(Role.ADMIN)]
    assert "Campaigns" not in [a.title for a in areas_for(Role.TEAM_LEAD)]
    assert "Campaigns" not in [a.title for a in areas_for(Role.REP)]


def test_a_list_that_loads_late_keeps_the_campaign_chosen_meanwhile(
    qtbot: QtBot, area: CampaignsArea, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list asked for after saving one campaign came back after another was chosen: it
    selected the saved one again and its editor replaced what was being typed."""
    sam = area._context.signed_in.actor
    services.campaigns.save(sam, "Webinar", CampaignChange(cost=Decimal("100")))
    area.refresh()
    qtbot.waitUntil(lambda: area.table.rowCount() == 2)
    area.table.setFocus()
    area.table.selectRow(0)
    saved_name = area.name.text()
    type_into(qtbot, area.reason, "final invoice")
    listed = held_back(monkeypatch, services.campaigns, "list")
    ctrl_s(qtbot)
    qtbot.waitUntil(area.save_button.isEnabled)  # saved; the list is asked for
    area.table.selectRow(1)  # while the list after the save still loads
    other = area.name.text()
    assert other != saved_name
    type_into(qtbot, area.cost, "123.00")
    listed.set()
    qtbot.waitUntil(lambda: "saved" in area.status.text())
    assert area.name.text() == other and area.cost.text() == "123.00"
    assert area._editing is not None and area._editing.name == other


def test_a_list_that_loads_late_keeps_a_new_campaign_being_typed(
    qtbot: QtBot, area: CampaignsArea, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    area.table.setFocus()
    area.table.selectRow(0)
    type_into(qtbot, area.reason, "final invoice")
    listed = held_back(monkeypatch, services.campaigns, "list")
    ctrl_s(qtbot)
    qtbot.waitUntil(area.save_button.isEnabled)  # saved; the list is asked for
    area.start_new()  # while the list after the save still loads
    type_into(qtbot, area.name, "Autumn mailing")
    listed.set()
    qtbot.waitUntil(lambda: "saved" in area.status.text())
    assert area.heading.text() == "New campaign" and area.name.text() == "Autumn mailing"
    assert area._editing is None and not area.table.selectionModel().selectedRows()


def test_a_cost_typed_before_the_list_arrives_is_checked_against_the_center_s_currency(
    qtbot: QtBot, services: Services, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The currency comes with the list: on a slow link, "3.000 EUR" typed before it arrived
    was saved as 3,000 US dollars."""
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    listed = held_back(monkeypatch, services.campaigns, "list")
    workers = Workers()
    area = CampaignsArea(AreaContext(services, services.accounts.sign_in("sam", PASSWORD), workers))
    qtbot.addWidget(area)
    area.resize(1100, 600)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    area.start_new()
    type_into(qtbot, area.name, "Autumn mailing")
    type_into(qtbot, area.channel, "direct mail")
    type_into(qtbot, area.cost, "3.000 EUR")
    ctrl_s(qtbot)
    qtbot.waitUntil(area.form.errors["cost"].isVisible)
    assert "is in EUR, but the center counts in USD" in area.form.errors["cost"].text()
    type_into(qtbot, area.cost, "$3,000")
    ctrl_s(qtbot)
    listed.set()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1)
    (autumn,) = services.campaigns.list(sam)
    assert (autumn.name, autumn.cost, autumn.currency) == ("Autumn mailing", Decimal(3000), "USD")
    workers.drain()
