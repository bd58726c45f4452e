"""The [queue] and [retry] sections: leases, calling windows, the market's time zones and
the retry rules this workstation's settings file sets."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from qualifier_app.domain.calling_window import (
    MIN_WINDOW_MINUTES,
    CallingRules,
    CallingWindow,
    zone,
)
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.retry import DEFAULT_DELAYS, RetryOverrides, RetryPolicy
from qualifier_app.domain.text import message
from qualifier_app.settings.problems import bad_value
from qualifier_app.settings.values import typed

# Florida's telemarketing law is stricter than the federal 08:00–21:00 window.
DEFAULT_OVERRIDES = {"US-FL": CallingWindow.parse("08:00-20:00")}


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


def queue_policy(section: dict[str, Any]) -> QueuePolicy:
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
    lease = whole("queue", "lease_minutes", section, base.lease_minutes)
    heartbeat = whole("queue", "heartbeat_seconds", section, base.heartbeat_seconds)
    attempts = whole("queue", "max_attempts", section, base.max_attempts)
    try:
        return replace(
            base,
            lease_minutes=lease,
            heartbeat_seconds=heartbeat,
            max_attempts=attempts,
            calling_rules=CallingRules(default=window, overrides=overrides),
            fallback_time_zones=zones,
        )
    except InvalidInput as exc:  # out of range (QueuePolicy checks itself)
        raise _in_queue_section(exc) from None


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


def whole(section_name: str, key: str, section: dict[str, Any], default: int) -> int:
    return typed(section_name, key, default, section.get(key, default))


def _delays(section: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    return {
        str(key): tuple(typed("retry", f"delays_minutes[{key}]", 0, m) for m in minutes)
        for key, minutes in section.get("delays_minutes", {}).items()
    }


def retry_overrides(retry: dict[str, Any], queue: dict[str, Any]) -> RetryOverrides:
    """The retry values the file sets itself (not the defaults it falls back on)."""
    attempts = retry.get("max_attempts", queue.get("max_attempts"))
    recycle = retry.get("nurture_recycle_days")
    try:
        return RetryOverrides(
            max_attempts=None if attempts is None else typed("retry", "max_attempts", 0, attempts),
            delays=_delays(retry),
            nurture_recycle_days=(
                None if recycle is None else typed("retry", "nurture_recycle_days", 0, recycle)
            ),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(bad_value("retry", exc)) from None


def retry_policy(section: dict[str, Any], queue: QueuePolicy) -> RetryPolicy:
    """The [retry] section; its max_attempts is also the queue's, so the two never differ."""
    try:
        delays = {key: tuple(DEFAULT_DELAYS[key]) for key in DEFAULT_DELAYS}
        delays.update(_delays(section))
        limits = {
            str(k).upper(): typed("retry", f"daily_limits[{k}]", 0, v)
            for k, v in section.get("daily_limits", {"US-FL": 3}).items()
        }
        attempts = whole("retry", "max_attempts", section, queue.max_attempts)
        recycle_days = whole("retry", "nurture_recycle_days", section, 90)
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(bad_value("retry", exc)) from None
    try:
        return RetryPolicy(
            max_attempts=attempts,
            delays=delays,
            nurture_recycle_days=recycle_days,
            daily_limits=limits,
        )
    except InvalidInput as exc:  # a value of the right type that the rules refuse
        raise InvalidInput(
            message("settings file: {problem}", problem=exc.message), exc.field
        ) from None
