"""Simulated history for demos and benchmarks: consistent, bulk-written, visible in reports."""

from __future__ import annotations

from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.cli.main import main
from qualifier_app.demo.bulk_history import BulkHistory
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import (
    ActivityDay,
    CallAttempt,
    Handoff,
    HandoffEvent,
    Lead,
    Qualification,
)
from qualifier_app.services.board.lead_filter import LeadFilter


def _count(services: Services, model) -> int:  # type: ignore[no-untyped-def]
    with services.db.unit_of_work(write=False) as uow:
        return int(uow.session.execute(select(func.count()).select_from(model)).scalar_one())


def _check_consistent(services: Services) -> None:
    with services.db.unit_of_work(write=False) as uow:
        session = uow.session
        rolled = session.execute(select(func.sum(ActivityDay.attempts))).scalar_one()
        assert rolled == session.execute(select(func.count()).select_from(CallAttempt)).scalar()
        # Every handed-off lead has a handoff; every sales-ready attempt's lead moved on.
        orphans = session.execute(
            select(func.count())
            .select_from(Lead)
            .where(Lead.status == "handed_off", ~Lead.id.in_(select(Handoff.lead_id)))
        ).scalar_one()
        assert orphans == 0
        worked = session.execute(
            select(func.count()).select_from(Lead).where(Lead.attempts > 0)
        ).scalar_one()
        attempted = session.execute(
            select(func.count(func.distinct(CallAttempt.lead_id)))
        ).scalar_one()
        assert worked == attempted
        won_without_revenue = session.execute(
            select(func.count())
            .select_from(Handoff)
            .where(Handoff.status == "won", Handoff.won_revenue.is_(None))
        ).scalar_one()
        assert won_without_revenue == 0


def test_demo_with_history(services: Services, database_url: str) -> None:
    assert (
        main(
            ["--db", database_url, "demo", "--inquiries", "300", "--history", "120", "--seed", "3"]
        )
        == 0
    )
    assert _count(services, CallAttempt) > 300
    assert _count(services, Qualification) > 0
    assert _count(services, Handoff) > 0
    assert _count(services, HandoffEvent) >= _count(services, Handoff)
    _check_consistent(services)
    reps = services.reports.conversion_by_rep(OPERATOR, Period())
    assert sum(r.claimed for r in reps) == _count(services, CallAttempt)
    assert any(r.won for r in reps)
    campaigns = services.reports.conversion_by_campaign(OPERATOR, Period())
    assert sum(c.inquiries for c in campaigns) == _count(services, Lead)
    # New rows after the bulk load get fresh ids (sequences were moved past the bulk ids).
    lead_id = _count(services, Lead)
    with services.db.unit_of_work() as uow:
        lead = uow.session.get(Lead, lead_id)
        assert lead is not None


def test_bulk_history_adds_many_leads_fast_path(services: Services, database_url: str) -> None:
    assert main(["--db", database_url, "demo", "--inquiries", "0", "--seed", "1"]) == 0
    counts = BulkHistory(services.db, services.clock, services.settings.queue).add(
        2_500, days=90, seed=5
    )
    assert counts.leads == 2_500
    assert _count(services, Lead) == 2_500
    assert _count(services, CallAttempt) == counts.attempts > 2_500
    _check_consistent(services)
    assert len(services.lead_table.page(OPERATOR, LeadFilter(), limit=5)) == 5
