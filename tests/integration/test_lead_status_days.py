"""The status reports' rollup of leads (`lead_status_days`) stays equal to a count of the
leads themselves through everything that changes leads: new leads, calls (the last caller),
outcomes, bulk updates of many leads in one statement, deletions."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import delete, func, select, update

from qualifier_app.app import Services
from qualifier_app.persistence.models import Lead
from qualifier_app.services.reports.status_kpis import rollup_rows
from tests.support.factories import Factory, at
from tests.support.report_history import build_history


def counted(services: Services) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """(the rollup's non-zero counts, its rows and changes not folded yet summed by key as
    the reports sum them; the same counted from the leads)."""
    rows = rollup_rows()
    key = (rows.c.day, rows.c.status, rows.c.country, rows.c.region, rows.c.campaign_id)
    key = (*key, rows.c.last_caller_id)
    with services.db.unit_of_work(write=False) as uow:
        summed = select(*key, func.sum(rows.c.leads)).group_by(*key)
        rollup = Counter(
            {
                (str(day), *rest): int(leads)
                for day, *rest, leads in uow.session.execute(summed)
                if leads != 0
            }
        )
        direct: Counter[tuple[Any, ...]] = Counter()
        for inquired, status, country, region, campaign, caller in uow.session.execute(
            select(
                Lead.inquired_at,
                Lead.status,
                Lead.country,
                Lead.region,
                Lead.campaign_id,
                Lead.last_caller_id,
            )
        ):
            day = str(inquired.date())  # stored in UTC
            direct[(day, status, country or "~", region or "~", campaign or 0, caller or 0)] += 1
    return rollup, direct


def test_the_rollup_follows_every_change_of_leads(services: Services, factory: Factory) -> None:
    history = build_history(services, factory)
    rollup, direct = counted(services)
    assert rollup == direct and sum(direct.values()) > 5
    gone = factory.lead(company="Gone soon")  # no calls or handoffs: it may be deleted
    with services.db.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(Lead.id).order_by(Lead.id)))
        # One statement changing many leads' key, one changing none, one moving a lead's day
        # and place.
        uow.session.execute(update(Lead).where(Lead.id.in_(ids[:3])).values(status="nurture"))
        uow.session.execute(update(Lead).where(Lead.id == ids[3]).values(company="Renamed"))
        uow.session.execute(
            update(Lead)
            .where(Lead.id == ids[4])
            .values(
                inquired_at=at("2026-10-01T23:30:00+00:00"),
                country=None,
                region=None,
                last_caller_id=history.anna.user_id,
            )
        )
        uow.session.execute(delete(Lead).where(Lead.id == gone))
        uow.commit()
    factory.lead(company="Brand new")
    rollup, direct = counted(services)
    assert rollup == direct
    assert sum(rollup.values()) == len(ids)  # one deleted, one added
