"""Typed settings: defaults, then the settings file, then the environment, then the command line.

The database URL never needs a password in it: for PostgreSQL the password comes from the OS
keyring, libpq's own ~/.pgpass or PGPASSWORD, so no shared secret sits in a plain file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from qualifier_app.domain import dialing
from qualifier_app.domain.calling_window import (
    MIN_WINDOW_MINUTES,
    CallingRules,
    CallingWindow,
    zone,
)
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.retry import DEFAULT_DELAYS, RetryOverrides, RetryPolicy
from qualifier_app.domain.text import Message, message
from qualifier_app.settings.database import (
    NOT_TIMEOUTS as NOT_TIMEOUTS,
)
from qualifier_app.settings.database import (
    POOLERS as POOLERS,
)
from qualifier_app.settings.database import (
    DatabaseConnections as DatabaseConnections,
)
from qualifier_app.settings.database import (
    DatabaseTimeouts as DatabaseTimeouts,
)
from qualifier_app.settings.database import (
    database_sections,
)
from qualifier_app.settings.database import (
    with_tls as with_tls,
)

APP_NAME = "Qualifier"
ENV_DATABASE_URL = "QUALIFIER_DATABASE_URL"
# The role that reports wrong passwords on PostgreSQL before anyone is signed in (migration
# 0019_i12_sign_in): it may do nothing else, so its password is configuration, not a secret.
ENV_SIGN_IN_PASSWORD = "QUALIFIER_SIGN_IN_PASSWORD"  # noqa: S105 - a variable name
DEFAULT_SIGN_IN_PASSWORD = "qualifier_sign_in"  # noqa: S105 - see above
ENV_CONFIG = "QUALIFIER_CONFIG"
ENV_DATA_DIR = "QUALIFIER_DATA_DIR"
ENV_LANGUAGE = "QUALIFIER_LANGUAGE"
# The languages the app ships ("system": the workstation's, else English); "pseudo" is the
# pseudo-translation that shows what is not translated.
LANGUAGES = ("system", "en", "es", "pt_BR", "de", "fr", "pseudo")

# Florida's telemarketing law is stricter than the federal 08:00–21:00 window.
DEFAULT_OVERRIDES = {"US-FL": CallingWindow.parse("08:00-20:00")}


def data_dir() -> Path:
    if env := os.environ.get(ENV_DATA_DIR):
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    if env := os.environ.get(ENV_CONFIG):
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'qualifier.sqlite3'}"


@dataclass(frozen=True)
class QueuePolicy:
    lease_minutes: int = 15
    heartbeat_seconds: int = 60
    max_attempts: int = 6
    calling_rules: CallingRules = field(
        default_factory=lambda: CallingRules(overrides=DEFAULT_OVERRIDES)
    )
    # Used for a lead whose time zone nobody knows: the center's own market. Empty: the time
    # zone the center was set up with (services/queue/calling_profiles.market_zones).
    fallback_time_zones: tuple[str, ...] = ()
    # The retry values this machine's settings file sets; they win over the shared ones.
    file_retry: RetryOverrides = field(default_factory=RetryOverrides)

    def __post_init__(self) -> None:
        # A lease of zero minutes has run out when it is taken: two reps would hold one lead.
        if not 1 <= self.lease_minutes <= 24 * 60:
            raise InvalidInput(
                message(
                    "lease_minutes must be between 1 and 1440, not {minutes}",
                    minutes=self.lease_minutes,
                ),
                "lease_minutes",
            )
        if not 1 <= self.heartbeat_seconds < self.lease_minutes * 60:
            raise InvalidInput(
                message(
                    "heartbeat_seconds must be at least 1 and shorter than the lease "
                    "({minutes} min), not {seconds}",
                    minutes=self.lease_minutes,
                    seconds=self.heartbeat_seconds,
                ),
                "heartbeat_seconds",
            )
        if self.max_attempts < 1:
            raise InvalidInput(
                message(
                    "max_attempts must be at least 1, not {attempts}", attempts=self.max_attempts
                ),
                "max_attempts",
            )
        windows = [self.calling_rules.default, *(self.calling_rules.overrides or {}).values()]
        for window in windows:
            if window.end_minute - window.start_minute < MIN_WINDOW_MINUTES:
                raise InvalidInput(
                    message(
                        "calling window {window} is shorter than {minutes} minutes",
                        window=window.text(),
                        minutes=MIN_WINDOW_MINUTES,
                    ),
                    "calling_window",
                )


@dataclass(frozen=True)
class WorkspacePolicy:
    # E-mail checks are syntax only unless this asks for DNS lookups of the domain.
    check_email_deliverability: bool = False
    # After-call work starts when an outcome is saved and turns into Ready after this long.
    after_call_work_seconds: int = 120
    # The country a lookup reads a national phone number in (ISO 3166-1 alpha-2).
    default_country: str = "US"
    # Dialling (see domain/dialing.py): a softphone's command line when set, else the URI
    # the desktop opens with the softphone that owns tel:, sip: or callto:.
    dial_uri_template: str = dialing.DEFAULT_URI_TEMPLATE
    dial_command: str = ""


@dataclass(frozen=True)
class MailSettings:
    """SMTP for handoff packages; the password lives in the OS keyring (service
    `qualifier-smtp`, account `USER@HOST`), never in the settings file."""

    host: str = ""  # empty: SMTP is not configured, packages go to the outbox folder
    port: int = 587
    security: str = "starttls"  # starttls / ssl / none
    user: str = ""
    sender: str = "Qualifying Center <qualifier@localhost>"
    outbox: Path | None = None  # default: the outbox folder in the data folder
    attempts: int = 3  # tries per delivery before leaving it to the next SLA sweep
    retry_seconds: float = 2.0
    timeout_seconds: float = 20.0  # for each SMTP step: connect, greeting, each command, DATA
    # A send whose outcome is unknown (timeout after DATA, connection lost) may have reached
    # the partner: it is resent, with the same Message-ID, only after this long, at most
    # `unknown_retries` times; then it waits for a person.
    unknown_retry_hours: float = 12.0
    unknown_retries: int = 1
    sweep_lease_minutes: int = 15  # one workstation sweeps at a time; a dead one's lease lapses

    @property
    def configured(self) -> bool:
        return bool(self.host)


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


def _unknown_key(section: str, exc: Exception) -> Message:
    return message(
        "settings file: [{section}] has an unknown key: {problem}",
        section=section,
        problem=str(exc),
    )


def _bad_value(section: str, exc: Exception) -> Message:
    return message(
        "settings file: [{section}] has a bad value: {problem}", section=section, problem=str(exc)
    )


def _publication_settings(section: dict[str, Any]) -> PublicationSettings:
    base = PublicationSettings()
    try:
        found = replace(
            base, **{key: type(getattr(base, key))(value) for key, value in section.items()}
        )
    except (TypeError, AttributeError) as exc:
        raise InvalidInput(_unknown_key("publication", exc)) from None
    except ValueError as exc:
        raise InvalidInput(_bad_value("publication", exc)) from None
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


@dataclass(frozen=True)
class RetentionPolicy:
    """How long personal data kept outside the leads lives (settings file, [retention])."""

    rejects_days: int = 30  # rejects files of imports (rows that were not imported)
    outbox_days: int = 30  # copies of handoff packages in the outbox folder


def _retention_policy(section: dict[str, Any]) -> RetentionPolicy:
    base = RetentionPolicy()
    try:
        policy = RetentionPolicy(
            rejects_days=int(section.get("rejects_days", base.rejects_days)),
            outbox_days=int(section.get("outbox_days", base.outbox_days)),
        )
    except (TypeError, ValueError) as exc:
        raise InvalidInput(_bad_value("retention", exc)) from None
    if policy.rejects_days < 1 or policy.outbox_days < 1:
        raise InvalidInput(message("settings file: [retention] days must be at least 1"))
    return policy


@dataclass(frozen=True)
class Settings:
    database_url: str
    queue: QueuePolicy = field(default_factory=QueuePolicy)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    workspace: WorkspacePolicy = field(default_factory=WorkspacePolicy)
    data_dir: Path = field(default_factory=data_dir)
    # What the settings file holds that nothing reads (a typo, most likely): "[queue] lease".
    unknown_keys: tuple[str, ...] = ()
    routing: RoutingPolicy = field(default_factory=RoutingPolicy)
    mail: MailSettings = field(default_factory=MailSettings)
    timeouts: DatabaseTimeouts = field(default_factory=DatabaseTimeouts)
    connections: DatabaseConnections = field(default_factory=DatabaseConnections)
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)
    publication: PublicationSettings = field(default_factory=PublicationSettings)
    language: str = "system"
    sign_in_password: str = DEFAULT_SIGN_IN_PASSWORD

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def outbox_dir(self) -> Path:
        return self.mail.outbox or self.data_dir / "outbox"


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            message(
                "settings file {path} cannot be read: {problem}", path=str(path), problem=str(exc)
            )
        ) from None


def _queue_policy(section: dict[str, Any]) -> QueuePolicy:
    base = QueuePolicy()
    try:
        overrides = dict(DEFAULT_OVERRIDES)
        for key, value in _table(section, "calling_window_overrides").items():
            overrides[key.upper()] = CallingWindow.parse(str(value))
        window = (
            CallingWindow.parse(_text(section, "calling_window"))
            if "calling_window" in section
            else (base.calling_rules.default)
        )
        zones = (
            _time_zones(section["fallback_time_zones"])
            if "fallback_time_zones" in section
            else base.fallback_time_zones
        )
    except InvalidInput as exc:
        raise _in_queue_section(exc) from None
    try:
        return replace(
            base,
            lease_minutes=int(section.get("lease_minutes", base.lease_minutes)),
            heartbeat_seconds=int(section.get("heartbeat_seconds", base.heartbeat_seconds)),
            max_attempts=int(section.get("max_attempts", base.max_attempts)),
            calling_rules=CallingRules(default=window, overrides=overrides),
            fallback_time_zones=zones,
        )
    except InvalidInput as exc:  # out of range (QueuePolicy checks itself)
        raise _in_queue_section(exc) from None
    except (TypeError, ValueError) as exc:
        raise InvalidInput(_bad_value("queue", exc)) from None


def _in_queue_section(exc: InvalidInput) -> InvalidInput:
    return InvalidInput(message("settings file: [queue] {problem}", problem=exc.message), exc.field)


def _table(section: dict[str, Any], key: str) -> dict[str, Any]:
    value = section.get(key, {})
    if not isinstance(value, dict):
        raise InvalidInput(
            message(
                "{key} must be a table such as {example}, not {value!r}",
                key=key,
                example='{ "US-FL" = "08:00-20:00" }',
                value=value,
            ),
            key,
        )
    return value


def _text(section: dict[str, Any], key: str) -> str:
    value = section[key]
    if not isinstance(value, str):
        raise InvalidInput(
            message(
                "{key} must be text such as {example}, not {value!r}",
                key=key,
                example='"08:00-21:00"',
                value=value,
            ),
            key,
        )
    return value


def _time_zones(value: Any) -> tuple[str, ...]:
    """A list of zone names; a single name is refused rather than read letter by letter."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise InvalidInput(
            message(
                "fallback_time_zones must be a list of time zones such as {example}, not {value!r}",
                example='["America/New_York"]',
                value=value,
            ),
            "fallback_time_zones",
        )
    for name in value:
        zone(name)  # an unknown one is refused here, not when a lead needs it
    return tuple(value)


def _retry_overrides(retry: dict[str, Any], queue: dict[str, Any]) -> RetryOverrides:
    """The retry values the file sets itself (not the defaults it falls back on)."""
    attempts = retry.get("max_attempts", queue.get("max_attempts"))
    recycle = retry.get("nurture_recycle_days")
    try:
        return RetryOverrides(
            max_attempts=None if attempts is None else int(attempts),
            delays={
                str(key): tuple(int(m) for m in minutes)
                for key, minutes in retry.get("delays_minutes", {}).items()
            },
            nurture_recycle_days=None if recycle is None else int(recycle),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(_bad_value("retry", exc)) from None


def _retry_policy(section: dict[str, Any], queue: QueuePolicy) -> RetryPolicy:
    """The [retry] section; its max_attempts is also the queue's, so the two never differ."""
    try:
        delays = {key: tuple(DEFAULT_DELAYS[key]) for key in DEFAULT_DELAYS}
        for key, minutes in section.get("delays_minutes", {}).items():
            delays[str(key)] = tuple(int(m) for m in minutes)
        limits = {
            str(k).upper(): int(v) for k, v in section.get("daily_limits", {"US-FL": 3}).items()
        }
        return RetryPolicy(
            max_attempts=int(section.get("max_attempts", queue.max_attempts)),
            delays=delays,
            nurture_recycle_days=int(section.get("nurture_recycle_days", 90)),
            daily_limits=limits,
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(_bad_value("retry", exc)) from None


def _routing_policy(section: dict[str, Any]) -> RoutingPolicy:
    base = RoutingPolicy()
    try:
        policy = replace(
            base, **{key: type(getattr(base, key))(value) for key, value in section.items()}
        )
    except (TypeError, AttributeError) as exc:
        raise InvalidInput(_unknown_key("routing", exc)) from None
    except ValueError as exc:
        raise InvalidInput(_bad_value("routing", exc)) from None
    if (
        min(
            policy.rotation_days,
            policy.performance_days,
            policy.stale_days,
            policy.same_account_days,
            policy.sweep_minutes,
        )
        < 1
    ):
        raise InvalidInput(
            message("settings file: [routing] day and minute counts must be at least 1")
        )
    weights = (
        policy.speed_weight,
        policy.reporting_weight,
        policy.win_weight,
        policy.customer_weight,
    )
    if min(weights) < 0 or sum(weights) <= 0:
        raise InvalidInput(
            message("settings file: [routing] the measure weights must be 0 or more, and not all 0")
        )
    return policy


def _mail_settings(section: dict[str, Any]) -> MailSettings:
    base = MailSettings()
    values = dict(section)
    if "password" in values:
        raise InvalidInput(
            message(
                "settings file: [mail] must not hold the password; store it in the OS keyring "
                "(service qualifier-smtp, account USER@HOST)"
            )
        )
    outbox = values.pop("outbox", None)
    try:
        mail = replace(
            base,
            outbox=Path(outbox).expanduser() if outbox else None,
            **{key: type(getattr(base, key))(value) for key, value in values.items()},
        )
    except (TypeError, AttributeError) as exc:
        raise InvalidInput(_unknown_key("mail", exc)) from None
    except ValueError as exc:
        raise InvalidInput(_bad_value("mail", exc)) from None
    if mail.security not in {"starttls", "ssl", "none"}:
        raise InvalidInput(message("settings file: [mail] security must be starttls, ssl or none"))
    if mail.timeout_seconds <= 0 or mail.unknown_retry_hours <= 0:
        raise InvalidInput(
            message(
                "settings file: [mail] timeout_seconds and unknown_retry_hours must be positive"
            )
        )
    if mail.attempts < 1 or mail.unknown_retries < 0 or mail.sweep_lease_minutes < 1:
        raise InvalidInput(
            message(
                "settings file: [mail] attempts and sweep_lease_minutes must be at least 1, "
                "unknown_retries at least 0"
            )
        )
    return mail


def _default_country(section: dict[str, Any]) -> str:
    country = str(section.get("default_country", "US")).strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise InvalidInput(
            message(
                "settings file: [workspace] default_country must be a two-letter country code "
                "such as US or DE, not {country!r}",
                country=section.get("default_country"),
            ),
            "default_country",
        )
    return country


def _language(values: dict[str, Any]) -> str:
    language = str(os.environ.get(ENV_LANGUAGE) or values.get("language") or "system").strip()
    if language not in LANGUAGES:
        raise InvalidInput(
            message(
                "settings file: language must be one of {languages}, not {language!r}",
                languages=", ".join(LANGUAGES),
                language=language,
            ),
            "language",
        )
    return language


def configured_language() -> str:
    """The language setting alone, read before any window opens; a settings file that cannot
    be read is reported once connecting, so here it means the system's language."""
    try:
        return _language(_read_file(config_file()))
    except InvalidInput:
        return "system"


def _dial_templates(section: dict[str, Any]) -> dict[str, str]:
    uri = str(section.get("dial_uri_template", dialing.DEFAULT_URI_TEMPLATE))
    command = str(section.get("dial_command", ""))
    try:
        dialing.check_uri_template(uri)
        dialing.check_command_template(command)
    except InvalidInput as exc:
        raise InvalidInput(
            message("settings file: [workspace] {problem}", problem=exc.message), exc.field
        ) from None
    return {"dial_uri_template": uri.strip(), "dial_command": command}


SECTIONS = (
    "database",
    "queue",
    "retry",
    "workspace",
    "routing",
    "mail",
    "retention",
    "publication",
)
# The keys of the sections read key by key; the others refuse an unknown key themselves.
SECTION_KEYS = {
    "queue": {
        "lease_minutes",
        "heartbeat_seconds",
        "max_attempts",
        "calling_window",
        "calling_window_overrides",
        "fallback_time_zones",
    },
    "retry": {"max_attempts", "delays_minutes", "nurture_recycle_days", "daily_limits"},
    "workspace": {
        "check_email_deliverability",
        "after_call_work_seconds",
        "default_country",
        "dial_uri_template",
        "dial_command",
    },
    "retention": {"rejects_days", "outbox_days"},
}


def _check_sections(values: dict[str, Any]) -> None:
    for name in SECTIONS:
        if name in values and not isinstance(values[name], dict):
            raise InvalidInput(
                message(
                    "settings file: {section} must be a section ([{section}]), not {value!r}",
                    section=name,
                    value=values[name],
                )
            )


def _unknown_keys(values: dict[str, Any]) -> tuple[str, ...]:
    found = [key for key in values if key not in {*SECTIONS, "language"}]
    for section, keys in SECTION_KEYS.items():
        found += [f"[{section}] {key}" for key in values.get(section, {}) if key not in keys]
    return tuple(found)


def load_settings(database_url: str | None = None) -> Settings:
    values = _read_file(config_file())
    _check_sections(values)
    url = (
        database_url
        or os.environ.get(ENV_DATABASE_URL)
        or values.get("database", {}).get("url")
        or default_database_url()
    )
    url = with_tls(url, values.get("database", {}))
    queue = _queue_policy(values.get("queue", {}))
    timeouts, connections = database_sections(values.get("database", {}))
    retry = _retry_policy(values.get("retry", {}), queue)
    workspace = values.get("workspace", {})
    return Settings(
        database_url=url,
        queue=replace(
            queue,
            max_attempts=retry.max_attempts,
            file_retry=_retry_overrides(values.get("retry", {}), values.get("queue", {})),
        ),
        retry=retry,
        workspace=WorkspacePolicy(
            check_email_deliverability=bool(workspace.get("check_email_deliverability", False)),
            after_call_work_seconds=int(workspace.get("after_call_work_seconds", 120)),
            default_country=_default_country(workspace),
            **_dial_templates(workspace),
        ),
        routing=_routing_policy(values.get("routing", {})),
        mail=_mail_settings(values.get("mail", {})),
        timeouts=timeouts,
        connections=connections,
        retention=_retention_policy(values.get("retention", {})),
        publication=_publication_settings(values.get("publication", {})),
        language=_language(values),
        sign_in_password=os.environ.get(ENV_SIGN_IN_PASSWORD)
        or str(values.get("database", {}).get("sign_in_password") or DEFAULT_SIGN_IN_PASSWORD),
        unknown_keys=_unknown_keys(values),
    )
