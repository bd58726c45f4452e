"""Whole numbers on the command line: bounded by what the integer columns hold, so a number
too large for them is one line and exit 2, not an OverflowError from the driver."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.cli.arguments import non_negative, positive, whole_number
from qualifier_app.cli.auth import leaf_parsers
from qualifier_app.cli.main import build_parser
from tests.support.cli import Runner, admin_main, every_argument_refuses, in_process

BOUNDED = (positive, non_negative, whole_number)
BEYOND_64_BITS = "99999999999999999999"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def test_every_number_argument_is_bounded(
    tmp_path: Path, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    db = ["--db", f"sqlite:///{tmp_path / 'none' / 'q.sqlite3'}"]
    for name, parser in leaf_parsers(build_parser()):
        for action in parser._actions:
            assert action.type is not int, f"{name} {action.dest}: a plain int has no bound"
    checked = every_argument_refuses(
        run, db, BOUNDED, [(BEYOND_64_BITS, "is too large"), ("2147483648", "is too large")]
    )
    assert {
        "lead show lead_id",
        "queue release lead_id",
        "partner match lead_id",
        "sla resolve handoff_id",
        "check-calls reroute check_call",
        "check-calls keep check_call",
        "person export lead_id",
        "export leads min_score",
        "scoring export version",
        "script export version",
        "queue add priority",
        "queue edit priority",
    } <= checked
    done = run(*db, "queue", "edit", "Main", "--priority", "-" + BEYOND_64_BITS)
    assert done.returncode == 2 and "is too small" in done.stderr


def test_lead_find_an_id_no_column_holds_finds_nothing(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for text in (f"#{BEYOND_64_BITS}", "#2147483648"):
        assert admin_main(["--db", database_url, "lead", "find", text]) == 0
        assert "no lead found" in capsys.readouterr().out
