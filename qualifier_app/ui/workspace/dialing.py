"""Dialling from the workspace: Call (F11) dials the lead's number through the softphone's
command line when one is configured, else through a tel:/sip:/callto: link the desktop opens;
the call timer starts at dial and stops at Hang up (F12, or saving the outcome). The talk
time goes with the outcome onto the attempt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from qualifier_app.domain import dialing
from qualifier_app.domain.contact import check_phone
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.integrations.dialer import run_dial_command
from qualifier_app.settings import WorkspacePolicy
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text
from qualifier_app.ui.workspace.clock import LocalClock
from qualifier_app.ui.workspace.session import LeadSession

TOPIC = "dialing"


def number_of(session: LeadSession, country: str | None) -> str:
    """The number to dial: the rep's correction when it is a valid number, else the lead's."""
    lead = session.item.lead
    if session.phone:
        corrected = check_phone(session.phone, lead.country or country, details=False)
        if corrected.e164:
            return corrected.e164
    return lead.phone_e164 or lead.phone_raw


class Dialer(QObject):
    dialed = Signal(str)  # the URI opened or the command run, for the status line
    hung_up = Signal(int)  # talk seconds

    def __init__(
        self,
        parent: QObject,
        policy: WorkspacePolicy,
        calls: ServiceCalls,
        clock: LocalClock,
        banner: Banner,
        buttons: tuple[QPushButton, QPushButton],
        *,
        current: Callable[[], LeadSession | None],
        now: Callable[[], datetime],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._calls = calls
        self._clock = clock
        self._banner = banner
        self._current = current
        self._now = now
        self._changed = changed
        self.call_button, self.hang_up_button = buttons
        self.call_button.clicked.connect(self.dial)
        self.hang_up_button.clicked.connect(self.hang_up)
        # Tests and odd desktops: how a URI is opened (QDesktopServices by default).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.update_buttons()

    def update_buttons(self) -> None:
        session = self._current()
        self.call_button.setEnabled(session is not None and not session.on_call)
        self.hang_up_button.setEnabled(session is not None and session.on_call)

    def dial(self) -> None:
        session = self._current()
        if session is None or session.on_call:
            return
        policy = self._policy
        try:
            number = number_of(session, policy.default_country)
            if policy.dial_command.strip():
                argv = dialing.dial_command(policy.dial_command, number)
                target = " ".join(argv)
            else:
                uri = dialing.dial_uri(policy.dial_uri_template, number)
                target = uri
        except InvalidInput as exc:
            self._banner.show_message(
                self.tr("Cannot dial: {problem}").format(problem=problem_text(exc)),
                error=True,
                topic=TOPIC,
            )
            return
        self._banner.clear(TOPIC)
        if policy.dial_command.strip():

            def not_started(exc: Exception) -> None:
                if self._current() is session and session.on_call:
                    session.dialed_at = None  # no call was made: no talk time either
                    self._clock.set_lead(session.item.lead, None)
                    self.update_buttons()
                    self._changed()
                self._dial_failed(exc)

            self._calls.submit(lambda: run_dial_command(argv), None, not_started)
        elif not self.open_url(QUrl(uri)):
            self._dial_failed(
                InvalidInput(
                    self.tr(
                        "no program on this workstation opens {scheme}: links; "
                        "set dial_command or dial_uri_template in the settings file"
                    ).format(scheme=uri.partition(":")[0]),
                    "dial_uri_template",
                )
            )
            return
        now = self._now()
        session.dialed_at, session.talk_seconds = now, None
        self._clock.start_call(now)
        self.update_buttons()
        self._changed()
        self.hang_up_button.setFocus()
        self.dialed.emit(target)

    def _dial_failed(self, exc: Exception) -> None:
        self._banner.show_message(
            self.tr("Dialling failed: {problem}").format(problem=problem_text(exc)),
            error=True,
            topic=TOPIC,
        )

    def hang_up(self) -> None:
        session = self._current()
        if session is None or not session.on_call:
            return
        seconds = session.hang_up(self._now())
        assert seconds is not None
        self._clock.show_call_ended(seconds)
        self.update_buttons()
        self._changed()
        self.hung_up.emit(seconds)
