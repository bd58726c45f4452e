"""Sending handoff packages: SMTP with retries, and an outbox folder for when it is not there.

The SMTP password comes from the OS keyring (service `qualifier-smtp`, account `USER@HOST`).
Every message carries a Message-ID derived from the handoff, so a repeated send is
recognisable as the same message by the receiving side as well.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, getaddresses, parseaddr, quote
from pathlib import Path
from typing import Any

from keyring.errors import KeyringError

from qualifier_app.domain.handoff_package import HandoffPackage
from qualifier_app.os_keyring import os_keyring
from qualifier_app.paths import private_folder, write_private
from qualifier_app.settings import MailSettings

KEYRING_SERVICE = "qualifier-smtp"
# How far one SMTP conversation came.
NOTHING_SENT, DATA_SENT, ACCEPTED = 0, 1, 2


class MailUnavailable(Exception):
    """The message could not be handed to the SMTP server; the text says why, without
    naming anybody. `timed_out`: the attempt ran out of time (a silent or a slow server).
    `lasting`: the server refused it for good (a 5xx answer); trying again later will not
    help."""

    def __init__(self, problem: str, *, timed_out: bool = False, lasting: bool = False) -> None:
        super().__init__(problem)
        self.timed_out = timed_out
        self.lasting = lasting


class MailOutcomeUnknown(MailUnavailable):
    """The whole message went to the server but its answer never came (a timeout after DATA,
    the connection lost): the partner may have it. Never resent blindly."""


class RecipientRefused(MailUnavailable):
    """The server refused the partner rep's address for good (a 5xx answer to RCPT TO): no
    later try gets the message there until a person gives the partner a working address."""


class MessageRefused(MailUnavailable):
    """The server refused the message itself for good (a 5xx answer to MAIL FROM or at DATA:
    taken for spam, too large, the center's sender address not allowed), not the partner rep's
    address: the same message is refused again by every later try, until a person has it let
    through (or hands the lead over another way). The text says what the server answered."""


def server_answer(code: int, reply: bytes | str) -> str:
    """What the server answered, as a line to show a person: `554 5.7.1 rejected as spam`.
    Its text cut short, and any e-mail address in it left out (a refusal may quote the
    recipient's), so it names nobody."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    text = " ".join(re.sub(r"<?[^\s<>@]+@[^\s<>@]+>?", "<address>", text).split())
    if len(text) > 160:
        text = text[:159].rstrip() + "…"
    return f"{code} {text}".strip()


def keyring_account(settings: MailSettings) -> str:
    return f"{settings.user}@{settings.host}"


def keyring_password(settings: MailSettings) -> str:
    try:
        password = os_keyring().get_password(KEYRING_SERVICE, keyring_account(settings))
    except KeyringError as exc:
        raise MailUnavailable(f"the OS keyring cannot be read ({type(exc).__name__})") from None
    if not password:
        raise MailUnavailable(
            f"no SMTP password in the OS keyring (service {KEYRING_SERVICE}, "
            f"account {keyring_account(settings)})"
        )
    return password


def _domain(sender: str) -> str:
    address = parseaddr(sender)[1]
    return address.rpartition("@")[2] or "qualifier.invalid"


def message_id(handoff_id: int, request_id: str, sender: str, kind: str = "") -> str:
    suffix = f".{kind}" if kind else ""
    return f"<handoff-{handoff_id}.{request_id}{suffix}@{_domain(sender)}>"


def ascii_address(address: str) -> str:
    """`address` as SMTP without SMTPUTF8 carries it: a domain in another script in its
    ASCII form (IDNA: `lumièretélécom.example` is `xn--lumiretlcom-19aqb.example`).
    RecipientRefused when it cannot be (a local part outside ASCII): no try would get the
    message there, a person gives the partner another address."""
    local, at, domain = address.rpartition("@")
    try:
        local.encode("ascii")
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise RecipientRefused(
            "the partner rep's address has characters the mail server cannot be given "
            "(outside ASCII before the @); give the partner an address in ASCII",
            lasting=True,
        ) from None
    return f"{local}{at}{domain}"


def ascii_addresses(addresses: str) -> str:
    """A To header's list of addresses ("a@x.example, b@lumièretélécom.example") with each
    domain in the ASCII form SMTP carries (a header encoded as UTF-8 words is no address);
    one that cannot be stays as it is, refused when it is sent."""
    if "@" not in addresses:
        return addresses  # "undisclosed-recipients:;"
    converted = []
    for name, written in getaddresses([addresses]):
        address = written
        with contextlib.suppress(RecipientRefused):
            address = ascii_address(written)
        converted.append(str(Address(display_name=name, addr_spec=address)) if name else address)
    return ", ".join(converted)


def _to(package: HandoffPackage) -> Address | str:
    """The partner rep as one address, whatever the name holds ("Morgan, Alex" is quoted,
    not read as a second recipient), its domain in ASCII when it can be."""
    try:
        email = ascii_address(package.partner_rep_email)
    except RecipientRefused:
        # Refused when it is sent, with the reason; the header still names the rep once.
        name, email = package.partner_rep, package.partner_rep_email
        return f'"{quote(name)}" <{email}>' if name else email
    return Address(display_name=package.partner_rep, addr_spec=email)


def compose_handoff(package: HandoffPackage, sender: str, msg_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = _to(package)
    message["Subject"] = package.subject
    message["Date"] = format_datetime(package.sent_at)
    message["Message-ID"] = msg_id
    message["X-Qualifier-Handoff"] = str(package.handoff_id)
    message.set_content(package.text())
    message.add_attachment(
        json.dumps(package.as_json(), indent=2, ensure_ascii=False).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename=f"handoff-{package.handoff_id}.json",
    )
    return message


def compose_reminder(
    package: HandoffPackage, sender: str, msg_id: str, original_id: str, at: datetime
) -> EmailMessage:
    """The 75 % reminder, dated `at` (the database's time it was claimed): a message without
    a Date is one that receiving servers may mark as spam."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = _to(package)
    message["Subject"] = f"Reminder: {package.subject}"
    message["Date"] = format_datetime(at)
    message["Message-ID"] = msg_id
    message["In-Reply-To"] = original_id
    message["References"] = original_id
    message["X-Qualifier-Handoff"] = str(package.handoff_id)
    message.set_content(
        f"Hello {package.partner_rep or package.partner},\n\n"
        f"handoff {package.handoff_id} ({package.company or package.contact_name}) is still "
        f"waiting for your answer. Please accept or reject it by "
        f"{package.respond_by:%Y-%m-%d %H:%M} UTC; after that the lead goes to another "
        "partner.\n"
    )
    return message


class SmtpMailer:
    def __init__(
        self,
        settings: MailSettings,
        password: Callable[[MailSettings], str] = keyring_password,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self._password = password
        self._sleep = sleep
        self._monotonic = monotonic
        self._tls: ssl.SSLContext | None = None

    def _tls_context(self) -> ssl.SSLContext:
        """Made once per mailer: loading the system's certificate authorities costs more CPU
        than a whole delivery to a server nearby."""
        if self._tls is None:
            self._tls = ssl.create_default_context()
        return self._tls

    @property
    def configured(self) -> bool:
        return self.settings.configured

    def send(self, message: EmailMessage) -> None:
        """Hand the message to the server; raises MailUnavailable when it surely did not get
        it, MailOutcomeUnknown when it may have. The whole call, retries included, ends
        within `attempt_seconds`: a server that answers every step slowly holds the caller
        up no longer than one that does not answer at all. Only quick, sure failures are
        tried again here: a timeout is not (it would block the caller again), nor is an
        unknown outcome (it would send the message twice), nor a refusal for good (a 5xx
        answer to RCPT TO: RecipientRefused; to MAIL FROM or at DATA: MessageRefused), which
        every later try would get again."""
        recipients = [
            ascii_address(address) for _, address in getaddresses(message.get_all("To", []))
        ]
        budget = self.settings.attempt_seconds
        ends = self._monotonic() + budget
        attempts = max(1, self.settings.attempts)
        problem, lasting, tries = "not tried", False, 0
        for attempt in range(attempts):
            if attempt:
                pause = self.settings.retry_seconds * 2 ** (attempt - 1)
                if self._monotonic() + pause >= ends:
                    break  # no time left for another try; the next sweep makes it
                self._sleep(pause)
            progress = [NOTHING_SENT]
            tries += 1
            try:
                self._send_once(message, recipients, progress, ends)
                return
            except smtplib.SMTPRecipientsRefused as exc:
                code = max(code for code, _ in exc.recipients.values())
                refused = RecipientRefused if code >= 500 else MailUnavailable
                raise refused(
                    f"the SMTP server refused the partner rep's address ({code})",
                    lasting=code >= 500,
                ) from None
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                if exc.smtp_code >= 500:
                    what = (
                        "the center's sender address"
                        if isinstance(exc, smtplib.SMTPSenderRefused)
                        else "the message"
                    )
                    raise MessageRefused(
                        f"the SMTP server refused {what} for good "
                        f"({server_answer(exc.smtp_code, exc.smtp_error)})",
                        lasting=True,
                    ) from None
                problem, lasting = f"the SMTP server answered {exc.smtp_code}", False
            except smtplib.SMTPAuthenticationError as exc:
                problem = f"the SMTP server refused the sign-in ({exc.smtp_code})"
                lasting = exc.smtp_code >= 500
            except smtplib.SMTPResponseException as exc:
                problem = f"the SMTP server answered {exc.smtp_code}"
                lasting = exc.smtp_code >= 500
            except (smtplib.SMTPException, OSError) as exc:
                if progress[0] == ACCEPTED:
                    return  # only the goodbye failed
                # smtplib reports a read that timed out as "server disconnected".
                timed_out = isinstance(exc, TimeoutError) or isinstance(
                    exc.__context__, TimeoutError
                )
                if progress[0] == DATA_SENT:
                    raise MailOutcomeUnknown(
                        "the SMTP server took the message but never confirmed it "
                        f"({type(exc).__name__}); it may have reached the partner",
                        timed_out=timed_out,
                    ) from None
                problem, lasting = f"cannot reach the SMTP server ({type(exc).__name__})", False
                if timed_out:
                    problem = f"{problem} within {budget:g} s"
                    raise MailUnavailable(problem, timed_out=True) from None
        raise MailUnavailable(f"{problem} after {tries} tries", lasting=lasting)

    def check_sign_in(self) -> None:
        """Sign in to the server and leave at once (before a password is stored): raises
        MailUnavailable saying why it could not."""
        ends = self._monotonic() + self.settings.attempt_seconds
        try:
            with self._session(ends):
                pass
        except smtplib.SMTPAuthenticationError as exc:
            raise MailUnavailable(
                f"the SMTP server refused the sign-in ({exc.smtp_code})", lasting=True
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise MailUnavailable(f"cannot reach the SMTP server ({type(exc).__name__})") from None

    def _send_once(
        self, message: EmailMessage, recipients: list[str], progress: list[int], ends: float
    ) -> None:
        """One SMTP conversation; every step waits at most `timeout_seconds`, and none goes
        on past `ends`. `progress[0]` says how far it came: nothing sent, the message sent,
        accepted."""
        with self._session(ends) as (client, step):
            self._converse(client, message, recipients, progress, step)

    @contextlib.contextmanager
    def _session(self, ends: float) -> Iterator[tuple[smtplib.SMTP, Callable[[], None]]]:
        """A connection, secured and signed in as the settings say, and the step that gives
        each exchange on it what is left of the time; the goodbye only when all went well."""
        s = self.settings

        def time_left() -> float:
            left = ends - self._monotonic()
            if left <= 0:
                raise TimeoutError("the delivery attempt ran out of time")
            return min(s.timeout_seconds, left)

        client: smtplib.SMTP
        if s.security == "ssl":
            client = smtplib.SMTP_SSL(
                s.host, s.port, timeout=time_left(), context=self._tls_context()
            )
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=time_left())

        def step() -> None:
            assert client.sock is not None
            client.sock.settimeout(time_left())

        try:
            if s.security == "starttls":
                step()
                client.starttls(context=self._tls_context())
            if s.user:
                step()
                client.login(s.user, self._password(s))
            yield client, step
            # A goodbye only, within what is left of the time; a failed attempt skips it.
            with contextlib.suppress(smtplib.SMTPException, OSError):
                step()
                client.quit()
        finally:
            client.close()

    @staticmethod
    def _converse(
        client: smtplib.SMTP,
        message: EmailMessage,
        recipients: list[str],
        progress: list[int],
        step: Callable[[], None],
    ) -> None:
        """Envelope and message; `step()` before each command bounds its wait."""
        sender = parseaddr(str(message["From"]))[1]
        payload = message.as_bytes(policy=SMTP_POLICY)
        step()
        client.ehlo_or_helo_if_needed()
        step()
        code, reply = client.mail(sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        for address in recipients:
            step()
            code, reply = client.rcpt(address)
            if code not in (250, 251):
                raise smtplib.SMTPRecipientsRefused({address: (code, reply)})
        step()
        code, reply = client.docmd("DATA")
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        progress[0] = DATA_SENT
        body = re.sub(rb"(?m)^\.", b"..", payload)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        step()
        client.send(body + b".\r\n")
        step()
        code, reply = client.getreply()
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)
        progress[0] = ACCEPTED


class Outbox:
    """A folder of `.eml` files with a JSON copy each: what is waiting to go out, or what
    someone sends by hand when there is no SMTP server. Sent ones move to `sent/`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _write(self, path: Path, data: bytes) -> None:
        write_private(private_folder(path.parent) / path.name, data)

    def put(self, name: str, message: EmailMessage, data: dict[str, Any]) -> Path:
        eml = self.folder / f"{name}.eml"
        self._write(eml, bytes(message))
        self._write(
            self.folder / f"{name}.json",
            json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"),
        )
        return eml

    def mark_sent(self, name: str) -> None:
        sent = self.folder / "sent"
        for suffix in (".eml", ".json"):
            source = self.folder / f"{name}{suffix}"
            if source.exists():
                private_folder(sent)
                os.replace(source, sent / source.name)

    def waiting(self) -> list[Path]:
        return sorted(self.folder.glob("*.eml")) if self.folder.is_dir() else []
