"""The sign-in window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.app import Entrance, Services
from qualifier_app.domain.errors import AuthenticationFailed, InvalidInput, OneTimePassword
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.first_run_form import CheckedForm
from qualifier_app.ui.shell.window_height import grow_to_show_all
from qualifier_app.ui.shell.worker import Workers


class LoginWindow(QWidget):
    signed_in = Signal(SignedIn)

    def __init__(self, workers: Workers, workstation: str = "") -> None:
        super().__init__()
        self._workers = workers
        self._workstation = workstation
        self._entrance: Entrance | None = None
        # The services of the last sign-in: on PostgreSQL the person's own connection.
        self.signed_services: Services | None = None
        self.password_dialog: PasswordDialog | None = None
        self.setWindowTitle(self.tr("Qualifier — sign in"))
        self.setObjectName("login")
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Qualifier"))
        title.setObjectName("title")
        subtitle = QLabel(self.tr("Qualifying Center — sign in to your workstation"))
        subtitle.setObjectName("subtitle")

        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Login"))
        self.login.setPlaceholderText(self.tr("e.g. rita.rep"))
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.hide()
        self.button = QPushButton(self.tr("&Sign in"))
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Sign in"))
        self.clock_warning = _clock_warning()
        self.database = QLabel(self.tr("Connecting…"))
        self.database.setObjectName("subtitle")
        self.database.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addSpacing(6)
        layout.addWidget(self.clock_warning)
        layout.addWidget(self.database)

        self.button.clicked.connect(self.submit)
        self.login.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self._set_ready(False)

    # --- state --------------------------------------------------------------------------

    def set_services(self, services: Services) -> None:
        self.set_entrance(Entrance.of(services))

    def set_entrance(self, entrance: Entrance) -> None:
        self._entrance = entrance
        self.database.setText(
            self.tr("Database: {description}").format(description=entrance.description)
        )
        # Before a sign-in on PostgreSQL there is no connection to measure the clock by; the
        # main window shows the notice then.
        notice = entrance.services.clock_notice() if entrance.services is not None else None
        self.clock_warning.setText(i18n.translated(notice) if notice else "")
        self.clock_warning.setVisible(notice is not None)
        grow_to_show_all(self)
        self._set_ready(True)
        self.login.setFocus()

    def show_problem(self, message: str, *, fatal: bool = False) -> None:
        self.error.setText(message)
        self.error.show()
        if fatal:
            self.database.setText(self.tr("Cannot work with this database."))
            self._set_ready(False)
        grow_to_show_all(self)

    def reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self._set_ready(self._entrance is not None)
        self.login.setFocus()

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.login, self.password, self.button):
            widget.setEnabled(ready)

    # --- signing in -----------------------------------------------------------------------

    def submit(self) -> None:
        if self._entrance is None or not self.button.isEnabled():
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.show_problem(self.tr("Enter your login."))
            self.login.setFocus()
            return
        if not password:
            self.show_problem(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self._set_ready(False)
        self.error.hide()
        self.button.setText(self.tr("Signing in…"))
        entrance, workstation = self._entrance, self._workstation
        self._workers.submit(
            lambda: _sign_in(entrance, login, password, workstation),
            lambda done: self._on_signed_in(done, password),
            lambda exc: self._on_failed(exc, password),
        )

    def _on_signed_in(self, done: tuple[Services, SignedIn, bool], password: str) -> None:
        services, signed_in, must_change = done
        self.signed_services = services
        self.button.setText(self.tr("&Sign in"))
        self.password.clear()
        if not must_change:
            self.signed_in.emit(signed_in)
            return
        # A password an administrator reset (on SQLite, or on PostgreSQL before 0064): the
        # person chooses their own before working.
        staff, actor = services.staff, signed_in.actor
        dialog = PasswordDialog(
            self._workers,
            actor.login,
            lambda current, new: staff.change_own_password(actor, current, new),
            current=password,
            parent=self,
        )
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self.signed_in.emit(signed_in))
        dialog.rejected.connect(lambda: self._password_not_changed(signed_in))
        dialog.open()

    def _password_not_changed(self, signed_in: SignedIn | None = None) -> None:
        entrance, services = self._entrance, self.signed_services
        assert entrance is not None
        self.signed_services = None
        if services is not None and signed_in is not None:
            self._workers.submit(lambda: entrance.sign_out(services, signed_in))
        self._set_ready(True)
        self.show_problem(self.tr("Choose a new password to sign in: yours was reset."))
        self.password.setFocus()

    def _choose_own(self, login: str, one_time: str) -> None:
        """A one-time password on PostgreSQL opens nothing: its holder replaces it with their
        own through the sign-in role, then signs in with that."""
        entrance, workstation = self._entrance, self._workstation
        assert entrance is not None
        chosen: list[str] = []
        signed: list[tuple[Services, SignedIn, bool]] = []

        def change(current: str, new: str) -> None:
            if not chosen:  # a sign-in that failed afterwards is tried again alone
                entrance.choose_own_password(login, current, new)
                chosen.append(new)
            signed.append(_sign_in(entrance, login, chosen[0], workstation))

        dialog = PasswordDialog(self._workers, login, change, current=one_time, parent=self)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self._on_signed_in(signed[-1], ""))
        dialog.rejected.connect(self._password_not_changed)
        dialog.open()

    def _on_failed(self, exc: Exception, password: str = "") -> None:
        if isinstance(exc, OneTimePassword):
            self.button.setText(self.tr("&Sign in"))
            self.password.clear()
            self._choose_own(exc.login, password)
            return
        self.button.setText(self.tr("&Sign in"))
        self._set_ready(True)
        self.show_problem(i18n.problem_text(exc))
        self.password.selectAll()
        self.password.setFocus()


def _clock_warning() -> QLabel:
    """Shown when this workstation's clock is more than a minute off the database's."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("AccessibleNames", "Clock warning"))
    label.hide()
    return label


def _sign_in(
    entrance: Entrance, login: str, password: str, workstation: str
) -> tuple[Services, SignedIn, bool]:
    services, signed_in = entrance.sign_in(login, password, workstation)
    try:
        return services, signed_in, services.staff.must_change_password(signed_in.actor)
    except Exception:
        entrance.sign_out(services, signed_in)
        raise


class PasswordDialog(QDialog):
    """Change one's own password: `change(current, new)` does it on a worker. After a reset
    `current` is the one-time password just typed, and only the new one is asked for
    (twice)."""

    def __init__(
        self,
        workers: Workers,
        login: str,
        change: Callable[[str, str], object],
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workers = workers
        self._change = change
        self._given = current
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(440)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.returnPressed.connect(self.submit)
        self.new.setPlaceholderText(self.tr("at least 10 characters, not the login"))
        heading = (
            self.tr("{login}: you signed in with a one-time password. Choose your own to continue.")
            if current is not None
            else self.tr("Change the password of {login}")
        ).format(login=login)
        self.editor = CheckedForm(heading, self.tr("&Change password"))
        self.editor.heading.setWordWrap(True)
        fields: list[tuple[str, str, QWidget]] = [
            ("password", self.tr("&New password"), self.new),
            ("repeat", self.tr("&Repeat"), self.repeat),
        ]
        if current is None:
            fields.insert(0, ("current", self.tr("C&urrent password"), self.current))
        self.button = self.editor.save_button
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor.build(fields))
        layout.addWidget(cancel, alignment=Qt.AlignmentFlag.AlignRight)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self._first = self.new if current is not None else self.current

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.activateWindow()
        self._first.setFocus()

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        self.editor.reset()
        current = self._given if self._given is not None else self.current.text()
        new = self.new.text()
        if self._given is None and not current:
            self.editor.failed(InvalidInput(self.tr("type your current password"), "current"))
            return
        if not new:
            self.editor.failed(InvalidInput(self.tr("choose the new password"), "password"))
            return
        if new != self.repeat.text():
            self.editor.failed(InvalidInput(self.tr("the two passwords differ"), "repeat"))
            return
        self.button.setEnabled(False)
        change = self._change
        self._workers.submit(lambda: change(current, new), self._changed, self._failed)

    def _changed(self, _: object) -> None:
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, AuthenticationFailed) and self._given is None:
            exc = InvalidInput(str(exc), "current")
        self.editor.failed(exc)
        if isinstance(exc, InvalidInput) and exc.field == "password":
            self.new.selectAll()
            self.repeat.clear()
