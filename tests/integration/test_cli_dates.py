"""Days on the command line: bounded, so a day far in the past or future is one line and
exit 2, not an OverflowError from turning it into a moment in the center's time zone."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.cli.arguments import iso_date
from tests.support.cli import Runner, admin_main, every_argument_refuses, in_process
from tests.support.factories import Factory

FAR_DAYS = ("0001-01-01", "9999-12-31")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def test_every_date_argument_is_bounded(
    tmp_path: Path, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    db = ["--db", f"sqlite:///{tmp_path / 'none' / 'q.sqlite3'}"]
    checked = every_argument_refuses(
        run, db, [iso_date], [(day, "is out of range") for day in FAR_DAYS]
    )
    assert {
        "audit list since",
        "audit list until",
        "export leads since",
        "report conversion start",
        "report status start",
        "report check-calls start",
        "campaign set starts_on",
    } <= checked


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "list", "--since", "0001-01-01"],
        ["audit", "list", "--until", "9999-12-31"],
        ["report", "conversion", "--by", "rep", "--from", "0001-01-01"],
    ],
)
def test_a_far_day_is_refused_in_one_line_not_a_traceback(
    database_url: str, factory: Factory, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    factory.center("Europe/Berlin")
    with pytest.raises(SystemExit) as exited:
        admin_main(["--db", database_url, *argv])
    assert exited.value.code == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1 and "is out of range" in said[0], said


def test_the_first_and_last_days_allowed_still_work(
    database_url: str, factory: Factory, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.center("America/Los_Angeles")
    assert admin_main(["--db", database_url, "audit", "list", "--since", "1900-01-01"]) == 0
    assert admin_main(["--db", database_url, "audit", "list", "--until", "9998-12-31"]) == 0
