"""Importing a national registry from the do-not-call area: a supervisor chooses the file,
the registry and the snapshot date; it runs off the GUI thread with the numbers read shown,
ends with a summary and the registry's freshness; a bad file is named next to its field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import Role
from qualifier_app.ui.admin.do_not_call import DoNotCallArea
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.worker import Workers
from tests.gui.conftest import wait_idle
from tests.gui.test_do_not_call_area import _open
from tests.support.factories import PASSWORD, Factory


def test_a_supervisor_imports_a_registry_with_progress_and_a_summary(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    rita = factory.user("rita")
    factory.lead(phone_e164="+12015550123")
    snapshot = tmp_path / "201.txt"
    snapshot.write_text("2015550123\n201,5550124\n", encoding="utf-8")
    area = _open(qtbot, services, workers, "sam")
    panel = area.registry_import
    assert panel is not None
    qtbot.waitUntil(lambda: panel.states.text() == "No national registry imported yet")

    panel.form.save_button.click()  # no file yet: said next to the field, nothing runs
    assert panel.form.form.errors["file"].text() == "choose the registry file"
    panel.choose_file = lambda: str(snapshot)
    panel.choose_button.click()
    assert panel.file.text() == str(snapshot)
    today = factory.clock.now().date()
    # The database's date is offered, not this workstation's (whose clock may be off).
    assert panel.as_of.date() == QDate(today.year, today.month, today.day)
    panel.as_of.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    read: list[int] = []
    panel._bridge.read.connect(read.append)
    panel.form.save_button.click()
    qtbot.waitUntil(lambda: "claims follow it now" in panel.result.text(), timeout=15_000)
    assert read == [2]  # the count of numbers read arrived on the GUI thread
    assert panel.result.text().startswith("US registry of ")
    assert "2 numbers from 2 lines" in panel.result.text()
    assert panel.progress.isHidden()
    qtbot.waitUntil(lambda: "fresh" in panel.states.text())
    assert "2 numbers" in panel.states.text()
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rita)


def test_the_center_s_day_is_offered_and_a_date_picked_stays(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers
) -> None:
    """An Auckland center was offered the 24th (UTC's day) on the morning of the 25th."""
    factory.center("Pacific/Auckland")  # 04:00 on the 25th there
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    area = _open(qtbot, services, workers, "sam")
    panel = area.registry_import
    assert panel is not None
    qtbot.waitUntil(lambda: panel.as_of.date() == QDate(2026, 11, 25))
    qtbot.waitUntil(lambda: panel.states.text() != "")
    panel.as_of.setDate(QDate(2026, 11, 20))
    panel.states.setText("")
    panel.reload_states()  # as after an import
    qtbot.waitUntil(lambda: panel.states.text() != "")
    assert panel.as_of.date() == QDate(2026, 11, 20)


def test_a_bad_line_is_named_and_nothing_is_imported(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    bad = tmp_path / "bad.txt"
    bad.write_text("2015550123\n20155501\n", encoding="utf-8")
    area = _open(qtbot, services, workers, "ada")
    panel = area.registry_import
    assert panel is not None
    panel.file.setText(str(bad))
    today = factory.clock.now().date()
    panel.as_of.setDate(QDate(today.year, today.month, today.day))
    panel.form.save_button.click()
    qtbot.waitUntil(lambda: panel.result.text() == "Nothing was imported", timeout=15_000)
    assert "bad.txt line 2: '20155501' is not a US phone number" in (
        panel.form.form.errors["file"].text()
    )
    assert services.registries.states(services.accounts.actor_for("ada")) == []

    # A file that is not there is named next to the field too (checked off the GUI thread).
    panel.file.setText(str(tmp_path / "missing.txt"))
    panel.form.save_button.click()
    qtbot.waitUntil(
        lambda: "missing.txt is not a readable file" in (panel.form.form.errors["file"].text()),
        timeout=15_000,
    )


def test_a_file_without_numbers_or_far_fewer_is_refused_next_to_the_file(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, tmp_path: Path
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    files = Path(__file__).parent.parent / "data" / "registry"
    services.registries.import_snapshot(
        services.accounts.actor_for("ada"), files / "reg1.txt", "US"
    )
    area = _open(qtbot, services, workers, "ada")
    panel = area.registry_import
    assert panel is not None
    qtbot.waitUntil(lambda: "3 numbers" in panel.states.text())
    today = factory.clock.now().date()
    panel.as_of.setDate(QDate(today.year, today.month, today.day))
    panel.file.setText(str(files / "reg_header.csv"))
    panel.form.save_button.click()
    qtbot.waitUntil(lambda: panel.result.text() == "Nothing was imported", timeout=15_000)
    assert panel.form.form.errors["file"].text().startswith("reg_header.csv holds no phone numbers")
    assert panel.allow_shrink.isHidden()

    # Far fewer numbers: refused, and only then may the person confirm it.
    panel.file.setText(str(files / "reg_utf16.txt"))
    panel.form.save_button.click()
    qtbot.waitUntil(panel.allow_shrink.isVisible, timeout=15_000)
    assert "67% fewer than the 3 of the last US snapshot" in (panel.form.form.errors["file"].text())
    assert "3 numbers" in panel.states.text()
    panel.allow_shrink.setChecked(True)
    panel.form.save_button.click()
    qtbot.waitUntil(lambda: "claims follow it now" in panel.result.text(), timeout=15_000)
    assert "1 numbers from 1 lines" in panel.result.text()
    assert panel.allow_shrink.isHidden() and not panel.allow_shrink.isChecked()


def test_the_file_fields_hint_is_whole_in_german_beside_a_filled_list(
    qtbot: QtBot,
    qapp: QApplication,
    services: Services,
    factory: Factory,
    workers: Workers,
    built: Path,
) -> None:
    """Beside a list with entries the field got 365 px for a German hint needing 386."""
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.do_not_call.add(
        services.accounts.sign_in("sam", PASSWORD, "test").actor,
        email="someone.with.a.long.address@example.com",
        reason="asked on the phone " * 3,
    )
    assert sam and i18n.install("de", built) == "de"
    style.apply(qapp)
    try:
        area = DoNotCallArea(
            AreaContext(services, services.accounts.sign_in("sam", PASSWORD, "test"), workers)
        )
        qtbot.addWidget(area)
        area.resize(1280, 720)
        area.show()
        qtbot.waitUntil(lambda: area.table.rowCount() == 1)
        wait_idle(qtbot, workers)
        field = area.registry_import.file
        room = field.width() - 18  # the frame, the stylesheet's padding, the field's margins
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room
    finally:
        i18n.install("en")
        qapp.setStyleSheet("")
