"""The sign-in window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.app import Services
from qualifier_app.domain.errors import QualifierError
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.ui.shell.worker import Workers


class LoginWindow(QWidget):
    signed_in = Signal(SignedIn)

    def __init__(self, workers: Workers, workstation: str = "") -> None:
        super().__init__()
        self._workers = workers
        self._workstation = workstation
        self._services: Services | None = None
        self.setWindowTitle("Qualifier — sign in")
        self.setObjectName("login")
        self.setMinimumWidth(420)

        title = QLabel("Qualifier")
        title.setObjectName("title")
        subtitle = QLabel("Qualifying Center — sign in to your workstation")
        subtitle.setObjectName("subtitle")

        self.login = QLineEdit()
        self.login.setAccessibleName("Login")
        self.login.setPlaceholderText("e.g. rita.rep")
        self.password = QLineEdit()
        self.password.setAccessibleName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Sign-in problem")
        self.error.hide()
        self.button = QPushButton("&Sign in")
        self.button.setDefault(True)
        self.button.setAccessibleName("Sign in")
        self.clock_warning = _clock_warning()
        self.database = QLabel("Connecting…")
        self.database.setObjectName("subtitle")
        self.database.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Login", self.login)
        form.addRow("&Password", self.password)
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
        self._services = services
        self.database.setText(f"Database: {services.db.description}")
        notice = services.clock_notice()
        self.clock_warning.setText(notice or "")
        self.clock_warning.setVisible(notice is not None)
        self._set_ready(True)
        self.login.setFocus()

    def show_problem(self, message: str, *, fatal: bool = False) -> None:
        self.error.setText(message)
        self.error.show()
        if fatal:
            self.database.setText("Cannot work with this database.")
            self._set_ready(False)

    def reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self._set_ready(self._services is not None)
        self.login.setFocus()

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.login, self.password, self.button):
            widget.setEnabled(ready)

    # --- signing in -----------------------------------------------------------------------

    def submit(self) -> None:
        if self._services is None or not self.button.isEnabled():
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.show_problem("Enter your login.")
            self.login.setFocus()
            return
        if not password:
            self.show_problem("Enter your password.")
            self.password.setFocus()
            return
        self._set_ready(False)
        self.error.hide()
        self.button.setText("Signing in…")
        accounts = self._services.accounts
        self._workers.submit(
            lambda: accounts.sign_in(login, password, self._workstation),
            self._on_signed_in,
            self._on_failed,
        )

    def _on_signed_in(self, signed_in: SignedIn) -> None:
        self.button.setText("&Sign in")
        self.password.clear()
        self.signed_in.emit(signed_in)

    def _on_failed(self, exc: Exception) -> None:
        self.button.setText("&Sign in")
        self._set_ready(True)
        message = (
            str(exc)
            if isinstance(exc, QualifierError)
            else (f"Unexpected problem: {type(exc).__name__}")
        )
        self.show_problem(message)
        self.password.selectAll()
        self.password.setFocus()


def _clock_warning() -> QLabel:
    """Shown when this workstation's clock is more than a minute off the database's."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setAccessibleName("Clock warning")
    label.hide()
    return label
