"""Script versions: import, export and list by CLI; a lead keeps the version it started with;
who may edit; a script that does not validate is refused and nothing saved is lost."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.bant_validation import ScriptInvalid
from qualifier_app.domain.errors import Conflict, PermissionDenied
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import AuditEntry, Qualification, Script
from qualifier_app.services.workspace.dto import Outcome, OutcomeKind
from tests.support.cli import admin_main
from tests.support.factories import Factory

GRADE_A = {
    "reached_contact": "yes",
    "recording_notice": "yes",
    "permission": "yes",
    "prospect_kind": "business",
    "contact_ok": "yes",
    "need_level": "project",
    "budget_status": "approved",
    "authority_role": "decision_maker",
    "timeline": "this_quarter",
}


def _cli(database_url: str, *args: str) -> int:
    return admin_main(["--db", database_url, "script", *args])


# Shipped beside the BANT script, listed and edited like it.
CHECK_CALL = ("check-call", 1)


def _versions(services: Services) -> list[tuple[str, int]]:
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(select(Script.name, Script.version).order_by(Script.id))
        return [(name, version) for name, version in rows]


def _edited(definition: dict[str, Any]) -> dict[str, Any]:
    """Version 3: a new required question on the need screen."""
    definition["title"] = "BANT with urgency"
    definition["screens"][2]["questions"].append(
        {"key": "urgency", "type": "yes_no", "text": "Is it urgent?", "required": True}
    )
    return definition


def test_export_edit_import_list(
    services: Services, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bant.json"
    assert _cli(database_url, "export", "--out", str(out)) == 0
    assert "bant-default v3 written" in capsys.readouterr().out
    exported = json.loads(out.read_text("utf-8"))
    assert exported["version"] == 3 and exported["screens"][0]["key"] == "opening"

    out.write_text(json.dumps(_edited(exported)), "utf-8")
    assert _cli(database_url, "import", str(out), "--reason", "ask about urgency") == 0
    assert "bant-default v4 saved (7 screens); new leads get it" in capsys.readouterr().out
    assert _cli(database_url, "import", str(out)) == 0  # the same again: nothing new
    assert "already says this; nothing saved" in capsys.readouterr().out
    assert _versions(services) == [("bant-default", 3), CHECK_CALL, ("bant-default", 4)]

    assert _cli(database_url, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(v["version"], v["newest"], v["title"]) for v in listed] == [
        (4, True, "BANT with urgency"),
        (3, False, "Standard BANT telequalification"),
        (1, True, "Check call after a handoff"),
    ]
    assert _cli(database_url, "list") == 0
    assert "v4 (in use)" in capsys.readouterr().out
    assert _cli(database_url, "export", "--version", "3") == 0
    assert "urgency" not in capsys.readouterr().out

    with services.db.unit_of_work(write=False) as uow:
        saved = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "script.saved")
        ).one()
        assert saved.reason == "ask about urgency"


def test_a_script_that_does_not_validate_is_refused_in_one_line(
    services: Services, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bant.json"
    assert _cli(database_url, "export", "--out", str(out)) == 0
    broken = json.loads(out.read_text("utf-8"))
    broken["screens"][3]["questions"][0]["options"][0]["jump"] = "pricing"
    out.write_text(json.dumps(broken), "utf-8")
    capsys.readouterr()
    assert _cli(database_url, "import", str(out)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "screen budget, question budget_status: jumps to screen 'pricing'" in err
    assert _versions(services) == [("bant-default", 3), CHECK_CALL]

    out.write_text('{"name": "x", "screens": [', "utf-8")
    assert _cli(database_url, "import", str(out)) == 2
    assert "is not JSON" in capsys.readouterr().err
    assert _cli(database_url, "import", str(tmp_path / "missing.json")) == 2
    assert "missing.json does not exist" in capsys.readouterr().err
    assert _cli(database_url, "export", "--name", "nope") == 2
    assert "there is no script nope" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda s: s.update(pass_rules="x"), '"pass_rules" must be an object'),
        (lambda s: s.update(name=5), '"name" must be text'),
        (lambda s: s.update(default_recycle_months=-3), '"default_recycle_months" must be'),
        (
            lambda s: s["screens"][3]["questions"][0].update(branch="x"),
            'screen budget, question budget_status: "branch" must be an object',
        ),
        (
            lambda s: s["screens"][3]["questions"][0].update(options="x"),
            '"options" must be a list',
        ),
        (lambda s: s["screens"][3].update(questions="x"), '"questions" must be a list'),
    ],
)
def test_a_script_file_of_the_wrong_shape_is_named_in_one_line(
    services: Services,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[dict[str, Any]], None],
    said: str,
) -> None:
    out = tmp_path / "bant.json"
    assert _cli(database_url, "export", "--out", str(out)) == 0
    script = json.loads(out.read_text("utf-8"))
    change(script)
    out.write_text(json.dumps(script), "utf-8")
    capsys.readouterr()
    assert _cli(database_url, "import", str(out)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and said in err
    assert _versions(services) == [("bant-default", 3), CHECK_CALL]


def _outcome(item: Any, answers: dict[str, Any]) -> Outcome:
    return Outcome(
        request_id=str(uuid.uuid4()),
        lead_id=item.lead.id,
        version=item.lead.version,
        kind=OutcomeKind.SALES_READY,
        started_at=item.lead.lease_expires_at - timedelta(minutes=20),
        script_id=item.script.id,
        answers=answers,
    )


def test_a_lead_started_on_one_version_finishes_on_it(services: Services, factory: Factory) -> None:
    rita = factory.user("rita")
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    first, second = factory.lead(), factory.lead()
    item = services.workspace.next_lead(rita)
    assert (item.lead.id, item.script.version) == (first, 3)

    # Meanwhile an administrator saves version 4 with a new required question.
    saved = services.scripts.save(ada, _edited(services.scripts.definition(ada, "bant-default")))
    assert (saved.created, saved.script.version) == (True, 4)

    # The lead on screen finishes on version 3, without the question version 4 added.
    services.workspace.submit(rita, _outcome(item, GRADE_A))
    # The next lead gets version 4, and its answers name it.
    later = services.workspace.next_lead(rita)
    assert (later.lead.id, later.script.version) == (second, 4)
    services.workspace.submit(rita, _outcome(later, {**GRADE_A, "urgency": "yes"}))
    with services.db.unit_of_work(write=False) as uow:
        used = dict(
            uow.session.execute(
                select(Qualification.lead_id, Script.version).join(
                    Script, Script.id == Qualification.script_id
                )
            ).all()
        )
    assert used == {first: 3, second: 4}


def test_saving_is_checked_and_changes_nothing_when_refused(
    services: Services, factory: Factory
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    definition = services.scripts.definition(ada, "bant-default")
    definition["screens"][0]["questions"][2]["branch"] = {"no": "@callback", "yes": "budget"}
    with pytest.raises(ScriptInvalid, match="screen contact: no path reaches this screen"):
        services.scripts.save(ada, definition)
    assert _versions(services) == [("bant-default", 3), CHECK_CALL]
    with services.db.unit_of_work(write=False) as uow:
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert "script.saved" not in actions


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(Role.REP, False), (Role.TEAM_LEAD, False), (Role.SUPERVISOR, True), (Role.ADMIN, True)],
)
def test_who_may_edit_scripts(
    services: Services, factory: Factory, role: Role, allowed: bool
) -> None:
    actor = factory.user("who", role, team="Team A" if role is Role.REP else None, queues=())
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    definition = services.scripts.definition(ada, "bant-default")
    definition["title"] = f"edited by {role.value}"
    calls = (
        lambda: services.scripts.versions(actor),
        lambda: services.scripts.definition(actor, "bant-default"),
        lambda: services.scripts.save(actor, definition),
    )
    for call in calls:
        if allowed:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    assert len(_versions(services)) == (3 if allowed else 2)


def test_a_save_started_from_an_older_version_is_refused_and_nothing_is_lost(
    services: Services, factory: Factory
) -> None:
    """Bea saves v4 while Ada edits v3: Ada's save is refused, Bea's change stays the newest;
    saving again, started from v4, replaces it knowingly."""
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    bea = factory.user("bea", Role.SUPERVISOR, team=None, queues=())
    adas = services.scripts.definition(ada, "bant-default")
    beas = services.scripts.definition(bea, "bant-default")
    assert adas["version"] == beas["version"] == 3
    beas["title"] = "Bea's title"
    assert services.scripts.save(bea, beas, based_on=3).script.version == 4

    with pytest.raises(Conflict, match="bant-default was changed by someone else meanwhile"):
        services.scripts.save(ada, _edited(adas), "urgency", based_on=3)
    assert _versions(services) == [("bant-default", 3), CHECK_CALL, ("bant-default", 4)]
    assert services.scripts.definition(ada, "bant-default")["title"] == "Bea's title"
    with services.db.unit_of_work(write=False) as uow:
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert actions.count("script.saved") == 1

    saved = services.scripts.save(ada, adas, "urgency", based_on=4)
    assert (saved.script.version, saved.created) == (5, True)
    # A file imported as a replacement (no version started from) is stored as the next one.
    adas["title"] = "From a file"
    assert services.scripts.save(ada, adas).script.version == 6


def test_an_import_of_a_file_exported_before_a_newer_version_is_refused(
    services: Services, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bant.json"
    assert _cli(database_url, "export", "--out", str(out)) == 0
    exported = json.loads(out.read_text("utf-8"))
    newer = copy.deepcopy(exported)
    newer["title"] = "Saved meanwhile"
    services.scripts.save(OPERATOR, newer, based_on=3)
    capsys.readouterr()

    edited = _edited(copy.deepcopy(exported))
    out.write_text(json.dumps(edited), "utf-8")  # still says version 3
    assert _cli(database_url, "import", str(out)) != 0
    err = capsys.readouterr().err
    assert "bant-default was changed by someone else meanwhile" in err
    assert "Traceback" not in err
    assert _versions(services) == [("bant-default", 3), CHECK_CALL, ("bant-default", 4)]

    # Started from the newest (as exported again), or without a version: saved.
    out.write_text(json.dumps({**edited, "version": 4}), "utf-8")
    assert _cli(database_url, "import", str(out)) == 0
    assert "bant-default v5 saved" in capsys.readouterr().out
    unversioned = {k: v for k, v in exported.items() if k != "version"}
    unversioned["title"] = "A replacement"
    out.write_text(json.dumps(unversioned), "utf-8")
    assert _cli(database_url, "import", str(out)) == 0
    assert "bant-default v6 saved" in capsys.readouterr().out
