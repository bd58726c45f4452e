"""Administrators: the people of the center. Add someone, change their role and team,
deactivate a leaver (their held leads go back to the queue), reactivate, reset a password
(a one-time password, shown once) and unlock after too many wrong passwords."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.dto import UserSummary, works_no_queue
from qualifier_app.services.accounts.staff import StaffChange
from qualifier_app.services.admin.teams import TeamSummary
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.admin.people_list import PeopleListImport
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.keys import make_action, native
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    chosen_after_reload,
    fill_table,
    list_beside_form,
    make_table,
    message_of,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Login"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Team"),
    QT_TRANSLATE_NOOP("Columns", "Queues"),
    QT_TRANSLATE_NOOP("Columns", "Active"),
)
NO_TEAM = QT_TRANSLATE_NOOP("UsersArea", "(no team)")
T = TypeVar("T")


def _while_shown(area: QWidget, fn: Callable[[T], None]) -> Callable[[T], None]:
    """A worker's answer for an area that may have been closed meanwhile: then dropped."""

    def deliver(value: T) -> None:
        if isValid(area):
            fn(value)

    return deliver


def _field_of(exc: Exception, fallback: str) -> Exception:
    """Refusals that belong to a field but carry none: shown next to `fallback`."""
    if isinstance(exc, InvalidInput):
        return exc
    if isinstance(exc, Conflict) and "exists already" in str(exc):
        return InvalidInput(str(exc), "login")
    if isinstance(exc, NotFound) and "team" in str(exc):
        return InvalidInput(str(exc), "team")
    if isinstance(exc, Conflict):
        return InvalidInput(str(exc), fallback)
    return exc


class UsersArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._users: list[UserSummary] = []
        self._editing: UserSummary | None = None
        self.confirm: QMessageBox | None = None
        self.table = make_table(COLUMNS, self.tr("Users"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton(self.tr("&New user"))
        self.list_button = QPushButton(self.tr("Add from a l&ist…"))
        self.list_button.setToolTip(
            self.tr("A CSV or XLSX list: login, name, role, team; a one-time password each")
        )
        QVBoxLayout(self).addWidget(
            list_beside_form(
                self.table,
                self.status,
                self.new_button,
                self._build_form(),
                more=[self.list_button],
            )
        )
        self.people_list = PeopleListImport(self, context, self.list_button, self.outcome)
        self.people_list.finished.connect(lambda _done: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        save = make_action(self, "save")
        save.triggered.connect(self.save)
        self.addAction(save)
        self.live = LiveList(self, context, self.reload)
        self.start_new()
        self.reload()

    def _build_form(self) -> QWidget:
        self.editor = EditorForm(self.tr("New user"), self.tr("Save"))
        self.save_button = self.editor.save_button
        self.save_button.setToolTip(native("Ctrl+S"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. rita.rep"))
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(i18n.translated(role.label), role.value)
        self.team = QComboBox()
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.reset_button = QPushButton(self.tr("&Reset password"))
        self.unlock_button = QPushButton(self.tr("Unlo&ck"))
        account = QWidget()
        row = QHBoxLayout(account)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.active_button, self.reset_button, self.unlock_button):
            row.addWidget(button)
        row.addStretch()
        panel = self.editor.build(
            [
                ("login", self.tr("L&ogin"), self.login),
                ("name", self.tr("N&ame"), self.display_name),
                ("role", self.tr("Ro&le"), self.role),
                ("team", self.tr("&Team"), self.team),
                ("active", self.tr("Account"), account),
            ]
        )
        self.outcome = QLabel()
        self.outcome.setObjectName("subtitle")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What happened"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for field in (self.login, self.display_name):
            field.returnPressed.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(panel)
        box.addWidget(self.outcome)
        box.addStretch()
        return side

    # --- the list ---------------------------------------------------------------------------

    def reload(self, select_login: str | None = None) -> None:
        accounts, teams, actor = (
            self._context.services.accounts,
            self._context.services.teams,
            self._actor,
        )
        # The person chosen now: one chosen while the list loads keeps the editor.
        asked_while = self._editing.login if self._editing else None
        self._context.workers.submit(
            lambda: (accounts.list_users(actor), teams.list_teams(actor)),
            _while_shown(self, lambda found: self._show(*found, select_login, asked_while)),
            _while_shown(self, lambda exc: self.status.setText(message_of(exc))),
        )

    def _show(
        self,
        users: list[UserSummary],
        teams: list[TeamSummary],
        select_login: str | None,
        asked_while: str | None,
    ) -> None:
        editing = self._editing.login if self._editing else None
        chosen = chosen_after_reload(select_login, asked_while, editing)
        current_team = self.team.currentText()
        self.team.clear()
        self.team.addItem(self.tr(NO_TEAM), "")
        for team in teams:
            if team.active:
                self.team.addItem(team.name, team.name)
        self.team.setCurrentText(current_team)
        self._users = users
        fill_table(
            self.table,
            [
                (
                    user.login,
                    user.display_name,
                    i18n.translated(Role(user.role).label),
                    user.team or "",
                    ", ".join(user.queues),
                    i18n.yes_no(user.active),
                )
                for user in users
            ],
        )
        self.status.setText(
            i18n.plural(
                len(users),
                QT_TRANSLATE_NOOP("Counts", "{n} user"),
                QT_TRANSLATE_NOOP("Counts", "{n} users"),
            )
        )
        self.table.blockSignals(True)
        for row, user in enumerate(users):
            if user.login == chosen:
                self.table.selectRow(row)
                self._editing = user
                self._show_account(user)
        self.table.blockSignals(False)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._users):
            self.edit(self._users[rows[0].row()])

    def start_new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.editor.heading.setText(self.tr("New user"))
        self.editor.reset()
        self.login.setReadOnly(False)
        self.login.clear()
        self.display_name.clear()
        self.role.setCurrentIndex(self.role.findData(Role.REP.value))
        self.team.setCurrentIndex(0)
        for button in (self.active_button, self.reset_button, self.unlock_button):
            button.setEnabled(False)
        self.login.setFocus()

    def edit(self, user: UserSummary) -> None:
        if self._editing is None or self._editing.login != user.login:
            self.outcome.clear()  # a one-time password is not left on screen for the next
        self._editing = user
        self.editor.heading.setText(f"{user.display_name} ({user.login})")
        self.editor.reset()
        self.login.setText(user.login)
        self.login.setReadOnly(True)  # a login names the person in the audit log for good
        self.display_name.setText(user.display_name)
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.team.setCurrentIndex(max(0, self.team.findData(user.team or "")))
        self._show_account(user)

    def _show_account(self, user: UserSummary) -> None:
        self.active_button.setText(
            self.tr("&Deactivate…") if user.active else self.tr("Re&activate")
        )
        for button in (self.active_button, self.reset_button, self.unlock_button):
            button.setEnabled(True)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        self.editor.reset()
        staff, actor = self._context.services.staff, self._actor
        role, team = str(self.role.currentData()), str(self.team.currentData() or "")
        name, login = self.display_name.text(), self.login.text().strip()
        if self._editing is None:
            if not login:
                self.editor.failed(InvalidInput(self.tr("choose a login"), "login"))
                return
            people = self._context.services.people_list

            def add() -> tuple[str, str, bool]:
                added, password = people.add_one(actor, login, role, name, team or None)
                return added.login, password, works_no_queue(added.role, added.team)

            self.save_button.setEnabled(False)
            self._context.workers.submit(add, _while_shown(self, self._added), self._failed("role"))
            return
        editing = self._editing.login
        self.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: staff.set_user(actor, editing, role=role, team=team, display_name=name),
            _while_shown(self, self._changed),
            self._failed("role"),
        )

    def _failed(self, field: str) -> Callable[[Exception], None]:
        return _while_shown(self, lambda exc: self.editor.failed(_field_of(exc, field)))

    def _added(self, added: tuple[str, str, bool]) -> None:
        login, password, in_no_team = added
        self.save_button.setEnabled(True)
        said = self.tr(
            "{login} is added. One-time password: {password} — give it to them "
            "now, it is shown only once; they choose their own at the first "
            "sign-in."
        ).format(login=login, password=password)
        if in_no_team:
            said += " " + self.tr(
                "They are in no team, and get no leads from a queue until you give them one."
            )
        self.outcome.setText(said)
        self.reload(select_login=login)

    def _changed(self, changed: StaffChange) -> None:
        self.save_button.setEnabled(True)
        state = self.tr("active") if changed.active else self.tr("deactivated")
        returned = ""
        if changed.leads_returned or changed.callbacks_returned:
            returned = self.tr("; {leads} back in the queue, {callbacks} to the team").format(
                leads=i18n.plural(
                    changed.leads_returned,
                    QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                ),
                callbacks=i18n.plural(
                    changed.callbacks_returned,
                    QT_TRANSLATE_NOOP("Counts", "{n} callback"),
                    QT_TRANSLATE_NOOP("Counts", "{n} callbacks"),
                ),
            )
        team = changed.team or self.tr("no team")
        saved = self.tr("Saved {login}: {label}, {team}, {state}{returned}").format(
            login=changed.login,
            label=i18n.translated(Role(changed.role).label),
            team=team,
            state=state,
            returned=returned,
        )
        if changed.partners_managed:
            saved += "\n" + self.tr(
                "{login} is still the channel manager of {partners}: give those partners "
                "another one in Partners."
            ).format(login=changed.login, partners=", ".join(changed.partners_managed))
        self.outcome.setText(saved)
        self.reload(select_login=changed.login)

    # --- the account ------------------------------------------------------------------------

    def toggle_active(self) -> None:
        if self._editing is None:
            return
        self.editor.reset()
        login = self._editing.login
        if not self._editing.active:
            self._set_active(login, True)
            return
        confirm = QMessageBox(self)
        self.confirm = confirm
        confirm.setWindowTitle(self.tr("Deactivate"))
        confirm.setText(
            self.tr(
                "Deactivate {login}? They can no longer sign in. The leads {login} "
                "holds go back to the queue, and their “me only” callbacks to the team."
            ).format(login=login)
        )
        confirm.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        confirm.setDefaultButton(QMessageBox.StandardButton.Yes)
        confirm.accepted.connect(lambda: self._set_active(login, False))
        confirm.open()

    def _set_active(self, login: str, active: bool) -> None:
        staff, actor = self._context.services.staff, self._actor
        self._context.workers.submit(
            lambda: staff.set_user(actor, login, active=active),
            _while_shown(self, self._changed),
            self._failed("active"),
        )

    def reset_password(self) -> None:
        if self._editing is None:
            return
        self.editor.reset()
        staff, actor, login = self._context.services.staff, self._actor, self._editing.login
        self._context.workers.submit(
            lambda: staff.reset_password(actor, login),
            _while_shown(
                self,
                lambda password: self.outcome.setText(
                    self.tr(
                        "One-time password for {login}: {password} — give it to them now, it "
                        "is shown only once; they must choose their own at the next sign-in."
                    ).format(login=login, password=password)
                ),
            ),
            self._failed("active"),
        )

    def unlock(self) -> None:
        if self._editing is None:
            return
        self.editor.reset()
        staff, actor, login = self._context.services.staff, self._actor, self._editing.login
        self._context.workers.submit(
            lambda: staff.unlock(actor, login),
            _while_shown(
                self,
                lambda _: self.outcome.setText(
                    self.tr("{login} is unlocked and can sign in again.").format(login=login)
                ),
            ),
            self._failed("active"),
        )
