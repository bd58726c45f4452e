"""A settings file of the wrong shape: one clear refusal, never an AttributeError later on."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from qualifier_app.cli.main import main
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.settings import ENV_CONFIG, load_settings


def _with_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    monkeypatch.setenv(ENV_CONFIG, str(path))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            "[queue]\ncalling_window = 5",
            '[queue] calling_window must be text such as "08:00-21:00"',
        ),
        ('database = "x"', "settings file: database must be a section ([database]), not 'x'"),
        ("[queue]\ncalling_window_overrides = 5", "[queue] calling_window_overrides must be a"),
        ('[queue]\nfallback_time_zones = ["Mars/Base"]', "[queue] unknown time zone 'Mars/Base'"),
        ('[queue]\nfallback_time_zones = "UTC"', "fallback_time_zones must be a list of time"),
        ("[queue]\nfallback_time_zones = []", "fallback_time_zones must be a list of time"),
        (
            '[queue]\nlease_minutes = "abc"',
            "settings file: [queue] lease_minutes must be a whole number, not 'abc'",
        ),
        # Values of another type are refused, not converted to a setting other than written.
        (
            '[workspace]\ncheck_email_deliverability = "false"',
            "[workspace] check_email_deliverability must be true or false, not 'false'",
        ),
        (
            '[workspace]\nafter_call_work_seconds = "two minutes"',
            "[workspace] after_call_work_seconds must be a whole number, not 'two minutes'",
        ),
        ("[workspace]\nafter_call_work_seconds = []", "must be a whole number, not []"),
        ("[workspace]\nafter_call_work_seconds = -30", "must be 0 to 3600, not -30"),
        ("[routing]\nstale_days = 7.9", "[routing] stale_days must be a whole number, not 7.9"),
        ("[routing]\nstale_days = true", "[routing] stale_days must be a whole number, not True"),
        ("[routing]\nwhen = 1", "[routing] has an unknown key: 'when'"),
        ('[mail]\nport = "587"', "[mail] port must be a whole number, not '587'"),
        ("[mail]\noutbox = 5", "[mail] outbox must be text in quotes, not 5"),
        ("[retention]\noutbox_days = 1.5", "[retention] outbox_days must be a whole number"),
        ("[retry]\ndelays_minutes = { busy = [10.5] }", "delays_minutes[busy] must be a whole"),
        (
            "[retry]\ndelays_minutes = { voicemail = [1440] }",
            "[retry] delays_minutes: 'voicemail' is not a no-contact disposition (bad_number, "
            "busy, no_answer, voicemail_left, wrong_number)",
        ),
        ('[database]\nurl = ""', "[database] url is empty; remove the line to use the embedded"),
        ("[database]\nurl = 5", "[database] url must be text in quotes, not 5"),
        ("[workspace]\ndial_command = 5", "[workspace] dial_command must be text in quotes"),
    ],
)
def test_a_value_of_the_wrong_shape_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, says: str
) -> None:
    _with_file(tmp_path, monkeypatch, text.encode())
    with pytest.raises(InvalidInput) as refused:
        load_settings("sqlite:///x.sqlite3" if "[database]" not in text else None)
    assert says in str(refused.value)
    assert str(refused.value).count("settings file") == 1


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_file(
        tmp_path, monkeypatch, '[queue]\ncalling_window = "08:00-20:00" # café\n'.encode("latin-1")
    )
    with pytest.raises(InvalidInput, match=r"settings file .* cannot be read: .utf-8. codec"):
        load_settings("sqlite:///x.sqlite3")


def test_an_unknown_key_is_one_warning_and_the_command_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_file(tmp_path, monkeypatch, b'lenguage = "es"\n[queue]\ncalling_windw = "08:00-20:00"\n')
    assert load_settings("sqlite:///x.sqlite3").unknown_keys == (
        "lenguage",
        "[queue] calling_windw",
    )
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", f"sqlite:///{tmp_path / 'q.sqlite3'}", "db", "upgrade"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "has settings nothing reads (ignored): lenguage, [queue] calling_windw" in err


def test_a_password_others_may_read_is_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_file(tmp_path, monkeypatch, b'[database]\nsign_in_password = "gate 7"\n')
    settings_file = tmp_path / "settings.toml"
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    database = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    settings_file.chmod(0o644)
    assert main(["--db", database, "db", "upgrade"]) == 0
    assert capsys.readouterr().err == (
        f"qualifier: warning: {settings_file} holds [database] sign_in_password and others may "
        f"read it: chmod 600 {settings_file}\n"
    )
    settings_file.chmod(0o600)
    assert main(["--db", database, "db", "upgrade"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            '[databse]\nurl = "postgresql://db/qualifier"\n',
            "settings file: there is no section [databse]; did you mean [database]?",
        ),
        ("[colours]\nbackground = 1\n", "settings file: there is no section [colours] (sections:"),
    ],
)
def test_a_mistyped_section_is_refused_not_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, says: str
) -> None:
    """Dropped, a mistyped [database] opened the embedded database instead of the center's."""
    _with_file(tmp_path, monkeypatch, text.encode())
    with pytest.raises(InvalidInput) as refused:
        load_settings()
    assert str(refused.value).startswith(says)


README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize("first_line", ['language = "es"', "# settings.toml on every workstation"])
def test_the_readmes_settings_files_are_read_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_line: str
) -> None:
    """An administrator copies them: every key is read, none refused (a retry delay named
    `voicemail`, which is no disposition, stopped every command)."""
    blocks = re.findall(r"^```toml\n(.*?)^```$", README.read_text(encoding="utf-8"), re.S | re.M)
    block = next(text for text in blocks if text.startswith(first_line))
    _with_file(tmp_path, monkeypatch, block.encode())
    assert load_settings().unknown_keys == ()


def test_a_settings_file_named_but_missing_is_said_before_the_own_database_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo in QUALIFIER_CONFIG put a command on a new, empty center without a word."""
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "settngs.toml"))
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QUALIFIER_DATABASE_URL", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["db", "current"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"qualifier: warning: QUALIFIER_CONFIG names {tmp_path / 'settngs.toml'}, which does not "
        f"exist: this workstation's own database is used ({tmp_path / 'data'})\n"
        f"qualifier: error: there is no database at {tmp_path / 'data' / 'qualifier.sqlite3'}"
    )
    # A command that only reads made no database there either.
    assert not (tmp_path / "data" / "qualifier.sqlite3").exists()
    # A database named on the command line is what is used: nothing to say.
    assert main(["--db", f"sqlite:///{tmp_path / 'q.sqlite3'}", "db", "upgrade"]) == 0
    assert capsys.readouterr().err == ""
