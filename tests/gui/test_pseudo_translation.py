"""Pseudo-translation: every area of every role, opened offscreen with a translator that wraps
every translated string in [!! … !!] and makes it 130 % long. Any visible text or accessible
name outside the markers that is not the center's data was never translated; any label or
button too narrow for its 130 % text is clipped in a longer language.

One demo database on SQLite, opened once per role (the texts do not depend on the backend).
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.text import restored, stored
from qualifier_app.paths import resources_dir
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.settings import Settings
from qualifier_app.ui.admin.audit import AuditArea
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.shortcuts_dialog import ShortcutsDialog
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.country_choice import CountryChoice
from qualifier_app.ui.widgets.lead_record import open_lead_record
from qualifier_app.ui.workspace.do_not_call_dialog import DoNotCallDialog
from tests.gui.conftest import wait_idle

LOGINS = {
    "rep": "rita.rep",
    "team_lead": "tina.lead",
    "supervisor": "sam.supervisor",
    "admin": "admin",
}
WORD = re.compile(r"[^\W\d_]{2,}")
ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# Channels and sources ("web form", "trade show") are not among them: the known ones are the
# app's words (domain/touches.py), shown in the person's language.
NAMES = re.compile(r"name|login|company|email|city|country|region|industry|title|product|website")


class Demo:
    def __init__(self, folder: Path) -> None:
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        db = Database.from_url(url)
        schema.upgrade(db.engine)
        clock = ManualClock(datetime(2026, 11, 24, 18, 30, tzinfo=UTC))
        self.services: Services = build(
            Settings(database_url=url, data_dir=folder / "data"), clock, db=db
        )
        demo = self.services.demo.load(200, seed=11, history_days=0)
        self.passwords = {account.login: account.password for account in demo.accounts}
        # The database's description (its file) and the shipped BANT scripts are the
        # center's own words: the scripts' questions are shown as the center wrote them.
        shipped = " ".join(p.read_text("utf-8") for p in (resources_dir() / "scripts").glob("*"))
        self.data_words = (
            _data_words(db.engine) | set(WORD.findall(db.description)) | set(WORD.findall(shipped))
        )


def _data_words(engine: sa.Engine) -> set[str]:
    """Every word the center's data holds (names, companies, places, teams, queues,
    campaigns, scripts' questions): shown as it is stored, in nobody's catalogue."""
    words: set[str] = set()
    meta = sa.MetaData()
    meta.reflect(engine)
    with engine.connect() as connection:
        for table in meta.sorted_tables:
            # Names of people, companies, places and things the center made; not free text,
            # where the windows' own words could hide.
            texts = [
                c
                for c in table.columns
                if isinstance(c.type, sa.String) and NAMES.search(c.name) and c.name != "status"
            ]
            if not texts:
                continue
            for row in connection.execute(sa.select(*texts)):
                for value in row:
                    if value is not None:
                        words.update(WORD.findall(str(value)))
    return words


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = Demo(tmp_path_factory.mktemp("pseudo"))
    yield made
    made.services.close()


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    i18n.install("pseudo")
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def plain(text: str) -> str:
    if QtGui_Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def shown_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) of what the window shows now: labels, buttons, titles, placeholders,
    tooltips, tab and menu titles, table headers, the status bar."""
    yield "window title", window.windowTitle()
    yield "status bar", window.statusBar().currentMessage()
    for action in window.menuBar().actions():
        yield "menu", action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            for item in menu.actions():
                yield "menu item", item.text()
    yield from widget_texts(window)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:  # noqa: PLR0912
    """(where, text) of the visible widgets inside `root`."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        if widget.toolTip():
            yield f"tooltip of {name}", widget.toolTip()
        if widget.accessibleName():
            yield f"accessible name of {name}", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield name, plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, CountryChoice):
            pass  # countries named by ISO 3166's catalogue in the person's language, not ours
        elif isinstance(widget, QComboBox):
            yield f"choice of {name}", widget.currentText()
            for index in range(widget.count()):
                yield f"item of {name}", widget.itemText(index)
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield f"placeholder of {name}", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount() if not isinstance(model, QAbstractListModel) else 1
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"header of {name}", header


def accessible_names(root: QWidget) -> Iterator[tuple[str, str]]:
    """What a screen reader says for each widget inside `root`, shown or not yet shown (a
    field's problem line): each is the person's language too."""
    for widget in root.findChildren(QWidget):
        if widget.accessibleName():
            where = f"accessible name of {type(widget).__name__} {widget.objectName()}"
            yield where.rstrip(), widget.accessibleName()


@functools.cache
def _zone_words() -> frozenset[str]:
    # Read once: available_timezones() walks the whole tz database on every call.
    return frozenset(word for zone in zoneinfo.available_timezones() for word in WORD.findall(zone))


def locale_words() -> set[str]:
    """Day and month names come from QLocale, in the locale's language, and time zones are
    named by their IANA names: neither is the catalogue's."""
    locale = QLocale()
    words = set(_zone_words())
    for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        words.update(locale.dayName(day, form) for day in range(1, 8))
        words.update(locale.monthName(month, form) for month in range(1, 13))
    return words


def untranslated(text: str, data_words: set[str]) -> list[str]:
    rest = i18n.untranslated(text)
    allowed = data_words | locale_words()
    # Upper-case words are codes and abbreviations (SMB, UTC, CST): the same in every language.
    return [w for w in WORD.findall(rest) if w not in allowed and not ABBREVIATION.fullmatch(w)]


def clipped(window: QWidget) -> Iterator[str]:
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if QtGui_Qt.mightBeRichText(widget.text()):
                continue
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if needed > widget.contentsRect().width() + 1:
                width = widget.contentsRect().width()
                yield f"label {widget.text()!r}: {needed} px needed, {width} px"
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
            if needed > widget.width() + 1:
                yield f"button {widget.text()!r}: {needed} px needed, {widget.width()} px"


def _open_window(qtbot: QtBot, demo: Demo, role: str) -> tuple[MainWindow, Workers]:
    login = LOGINS[role]
    signed_in = demo.services.accounts.sign_in(login, demo.passwords[login], "pseudo")
    workers = Workers()
    window = MainWindow(demo.services, signed_in, workers, areas_for)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window, workers


def _pages(qtbot: QtBot, workers: Workers, area: QWidget) -> Iterator[str]:
    """The area as it opens, then each page of its own tabs (the partners' handoffs, the
    reports' tables …): a text on a later page is as visible as one on the first."""
    yield ""
    for tabs in area.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            wait_idle(qtbot, workers, 20_000)
            QApplication.processEvents()
            yield f" › {i18n.untranslated(tabs.tabText(index)) or tabs.tabText(index)}"
        tabs.setCurrentIndex(0)


@pytest.mark.parametrize("role", list(LOGINS))
def test_every_area_is_translated_and_nothing_is_clipped(
    qtbot: QtBot, demo: Demo, pseudo: None, role: str
) -> None:
    window, workers = _open_window(qtbot, demo, role)
    problems: list[str] = []
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            area = window.tabs.widget(index)
            wait_idle(qtbot, workers, 20_000)
            if hasattr(area, "next_lead"):
                area.next_lead()
                wait_idle(qtbot, workers, 20_000)
                # The lead card, the clock and the outcome panel are read with a lead open.
                assert area.session is not None, "the demo has no lead for the workspace"
            QApplication.processEvents()
            title = area.accessibleName()
            for page in _pages(qtbot, workers, area):
                for where, text in shown_texts(window):
                    words = untranslated(text, demo.data_words)
                    if words:
                        problems.append(
                            f"{title}{page}: {where}: {text!r} (not translated: {words})"
                        )
                problems.extend(f"{title}{page}: clipped {what}" for what in clipped(window))
            problems += _problems(title, list(accessible_names(area)), demo)
            if isinstance(area, AuditArea):
                assert area.table.rowCount() > 0, "the demo wrote no audit rows"
                problems += _problems(title, _audit_rows(area.table), demo)
    finally:
        window.close()
        workers.close()
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} problems as {role}:\n" + "\n".join(unique)


def test_the_rep_dialogs_are_translated(qtbot: QtBot, demo: Demo, pseudo: None) -> None:
    """The F1 shortcut list, my figures and the lead record: opened from the workspace."""
    window, workers = _open_window(qtbot, demo, "rep")
    problems: list[str] = []
    try:
        workspace = next(
            window.tabs.widget(i)
            for i in range(window.tabs.count())
            if hasattr(window.tabs.widget(i), "next_lead")
        )
        window.tabs.setCurrentWidget(workspace)
        wait_idle(qtbot, workers, 20_000)
        workspace.next_lead()  # type: ignore[attr-defined]
        wait_idle(qtbot, workers, 20_000)
        lead_id = workspace.session.item.lead.id  # type: ignore[attr-defined]

        window.show_shortcuts()
        shortcuts = window.findChild(ShortcutsDialog)
        assert shortcuts is not None
        # The keys (Ctrl, Shift, F1 …) are Qt's names, the same in every language.
        texts = [("title", shortcuts.windowTitle())]
        texts += [("list", plain(deed)) for _, deed in shortcuts.rows()]
        problems += _problems("Shortcuts", texts, demo)
        shortcuts.close()

        workspace.shift.show_figures()  # type: ignore[attr-defined]
        wait_idle(qtbot, workers, 20_000)
        figures = workspace.shift.figures  # type: ignore[attr-defined]
        QApplication.processEvents()
        problems += _problems("My figures", _dialog_texts(figures), demo)
        problems += [f"My figures: clipped {what}" for what in clipped(figures)]
        figures.close()

        record = open_lead_record(
            window, demo.services.lookup, window.signed_in.actor, workers, lead_id
        )
        wait_idle(qtbot, workers, 20_000)
        QApplication.processEvents()
        problems += _problems("Lead record", [*_dialog_texts(record), *_cells(record)], demo)
        record.close()

        # The reasons offered for each outcome that asks for one, and the do-not-call question.
        outcome = workspace.outcome  # type: ignore[attr-defined]
        for kind in (OutcomeKind.NURTURE, OutcomeKind.DISQUALIFY, OutcomeKind.DO_NOT_CALL):
            outcome.choose(kind)
            QApplication.processEvents()
            reasons = [
                ("reason offered", outcome.reason.itemText(i))
                for i in range(outcome.reason.count())
            ]
            assert reasons, f"no reasons offered for {kind}"
            problems += _problems(f"Reasons for {kind}", reasons, demo)
        asking = DoNotCallDialog(window, "", "", "asked not to be called")
        asking.show()
        QApplication.processEvents()
        problems += _problems("Do not call", _dialog_texts(asking), demo)
        asking.close()

        # Why this partner: the proposal for the open lead, and the same kept on a handoff.
        proposal = demo.services.routing.propose(window.signed_in.actor, lead_id)
        routing = workspace.routing  # type: ignore[attr-defined]
        routing.show_proposal(lead_id, proposal)
        QApplication.processEvents()
        problems += _problems("Routing step", widget_texts(routing), demo)
        routing.hide()
        kept = i18n.translated(restored(stored(proposal.explanation)))
        problems += _problems("Handoff", [("why this partner", kept)], demo)
    finally:
        window.close()
        workers.close()
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} problems:\n" + "\n".join(unique)


def _cells(root: QWidget) -> list[tuple[str, str]]:
    """The cells of the tables in `root`: what the services said, in the person's words.
    An audit row (kind, action, what it is about, change, who) is checked as `_audit_row` says."""
    audit = QCoreApplication.translate("Timeline", "audit")
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for row in range(model.rowCount()):
            cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
            where = f"row {row} of {view.accessibleName() or view.objectName()}"
            if audit in cells:
                found += _audit_row(where, cells, worded=(1, 2, 4), change=3)
                continue
            found += [
                (f"cell {row},{column} of {view.accessibleName()}", value)
                for column, value in enumerate(cells)
                if isinstance(value, str)
            ]
    return found


def _audit_rows(table: QTableWidget) -> list[tuple[str, str]]:
    """The Audit area's rows: who, action, what it is about, change (when and why are data)."""
    found = []
    for row in range(table.rowCount()):
        cells = [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        found += _audit_row(f"audit row {row}", cells, worded=(1, 2, 3), change=4)
    return found


def _audit_row(
    where: str, cells: list[str], worded: tuple[int, ...], change: int
) -> list[tuple[str, str]]:
    """An audit row's texts: the action and what it is about in full, and of the change the
    names of the fields; the values are the record's, kept as they were written."""
    found = [(f"{where}, column {column}", cells[column]) for column in worded]
    for part in cells[change].split(" — ")[0].split("; "):
        if ": " in part:
            found.append((f"{where}, field of {part!r}", part.split(": ", 1)[0]))
    return found


def _dialog_texts(dialog: QWidget) -> list[tuple[str, str]]:
    return [("window title", dialog.windowTitle()), *widget_texts(dialog)]


def _problems(title: str, texts: list[tuple[str, str]], demo: Demo) -> list[str]:
    found = []
    for where, text in texts:
        words = untranslated(text, demo.data_words)
        if words:
            found.append(f"{title}: {where}: {text!r} (not translated: {words})")
    return found
