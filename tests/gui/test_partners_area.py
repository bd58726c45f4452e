"""The Partners area: directory editing, feedback entry, routing choice, who is not reporting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import LeadStatusDayChange
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.settings import Settings
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.partners.area import PartnersArea
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.sla_timer import SlaSweepTimer
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog
from tests.gui.conftest import aligned
from tests.support.factories import PASSWORD, Factory
from tests.support.held import held_back
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and their SLAs start."""
    return with_mail_server(settings, smtp_server)


@pytest.fixture
def workers(qtbot: QtBot) -> Iterator[Workers]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    pool = Workers()
    yield pool
    pool.close()


def context_for(services: Services, factory: Factory, workers: Workers, login: str) -> AreaContext:
    signed_in: SignedIn = services.accounts.sign_in(login, PASSWORD, "test")
    return AreaContext(services, signed_in, workers)


def open_directory(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, rows: int
) -> PartnersArea:
    """The Partners area as sam.super sees it, once its directory lists `rows` partners."""
    area = PartnersArea(context_for(services, factory, workers, "sam.super"))
    qtbot.addWidget(area)
    area.resize(1250, 760)
    area.show()
    qtbot.waitUntil(lambda: area.directory.table.rowCount() == rows)
    return area


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def test_directory_shows_errors_next_to_the_field_and_saves(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("sam.super", Role.SUPERVISOR)
    area = PartnersArea(context_for(services, factory, workers, "sam.super"))
    qtbot.addWidget(area)
    area.resize(1250, 760)
    area.show()
    tab = area.directory
    qtbot.waitUntil(lambda: tab.status.text() == "0 partners")

    qtbot.keyClicks(tab.name, "Pacific Unified")
    qtbot.keyClicks(tab.countries, "Narnia")
    qtbot.keyClicks(tab.regions, "US-CA")
    qtbot.keyClicks(tab.products, "contact center")
    qtbot.keyClicks(tab.segments, "mid-market")
    qtbot.keyClicks(tab.sla, "0")  # 480 hours
    qtbot.keyClicks(tab.reps, "Alex Morgan <alex@pacific.example>")
    press(qtbot, tab.save_button)
    error = tab.form.errors["countries"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == (
        "'Narnia' is not a country Qualifier knows: give its two-letter ISO code, such as DE or "
        "US, or its name"
    )
    assert tab.countries.property("invalid") is True
    # Every problem at once, each beside its field; the first field takes the keyboard.
    assert tab.form.errors["segments"].isVisible()
    assert tab.form.errors["segments"].text() == (
        "segment 'mid-market' is unknown; use smb or enterprise"
    )
    assert tab.countries.hasFocus()
    tab.segments.selectAll()
    qtbot.keyClicks(tab.segments, "smb")

    tab.countries.selectAll()
    qtbot.keyClicks(tab.countries, "US")
    tab.regions.selectAll()
    qtbot.keyClicks(tab.regions, "CA-ON")
    press(qtbot, tab.save_button)
    region_error = tab.form.errors["regions"]
    qtbot.waitUntil(region_error.isVisible)
    assert region_error.text() == "'CA-ON' is in CA, which the partner's countries do not list"
    assert not error.isVisible()

    tab.regions.selectAll()
    qtbot.keyClicks(tab.regions, "US-CA")
    qtbot.keyClick(tab.regions, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # as elsewhere
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    qtbot.waitUntil(lambda: tab.status.text() == "1 partner; saved Pacific Unified")
    assert tab.heading.text() == "Editing Pacific Unified"
    assert not error.isVisible()
    [saved] = services.partners.list_partners(OPERATOR)
    assert (saved.regions, saved.sla_hours) == (("US-CA",), 480)
    assert tab.table.item(0, 0).text() == "Pacific Unified"


def test_a_partner_whose_channel_manager_was_deactivated_asks_for_another_one(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """The editor showed "(none)" for a manager no longer in the list, and a save quietly
    took the manager away: now the field says why, without leaving the list."""
    factory.user("sam.super", Role.SUPERVISOR)
    factory.user("carla.channel", team=None, queues=())
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    add_partner(services, "Atlantic Voice", channel_manager="carla.channel")
    add_partner(services, "Pacific Unified", channel_manager="sam.super")
    services.staff.set_user(OPERATOR, "carla.channel", active=False)
    area = open_directory(qtbot, services, factory, workers, rows=2)
    tab = area.directory
    tab.table.setFocus()
    tab.table.selectRow(0)
    warning = tab.form.errors["channel_manager"]
    assert warning.isVisible()
    assert warning.text() == "carla.channel is deactivated: choose another channel manager"
    assert tab.table.hasFocus()  # the arrow keys still go through the list

    tab.table.selectRow(1)
    assert not warning.isVisible()
    tab.table.selectRow(0)
    tab.manager.setCurrentIndex(tab.manager.findData("sam.super"))
    press(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: "saved Atlantic Voice" in tab.status.text())
    assert not warning.isVisible()
    partners = {p.name: p for p in services.partners.list_partners(OPERATOR)}
    assert partners["Atlantic Voice"].channel_manager == "sam.super"


def test_feedback_entry_and_back_to_nurture(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    factory.user("carla.channel")
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    add_partner(services, "Pacific Unified", channel_manager="carla.channel")
    add_partner(services, "Atlantic Voice", channel_manager="carla.channel")
    first = services.routing.route(rep, sales_ready_lead(factory, rep, company="Acme Corp"))
    second = services.routing.route(rep, sales_ready_lead(factory, rep, company="Globex"))
    clock.advance(timedelta(hours=3))

    area = PartnersArea(context_for(services, factory, workers, "carla.channel"))
    qtbot.addWidget(area)
    area.resize(1250, 760)
    area.show()
    area.tabs.setCurrentWidget(area.handoffs)
    tab = area.handoffs
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    tab.select(first.id)
    assert "Next in the fair rotation" in tab.detail.text()
    # The amounts say the currency they are in: the center's.
    titles = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    assert titles[-2:] == ["Pipeline (USD)", "Won (USD)"]
    assert tab.revenue.placeholderText() == "e.g. 45000 USD"

    tab.new_status.setCurrentIndex(tab.new_status.findData("won"))
    qtbot.keyClicks(tab.revenue, "lots")
    press(qtbot, tab.record_button)
    assert tab.form.errors["revenue"].text() == "revenue 'lots' is not an amount"
    tab.revenue.selectAll()
    qtbot.keyClicks(tab.revenue, "45000")
    press(qtbot, tab.record_button)
    qtbot.waitUntil(tab.form.errors["closed_on"].isVisible)
    assert tab.form.errors["closed_on"].text() == "a won lead needs its close date"
    qtbot.keyClicks(tab.closed_on, "2026-11-24")
    press(qtbot, tab.record_button)
    qtbot.waitUntil(lambda: handoff_row(services, first.id).status == "won")
    qtbot.waitUntil(lambda: "is won" in tab.feedback_status.text())

    tab.select(second.id)
    tab.new_status.setCurrentIndex(tab.new_status.findData("rejected"))
    qtbot.keyClicks(tab.reason, "Outside our territory")
    press(qtbot, tab.record_button)
    qtbot.waitUntil(lambda: "the lead is sales ready" in tab.feedback_status.text())
    qtbot.keyClicks(tab.reason, "Not ready for a partner")
    tab.select(second.id)
    press(qtbot, tab.nurture_button)
    qtbot.waitUntil(lambda: "the lead is nurture" in tab.feedback_status.text())
    assert factory.get_lead(second.lead_id).status == "nurture"
    qtbot.waitUntil(lambda: tab.table.item(0, 3) is not None)
    tab.select(first.id)


def test_the_feedback_form_belongs_to_the_handoff_chosen_and_is_pressed_once(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Pacific Unified")
    first = services.routing.route(rep, sales_ready_lead(factory, rep, company="Acme Corp"))
    second = services.routing.route(rep, sales_ready_lead(factory, rep, company="Globex"))
    services.handoffs.record_feedback(OPERATOR, second.id, "rejected", "Outside our territory")

    area = PartnersArea(context_for(services, factory, workers, "sam.super"))
    qtbot.addWidget(area)
    area.show()
    area.tabs.setCurrentWidget(area.handoffs)
    tab = area.handoffs
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    tab.select(first.id)
    tab.new_status.setCurrentIndex(tab.new_status.findData("won"))
    qtbot.keyClicks(tab.reason, "Signed for three sites")
    qtbot.keyClicks(tab.revenue, "45000")
    qtbot.keyClicks(tab.closed_on, "2026-11-24")

    # What was typed for Acme Corp is not offered for Globex.
    tab.select(second.id)
    assert [f.text() for f in (tab.reason, tab.pipeline, tab.revenue, tab.closed_on)] == [""] * 4
    assert tab.new_status.currentIndex() == 0

    released = held_back(monkeypatch, services.handoffs, "back_to_nurture")
    qtbot.keyClicks(tab.reason, "Not ready for a partner")
    press(qtbot, tab.nurture_button)
    assert not tab.nurture_button.isEnabled() and not tab.record_button.isEnabled()
    released.set()
    qtbot.waitUntil(lambda: "the lead is nurture" in tab.feedback_status.text())
    assert tab.nurture_button.isEnabled() and tab.record_button.isEnabled()
    assert factory.get_lead(second.lead_id).status == "nurture"


def test_partners_not_reporting(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Silent Partner", reps=2)
    for _ in range(2):
        services.routing.route(rep, sales_ready_lead(factory, rep))
    clock.advance(timedelta(days=9))
    area = PartnersArea(context_for(services, factory, workers, "sam.super"))
    qtbot.addWidget(area)
    area.resize(1250, 600)
    area.show()
    area.tabs.setCurrentWidget(area.stale)
    tab = area.stale
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 0).text() == "Silent Partner"
    assert tab.table.item(0, 2).text() == "2 of 2"
    assert tab.table.item(0, 3).text() == "100 %"
    assert aligned(tab.table, 0)[3] == "right"  # a share, aligned as figures are
    tab.days.setValue(10)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    assert tab.status.text() == "Every partner reported on its open handoffs."


def test_choosing_another_partner_needs_a_reason(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Pacific Unified")
    beta = add_partner(services, "Atlantic Voice")
    lead_id = sales_ready_lead(factory, rep, company="Acme Corp")
    dialog = PartnerChoiceDialog(context_for(services, factory, workers, "rita.rep"), lead_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices.count() == 2)
    assert dialog.heading.text() == "Acme Corp goes to Pacific Unified"
    assert dialog.why.text().startswith("Next in the fair rotation")
    assert not dialog.reason.isEnabled()

    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    assert dialog.reason.isEnabled()
    press(qtbot, dialog.hand_off)
    assert dialog.reason_error.text() == "Say why Atlantic Voice instead of Pacific Unified."
    qtbot.keyClicks(dialog.reason, "The prospect works with them already")
    with qtbot.waitSignal(dialog.handed_off, timeout=10_000) as signal:
        press(qtbot, dialog.hand_off)
    handoff = signal.args[0]
    assert handoff.partner_id == beta
    assert handoff.override_reason == "The prospect works with them already"


def test_partners_area_is_for_supervisors_admins_and_channel_managers(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    factory.user("carla.channel")
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    carla = services.accounts.actor_for("carla.channel")
    assert "Partners" not in [a.title for a in areas_for(rep.role, rep)]
    assert "Partners" in [a.title for a in areas_for(carla.role, carla)]
    assert "Partners" in [a.title for a in areas_for(Role.SUPERVISOR)]
    assert "Partners" in [a.title for a in areas_for(Role.ADMIN)]


def test_the_running_app_sweeps_slas_on_the_worker_pool(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, clock: ManualClock
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Pacific Unified", sla_hours=24)
    add_partner(services, "Atlantic Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    recycled = factory.lead(status="nurture", recycle_on=clock.now().date())
    timer = SlaSweepTimer(services, rep, workers)
    assert timer.timer.isActive()
    assert timer.timer.interval() == services.settings.routing.sweep_minutes * 60_000
    clock.advance(timedelta(hours=24))
    with qtbot.waitSignal(timer.swept, timeout=10_000) as swept:
        timer.sweep()
    assert swept.args == ["SLA sweep: 1 SLA expired, 1 lead re-routed; 1 lead back from nurture"]
    assert factory.get_lead(recycled).status == "queued"
    assert handoff_row(services, handoff.id).status == "expired"
    timer.stop()


def test_no_mail_server_banner_when_one_is_configured(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("sam.super", Role.SUPERVISOR)
    area = PartnersArea(context_for(services, factory, workers, "sam.super"))
    qtbot.addWidget(area)
    area.show()
    assert not area.mail_banner.isVisible()
    qtbot.waitUntil(lambda: area.directory.status.text() != "Loading…")
    qtbot.waitUntil(lambda: area.routing.status.text() != "Loading…")


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_running_app_folds_the_report_rollup_where_its_user_reads_reports(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """The rollup's changes pile up until folded (PostgreSQL, LeadStatusDayChange): the
    sweep of a team lead's workstation folds them, as its own login; a rep's does not."""
    owner = create_db_engine(services.settings.database_url)

    def changes() -> int:
        with owner.connect() as connection:
            count = select(func.count()).select_from(LeadStatusDayChange)
            return int(connection.execute(count).scalar_one())

    rep = factory.user("rita.rep")
    lead = factory.user("tom.lead", Role.TEAM_LEAD)
    factory.lead()
    factory.lead()
    try:
        assert changes() == 2
        for actor, left in ((rep, 2), (lead, 0)):
            timer = SlaSweepTimer(services, actor, workers)
            timer.sweep()
            qtbot.waitUntil(lambda: not timer.running, timeout=10_000)  # noqa: B023
            assert changes() == left
            timer.stop()
    finally:
        owner.dispose()


def test_a_directory_that_loads_late_keeps_the_partner_chosen_meanwhile(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The list asked for after saving one partner came back after another was chosen: it
    selected the saved one again and its editor replaced what was being typed."""
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Atlantic Voice")
    add_partner(services, "Pacific Unified")
    area = open_directory(qtbot, services, factory, workers, rows=2)
    tab = area.directory
    tab.table.selectRow(0)
    saved_name = tab.name.text()
    listed = held_back(monkeypatch, services.partners, "list_partners")
    press(qtbot, tab.save_button)
    qtbot.waitUntil(tab.save_button.isEnabled)  # saved; the list is asked for
    tab.table.selectRow(1)  # while the list after the save still loads
    other = tab.name.text()
    assert other != saved_name
    tab.products.setFocus()
    tab.products.selectAll()
    qtbot.keyClicks(tab.products, "unified communications")
    listed.set()
    qtbot.waitUntil(lambda: "saved" in tab.status.text())
    assert tab.name.text() == other and tab.products.text() == "unified communications"
    assert tab._editing is not None and tab._editing.name == other


def test_the_recorded_feedback_is_confirmed_in_the_users_language(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    rep = factory.user("rita.rep")
    factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Pacific Unified")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep, company="Acme Corp"))
    i18n.install("pseudo")
    try:
        area = PartnersArea(context_for(services, factory, workers, "sam.super"))
        qtbot.addWidget(area)
        area.show()
        area.tabs.setCurrentWidget(area.handoffs)
        tab = area.handoffs
        qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
        tab.select(handoff.id)
        tab.new_status.setCurrentIndex(tab.new_status.findData("accepted"))
        press(qtbot, tab.record_button)
        qtbot.waitUntil(lambda: "1" in tab.feedback_status.text())
        # The statuses as the user's language names them, not the database's words.
        said = tab.feedback_status.text()
        assert "[!! accepted !!]" in said and "[!! handed off !!]" in said
        workers.drain(5_000)
    finally:
        i18n.install("en")
