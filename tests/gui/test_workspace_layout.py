"""The Workspace laid out for the call, on the screens reps really have.

The main window opens at 1024x700 and 1280x720 offscreen with a lead whose company, e-mail
and inquiry are long; the phone, e-mail and script widgets get at least their minimum sizes,
the columns do not overlap, the script has the widest column, and the window keeps the size
it was given while the lead opens and while the rep types a long, wrong e-mail.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell import style
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.area import WorkspaceArea
from tests.gui.conftest import CTRL, focused, shortcut, wait_idle
from tests.gui.test_workspace_resilience import qualify_open_lead
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner

pytestmark = pytest.mark.layout

LONG_EMAIL = "alexandra.featherstonehaugh@northwestern-logistics-holdings.example"


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> Iterator[None]:
    """The layout as the app shows it: with its stylesheet (padding and fonts change sizes)."""
    style.apply(qapp)
    yield
    qapp.setStyleSheet("")


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _assert_whole(widget: QWidget, name: str) -> None:
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert widget.isVisible(), f"{name} is hidden"
    assert widget.width() >= minimum.width(), f"{name} is {widget.width()} px wide"
    assert widget.height() >= minimum.height(), f"{name} is {widget.height()} px high"


def open_rita_workspace(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, size: tuple[int, int]
) -> tuple[MainWindow, WorkspaceArea]:
    factory.user("rita")
    factory.lead(
        company="Northwestern Logistics Holdings International Incorporated",
        email_raw=LONG_EMAIL,
        email_normalized=LONG_EMAIL,
        email_valid=True,
        inquiry="a contact center platform for 300 agents across four sites, " * 3,
    )
    signed_in = services.accounts.sign_in("rita", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_idle(qtbot, workers)
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    return window, area


@pytest.mark.parametrize("size", [(1024, 700), (1280, 720)])
def test_phone_email_and_script_get_their_room_and_nothing_overlaps(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, size: tuple[int, int]
) -> None:
    window, area = open_rita_workspace(qtbot, services, factory, workers, size)
    with qtbot.waitSignal(area.lead_shown, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    wait_idle(qtbot, workers)
    assert (window.width(), window.height()) == size  # never widened by the lead

    phone, email, script = area.card.phone.edit, area.card.email.edit, area.script
    for widget, name in ((phone, "phone"), (email, "e-mail"), (script, "script")):
        _assert_whole(widget, name)
    # The whole e-mail address fits in its field.
    assert email.width() >= email.fontMetrics().horizontalAdvance(LONG_EMAIL[:40])

    left, centre, right = (area.columns.widget(i) for i in range(3))
    rects = [rect_in(column, window) for column in (left, centre, right)]
    for first in range(3):
        for second in range(first + 1, 3):
            assert not rects[first].intersects(rects[second]), (first, second, rects)
        assert window.rect().contains(rects[first]), rects[first]
    assert centre.width() >= max(left.width(), right.width())  # the script's pane is largest
    card_rect = rect_in(area.card.email, window)
    assert not card_rect.intersects(rect_in(script, window))
    assert not rect_in(phone, window).intersects(rect_in(email, window))


def test_the_card_needs_no_scrolling_at_1280x720(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    _window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    with qtbot.waitSignal(area.lead_shown, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    left = area.columns.widget(0)
    card = rect_in(area.card, left)
    assert left.rect().contains(card), (left.rect(), card)


def test_a_toll_free_number_keeps_the_card_on_screen_at_1280x720(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """A toll-free number has no place: its 42 time zones were listed under the phone and
    pushed the e-mail and the rest of the card below the window."""
    _window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    with qtbot.waitSignal(area.lead_shown, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    shortcut(qtbot, Qt.Key.Key_F2)
    area.card.phone.edit.selectAll()
    qtbot.keyClicks(focused(), "1-800-FLOWERS x12")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the server's check follows
    wait_idle(qtbot, workers)
    info = area.card.phone.info.text()
    assert "toll free" in info and "time zones" in info and "America/Adak" not in info
    left = area.columns.widget(0)
    assert left.rect().contains(rect_in(area.card, left))


def test_a_lead_anywhere_in_the_us_keeps_the_window_at_1280x720(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, clock: ManualClock
) -> None:
    """A toll-free number and no state: the clock listed the lead's 29 zones a line each and
    the callback its 28 others, and the window grew to 1110 pixels high."""
    clock.advance(timedelta(hours=5))  # 20:00 UTC: open from Hawaii to New York
    factory.user("rita")
    factory.lead(phone_raw="+1 800 356 9377", phone_e164="+18003569377", region=None)
    signed_in = services.accounts.sign_in("rita", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_idle(qtbot, workers)
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    with qtbot.waitSignal(area.lead_shown, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    area.outcome.choose(OutcomeKind.CALLBACK)
    wait_idle(qtbot, workers)
    lines = area.clock.times.text().splitlines()
    assert len(lines) == 3, lines
    assert "HST — " in lines[0]  # the earliest local time, then the latest
    assert lines[1].endswith("more time zones in between")
    assert "EST — America/" in lines[2]
    also = area.outcome.callback_zone.text()
    assert "also 28 other time zones, from" in also and "America/Boise" not in also
    assert (window.width(), window.height()) == (1280, 720)
    _assert_whole(area.script, "script")


def test_a_long_wrong_email_wraps_in_place_and_the_window_keeps_its_size(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    window, area = open_rita_workspace(qtbot, services, factory, workers, (1024, 700))
    with qtbot.waitSignal(area.lead_shown, timeout=10_000):
        shortcut(qtbot, Qt.Key.Key_N, CTRL)
    shortcut(qtbot, Qt.Key.Key_F3)  # to the e-mail
    field = focused()
    assert field is area.card.email.edit
    widths = [area.columns.widget(i).width() for i in range(3)]
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, "no at sign but a very long text " * 4)
    assert area.card.email.problem.isVisible()
    assert [area.columns.widget(i).width() for i in range(3)] == widths  # no reflow
    assert (window.width(), window.height()) == (1024, 700)
    _assert_whole(area.card.email.edit, "e-mail")


def test_the_focused_confirm_button_scrolls_into_view_when_the_window_is_short(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    add_partner(services, "Atlantic Voice Solutions", countries=("US",), regions=("US-NY",))
    window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 600))
    qualify_open_lead(qtbot, area)
    confirm = area.routing.confirm_button
    assert focused() is confirm
    right = area.columns.widget(2)
    assert isinstance(right, QAbstractScrollArea)

    def settled_in_view() -> bool:
        laid_out = confirm.width() >= confirm.minimumSizeHint().width()
        return laid_out and rect_in(right.viewport(), window).contains(rect_in(confirm, window))

    # The step appears when the proposal arrives; the column settles after it.
    qtbot.waitUntil(settled_in_view)
    assert right.verticalScrollBar().value() > 0  # below the fold at first: the column scrolled


def test_a_wide_screen_shares_its_spare_width_until_a_column_is_dragged(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """At 1920 pixels the card and the callbacks kept 1280's width, their lines cut behind a
    scroll bar, while the script's ran 900 pixels long; at 1280 nothing is left to share."""
    window, area = open_rita_workspace(qtbot, services, factory, workers, (1280, 720))
    view = area
    needs = [side.minimumSizeHint().width() for side in view._sides]
    left, _, right = view.columns.sizes()
    assert (left, right) == tuple(needs)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.columns.sizes()[0] > needs[0] + 100)
    left, script, right = view.columns.sizes()
    assert right > needs[1] + 100 and script >= 760
    view.columns.moveSplitter(needs[0] + 10, 1)  # the rep's own width is kept
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: window.width() == 1900)
    assert view.columns.sizes()[0] == needs[0] + 10
