"""Scoring rules kept in the database: versions, a preview that changes nothing, applying
(save + rescore), the rules in force used by the next import, who may, and the CLI."""

from __future__ import annotations

import copy as copying
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import AuditEntry, Lead, ScoringRulesVersion
from qualifier_app.services.intake.scoring_rules import load_rules
from tests.integration.test_cli_intake import run
from tests.integration.test_enrichment_scoring_export import by_name, copy
from tests.support.factories import Factory


def _germany_rules() -> dict[str, Any]:
    rules = copying.deepcopy(dict(load_rules()))
    rules["points"]["title"] = [["office manager", 50], *rules["points"]["title"]]
    rules["queues"].insert(0, {"queue": "Germany", "when": {"countries": ["DE"]}})
    return rules


def test_preview_then_apply_saves_a_version_and_rescores(
    services: Services, tmp_path: Path
) -> None:
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    before = by_name(services)
    rules = _germany_rules()
    assert services.scoring_rules.current(OPERATOR)["version"] == 1  # the shipped rules

    preview = services.scoring_rules.preview(OPERATOR, rules)
    assert preview.examined == 6
    assert preview.queue_changes >= 1 and preview.new_queues == ("Germany",)
    assert "would be created" in preview.sentence()
    assert all(  # nothing changed by a preview
        (lead.score, lead.queue_id) == (before[name].score, before[name].queue_id)
        for name, lead in by_name(services).items()
    )

    applied = services.scoring_rules.apply(OPERATOR, rules, "Germany gets its own queue")
    assert (applied.version, applied.created) == (2, True)
    assert applied.rescored.moved == preview.queue_changes
    assert applied.rescored.changed >= preview.score_changes
    assert services.scoring_rules.current(OPERATOR)["version"] == 2
    versions = services.scoring_rules.versions(OPERATOR)
    assert [(v.version, v.in_force, v.reason) for v in versions] == [
        (2, True, "Germany gets its own queue")
    ]
    # Nothing left to change: a second preview finds no difference, saving stores nothing.
    again = services.scoring_rules.preview(OPERATOR, rules)
    assert (again.score_changes, again.queue_changes) == (0, 0)
    assert services.scoring_rules.save(OPERATOR, rules) == (2, False)
    with services.db.unit_of_work(write=False) as uow:
        actions = list(uow.session.scalars(select(AuditEntry.action)))
        assert actions.count("scoring_rules.saved") == 1
        assert "leads.rescored" in actions
        assert uow.session.scalars(select(ScoringRulesVersion.version)).all() == [2]

    # The next import scores by the rules in force, read from the database.
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    assert services.scoring_rules.preview(OPERATOR, rules).queue_changes == 0
    assert services.scoring_rules.definition(OPERATOR, 2)["queues"][0]["queue"] == "Germany"


def test_broken_rules_are_refused_and_nothing_is_saved(services: Services) -> None:
    rules = _germany_rules()
    rules["queues"] = [{"queue": "Only DE", "when": {"countries": ["DE"], "moon": 1}}]
    with pytest.raises(InvalidInput, match="unknown conditions: moon"):
        services.scoring_rules.apply(OPERATOR, rules)
    with pytest.raises(InvalidInput, match="no catch-all"):
        services.scoring_rules.preview(OPERATOR, rules)
    assert services.scoring_rules.versions(OPERATOR)[0].saved_at is None


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(services: Services, factory: Factory, role: Role) -> None:
    actor = factory.user(f"u{role.value.replace('_', '')}", role, team=None, queues=())
    rules = _germany_rules()
    cases = {
        "versions": lambda: services.scoring_rules.versions(actor),
        "preview": lambda: services.scoring_rules.preview(actor, rules),
        "save": lambda: services.scoring_rules.save(actor, rules),
        "apply": lambda: services.scoring_rules.apply(actor, rules),
    }
    allowed = role in (Role.SUPERVISOR, Role.ADMIN)
    for name, call in cases.items():
        if allowed:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
            assert name  # each refused


def test_cli_export_preview_apply_and_one_line_errors(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", database_url, "scoring", "export")
    assert code == 0 and json.loads(out)["version"] == 1
    rules_file = tmp_path / "rules.json"
    rules_file.write_text(json.dumps(_germany_rules()), "utf-8")
    code, out, _ = run(capsys, "--db", database_url, "scoring", "preview", str(rules_file))
    assert code == 0 and out.startswith("Of 0 queued leads")
    code, out, _ = run(
        capsys, "--db", database_url, "scoring", "apply", str(rules_file), "--reason", "DE"
    )
    assert code == 0 and "scoring rules v2 saved" in out
    code, out, _ = run(capsys, "--db", database_url, "scoring", "list")
    assert code == 0 and "v2 (in force)" in out and "DE" in out

    broken = tmp_path / "broken.json"
    broken.write_text('{"segments": {}}', "utf-8")
    code, _, err = run(capsys, "--db", database_url, "scoring", "apply", str(broken))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = run(capsys, "--db", database_url, "scoring", "preview", str(tmp_path / "no"))
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "--db", database_url, "scoring", "preview", str(tmp_path))
    assert code == 2 and err.strip().endswith(f"{tmp_path} is a folder, not a file")
    code, out, _ = run(capsys, "--db", database_url, "scoring", "list")
    assert "v3" not in out


def test_worked_leads_are_not_counted(services: Services, factory: Factory, tmp_path: Path) -> None:
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    with services.db.unit_of_work(write=False) as uow:
        ids = list(uow.session.scalars(select(Lead.id)))
    for lead_id in ids:
        factory.set_lead(lead_id, attempts=1)
    assert services.scoring_rules.preview(OPERATOR, _germany_rules()).examined == 0


@pytest.mark.parametrize(
    ("table", "value", "problem"),
    [
        ("employees", [["x", 30]], '"points.employees" entry 1: "x" is not a number'),
        ("industry", {"x": "ten"}, '"points.industry.x": the points "ten" are not a number'),
        ("title", [[None, 5]], '"points.title" entry 1: null is not a keyword'),
    ],
)
def test_badly_shaped_rules_are_refused_before_they_break_an_import(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    value: object,
    problem: str,
) -> None:
    rules = _germany_rules()
    rules["points"][table] = value
    rules_file = tmp_path / "rules.json"
    rules_file.write_text(json.dumps(rules), "utf-8")
    code, _, err = run(capsys, "--db", database_url, "scoring", "apply", str(rules_file))
    assert code == 2 and err.count("\n") == 1 and problem in err
    code, out, _ = run(capsys, "--db", database_url, "scoring", "list")
    assert "v2" not in out

    golden = copy("golden_duplicates.csv", tmp_path)
    code, _, err = run(capsys, "--db", database_url, "import", "inquiries", str(golden),
                       "--rules", str(rules_file))  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and problem in err
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(golden))
    assert code == 0 and "6 new leads" in out


def test_the_shipped_rules_are_exported_under_the_version_listed(services: Services) -> None:
    [shipped] = services.scoring_rules.versions(OPERATOR)
    assert shipped.in_force
    exported = services.scoring_rules.definition(OPERATOR, shipped.version)
    assert exported == {**services.scoring_rules.current(OPERATOR), "version": shipped.version}
    with pytest.raises(NotFound, match="there is no version 7"):
        services.scoring_rules.definition(OPERATOR, 7)


def test_rules_started_from_an_older_version_are_refused_and_nothing_is_lost(
    services: Services, factory: Factory
) -> None:
    """Bea applies v2 while Ada edits v1 (the shipped rules): Ada's apply is refused, Bea's
    rules stay in force; applying again, started from v2, replaces them knowingly."""
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    bea = factory.user("bea", Role.SUPERVISOR, team=None, queues=())
    adas = services.scoring_rules.current(ada)
    beas = services.scoring_rules.current(bea)
    assert adas["version"] == beas["version"] == 1
    beas["segments"]["enterprise_min_employees"] = 777
    assert services.scoring_rules.apply(bea, beas, "Bea", based_on=1).version == 2

    adas = _germany_rules()
    with pytest.raises(Conflict, match="scoring rules were changed by someone else meanwhile"):
        services.scoring_rules.apply(ada, adas, "Ada", based_on=1)
    with pytest.raises(Conflict):
        services.scoring_rules.save(ada, adas, "Ada", based_on=1)
    in_force = services.scoring_rules.current(ada)
    assert in_force["version"] == 2 and in_force["segments"]["enterprise_min_employees"] == 777
    assert [v.version for v in services.scoring_rules.versions(ada)] == [2]

    assert services.scoring_rules.apply(ada, adas, "Ada", based_on=2).version == 3
    # Rules applied from a file without a version replace those in force.
    adas["segments"]["enterprise_min_employees"] = 700
    assert services.scoring_rules.save(ada, adas) == (4, True)


def test_cli_apply_of_rules_exported_before_a_newer_version_is_refused(
    services: Services, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", database_url, "scoring", "export")
    exported = json.loads(out)
    assert code == 0 and exported["version"] == 1
    newer = copying.deepcopy(exported)
    newer["segments"]["enterprise_min_employees"] = 777
    services.scoring_rules.save(OPERATOR, newer, based_on=1)

    rules_file = tmp_path / "rules.json"
    rules_file.write_text(json.dumps({**_germany_rules(), "version": 1}), "utf-8")
    code, _, err = run(capsys, "--db", database_url, "scoring", "apply", str(rules_file))
    assert code != 0 and "scoring rules were changed by someone else meanwhile" in err
    assert "Traceback" not in err
    assert [v.version for v in services.scoring_rules.versions(OPERATOR)] == [2]
    rules_file.write_text(json.dumps({**_germany_rules(), "version": 2}), "utf-8")
    code, out, _ = run(capsys, "--db", database_url, "scoring", "apply", str(rules_file))
    assert code == 0 and "scoring rules v3 saved" in out
