"""Nurture leads come back to their queue when their recycle date comes, once, audited."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import AuditEntry
from tests.support.cli import admin_main
from tests.support.factories import Factory


def test_due_nurture_leads_return_to_the_queue_as_a_fresh_cycle(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    today = clock.now().date()
    due = factory.lead(status="nurture", recycle_on=today, attempts=6, assigned_rep_id=rep.user_id)
    overdue = factory.lead(status="nurture", recycle_on=today - timedelta(days=30))
    later = factory.lead(status="nurture", recycle_on=today + timedelta(days=1))
    never = factory.lead(status="nurture")
    blocked = factory.lead(status="do_not_call", recycle_on=today)

    assert services.nurture.recycle_due(rep) == 2
    for lead_id in (due, overdue):
        lead = factory.get_lead(lead_id)
        assert (lead.status, lead.attempts, lead.recycle_on, lead.assigned_rep_id) == (
            "queued",
            0,
            None,
            None,
        )
    assert factory.get_lead(later).status == "nurture"
    assert factory.get_lead(never).status == "nurture"
    assert factory.get_lead(blocked).status == "do_not_call"
    # The recycled lead is claimable again, and a second sweep changes nothing.
    assert services.queue.claim_next(rep).id in {due, overdue}
    assert services.nurture.recycle_due(rep) == 0
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.before, AuditEntry.actor_id).where(
                AuditEntry.action == "lead.recycled"
            )
        ).all()
    assert {row.entity_id for row in rows} == {str(due), str(overdue)}
    assert all(row.actor_id == rep.user_id for row in rows)
    assert next(r for r in rows if r.entity_id == str(due)).before["attempts"] == 6

    clock.advance(timedelta(days=1))
    assert services.nurture.recycle_due(OPERATOR) == 1
    assert factory.get_lead(later).status == "queued"


def test_cli_recycles(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.lead(status="nurture", recycle_on=factory.clock.now().date() - timedelta(days=400))
    assert admin_main(["--db", database_url, "nurture", "recycle", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"recycled": 1}
