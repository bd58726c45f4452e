"""A fault in the app's own code is said to the person and kept for the administrator: it
was printed to a console the installed app does not have, so a click did nothing and
nobody heard of it. The report keeps where it happened, never a prospect's data."""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.ui.shell.unexpected import LOG_NAME, MOST_LOG_BYTES, UnexpectedProblems
from qualifier_app.ui.shell.worker import Workers

SECRET = "Pat Prospect, +1 212 555 0147"


def save_the_outcome() -> None:
    try:
        {}["lead"]  # the fault behind the one reported
    except KeyError as missing:
        raise ValueError(f"cannot save {SECRET}") from missing


@pytest.fixture
def problems(qapp: QApplication, tmp_path: Path) -> Iterator[UnexpectedProblems]:
    installed = UnexpectedProblems(tmp_path / "data")
    installed.install()
    yield installed
    installed.remove()
    if installed.window is not None:
        installed.window.close()


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_a_slot_is_said_and_kept_without_the_prospect_s_data(
    qtbot: QtBot, problems: UnexpectedProblems, capsys: pytest.CaptureFixture[str]
) -> None:
    QTimer.singleShot(0, save_the_outcome)
    qtbot.waitUntil(lambda: problems.window is not None and problems.window.isVisible())
    assert problems.window is not None
    text = problems.window.text()
    assert "Something went wrong in Qualifier (ValueError)" in text
    assert str(problems.log) in text

    kept = problems.log.read_text(encoding="utf-8")
    assert ": ValueError\n" in kept
    assert "test_unexpected_problems.py:" in kept
    assert "in save_the_outcome: raise ValueError" in kept
    assert "  from KeyError:" in kept
    assert str(Path(__file__).parent) not in kept  # no path of this machine
    assert SECRET not in kept and "555 0147" not in kept
    assert stat.S_IMODE(problems.log.stat().st_mode) == 0o600
    # A console, where there is one, hears of it in one line, without the data either.
    said = capsys.readouterr().err
    assert f"qualifier: unexpected problem (ValueError); the details are in {problems.log}" in said
    assert "555 0147" not in said

    # A fault that repeats (in a timer, say) opens no second window; each is kept.
    shown = problems.window
    QTimer.singleShot(0, save_the_outcome)
    qtbot.waitUntil(lambda: problems.log.read_text(encoding="utf-8").count(": ValueError") == 2)
    assert problems.window is shown
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]) == 1

    # Enter closes it; the next fault is said again.
    QTimer.singleShot(0, lambda: shown.button(QMessageBox.StandardButton.Ok).click())
    qtbot.waitUntil(lambda: problems.window is None)


def test_the_log_starts_again_past_its_size_keeping_the_one_before(
    qapp: QApplication, problems: UnexpectedProblems
) -> None:
    problems.log.parent.mkdir(parents=True)
    problems.log.write_bytes(b"x" * (MOST_LOG_BYTES + 1))
    try:
        save_the_outcome()
    except ValueError:
        problems.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert problems.log.stat().st_size < 10_000
    assert (problems.log.parent / f"{LOG_NAME}.1").stat().st_size == MOST_LOG_BYTES + 1


def test_a_fault_in_a_service_call_is_kept_and_an_expected_problem_is_not(
    qtbot: QtBot, problems: UnexpectedProblems
) -> None:
    """A worker's fault is shown in its window's problem line by its kind alone; the log
    keeps where it happened, for the administrator."""
    workers = Workers()
    failures: list[BaseException] = []
    try:
        workers.submit(save_the_outcome, lambda _value: None, failures.append)
        workers.submit(refused, lambda _value: None, failures.append)
        qtbot.waitUntil(lambda: len(failures) == 2)
    finally:
        workers.drain()
    assert sorted(type(failure).__name__ for failure in failures) == ["InvalidInput", "ValueError"]
    kept = problems.log.read_text(encoding="utf-8")
    assert kept.count(": ValueError\n") == 1 and "in save_the_outcome:" in kept
    assert "InvalidInput" not in kept and SECRET not in kept
    assert problems.window is None  # said in the window's problem line, not in a second one


def refused() -> None:
    raise InvalidInput(message("pick the date to call this lead again"), "recycle_on")
