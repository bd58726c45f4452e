"""Dialling through a softphone's command line, by keyboard: a real small script records the
arguments it was started with; saving the outcome hangs up and stores the talk time."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.persistence.models import CallAttempt
from qualifier_app.settings import Settings
from tests.gui.conftest import OpenWorkspace, focused, shortcut
from tests.gui.test_rep_shift import RECORDER, no_answer_and_save, take_next
from tests.integration.test_workspace import fetch
from tests.support.factories import Factory


@pytest.fixture
def softphone(tmp_path: Path) -> tuple[Path, str]:
    script = tmp_path / "softphone.py"
    script.write_text(RECORDER)
    record = tmp_path / "dialled.json"
    return record, f'"{sys.executable}" "{script}" "{record}" --dial {{number}}'


@pytest.fixture
def settings(settings: Settings, softphone: tuple[Path, str]) -> Settings:
    return replace(settings, workspace=replace(settings.workspace, dial_command=softphone[1]))


def test_dial_through_a_softphone_command_and_saving_hangs_up(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    clock: ManualClock,
    open_workspace: OpenWorkspace,
    softphone: tuple[Path, str],
) -> None:
    record, _ = softphone
    lead_id = factory.lead(phone_raw="(212) 555-0142", phone_e164="+12125550142")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: focused() is area.hang_up_button)
    qtbot.waitUntil(record.exists, timeout=20_000)
    qtbot.waitUntil(lambda: record.read_text().endswith("]"), timeout=20_000)
    assert json.loads(record.read_text()) == ["--dial", "+12125550142"]
    clock.advance(timedelta(seconds=75))
    no_answer_and_save(qtbot, area)  # saving ends the call
    [attempt] = fetch(services, CallAttempt, CallAttempt.lead_id == lead_id)
    assert attempt.talk_seconds == 75


def test_an_extension_the_softphone_is_not_given_is_said_to_the_rep(
    qtbot: QtBot,
    factory: Factory,
    open_workspace: OpenWorkspace,
    softphone: tuple[Path, str],
) -> None:
    """A command without {extension} dials the number; the rep is told to key the rest in,
    also for a number they corrected on the card."""
    record, _ = softphone
    factory.lead(phone_raw="(212) 555-0142", phone_e164="+12125550142")
    area = open_workspace()
    take_next(qtbot, area)
    assert area.session is not None
    area.session.phone = "212 555 0199 ext. 345"
    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: record.exists() and record.read_text().endswith("]"), timeout=20_000)
    assert json.loads(record.read_text()) == ["--dial", "+12125550199"]
    assert area.banner.label.text() == "Extension 345: dial it when the switchboard answers."


def test_a_softphone_that_cannot_start_is_said_and_no_call_is_counted(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    open_workspace: OpenWorkspace,
    tmp_path: Path,
) -> None:
    factory.lead()
    area = open_workspace()
    dialer = area.shift.dialer
    dialer._policy = replace(  # a settings file naming a program that is not installed
        services.settings.workspace, dial_command=f'"{tmp_path / "no-phone"}" {{number}}'
    )
    take_next(qtbot, area)
    shortcut(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: "Dialling failed" in area.banner.label.text())
    assert "could not start the dial command" in area.banner.label.text()
    assert area.clock.timer.text() == "Not dialled"
    assert area.call_button.isEnabled() and not area.hang_up_button.isEnabled()
    assert area.session is not None and area.session.dialed_at is None
