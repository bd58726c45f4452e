"""Settings that would break a promise are refused with a message naming the setting:
leases and calling windows that could hand one lead to two reps, and database timeouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.domain.calling_window import CallingRules, CallingWindow
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.settings import (
    ENV_CONFIG,
    DatabaseConnections,
    DatabaseTimeouts,
    QueuePolicy,
    Settings,
    load_settings,
)


def settings_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Settings:
    path = tmp_path / "settings.toml"
    path.write_text(text)
    monkeypatch.setenv(ENV_CONFIG, str(path))
    return load_settings("sqlite:///x.sqlite3")


@pytest.mark.parametrize("minutes", [0, -5, 100_000])
def test_a_lease_must_last_between_a_minute_and_a_day(minutes: int) -> None:
    with pytest.raises(
        InvalidInput, match=f"lease_minutes must be between 1 and 1440, not {minutes}"
    ):
        QueuePolicy(lease_minutes=minutes)


def test_the_heartbeat_must_come_before_the_lease_runs_out() -> None:
    with pytest.raises(InvalidInput, match="shorter than the lease"):
        QueuePolicy(lease_minutes=1, heartbeat_seconds=60)
    assert QueuePolicy(lease_minutes=2, heartbeat_seconds=60).heartbeat_seconds == 60


def test_a_calling_window_must_be_at_least_an_hour() -> None:
    with pytest.raises(InvalidInput, match="calling window 09:00-09:30 is shorter than 60"):
        QueuePolicy(calling_rules=CallingRules(default=CallingWindow.parse("09:00-09:30")))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[queue]\nlease_minutes = 0", r"settings file: \[queue\] lease_minutes must be"),
        ("[queue]\nlease_minutes = -3", r"settings file: \[queue\] lease_minutes must be"),
        ('[queue]\ncalling_window = "21:00-08:00"', "must start before it ends"),
        ('[queue]\ncalling_window = "9 to 5"', "not of the form HH:MM-HH:MM"),
        ("[queue]\nmax_attempts = 0", "max_attempts must be at least 1"),
        ("[database]\nstatement_seconds = 0", r"\[database\] statement_seconds must be"),
        ('[database]\nconnect_seconds = "ten"', r"\[database\] connect_seconds must be"),
        ("[database]\nstatment_seconds = 5", "unknown key 'statment_seconds'"),
        ("[database]\npool_size = 0", r"\[database\] pool_size must be a whole number of at"),
        ("[database]\npool_overflow = -1", r"\[database\] pool_overflow must be"),
        ('[database]\npooler = "pgpool"', r"\[database\] pooler must be empty or \"pgbouncer\""),
        ("[database]\nchange_poll_seconds = 0", r"\[database\] change_poll_seconds must be"),
    ],
)
def test_the_settings_file_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        settings_from(tmp_path, monkeypatch, text)


def test_database_timeouts_from_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_from(
        tmp_path,
        monkeypatch,
        '[database]\nurl = "sqlite:///y.sqlite3"\nstatement_seconds = 5\nsqlite_busy_seconds = 2',
    )
    assert settings.timeouts == DatabaseTimeouts(statement_seconds=5, sqlite_busy_seconds=2)
    assert settings_from(tmp_path, monkeypatch, "").timeouts == DatabaseTimeouts()


def test_connections_from_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_from(
        tmp_path,
        monkeypatch,
        '[database]\npool_size = 2\npooler = "pgbouncer"\nchange_poll_seconds = 0.5\n'
        'statement_seconds = 5\nsign_in_password = "changed"',
    )
    assert settings.connections == DatabaseConnections(
        pool_size=2, pooler="pgbouncer", change_poll_seconds=0.5
    )
    assert settings.connections.behind_pooler
    assert settings.timeouts == DatabaseTimeouts(statement_seconds=5)
    assert settings.sign_in_password == "changed"
    # A signed-in workstation takes turns on one connection unless the settings say otherwise.
    default = settings_from(tmp_path, monkeypatch, "").connections
    assert (default.pool_size, default.pool_overflow, default.behind_pooler) == (1, 0, False)
