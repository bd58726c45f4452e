"""The desktop application: connect off the GUI thread, sign in, open the main window."""

from __future__ import annotations

import gc
import socket
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from qualifier_app.app import Services, build
from qualifier_app.domain.errors import QualifierError
from qualifier_app.paths import private_folder
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.settings import default_database_url, load_settings
from qualifier_app.ui.shell import style
from qualifier_app.ui.shell.area import AreaCatalogue
from qualifier_app.ui.shell.login import LoginWindow
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.worker import Workers


def connect(database_url: str | None) -> Services:
    settings = load_settings(database_url)
    if settings.database_url == default_database_url():
        private_folder(settings.data_dir)
    return build(settings)


class Controller(QObject):
    """Moves between the login window and the main window."""

    main_window_shown = Signal(object)

    def __init__(
        self,
        database_url: str | None,
        services: Services | None = None,
        *,
        areas_for: AreaCatalogue,
    ) -> None:
        super().__init__()
        self.workers = Workers(self)
        self.services = services
        self.login = LoginWindow(self.workers, socket.gethostname())
        self.login.signed_in.connect(self._open_main)
        self.main: MainWindow | None = None
        self._database_url = database_url
        self._areas_for = areas_for

    def start(self) -> None:
        self.login.show()
        if self.services is not None:
            self.login.set_services(self.services)
            return
        url = self._database_url
        self.workers.submit(lambda: connect(url), self._connected, self._connect_failed)

    def _connected(self, services: Services) -> None:
        self.services = services
        self.login.set_services(services)

    def _connect_failed(self, exc: Exception) -> None:
        message = (
            str(exc)
            if isinstance(exc, QualifierError)
            else (f"Unexpected problem while connecting: {type(exc).__name__}: {exc}")
        )
        self.login.show_problem(message, fatal=True)

    def _open_main(self, signed_in: SignedIn) -> None:
        assert self.services is not None
        self.main = MainWindow(self.services, signed_in, self.workers, self._areas_for)
        self.main.sign_out_requested.connect(self.sign_out)
        self.main.show()
        self.login.hide()
        settle_memory()
        self.main_window_shown.emit(self.main)

    def sign_out(self) -> None:
        if self.main is None or self.services is None:
            return
        main, accounts = self.main, self.services.accounts
        signed_in = main.signed_in
        self.main = None
        main.close()
        main.deleteLater()
        self.workers.submit(lambda: accounts.sign_out(signed_in))
        self.login.reset()
        self.login.show()

    def shutdown(self) -> None:
        if self.main is not None and self.services is not None:
            accounts, signed_in = self.services.accounts, self.main.signed_in
            self.workers.submit(lambda: accounts.sign_out(signed_in))
        self.workers.drain()
        if self.services is not None:
            self.services.close()


def settle_memory() -> None:
    """Move everything built so far out of the garbage collector's reach: a full collection
    walks every live object, and with SQLAlchemy, Qt wrappers and the app's own objects
    that pass can hold the GUI thread for a tenth of a second or more."""
    gc.collect()
    gc.freeze()


def main(database_url: str | None, areas_for: AreaCatalogue) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Qualifier")
    app.setOrganizationName("Qualifier")
    style.apply(app)
    controller = Controller(database_url, areas_for=areas_for)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
