"""The main window: the areas the signed-in user's role may see, and a status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

from qualifier_app.app import Services
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import Area, AreaCatalogue, AreaContext, HoldsLead
from qualifier_app.ui.shell.keys import SHORTCUTS, make_action, native, shortcut, table_name
from qualifier_app.ui.shell.login import PasswordDialog
from qualifier_app.ui.shell.shortcuts_dialog import ShortcutsDialog
from qualifier_app.ui.shell.sla_timer import SlaSweepTimer
from qualifier_app.ui.shell.tab_keys import AreaTabKeys, step_inner_tabs
from qualifier_app.ui.shell.window_height import fit_on_screen
from qualifier_app.ui.shell.worker import Workers

PRESENCE_MS = 60_000
# The areas with a shortcut that works from every area.
REACHED_FROM_ANYWHERE = frozenset(entry.area for entry in SHORTCUTS if entry.anywhere)


class AreaTabBar(QTabBar):
    """Every area in sight on a 1280 px screen: when the titles do not fit, the longest are
    shortened to one width (whole in their tooltips), the short ones stay whole. Scrolling
    hid an administrator's last areas in every language but English; Qt's own shortening
    cut short titles too ("9 …" for the Audit)."""

    measuring = False  # Qt's own size of a tab lays the tabs out, which asks this again

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt's name
        hint = super().tabSizeHint(index)
        if self.measuring:
            return hint
        widest = self._widest()
        if widest is not None:
            hint.setWidth(min(hint.width(), widest))
        return hint

    def _widest(self) -> int | None:
        owner = self.parentWidget()
        if owner is None:
            return None
        room = owner.width()
        self.measuring = True
        try:
            widths = sorted(QTabBar.tabSizeHint(self, i).width() for i in range(self.count()))
        finally:
            self.measuring = False
        for shorter, width in enumerate(widths):
            left = len(widths) - shorter
            if width * left > room:
                return max(room // left, 1)
            room -= width
        return None


def area_tabs() -> QTabWidget:
    tabs = QTabWidget()
    tabs.setTabBar(AreaTabBar())
    tabs.setDocumentMode(True)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    return tabs


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    # The database no longer lets the person work (deactivated): sign out at once, saying why.
    signed_out_by_database = Signal(str)

    def __init__(
        self,
        services: Services,
        signed_in: SignedIn,
        workers: Workers,
        areas_for: AreaCatalogue,
    ) -> None:
        super().__init__()
        self.services = services
        self.signed_in = signed_in
        self.workers = workers
        actor = signed_in.actor
        self.setWindowTitle(
            self.tr("Qualifier — {display_name}").format(display_name=actor.display_name)
        )
        fit_on_screen(self, QSize(1200, 780))

        self.tabs = area_tabs()
        self._tab_keys = AreaTabKeys(self.tabs)
        self.waiting = self._waiting_label()
        self._waiting_in: QWidget | None = None
        self._context = AreaContext(services, signed_in, workers)
        self.area_titles: list[str] = []  # in English: the shortcut table names areas so
        # The first area is built now, the others when first shown: building every area at
        # sign-in held the window frozen for up to a second and a half, and each area's first
        # load asked the database for what nobody had opened yet. An area with shortcuts that
        # work from anywhere (the workspace's Ctrl+N) is built now too, so they work at once
        # (a team lead's window opens on the board, the Workspace behind it).
        self._unbuilt: dict[QWidget, Area] = {}
        for index, area in enumerate(areas_for(actor.role, actor)):
            title = QCoreApplication.translate("Areas", area.title)
            now = index == 0 or area.title in REACHED_FROM_ANYWHERE
            widget = self._build(area) if now else QWidget()
            widget.setAccessibleName(title)
            if not now:
                self._unbuilt[widget] = area
            tab = self.tabs.addTab(widget, f"&{index + 1} {title}" if index < 9 else title)
            self.tabs.setTabToolTip(tab, title)
            self.area_titles.append(area.title)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._show_area)
        self._focus_shown_area()

        role = i18n.translated(actor.role.label)
        self.user_label = QLabel(f"{actor.display_name} · {role} · {services.db.description}")
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.busy = self._busy_bar()
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("fieldError")
        self.clock_warning.setAccessibleName(self.tr("Clock warning"))
        self.clock_warning.hide()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.waiting)
        self.statusBar().addPermanentWidget(self.clock_warning)
        self.statusBar().addPermanentWidget(self.busy)
        self._clock_noticed = False
        workers.busy_changed.connect(self.busy.setVisible)

        self._build_menus()
        self._presence = QTimer(self)
        self._presence.timeout.connect(self._touch_presence)
        self._presence.start(PRESENCE_MS)
        self.sla_sweep = SlaSweepTimer(services, signed_in.actor, workers, self)
        self.sla_sweep.swept.connect(self._show_sweep)
        self.release_prompt: QMessageBox | None = None
        self._leaving = False  # the held lead was dealt with: closing may go ahead

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self.sign_out_action = make_action(self, "sign_out")
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.sign_out_action.triggered.connect(self.sign_out)
        quit_action = make_action(self, "quit")
        quit_action.setText(self.tr("&Quit"))
        quit_action.triggered.connect(self.close)
        self.password_action = QAction(self.tr("Change &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        session.addAction(self.password_action)
        session.addAction(self.sign_out_action)
        session.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = make_action(self, "help")
        shortcuts.setText(self.tr("&Keyboard shortcuts"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        # Bound methods, not closures: a connection must not keep the window alive.
        steps = (("next_tab", self._next_inner_tab), ("previous_tab", self._previous_inner_tab))
        for name, step in steps:
            inner_tabs = make_action(self, name)
            inner_tabs.triggered.connect(step)
            self.addAction(inner_tabs)

    def _next_inner_tab(self) -> None:
        step_inner_tabs(self.tabs.currentWidget(), 1)

    def _previous_inner_tab(self) -> None:
        step_inner_tabs(self.tabs.currentWidget(), -1)

    def change_password(self) -> None:
        staff, actor = self.services.staff, self.signed_in.actor
        self.password_dialog = PasswordDialog(
            self.workers,
            actor.login,
            lambda current, new: staff.change_own_password(actor, current, new),
            parent=self,
        )
        self.password_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password is changed."), 30_000)
        )
        self.password_dialog.open()

    def _busy_bar(self) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setMaximumWidth(120)
        bar.setMaximumHeight(14)
        bar.setAccessibleName(self.tr("Working"))
        bar.hide()
        return bar

    def _waiting_label(self) -> QLabel:
        """What waits in an area not shown (a draft in a team lead's Workspace, behind the
        board), with the key that shows it; hidden once that area is shown."""
        label = QLabel()
        label.setObjectName("fieldWarning")
        label.setAccessibleName(self.tr("Waiting in another area"))
        label.setMinimumWidth(1)  # a long company name is cut, the window keeps its size
        label.hide()
        return label

    def _build(self, area: Area) -> QWidget:
        widget = area.factory(self._context)
        self._tab_keys.watch(widget)
        self._reach_from_anywhere(widget)
        deactivated = getattr(widget, "account_deactivated", None)
        if deactivated is not None:
            deactivated.connect(self.signed_out_by_database)
        waiting = getattr(widget, "waiting_note", None)
        if waiting is not None:
            waiting.connect(self._note_waiting)
        return widget

    def _note_waiting(self, note: str) -> None:
        area = self.sender()
        if not isinstance(area, QWidget) or area is self.tabs.currentWidget():
            return
        index = self.tabs.indexOf(area)
        if index < 0:
            return
        key = f"Alt+{index + 1}" if index < 9 else self.tabs.tabText(index)
        self.waiting.setText(self.tr("{note}: {key} shows it").format(note=note, key=key))
        self.waiting.setToolTip(self.waiting.text())
        self._waiting_in = area
        self.waiting.show()

    def _show_area(self, index: int) -> None:
        placeholder = self.tabs.widget(index)
        area = self._unbuilt.pop(placeholder, None) if placeholder is not None else None
        if area is not None and placeholder is not None:
            built = self._build(area)
            built.setAccessibleName(placeholder.accessibleName())
            label, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, built, label)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        if self.tabs.currentWidget() is self._waiting_in:
            self.waiting.hide()
            self._waiting_in = None
        self._focus_shown_area()

    def _reach_from_anywhere(self, widget: QWidget) -> None:
        """An area's `anywhere` shortcuts work from every area: they show their area first.

        The action is the area's own, added to the window as well, so its key stays one
        shortcut (no ambiguity) and is live whichever area is shown.
        """
        for action in widget.actions():
            name = table_name(action)
            if name is None or not shortcut(name).anywhere:
                continue
            # A bound method, not a closure: the connection must not keep the window alive.
            action.triggered.connect(self._show_area_of_sender)
            self.addAction(action)

    def _focus_shown_area(self) -> None:
        """The keyboard goes to the area shown: where it was in that area, else its first
        input (or table); the tab bar keeps no focus of its own."""
        area = self.tabs.currentWidget()
        if area is None:
            return
        current = QApplication.focusWidget()
        if current is not None and area.isAncestorOf(current):
            return
        remembered = area.focusWidget()
        if remembered is not None and _can_take_focus(remembered, area):
            remembered.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = area.nextInFocusChain()
        while widget is not None and area.isAncestorOf(widget):
            if _can_take_focus(widget, area):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _show_area_of_sender(self) -> None:
        owner = self.sender().parent()
        if isinstance(owner, QWidget) and self.tabs.indexOf(owner) >= 0:
            self.tabs.setCurrentWidget(owner)

    def shortcut_list(self) -> list[tuple[str, str]]:
        """The shortcuts of the areas in this window, from the one table, for F1."""
        titles = set(self.area_titles)
        found: list[tuple[str, str]] = []
        for entry in SHORTCUTS:
            areas = [area for area in entry.areas if area in titles]
            if entry.area and not areas:
                continue
            named = [native(key) for key in entry.keys]
            shown = ", ".join(QCoreApplication.translate("Areas", area) for area in areas)
            where = f" ({shown})" if shown else ""
            text = QCoreApplication.translate("Shortcuts", entry.text)
            found.append((self.tr(" or ").join(named), text + where))
        for index in range(min(self.tabs.count(), 9)):
            shown = self.tr("Show {area}").format(area=self.tabs.tabText(index)[3:])
            found.append((f"Alt+{index + 1}", shown))
        if self.tabs.count() > 1:  # Qt's own keys, kept for the areas (ui/shell/tab_keys.py)
            found.append((native("Ctrl+Tab"), self.tr("Next area")))
            found.append((native("Ctrl+Shift+Tab"), self.tr("Previous area")))
        return found

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(
            self, self.tr("Keyboard shortcuts"), self.shortcut_list()
        )
        self.shortcuts_dialog.open()

    def _touch_presence(self) -> None:
        accounts, signed_in = self.services.accounts, self.signed_in
        self.workers.submit(
            lambda: accounts.touch_session(signed_in), lambda _: self.show_clock_notice()
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Once shown: a status bar message put up before it was visible leaves the signed-in
        # line showing too, and the two are drawn over each other.
        if not self._clock_noticed:
            self._clock_noticed = True
            self.show_clock_notice()

    def show_clock_notice(self) -> None:
        """Say so while this workstation's clock is more than a minute off the database's."""
        found = self.services.clock_notice()
        notice = i18n.translated(found) if found else ""
        self.clock_warning.setText(self.tr("⚠ Clock off") if notice else "")
        self.clock_warning.setToolTip(notice)
        self.clock_warning.setVisible(bool(notice))
        if notice:
            self.statusBar().showMessage(notice, 30_000)

    def _show_sweep(self, text: str) -> None:
        self.statusBar().showMessage(text, 30_000)

    # --- leaving: no lead stays locked behind the person -----------------------------------

    def _holder(self) -> tuple[HoldsLead, str] | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, HoldsLead):
                held = widget.held_lead()
                if held is not None:
                    return widget, held
        return None

    def sign_out(self) -> None:
        self._release_then(self.sign_out_requested.emit, self.tr("Sign out"))

    def _release_then(self, then: Callable[[], None], leaving: str) -> None:
        """Ask to give the held lead back (Enter: yes), then `then`; at once if none is held."""
        holder = self._holder()
        if holder is None:
            then()
            return
        area, held = holder
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(leaving)
        box.setText(
            self.tr(
                "You still hold {held}. Give it back to the queue? What you typed stays on "
                "this workstation as a draft."
            ).format(held=held)
        )
        release = box.addButton(
            self.tr("&Release the lead and continue"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(release)

        def answered() -> None:
            if box.clickedButton() is release:
                self.statusBar().showMessage(self.tr("Giving {held} back…").format(held=held))
                area.release_held_lead(then)

        box.finished.connect(answered)
        self.release_prompt = box
        box.open()

    def _close_released(self) -> None:
        self._leaving = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter presses the focused push button, as in a dialog: the app moves the focus
        to the button that comes next (Next ›, Save outcome, Import). A push button outside a
        dialog passes Enter on, so it arrives here; a line edit's Enter does not click."""
        button = QApplication.focusWidget()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain == Qt.KeyboardModifier.NoModifier
            and isinstance(button, QPushButton)
            and button.window() is self
            and button.isEnabled()
        ):
            button.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._leaving and self._holder() is not None:
            event.ignore()
            self._release_then(self._close_released, self.tr("Quit"))
            return
        self._presence.stop()
        self.sla_sweep.stop()
        super().closeEvent(event)


def _can_take_focus(widget: QWidget, area: QWidget) -> bool:
    return (
        area.isAncestorOf(widget)
        and widget.isVisibleTo(area)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )
