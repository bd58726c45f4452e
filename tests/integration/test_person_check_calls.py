"""A person's check calls on request, on both databases: the export carries the check calls
with what the person told them (and their audit rows), erasure blanks what they said and
takes a check call still due out of every queue."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.services.compliance.person_lookup import PersonQuery
from qualifier_app.settings import Settings
from tests.support.check_calls import (
    ANSWERS_CONTACTED,
    answer,
    check_call_due,
    check_of,
)
from tests.support.factories import Factory
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def test_the_export_holds_the_check_calls_and_erasure_blanks_them(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rita = factory.user("rita.rep")
    lead_id, handoff_id = check_call_due(services, factory, clock, rita)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_CONTACTED)

    out = tmp_path / "person.zip"
    services.person.export(OPERATOR, PersonQuery(lead_id=lead_id), out)
    with zipfile.ZipFile(out) as archive:
        members = {name: json.loads(archive.read(name)) for name in archive.namelist()}
    [check] = members["check_calls.json"]
    assert (check["handoff_id"], check["status"], check["contacted"]) == (
        handoff_id,
        "answered",
        True,
    )
    assert (check["contacted_on"], check["contacted_by"], check["satisfaction"]) == (
        "2026-11-26",
        "Dana from the partner",
        4,
    )
    assert (check["still_needs"], check["may_share"], check["comments"]) == (
        True,
        True,
        "Quick and friendly",
    )
    actions = {row["action"] for row in members["audit_log.json"]}
    assert {"check_call.due", "check_call.check_call"} <= actions

    services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked on the phone")

    erased = check_of(services, handoff_id)
    assert erased is not None
    assert (erased.comments, erased.contacted_by) == ("[erased]", "")
    assert (erased.status, erased.satisfaction) == ("answered", 4)  # the partner's figures stay


def test_erasing_a_person_with_a_check_call_due_cancels_it(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    lead_id, handoff_id = check_call_due(services, factory, clock, rita)
    assert len(services.check_calls.due(rita)) == 1

    services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked by mail")

    check = check_of(services, handoff_id)
    assert check is not None
    assert (check.status, check.why) == ("cancelled", "the person was erased on request")
    assert factory.get_lead(lead_id).status == "do_not_call"
    assert services.check_calls.due(rita) == ()
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)
