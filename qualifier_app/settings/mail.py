"""The [mail] and [publication] sections: SMTP for handoff packages, and the weekly
publication of scorecards."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.settings.values import typed, with_values


@dataclass(frozen=True)
class MailSettings:
    """SMTP for handoff packages; the password lives in the OS keyring (service
    `qualifier-smtp`, account `USER@HOST`), never in the settings file."""

    host: str = ""  # empty: SMTP is not configured, packages go to the outbox folder
    port: int = 587
    security: str = "starttls"  # starttls / ssl / none
    user: str = ""
    sender: str = "Qualifying Center <qualifier@localhost>"
    # Default: the database's own folder in the data folder's outbox (Settings.outbox_dir).
    outbox: Path | None = None
    attempts: int = 3  # tries per delivery before leaving it to the next SLA sweep
    retry_seconds: float = 2.0
    timeout_seconds: float = 20.0  # for each SMTP step: connect, greeting, each command, DATA
    # The whole of one delivery attempt (every step and retry) ends by then; 0: timeout_seconds.
    deadline_seconds: float = 0.0
    # A send whose outcome is unknown (timeout after DATA, connection lost) may have reached
    # the partner: it is resent, with the same Message-ID, only after this long, at most
    # `unknown_retries` times; then it waits for a person.
    unknown_retry_hours: float = 12.0
    unknown_retries: int = 1
    sweep_lease_minutes: int = 15  # one workstation sweeps at a time; a dead one's lease lapses

    @property
    def configured(self) -> bool:
        return bool(self.host)

    @property
    def attempt_seconds(self) -> float:
        return self.deadline_seconds or self.timeout_seconds


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class PublicationSettings:
    """The weekly publication of scorecards (settings file, [publication])."""

    # The running app publishes last week's scorecards by itself on this day (mon ... sun)
    # from `hour` UTC on; empty: only by hand (Reports area, `qualifier report publish`).
    weekday: str = ""
    hour: int = 7
    # Where a channel manager's scorecard goes: an address template with {login}, such as
    # "{login}@center.example"; empty: to the outbox folder for someone to forward.
    manager_address: str = ""
    # The supervisors' summary goes to these addresses (comma-separated); empty: the outbox.
    supervisors: str = ""


def publication_settings(section: dict[str, Any]) -> PublicationSettings:
    found = with_values("publication", PublicationSettings(), section)
    weekday = found.weekday.strip().lower()[:3]
    if weekday and weekday not in WEEKDAYS:
        raise InvalidInput(
            message("settings file: [publication] weekday must be one of mon ... sun")
        )
    if not 0 <= found.hour <= 23:
        raise InvalidInput(message("settings file: [publication] hour must be 0 to 23"))
    if found.manager_address and "{login}" not in found.manager_address:
        raise InvalidInput(message("settings file: [publication] manager_address needs {login}"))
    return replace(found, weekday=weekday)


def mail_settings(section: dict[str, Any]) -> MailSettings:
    values = dict(section)
    if "password" in values:
        raise InvalidInput(
            message(
                "settings file: [mail] must not hold the password; store it in the OS keyring "
                "(service qualifier-smtp, account USER@HOST)"
            )
        )
    outbox = typed("mail", "outbox", "", values.pop("outbox", ""))
    mail = with_values(
        "mail", MailSettings(outbox=Path(outbox).expanduser() if outbox else None), values
    )
    if mail.security not in {"starttls", "ssl", "none"}:
        raise InvalidInput(message("settings file: [mail] security must be starttls, ssl or none"))
    if mail.timeout_seconds <= 0 or mail.unknown_retry_hours <= 0:
        raise InvalidInput(
            message(
                "settings file: [mail] timeout_seconds and unknown_retry_hours must be positive"
            )
        )
    if mail.deadline_seconds < 0:
        raise InvalidInput(message("settings file: [mail] deadline_seconds must not be negative"))
    if mail.attempts < 1 or mail.unknown_retries < 0 or mail.sweep_lease_minutes < 1:
        raise InvalidInput(
            message(
                "settings file: [mail] attempts and sweep_lease_minutes must be at least 1, "
                "unknown_retries at least 0"
            )
        )
    return mail
