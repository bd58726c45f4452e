"""The person's data from the lead record: a supervisor exports it to a zip chosen in a save
dialog and can only ask for erasure; an administrator erases it with a reason and a tick."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry, Lead
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.lead_record import LeadRecordDialog, open_lead_record
from tests.support.factories import PASSWORD, Factory


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()  # held here: the dialog dies with its parent
    qtbot.addWidget(widget)
    yield widget


def opened(
    parent: QWidget, qtbot: QtBot, services: Services, workers: Workers, login: str, lead: int
) -> LeadRecordDialog:
    actor = services.accounts.sign_in(login, PASSWORD).actor
    dialog = open_lead_record(parent, services.lookup, actor, workers, lead, services.person)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    return dialog


def audit_actions(services: Services) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(uow.session.execute(select(AuditEntry.action)).scalars())


def test_a_supervisor_exports_and_asks_for_erasure(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    workers: Workers,
    tmp_path: Path,
    parent: QWidget,
) -> None:
    factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    lead = factory.lead(company="Export Co", email_normalized="pat@export.example")
    dialog = opened(parent, qtbot, services, workers, "sue", lead)
    actions = dialog.person_actions
    assert actions is not None
    assert actions.erase_button.text() == "Ask for &erasure…"
    actions.choose_file = lambda proposed: str(tmp_path / "pat")  # the .zip is added
    actions.export_button.click()
    qtbot.waitUntil(lambda: "written to" in dialog.notice.text(), timeout=10_000)
    assert dialog.notice.text().startswith("1 row about 1 lead written to ")
    with zipfile.ZipFile(tmp_path / "pat.zip") as archive:
        leads = json.loads(archive.read("leads.json"))
    assert [row["company"] for row in leads] == ["Export Co"]

    actions.erase_button.click()
    erasure = actions.erasure_dialog
    assert erasure is not None
    ok = erasure.buttons.button(QDialogButtonBox.StandardButton.Ok)
    erasure.confirm.setChecked(True)
    assert not ok.isEnabled() and erasure.problem.text() == "Say why the person is erased"
    qtbot.keyClicks(erasure.reason, "e-mail of 2 Dec")
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: "Erasure requested" in dialog.notice.text(), timeout=10_000)
    assert dialog.notice.text() == "Erasure requested for 1 lead; an administrator erases it"
    assert "person.erasure_requested" in audit_actions(services)
    assert factory.get_lead(lead).company == "Export Co"


def test_an_administrator_erases_with_a_reason_and_a_tick(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, parent: QWidget
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    lead = factory.lead(company="Erase Co", email_normalized="pat@erase.example")
    dialog = opened(parent, qtbot, services, workers, "ada", lead)
    actions = dialog.person_actions
    assert actions is not None and actions.erase_button.text() == "&Erase person…"
    actions.erase_button.click()
    erasure = actions.erasure_dialog
    assert erasure is not None
    ok = erasure.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(erasure.reason, "asked by phone on 2 Dec")
    assert not ok.isEnabled()  # not without the tick
    erasure.confirm.setChecked(True)
    ok.click()
    qtbot.waitUntil(lambda: dialog.notice.text().startswith("Erased: "), timeout=10_000)
    assert dialog.notice.text().startswith("Erased: 1 lead, ")  # counts of one, in the singular
    assert "(s)" not in dialog.notice.text()
    erased: Lead = factory.get_lead(lead)
    assert (erased.company, erased.email_normalized, erased.status) == ("", None, "do_not_call")


def test_a_rep_sees_no_person_buttons(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, parent: QWidget
) -> None:
    factory.user("rita")
    lead = factory.lead()
    dialog = opened(parent, qtbot, services, workers, "rita", lead)
    assert dialog.person_actions is not None
    assert not any(b.isVisible() or not b.isHidden() for b in dialog.person_actions.buttons)
