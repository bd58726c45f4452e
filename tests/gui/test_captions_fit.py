"""Every one-line text of every area (captions, column titles, the hints of empty fields) is
drawn whole at 1280×720 and 1920×1080, in English and German (the longest): what the layout
measured is what the painter draws.

A label's width comes from its text's advance; the ink is compared, not the advance, so a
text measured one way and drawn another (a kerned caption whose Alt letter is drawn
underlined as a run of its own: the Reports area's "To" lost a pixel of its "o") is caught.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.reports.area import ReportsArea
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import language_installed, main_window_of, wait_idle
from tests.support.factories import PASSWORD, Factory

SIZES = [(1280, 720), (1920, 1080)]


pytestmark = [pytest.mark.usefixtures("app_style"), pytest.mark.layout]


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication, built: Path) -> Iterator[str]:
    yield from language_installed(request, built)


def ink_width(label: QLabel) -> int:
    """How wide the label's text is drawn: a copy of it on a wide canvas, to the last
    column that is not background."""
    copy = QLabel(label.text())
    copy.setObjectName(label.objectName())
    copy.setFont(label.font())
    copy.setMargin(label.margin())
    copy.setIndent(label.indent())
    copy.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if label.buddy() is not None:
        copy.setBuddy(QLineEdit())  # the Alt letter is shown underlined, as on the label
    copy.resize(label.width() + 60, label.height())
    image = copy.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    for x in range(image.width() - 1, -1, -1):
        if any(_differs(image.pixelColor(x, y), background) for y in range(image.height())):
            return x + 1
    return 0


def _differs(color: QColor, background: QColor) -> bool:
    return color.rgb() != background.rgb()


def cut_titles(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Column titles narrower than their text; a column the person widens is theirs."""
    cut = {}
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for section in range(header.count()):
            title = model.headerData(section, Qt.Orientation.Horizontal) if model else None
            if header.isSectionHidden(section) or not title:
                continue
            wide = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
            if header.sectionSize(section) < wide + 8:  # the stylesheet's padding: 4 px a side
                cut[title] = (header.sectionSize(section), wide + 8)
    return cut


def cut_hints(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Empty fields whose hint (placeholder) is cut short."""
    cut = {}
    for line in window.findChildren(QLineEdit):
        hint = line.placeholderText()
        if not (line.isVisible() and hint and not line.text()):
            continue
        # The text's room: the field less its frame and the stylesheet's 6 px padding a side.
        room = line.width() - 2 * 1 - 2 * 6 - 4
        wide = line.fontMetrics().horizontalAdvance(hint)
        if wide > room:
            cut[hint] = (room, wide)
    return cut


def cut_choices(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Combo boxes made to fit their longest choice that did not get the room for it."""
    cut = {}
    for combo in window.findChildren(QComboBox):
        fits = combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents
        if combo.isVisible() and fits and combo.width() < combo.sizeHint().width():
            cut[combo.accessibleName() or combo.currentText()] = (
                combo.width(),
                combo.sizeHint().width(),
            )
    return cut


def cut_labels(window: MainWindow) -> dict[str, tuple[int, int]]:
    cut = {}
    for label in window.findChildren(QLabel):
        text = label.text()
        plain = (
            not label.wordWrap()
            and "\n" not in text
            and label.textFormat() is not Qt.TextFormat.RichText
            and "<" not in text
        )
        if not (label.isVisible() and text and plain and label.pixmap().isNull()):
            continue
        drawn = ink_width(label)
        if drawn > label.width():
            cut[text] = (label.width(), drawn)
    return cut


@pytest.mark.parametrize("role", [Role.REP, Role.ADMIN])
def test_no_one_line_text_of_any_area_is_cut(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    role: Role,
    language: str,
) -> None:
    window = main_window_of(qtbot, services, factory, workers, role)
    window.show()
    cut = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_idle(qtbot, workers)
        for size in SIZES:
            window.resize(*size)
            QApplication.processEvents()
            for check in (cut_labels, cut_titles, cut_hints, cut_choices):
                for text, widths in check(window).items():
                    cut[f"{window.area_titles[index]} {size}: {text}"] = widths
    assert cut == {}, f"in {language} (width, drawn): {cut}"


def test_the_reports_to_caption_is_drawn_whole_at_1280x720(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    signed_in = services.accounts.sign_in("sam", PASSWORD, "test")
    window = MainWindow(services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.tabs.setCurrentIndex(window.area_titles.index("Reports"))
    area = window.tabs.currentWidget()
    assert isinstance(area, ReportsArea)
    wait_idle(qtbot, workers)
    captions = [label for label in area.findChildren(QLabel) if label.buddy() is area.end]
    assert [label.text() for label in captions] == ["&To"]
    assert ink_width(captions[0]) <= captions[0].width()
