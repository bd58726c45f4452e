"""Consent captured on the call: stored with time, rep and script version; a "no" to
passing the details to a partner blocks the handoff; consent in the package, the lead
record and the person's export; shipped script versions installed once."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import Conflict
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence.models import AuditEntry, Consent, Script
from qualifier_app.services.compliance.person_lookup import PersonQuery
from qualifier_app.services.workspace.dto import WorkItem
from qualifier_app.services.workspace.scripts import install_scripts, shipped_scripts
from tests.integration.test_workspace import GRADE_A, outcome
from tests.support.cli import admin_main
from tests.support.factories import Factory
from tests.support.partners import add_partner, qualify


def consents(services: Services) -> list[tuple[str, bool, int, int, Any]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            (c.channel, c.granted, c.rep_id, c.script_id, c.recorded_at)
            for c in uow.session.execute(select(Consent).order_by(Consent.id)).scalars()
        ]


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


def qualified(services: Services, rita: Actor, partner: str) -> tuple[int, WorkItem]:
    item = services.workspace.next_lead(rita)
    answers = {
        **GRADE_A,
        "consent_phone": "yes",
        "consent_email": "no",
        "consent_partner": partner,
    }
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.SALES_READY, answers=answers)
    )
    if partner == "no":
        assert receipt.message.startswith("Sales-ready (grade A), but the prospect said no")
    else:
        assert receipt.message == "Sales-ready (grade A): ready for a partner"
    return item.lead.id, item


def test_consent_is_recorded_with_time_rep_and_script_version(
    services: Services,
    factory: Factory,
    rita: Actor,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    factory.lead(segment="enterprise")
    lead_id, item = qualified(services, rita, "yes")
    assert item.script.version == shipped_scripts()[0]["version"]
    now = factory.clock.now()
    assert consents(services) == [
        ("recording", True, rita.user_id, item.script.id, now),
        ("phone", True, rita.user_id, item.script.id, now),
        ("email", False, rita.user_id, item.script.id, now),
        ("partner", True, rita.user_id, item.script.id, now),
    ]
    with services.db.unit_of_work(write=False) as uow:
        entry = uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == "consent.recorded")
        ).scalar_one()
        assert entry.entity_id == str(lead_id)
    record = services.lookup.record(OPERATOR, lead_id)
    assert record.consent[0].startswith("recording notice given: yes")
    assert any(line.startswith("contact by e-mail: no") for line in record.consent)
    assert f"rita, bant-default v{item.script.version}" in record.consent[-1].lower()
    capsys.readouterr()
    assert admin_main(["--db", database_url, "lead", "show", str(lead_id)]) == 0
    shown = capsys.readouterr().out
    assert "Consent on the call:\n  recording notice given: yes" in shown


def test_a_no_to_partner_sharing_blocks_the_handoff_and_says_so(
    services: Services, factory: Factory, rita: Actor
) -> None:
    add_partner(services, "West Coast Voice")
    factory.lead(segment="enterprise")
    lead_id, _item = qualified(services, rita, "no")
    proposal = services.routing.propose(rita, lead_id)
    assert proposal.proposed is None and proposal.partner_refused
    assert "said no to passing their details to a partner" in proposal.explanation
    with pytest.raises(Conflict, match="cannot be handed off"):
        services.routing.route(rita, lead_id)
    pending = services.routing.route_pending(OPERATOR)
    assert [w.lead_id for w in pending.waiting] == [lead_id]
    assert "said no" in pending.waiting[0].why
    assert factory.get_lead(lead_id).status == "sales_ready"


def test_consent_travels_in_the_handoff_package(
    services: Services, factory: Factory, rita: Actor
) -> None:
    add_partner(services, "West Coast Voice")
    factory.lead(segment="enterprise")
    lead_id, _item = qualified(services, rita, "yes")
    handoff = services.routing.route(rita, lead_id)
    outbox = services.settings.outbox_dir
    [eml] = [p for p in outbox.rglob("*.eml") if str(handoff.id) in p.name]
    text = eml.read_text("utf-8", errors="replace")
    assert "CONSENT GIVEN ON THE CALL" in text
    assert "passing the details to a partner: yes" in text
    [package] = [p for p in outbox.rglob("*.json") if str(handoff.id) in p.name]
    lines = json.loads(package.read_text("utf-8"))["consent"]
    assert any(line.startswith("contact by e-mail: no") for line in lines)


def test_the_person_export_includes_consent(
    services: Services, factory: Factory, rita: Actor, tmp_path: Path
) -> None:
    factory.lead(segment="enterprise", email_normalized="pat@acme.example")
    lead_id, _item = qualified(services, rita, "no")
    out = tmp_path / "pat.zip"
    services.person.export(OPERATOR, PersonQuery(lead_id=lead_id), out)
    with zipfile.ZipFile(out) as archive:
        rows = json.loads(archive.read("consents.json"))
    assert {(r["channel"], r["granted"]) for r in rows} == {
        ("recording", True),
        ("phone", True),
        ("email", False),
        ("partner", False),
    }
    services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked to be forgotten")
    # The refusal keeps counting after erasure: nothing personal is in it.
    assert [c[:2] for c in consents(services)][-1] == ("partner", False)


def _old_default(session: Any, now: Any) -> int:
    """A database from before this version: the shipped script as it was, version 2."""
    definition = json.loads(json.dumps(shipped_scripts()[0]))
    definition["version"] = 2
    for screen in definition["screens"]:
        screen["questions"] = [
            q for q in screen["questions"] if not str(q["key"]).startswith("consent_")
        ]
    script = Script(
        name=definition["name"],
        version=2,
        segment=None,
        definition=definition,
        active=True,
        created_at=now,
    )
    session.add(script)
    session.flush()
    return script.id


def test_a_newly_shipped_version_is_installed_once_and_callbacks_keep_theirs(
    services: Services, factory: Factory, rita: Actor
) -> None:
    with services.db.unit_of_work() as uow:
        old_id = _old_default(uow.session, factory.clock.now())
        uow.commit()
    now = factory.clock.now()
    # A lead in progress: its conversation began on version 2, and it is called back now.
    in_progress = factory.lead(
        segment="enterprise", score=90, status="callback", next_call_at=now - timedelta(minutes=1)
    )
    qualify(factory, in_progress, rita)
    fresh = factory.lead(segment="enterprise", score=10)
    shipped = next(int(d["version"]) for d in shipped_scripts() if d["name"] == "bant-default")

    first = services.workspace.next_lead(rita)
    assert (first.lead.id, first.script.id, first.script.version) == (in_progress, old_id, 2)
    with services.db.unit_of_work(write=False) as uow:
        bant = select(Script.version).where(Script.name == "bant-default")
        versions = sorted(uow.session.execute(bant).scalars())
    assert versions == [2, shipped]  # installed with the first claim, once
    second = services.workspace.next_lead(factory.user("sam"))
    assert (second.lead.id, second.script.version) == (fresh, shipped)
    with services.db.unit_of_work() as uow:
        assert install_scripts(uow.session, factory.clock.now()) == 0
        uow.commit()
