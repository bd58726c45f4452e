"""Dialling from the workspace: Call (F11) dials the lead's number through the softphone's
command line when one is configured, else through a tel:/sip:/callto: link the desktop opens;
the call timer starts at dial and stops at Hang up (F12, or saving the outcome). The talk
time goes with the outcome onto the attempt.

Before each dial the database is asked whether the lead may be called now at the number
to be dialled (still the rep's, not do-not-call, inside its calling window by the database's
clock, lawful as the claim checks it; a corrected number not on a do-not-call list or
registry, and inside the window in its own zones too); a number that is not valid is not
dialled at all. The answer comes back from a worker, and a refusal is shown beside Call;
after a refusal the lease is checked at once, so a lead that is no longer the rep's is closed
as the heartbeat would close it (draft kept) rather than at the next beat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton

from qualifier_app.domain import dialing
from qualifier_app.domain.contact import check_phone, reading_country
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.integrations.dialer import run_dial_command
from qualifier_app.settings import WorkspacePolicy
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text
from qualifier_app.ui.workspace.clock import LocalClock
from qualifier_app.ui.workspace.session import LeadSession

TOPIC = "dialing"


class Dialled(NamedTuple):
    number: str | None  # E.164; None when the number is not valid
    shown: str  # the number as the rep sees it
    extension: str | None  # to dial after the number, when it has one


def number_of(session: LeadSession, country: str | None) -> Dialled:
    """What Call dials: the rep's correction when they made one, else the lead's. No number
    when it is not valid: a number that cannot be read cannot be checked against the
    do-not-call lists and windows, so it is not dialled."""
    lead = session.item.lead
    reading = reading_country(lead.country, lead.phone_e164) or country
    if session.phone:
        corrected = check_phone(session.phone, reading, details=False)
        number = corrected.e164 if corrected.valid else None
        return Dialled(number, session.phone, corrected.extension)
    # The card has the number as given, not its extension apart: the number as given is read
    # again here (phonenumbers, no database) when there is a valid number to dial.
    raw = lead.phone_raw or ""
    extension = check_phone(raw, reading, details=False).extension if lead.phone_e164 else None
    return Dialled(lead.phone_e164, lead.phone_e164 or raw, extension)


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
        notice: QLabel,
        *,
        current: Callable[[], LeadSession | None],
        may_dial: Callable[[int, str], str | None],
        now: Callable[[], datetime],
        changed: Callable[[], None],
        refused: Callable[[], None] = lambda: None,
        after_call: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._calls = calls
        self._clock = clock
        self._banner = banner
        self._current = current
        self._now = now
        self._changed = changed
        self._refused = refused
        self._after_call = after_call
        self.call_button, self.hang_up_button = buttons
        self.notice = notice
        self._may_dial = may_dial
        self._asking: LeadSession | None = None  # the lead whose dial waits for the answer
        self.call_button.clicked.connect(self.dial)
        self.hang_up_button.clicked.connect(self.hang_up)
        # Tests and odd desktops: how a URI is opened (QDesktopServices by default).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.update_buttons()

    def update_buttons(self) -> None:
        session = self._current()
        if self._asking is not None and self._asking is not session:
            self._asking = None  # the answer for a lead no longer open is dropped
        if self.notice.property("lead") != (session.lead_id if session else None):
            self.notice.hide()  # a refusal is about the lead it was given for
        self.call_button.setEnabled(
            session is not None and not session.on_call and self._asking is None
        )
        self.hang_up_button.setEnabled(session is not None and session.on_call)

    def dial(self) -> None:
        session = self._current()
        if session is None or session.on_call or self._asking is not None:
            return
        number, shown, extension = number_of(session, self._policy.default_country)
        if number is None:
            self._refuse(
                session,
                self.tr(
                    "the number {number} is not a valid phone number: correct it first (F2)"
                ).format(number=shown),
            )
            return
        self._asking = session
        self.notice.hide()
        self.update_buttons()
        lead_id = session.lead_id

        def answered(refusal: str | None) -> None:
            if self._asking is not session or self._current() is not session:
                return
            self._asking = None
            if refusal is None:
                self._place_call(session, number, extension)
            else:
                self._refuse(session, i18n.translated(refusal))
            self.update_buttons()
            if refusal is not None:
                self._refused()  # the lead may be no longer the rep's: the lease is asked

        def failed(exc: Exception) -> None:
            if self._asking is not session:
                return
            self._asking = None
            self._refuse(session, problem_text(exc))
            self.update_buttons()

        self._calls.submit(lambda: self._may_dial(lead_id, number), answered, failed)

    def _refuse(self, session: LeadSession, why: str) -> None:
        self.notice.setText(self.tr("Not dialled: {why}").format(why=why))
        self.notice.setProperty("lead", session.lead_id)
        self.notice.show()

    def _place_call(self, session: LeadSession, number: str, extension: str | None) -> None:
        """Dial `number`, the one the database was asked about."""
        policy = self._policy
        command = policy.dial_command.strip()
        try:
            if command:
                argv = dialing.dial_command(policy.dial_command, number, extension)
                target = " ".join(argv)
            else:
                uri = dialing.dial_uri(policy.dial_uri_template, number, extension)
                target = uri
        except InvalidInput as exc:
            self._banner.show_message(
                self.tr("Cannot dial: {problem}").format(problem=problem_text(exc)),
                error=True,
                topic=TOPIC,
            )
            return
        self._banner.clear(TOPIC)
        if extension and not dialing.carries_extension(command or policy.dial_uri_template):
            # The softphone dials the number only: the rep keys the extension in.
            self._banner.show_message(
                self.tr("Extension {extension}: dial it when the switchboard answers.").format(
                    extension=extension
                ),
                topic=TOPIC,
            )
        if command:

            def not_started(exc: Exception) -> None:
                if self._current() is session and session.on_call:
                    session.dialed_at = None  # no call was made: no talk time either
                    session.dialed_number = None
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
        session.dialed_number = number
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
        had_keyboard = self.hang_up_button.hasFocus()
        seconds = session.hang_up(self._now())
        assert seconds is not None
        self._clock.show_call_ended(seconds)
        self.update_buttons()
        if had_keyboard:  # not left to Qt, which gives it to whatever comes next ("My state")
            self._after_call()
        self._changed()
        self.hung_up.emit(seconds)
