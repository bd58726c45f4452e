"""The [retry] and [workspace] sections of the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.settings import ENV_CONFIG, load_settings


def settings_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.toml"
    path.write_text(text)
    monkeypatch.setenv(ENV_CONFIG, str(path))
    return load_settings("sqlite:///x.sqlite3")


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_from(tmp_path, monkeypatch, "")
    assert settings.retry.max_attempts == settings.queue.max_attempts == 6
    assert settings.retry.daily_limits == {"US-FL": 3}
    assert not settings.workspace.check_email_deliverability


def test_retry_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_from(
        tmp_path,
        monkeypatch,
        """
[retry]
max_attempts = 4
nurture_recycle_days = 60
delays_minutes = { busy = [10, 30], bad_number = [] }
daily_limits = { "us-fl" = 2 }

[workspace]
check_email_deliverability = true
""",
    )
    assert settings.retry.max_attempts == settings.queue.max_attempts == 4
    assert settings.retry.delays["busy"] == (10, 30)
    assert settings.retry.delays["no_answer"] == (120, 240, 1440)
    assert settings.retry.nurture_recycle_days == 60
    assert settings.retry.daily_limits == {"US-FL": 2}
    assert settings.workspace.check_email_deliverability


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[retry]\nmax_attempts = 'many'", "max_attempts must be a whole number, not 'many'"),
        ("[retry]\ndelays_minutes = { busy = [-5] }", "positive"),
        ("[retry]\ndelays_minutes = { hung_up = [5] }", "not a no-contact"),
    ],
)
def test_bad_retry_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, problem: str
) -> None:
    with pytest.raises(InvalidInput, match=problem):
        settings_from(tmp_path, monkeypatch, text)
