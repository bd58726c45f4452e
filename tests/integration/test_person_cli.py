"""`qualifier person export | erase` and `qualifier purge` from the command line."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from tests.support.cli import ADMIN, ensure_admin, main_as
from tests.support.factories import Factory


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "none.toml"))


def test_export_then_erase_from_the_command_line(
    factory: Factory, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_id = factory.lead(email_raw="Nia@Example.org", email_normalized="nia@example.org")
    out = tmp_path / "nia.zip"
    db = ["--db", database_url]
    ensure_admin(database_url)
    assert (
        main_as(ADMIN, [*db, "person", "export", "--email", "nia@example.org", "--out", str(out)])
        == 0
    )
    assert "about 1 lead written" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("leads.json"))[0]["id"] == lead_id
    erase = [*db, "person", "erase", "--lead", str(lead_id), "--reason", "asked", "--json"]
    assert main_as(ADMIN, erase) == 0
    assert json.loads(capsys.readouterr().out)["lead_ids"] == [lead_id]
    assert factory.get_lead(lead_id).email_normalized is None
    assert main_as(ADMIN, [*db, "purge"]) == 0
    assert "0 outbox files" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["person", "export", "--email", "nobody@example.org", "--out", "x.zip"], "no lead"),
        (["person", "export", "--email", "broken", "--out", "x.zip"], "e-mail"),
        (["person", "export", "--lead", "1", "--out", "x.csv"], ".zip"),
        (["person", "erase", "--lead", "1", "--reason", " "], "say why"),
        (["person", "erase", "--lead", "1"], "--reason"),
        (["person", "erase", "--lead", "1", "--email", "a@b.org", "--reason", "r"], "not allowed"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    arguments: list[str],
    message: str,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ensure_admin(database_url)
    try:
        code = main_as(ADMIN, ["--db", database_url, *arguments])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_second_request_for_an_erased_person_says_nothing_is_left(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.lead(email_raw="nia@example.org", email_normalized="nia@example.org")
    db = ["--db", database_url]
    ensure_admin(database_url)
    erase = [*db, "person", "erase", "--email", "nia@example.org", "--reason", "asked"]
    assert main_as(ADMIN, erase) == 0
    capsys.readouterr()
    assert main_as(ADMIN, erase) == 2
    err = capsys.readouterr().err
    assert "do-not-call list (as a hash), as after an erasure" in err
    assert len(err.strip().splitlines()) == 1
