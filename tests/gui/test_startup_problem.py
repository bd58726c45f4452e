"""A problem that stops the desktop app before its first window is shown in a window too:
the desktop executable has no console for stderr."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qualifier_app.cli.main import main
from qualifier_app.settings import ENV_CONFIG
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell.application import Controller


def test_a_broken_settings_file_is_shown_in_a_message_box(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('[databse]\nurl = "postgresql://db/qualifier"\n')
    monkeypatch.setenv(ENV_CONFIG, str(settings))
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(box.text())
        box.close()

    QTimer.singleShot(20, read_and_close)
    assert main(["gui"]) == 2
    assert shown == [
        "settings file: there is no section [databse]; did you mean [database]? (sections: "
        "database, queue, retry, workspace, routing, mail, retention, publication)"
    ]
    assert "there is no section [databse]" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()  # no embedded database made behind anyone's back


def test_a_database_file_that_is_not_there_is_named_and_not_made(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app opened on `--db sqlite:///PATH` with no file there made an empty one and said
    "the database is empty": a typo in the path left a stray file and sent the person to
    `db upgrade`. It says what the command line says, and makes nothing."""
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(ENV_CONFIG, str(tmp_path / "no-settings.toml"))
    typo = tmp_path / "centre.db"
    controller = Controller(f"sqlite:///{typo}", areas_for=areas_for)
    qtbot.addWidget(controller.login)
    controller.start()
    qtbot.waitUntil(controller.login.error.isVisible)
    assert controller.login.error.text() == (
        f"there is no database at {typo}; `qualifier setup` sets up a new center there "
        "(`qualifier db upgrade` makes an empty one)"
    )
    assert not typo.exists() and controller.first_run is None
    controller.workers.drain()
