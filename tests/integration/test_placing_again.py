"""`qualifier lead place-again`: a center's leads placed again in their time zones from their
phone and address after an upgrade that changed how leads are placed (here: an area code
that crosses a zone line, 850 Pensacola, placed on Eastern time only when it was imported)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from qualifier_app.domain.errors import PermissionDenied
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.services.queue.calling_profiles import why_not_callable
from tests.support.cli import admin_main
from tests.support.factories import Factory

PENSACOLA = "+18505550100"
MIAMI = "+13055550100"


def _placed_as_before(factory: Factory, **fields: object) -> int:
    """A Pensacola lead with the place a Miami number has: Eastern time only, as an import
    placed it before the split area codes."""
    miami = factory.get_lead(
        factory.lead(phone_e164=MIAMI, phone_raw=MIAMI, country=None, region=None)
    )
    return factory.lead(
        phone_e164=PENSACOLA,
        phone_raw=PENSACOLA,
        country=None,
        region=None,
        time_zones=miami.time_zones,
        calling_profile_id=miami.calling_profile_id,
        **fields,
    )


def test_placing_again_puts_a_lead_in_every_zone_of_its_number(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _placed_as_before(factory)
    assert factory.get_lead(old).time_zones == "America/New_York"
    held = _placed_as_before(factory, status="callback")
    rita = factory.user("rita")
    factory.set_lead(
        held, lease_owner_id=rita.user_id, lease_expires_at=datetime(2100, 1, 1, tzinfo=UTC)
    )

    assert admin_main(["--db", database_url, "lead", "place-again", "--json"]) == 0
    placed = json.loads(capsys.readouterr().out)
    assert placed == {"examined": 4, "moved": 1, "held": 1}

    lead = factory.get_lead(old)
    assert lead.time_zones == "America/Chicago America/New_York"
    # 08:30 in New York is 07:30 in Pensacola: no call there yet.
    with factory.db.unit_of_work() as uow:
        assert why_not_callable(uow.session, lead.calling_profile_id, _utc(13, 30)) is not None
        assert why_not_callable(uow.session, lead.calling_profile_id, _utc(14, 30)) is None
        actions = uow.session.execute(
            select(AuditEntry.action, AuditEntry.entity_id).where(
                AuditEntry.action.like("%placed_again")
            )
        ).all()
    assert sorted(actions) == [("lead.placed_again", str(old)), ("leads.placed_again", "")]
    assert factory.get_lead(held).time_zones == "America/New_York"  # the rep's card is kept

    # Once placed, a second run moves nothing.
    assert admin_main(["--db", database_url, "lead", "place-again"]) == 0
    out = capsys.readouterr().out
    assert out == (
        "4 open leads: 0 placed again, 1 to place again but held by a rep now "
        "(run it again later for them)\n"
    )


def test_only_who_changes_the_calling_rules_places_leads_again(factory: Factory) -> None:
    _placed_as_before(factory)
    for role in (Role.REP, Role.TEAM_LEAD, Role.SUPERVISOR):
        person = factory.user(f"someone.{role.value}", role, team=None, queues=())
        with pytest.raises(PermissionDenied):
            factory.services.placing.place_again(person)


def _utc(hour: int, minute: int) -> datetime:
    """A winter weekday (Eastern is UTC-5)."""
    return datetime(2026, 12, 2, hour, minute, tzinfo=UTC)
