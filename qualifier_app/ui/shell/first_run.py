"""First run on an empty database: the center, its first administrator, team and queue.

Shown instead of the sign-in window while the database has no users; once the center is set
up the administrator signs in as anybody would. Every problem is named next to its field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from qualifier_app.app import Services
from qualifier_app.domain.currency import DEFAULT_CURRENCY, check_currency
from qualifier_app.domain.errors import Gathered, InvalidInput
from qualifier_app.services.accounts.first_run import (
    CenterSetup,
    CenterSummary,
    check_time_zone,
    parse_window,
)
from qualifier_app.services.admin.teams import clean_name
from qualifier_app.ui.shell.first_run_form import CheckedForm
from qualifier_app.ui.shell.window_height import grow_to_show_all
from qualifier_app.ui.shell.worker import Workers

DEFAULT_WINDOW = "09:00-18:00"


def local_time_zone() -> str:
    """The workstation's zone name when the system says it plainly, else UTC."""
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        try:
            return check_time_zone(name)
        except InvalidInput:
            return "UTC"
    return "UTC"


def _named(text: str, what: str) -> str:
    try:
        return clean_name(text, what)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, what) from None


class FirstRunWindow(QWidget):
    """Asks for what a center needs to start; emits `done` with what was set up."""

    done = Signal(object)

    def __init__(self, workers: Workers, services: Services) -> None:
        super().__init__()
        self._workers = workers
        self._services = services
        self.setWindowTitle(self.tr("Qualifier — set up a center"))
        self.setObjectName("login")

        title = QLabel(self.tr("Set up your Qualifying Center"))
        title.setObjectName("title")
        intro = QLabel(
            self.tr(
                "This database has no users yet ({description}). Name the center, "
                "choose when calls may be made wherever no calling rule of a place's own "
                "applies (the US and some of its states have theirs: Calling rules area), "
                "and create the first administrator with a first team and queue. "
                "Everything else can be added afterwards in the app."
            ).format(description=services.db.description)
        )
        intro.setObjectName("subtitle")
        intro.setWordWrap(True)

        self.center = QLineEdit()
        self.center.setPlaceholderText(self.tr("e.g. Lisbon Qualifying Center"))
        self.time_zone = QLineEdit(local_time_zone())
        self.time_zone.setPlaceholderText(self.tr("e.g. Europe/Berlin"))
        self.calling_window = QLineEdit(DEFAULT_WINDOW)
        self.calling_window.setPlaceholderText(DEFAULT_WINDOW)
        self.currency = QLineEdit(DEFAULT_CURRENCY)
        self.currency.setPlaceholderText(self.tr("what every amount is in, e.g. EUR"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. ada.admin"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("optional, e.g. Ada Lovelace"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 10 characters"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.team = QLineEdit("Team 1")
        self.queue = QLineEdit("Main")
        self.editor = CheckedForm("", self.tr("&Set up the center"))
        self.editor.heading.hide()
        self.form = self.editor
        self.button = self.editor.save_button
        panel = self.editor.build(
            [
                ("center", self.tr("&Center name"), self.center),
                ("time_zone", self.tr("&Time zone"), self.time_zone),
                ("window", self.tr("Calling &window"), self.calling_window),
                ("currency", self.tr("C&urrency"), self.currency),
                ("login", self.tr("Administrator &login"), self.login),
                ("name", self.tr("&Name"), self.display_name),
                ("password", self.tr("&Password"), self.password),
                ("repeat", self.tr("&Repeat password"), self.repeat),
                ("team", self.tr("First t&eam"), self.team),
                ("queue", self.tr("First &queue"), self.queue),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(panel)
        layout.addStretch()
        # A width set by hand would keep a longer title (German's) from widening the window.
        self.setMinimumWidth(max(520, self.minimumSizeHint().width()))

        for field in self.editor.fields.values():
            if isinstance(field, QLineEdit):
                field.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.center.setFocus()

    def request(self) -> CenterSetup:
        """What the form says; raises InvalidFields naming every field that cannot be read."""
        gathered = Gathered()
        center = gathered.check(self._center_name)
        zone = gathered.check(lambda: check_time_zone(self.time_zone.text()))
        window = gathered.check(lambda: parse_window(self.calling_window.text()))
        currency = gathered.check(lambda: check_currency(self.currency.text()))
        gathered.check(self._administrator_given)
        team = gathered.check(lambda: _named(self.team.text(), "team"))
        queue = gathered.check(lambda: _named(self.queue.text(), "queue"))
        gathered.done()
        start, end = window
        return CenterSetup(
            center=center,
            time_zone=zone,
            window_start=start,
            window_end=end,
            admin_login=self.login.text(),
            admin_password=self.password.text(),
            admin_name=self.display_name.text(),
            team=team,
            queue=queue,
            currency=currency,
        )

    def _center_name(self) -> str:
        center = " ".join(self.center.text().split())
        if not center:
            raise InvalidInput(self.tr("the center needs a name"), "center")
        return center

    def _administrator_given(self) -> None:
        if not self.login.text().strip():
            raise InvalidInput(self.tr("choose the administrator's login"), "login")
        if not self.password.text():
            raise InvalidInput(self.tr("choose the administrator's password"), "password")
        if self.repeat.text() != self.password.text():
            raise InvalidInput(
                self.tr("the two passwords differ; type the same one twice"), "repeat"
            )

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        self.editor.reset()
        try:
            request = self.request()
        except InvalidInput as exc:
            self._failed(exc)
            return
        self.button.setEnabled(False)
        self.button.setText(self.tr("Setting up…"))
        first_run = self._services.first_run
        self._workers.submit(lambda: first_run.set_up(request), self._done, self._failed)

    def _done(self, summary: CenterSummary) -> None:
        self.password.clear()
        self.repeat.clear()
        self.done.emit(summary)

    def _failed(self, exc: Exception) -> None:
        """Each problem next to its field, the first one's field taking the focus. The window
        grows to show them whole (it squeezed a field to a sliver to make room)."""
        self.button.setText(self.tr("&Set up the center"))
        self.editor.failed(exc)
        grow_to_show_all(self)
        if isinstance(exc, InvalidInput) and exc.field == "password":
            self.repeat.clear()
