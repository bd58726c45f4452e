"""The desktop application: connect off the GUI thread, sign in, open the main window."""

from __future__ import annotations

import socket
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from qualifier_app.app import (
    Entrance,
    Services,
    open_entrance,
    refuse_a_missing_file,
    settle_memory,
)
from qualifier_app.domain.errors import QualifierError
from qualifier_app.paths import data_folder
from qualifier_app.services.accounts.first_run import CenterSummary
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.settings import (
    configured_language,
    data_dir,
    default_database_url,
    load_settings,
)
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.area import AreaCatalogue
from qualifier_app.ui.shell.first_run import FirstRunWindow
from qualifier_app.ui.shell.login import LoginWindow
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.shell.unexpected import UnexpectedProblems
from qualifier_app.ui.shell.worker import Workers


def connect(database_url: str | None) -> Entrance:
    """On PostgreSQL nothing is connected yet: the workstation knows the server's address
    (never an owner's credentials) and each sign-in connects as the person."""
    settings = load_settings(database_url)
    if settings.database_url == default_database_url():
        data_folder(settings.data_dir)
    refuse_a_missing_file(settings)
    return open_entrance(settings)


class Controller(QObject):
    """Moves between the login window and the main window."""

    main_window_shown = Signal(object)

    def __init__(
        self,
        database_url: str | None,
        services: Services | None = None,
        *,
        areas_for: AreaCatalogue,
        check_first_run: bool | None = None,
        check_before_sign_in: bool = False,
    ) -> None:
        """`check_first_run`: offer the first-run setup when the database has no users; by
        default only for a database this controller connects to itself (services handed in
        are set up by whoever hands them). `check_before_sign_in` (`qualifier gui --smoke`):
        on PostgreSQL the sign-in window is ready only once the sign-in role has connected
        and found the schema this version expects; otherwise nothing is connected before a
        sign-in."""
        super().__init__()
        self._check_before_sign_in = check_before_sign_in
        self._check_first_run = services is None if check_first_run is None else check_first_run
        self.first_run: FirstRunWindow | None = None
        self.workers = Workers(self)
        self.services = services
        self.entrance: Entrance | None = None
        self.login = LoginWindow(self.workers, socket.gethostname())
        self.login.signed_in.connect(self._open_main)
        self.main: MainWindow | None = None
        self._database_url = database_url
        self._areas_for = areas_for

    def start(self) -> None:
        self.login.show()
        if self.services is not None:
            self._connected(Entrance.of(self.services))
            return
        url = self._database_url
        self.workers.submit(lambda: connect(url), self._connected, self._connect_failed)

    def _connected(self, entrance: Entrance) -> None:
        self.entrance = entrance
        self.services = services = entrance.services
        if services is None and self._check_before_sign_in:
            self.workers.submit(
                entrance.check_before_sign_in,
                lambda _: self.login.set_entrance(entrance),
                self._connect_failed,
            )
            return
        # On PostgreSQL the first run is the administrator's `qualifier setup` as the owner.
        if services is None or not self._check_first_run:
            self.login.set_entrance(entrance)
            return
        first_run = services.first_run
        self.workers.submit(
            first_run.needs_setup,
            lambda needed: self._first_run_or_login(services, needed),
            self._connect_failed,
        )

    def _first_run_or_login(self, services: Services, needed: bool) -> None:
        if not needed:
            self.login.set_services(services)
            return
        self.first_run = FirstRunWindow(self.workers, services)
        self.first_run.done.connect(self._set_up)
        self.login.hide()
        self.first_run.show()
        self.first_run.center.setFocus()

    def _set_up(self, summary: CenterSummary) -> None:
        assert self.services is not None and self.first_run is not None
        self.first_run.hide()
        self.first_run.deleteLater()
        self.first_run = None
        self.login.set_services(self.services)
        self.login.login.setText(summary.admin)
        self.login.show()
        self.login.password.setFocus()
        self.login.database.setText(
            self.tr(
                "{name} is set up: team {team} with queues {join}. Imported leads go to the "
                "queues the scoring rules name: {ruled}. Sign in as {admin}. "
                "Database: {description}"
            ).format(
                name=summary.name,
                team=summary.team,
                join=", ".join(summary.queues),
                ruled=", ".join(summary.filled_by_rules),
                admin=summary.admin,
                description=self.services.db.description,
            )
        )

    def _connect_failed(self, exc: Exception) -> None:
        if isinstance(exc, QualifierError):
            message = i18n.problem_text(exc)
        else:
            message = self.tr("Unexpected problem while connecting: {kind}: {detail}").format(
                kind=type(exc).__name__, detail=exc
            )
        self.login.show_problem(message, fatal=True)

    def _open_main(self, signed_in: SignedIn) -> None:
        services = self.login.signed_services
        assert services is not None
        self.main = MainWindow(services, signed_in, self.workers, self._areas_for)
        self.main.sign_out_requested.connect(self.sign_out)
        self.main.signed_out_by_database.connect(self._signed_out_by_database)
        self.main.show()
        self.login.hide()
        # The keys work at once, without a click: the sign-in window that had the keyboard
        # is gone, and a window manager need not give it to the new window by itself.
        self.main.activateWindow()
        settle_memory()
        self.main_window_shown.emit(self.main)

    def sign_out(self) -> None:
        if self.main is None or self.entrance is None:
            return
        main, entrance = self.main, self.entrance
        services, signed_in = main.services, main.signed_in
        self.main = None
        self.login.signed_services = None
        main.close()
        main.deleteLater()
        self.workers.submit(lambda: entrance.sign_out(services, signed_in))
        self.login.reset()
        self.login.show()

    def _signed_out_by_database(self, text: str) -> None:
        self.sign_out()
        self.login.show_problem(text)

    def shutdown(self) -> None:
        entrance = self.entrance
        if self.main is not None and entrance is not None:
            services, signed_in = self.main.services, self.main.signed_in
            self.workers.submit(lambda: entrance.sign_out(services, signed_in))
        # The sign-in windows have no parent: left open they outlive the controller.
        for window in (self.first_run, self.login):
            if window is not None:
                window.close()
        self.workers.close()
        if entrance is not None:
            entrance.close()


def main(database_url: str | None, areas_for: AreaCatalogue, *, smoke: bool = False) -> int:
    """`smoke`: the sign-in window waits for the checks `qualifier gui --smoke` reports."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Qualifier")
    app.setOrganizationName("Qualifier")
    i18n.install(configured_language())
    style.apply(app)
    UnexpectedProblems(data_dir(), app).install()
    controller = Controller(database_url, areas_for=areas_for, check_before_sign_in=smoke)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
