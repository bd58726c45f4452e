"""Typed settings: defaults, then the settings file, then the environment, then the command line.

The database URL never needs a password in it: for PostgreSQL the password comes from the OS
keyring, libpq's own ~/.pgpass or PGPASSWORD, so no shared secret sits in a plain file.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from qualifier_app.domain import dialing
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.retry import RetryPolicy
from qualifier_app.domain.text import message
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
    database_identity,
    database_sections,
    database_tag,
)
from qualifier_app.settings.database import (
    with_tls as with_tls,
)
from qualifier_app.settings.mail import WEEKDAYS as WEEKDAYS
from qualifier_app.settings.mail import MailSettings as MailSettings
from qualifier_app.settings.mail import PublicationSettings as PublicationSettings
from qualifier_app.settings.mail import mail_settings, publication_settings
from qualifier_app.settings.queue import DEFAULT_OVERRIDES as DEFAULT_OVERRIDES
from qualifier_app.settings.queue import QueuePolicy as QueuePolicy
from qualifier_app.settings.queue import queue_policy, retry_overrides, retry_policy
from qualifier_app.settings.values import typed, with_values

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


# An hour: longer is a break, not after-call work.
MOST_AFTER_CALL_WORK_SECONDS = 3600


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
class RetentionPolicy:
    """How long personal data kept outside the leads lives (settings file, [retention])."""

    rejects_days: int = 30  # rejects files of imports (rows that were not imported)
    outbox_days: int = 30  # copies of handoff packages in the outbox folder


def _retention_policy(section: dict[str, Any]) -> RetentionPolicy:
    policy = with_values("retention", RetentionPolicy(), section)
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
    # The settings file holds the sign-in role's password, and others on the machine may read it.
    secret_readable_by_others: bool = False

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def outbox_dir(self) -> Path:
        """The `[mail] outbox` folder when the settings file names one, else this database's
        own folder inside the data folder's outbox: two centers on one workstation (two
        settings files, one data folder) have handoff 7 each, another prospect in each."""
        return self.mail.outbox or self.shared_outbox_dir / self.database_tag

    @property
    def shared_outbox_dir(self) -> Path:
        """The outbox folder every database on the workstation shared before each had its
        own: what waits there is taken over by its database (services/compliance/outbox.py)."""
        return self.data_dir / "outbox"

    @property
    def database_tag(self) -> str:
        return database_tag(database_identity(self.database_url))


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


def _routing_policy(section: dict[str, Any]) -> RoutingPolicy:
    policy = with_values("routing", RoutingPolicy(), section)
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


def _file_url(section: dict[str, Any]) -> str | None:
    if "url" not in section:
        return None
    url = typed("database", "url", "", section["url"])
    # Else an emptied line would open the embedded database: another center's, or none.
    if not url.strip():
        raise InvalidInput(
            message(
                "settings file: [database] url is empty; remove the line to use the "
                "embedded database"
            ),
            "url",
        )
    return url


def _workspace_policy(section: dict[str, Any]) -> WorkspacePolicy:
    base = WorkspacePolicy()
    seconds = typed(
        "workspace",
        "after_call_work_seconds",
        base.after_call_work_seconds,
        section.get("after_call_work_seconds", base.after_call_work_seconds),
    )
    if not 0 <= seconds <= MOST_AFTER_CALL_WORK_SECONDS:
        raise InvalidInput(
            message(
                "settings file: [workspace] after_call_work_seconds must be 0 to {most}, "
                "not {seconds}",
                most=MOST_AFTER_CALL_WORK_SECONDS,
                seconds=seconds,
            ),
            "after_call_work_seconds",
        )
    return WorkspacePolicy(
        check_email_deliverability=typed(
            "workspace",
            "check_email_deliverability",
            base.check_email_deliverability,
            section.get("check_email_deliverability", base.check_email_deliverability),
        ),
        after_call_work_seconds=seconds,
        default_country=_default_country(section),
        **_dial_templates(section),
    )


def _default_country(section: dict[str, Any]) -> str:
    country = typed("workspace", "default_country", "", section.get("default_country", "US"))
    country = country.strip().upper()
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
    uri = typed(
        "workspace",
        "dial_uri_template",
        "",
        section.get("dial_uri_template", dialing.DEFAULT_URI_TEMPLATE),
    )
    command = typed("workspace", "dial_command", "", section.get("dial_command", ""))
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
    for name, value in values.items():
        # A mistyped section drops every setting in it: a mistyped [database] opened the
        # embedded database and offered to set up a new center.
        if isinstance(value, dict) and name not in SECTIONS:
            close = difflib.get_close_matches(name, SECTIONS, n=1)
            known = ", ".join(SECTIONS)
            raise InvalidInput(
                message(
                    "settings file: there is no section [{section}]; did you mean "
                    "[{close}]? (sections: {known})",
                    section=name,
                    close=close[0],
                    known=known,
                )
                if close
                else message(
                    "settings file: there is no section [{section}] (sections: {known})",
                    section=name,
                    known=known,
                )
            )
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


def _readable_by_others(path: Path) -> bool:
    """Whether the file's group or anyone else may read it (POSIX; Windows keeps who may in
    the file's access list)."""
    return os.name == "posix" and bool(path.stat().st_mode & 0o044)


def load_settings(database_url: str | None = None) -> Settings:
    path = config_file()
    values = _read_file(path)
    _check_sections(values)
    url = (
        database_url
        or os.environ.get(ENV_DATABASE_URL)
        or _file_url(values.get("database", {}))
        or default_database_url()
    )
    url = with_tls(url, values.get("database", {}))
    queue = queue_policy(values.get("queue", {}))
    timeouts, connections = database_sections(values.get("database", {}))
    retry = retry_policy(values.get("retry", {}), queue)
    return Settings(
        database_url=url,
        queue=replace(
            queue,
            max_attempts=retry.max_attempts,
            file_retry=retry_overrides(values.get("retry", {}), values.get("queue", {})),
        ),
        retry=retry,
        workspace=_workspace_policy(values.get("workspace", {})),
        routing=_routing_policy(values.get("routing", {})),
        mail=mail_settings(values.get("mail", {})),
        timeouts=timeouts,
        connections=connections,
        retention=_retention_policy(values.get("retention", {})),
        publication=publication_settings(values.get("publication", {})),
        language=_language(values),
        sign_in_password=os.environ.get(ENV_SIGN_IN_PASSWORD)
        or str(values.get("database", {}).get("sign_in_password") or DEFAULT_SIGN_IN_PASSWORD),
        unknown_keys=_unknown_keys(values),
        secret_readable_by_others="sign_in_password" in values.get("database", {})
        and _readable_by_others(path),
    )
