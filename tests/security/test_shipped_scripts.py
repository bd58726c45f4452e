"""The shipped BANT scripts are installed where the role may write scripts: a rep whose
database lacks one (a newer release's, say) works with the versions stored instead of
failing on a write the database refuses; a supervisor's look at the scripts installs it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import delete, select, text

from qualifier_app.app import Services
from qualifier_app.persistence.models import AuditEntry, Script
from tests.security.conftest import Center

pytestmark = pytest.mark.postgres

NEWER_RELEASE = "check-call"  # a shipped script the database does not have yet


def stored_names(center: Center) -> set[str]:
    with center.services.db.unit_of_work(write=False) as uow:
        return set(uow.session.execute(select(Script.name)).scalars())


def installations(center: Center) -> int:
    with center.services.db.unit_of_work(write=False) as uow:
        return len(
            uow.session.execute(
                select(AuditEntry.id).where(AuditEntry.action == "script.installed")
            ).all()
        )


def test_a_rep_takes_a_lead_with_the_stored_scripts_and_writes_none(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(delete(Script).where(Script.name == NEWER_RELEASE))
        uow.commit()
    before = installations(center)
    rita = center.teams.rita
    services = as_person("rita")
    with services.db.unit_of_work(write=False) as uow:
        may_write = uow.session.execute(text("SELECT has_table_privilege('scripts', 'INSERT')"))
        assert may_write.scalar_one() is False

    item = services.workspace.next_lead(rita)

    assert item.lead.id == center.north_lead and item.script is not None
    assert NEWER_RELEASE not in stored_names(center)
    assert installations(center) == before
    sam = center.teams.supervisor
    versions = as_person(sam.login).scripts.versions(sam)
    assert NEWER_RELEASE in {version.name for version in versions}
    assert NEWER_RELEASE in stored_names(center)
    assert installations(center) == before + 1
