"""Each handed-off lead's state for the status reports (`lead_handoff_states`) stays equal to
what its handoffs say through everything that changes handoffs: new handoffs, the partner's
news, a handoff moved to another lead, deletions; and the leads themselves are not touched."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from qualifier_app.app import Services
from qualifier_app.persistence.models import Handoff, Lead, LeadHandoffState
from tests.support.activity import Activity
from tests.support.factories import Factory, at
from tests.support.report_history import build_history

STATE_COLUMNS = (
    "handoff_id",
    "qualified_by_id",
    "partner_id",
    "partner_rep_id",
    "active",
    "waiting",
    "single_credit",
    "handoffs",
    "pipeline_value",
    "won_revenue",
)


def kept_and_recounted(
    services: Services,
) -> tuple[dict[int, tuple[Any, ...]], dict[int, tuple[Any, ...]]]:
    """(the kept rows by lead, the same worked out from the handoffs)."""
    with services.db.unit_of_work(write=False) as uow:
        kept = {
            row.lead_id: tuple(getattr(row, column) for column in STATE_COLUMNS)
            for row in uow.session.scalars(select(LeadHandoffState))
        }
        by_lead: dict[int, list[Handoff]] = defaultdict(list)
        for handoff in uow.session.scalars(select(Handoff).order_by(Handoff.id)):
            by_lead[handoff.lead_id].append(handoff)
        recounted = _worked_out(by_lead)
    return kept, recounted


def _worked_out(by_lead: dict[int, list[Handoff]]) -> dict[int, tuple[Any, ...]]:
    recounted = {}
    for lead_id, handoffs in by_lead.items():
        latest = handoffs[-1]
        credits = {(h.qualified_by_id, h.partner_id, h.partner_rep_id) for h in handoffs}
        pipeline = [h.pipeline_value for h in handoffs if h.status in ("accepted", "active")]
        won = [h.won_revenue for h in handoffs if h.status == "won"]
        recounted[lead_id] = (
            latest.id,
            latest.qualified_by_id,
            latest.partner_id,
            latest.partner_rep_id,
            int(any(h.status in ("accepted", "active") for h in handoffs)),
            int(any(h.status in ("pending", "sent") for h in handoffs)),
            int(len(credits) == 1 and latest.qualified_by_id is not None),
            len(handoffs),
            _total(pipeline),
            _total(won),
        )
    return recounted


def _total(amounts: list[Decimal | None]) -> Decimal | None:
    known = [amount for amount in amounts if amount is not None]
    return sum(known, Decimal("0.00")) if known else None


def test_the_state_follows_every_change_of_handoffs(services: Services, factory: Factory) -> None:
    history = build_history(services, factory)
    kept, recounted = kept_and_recounted(services)
    assert kept == recounted and len(kept) == 3
    act = Activity(factory)
    with services.db.unit_of_work(write=False) as uow:
        handoffs = list(
            uow.session.execute(
                select(Handoff.id, Handoff.lead_id, Handoff.partner_id).order_by(Handoff.id)
            )
        )
        versions = {
            lead: version for lead, version in uow.session.execute(select(Lead.id, Lead.version))
        }
    first, second, third = handoffs
    # Handed off again, to another partner by another rep: credited apart from the latest.
    again = act.handoff(
        first.lead_id,
        third.partner_id,
        at("2026-11-21T09:00:00+00:00"),
        qualified_by_id=history.marco.user_id,
        status="accepted",
        pipeline_value=Decimal("300.25"),
    )
    with services.db.unit_of_work() as uow:
        uow.session.execute(
            update(Handoff)
            .where(Handoff.id == second.id)
            .values(status="won", won_revenue=Decimal("42.00"))
        )
        uow.session.execute(
            update(Handoff).where(Handoff.id == third.id).values(lead_id=second.lead_id)
        )
        uow.session.execute(update(Handoff).where(Handoff.id == again).values(reject_reason="-"))
        uow.commit()
    kept, recounted = kept_and_recounted(services)
    assert kept == recounted
    assert kept[first.lead_id][6] == 0 and kept[second.lead_id][7] == 2
    assert third.lead_id not in kept  # its only handoff moved away
    with services.db.unit_of_work() as uow:
        uow.session.execute(delete(Handoff).where(Handoff.lead_id == first.lead_id))
        uow.commit()
    kept, recounted = kept_and_recounted(services)
    assert kept == recounted and set(kept) == {second.lead_id}
    with services.db.unit_of_work(write=False) as uow:
        assert {
            lead: version for lead, version in uow.session.execute(select(Lead.id, Lead.version))
        } == versions


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_two_transactions_changing_one_leads_handoffs_take_turns(
    services: Services, factory: Factory
) -> None:
    """The second waits for the first and then works the row out from both changes (neither
    fails on the lead's row nor loses the other's change)."""
    build_history(services, factory)
    act = Activity(factory)
    with services.db.unit_of_work(write=False) as uow:
        first = uow.session.execute(
            select(Handoff.id, Handoff.lead_id, Handoff.partner_id).order_by(Handoff.id)
        ).first()
    assert first is not None
    again = act.handoff(first.lead_id, first.partner_id, at("2026-11-21T09:00:00+00:00"))
    errors: list[BaseException] = []

    def second_change() -> None:
        try:
            with services.db.engine.begin() as connection:
                connection.execute(
                    update(Handoff).where(Handoff.id == again).values(status="accepted")
                )
        except BaseException as error:  # the assertion below names it
            errors.append(error)

    with services.db.engine.connect() as holder:
        holder.execute(
            update(Handoff).where(Handoff.id == first.id).values(status="lost", won_revenue=None)
        )
        other = threading.Thread(target=second_change)
        other.start()
        _wait_for_a_lock_wait(services)
        holder.commit()
    other.join(30)
    assert not errors and not other.is_alive()
    kept, recounted = kept_and_recounted(services)
    assert kept == recounted
    assert kept[first.lead_id][4:6] == (1, 0)  # the second's open handoff, the first's loss


def _wait_for_a_lock_wait(services: Services) -> None:
    for _ in range(300):
        with services.db.engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).scalar_one()
        if found:
            return
        time.sleep(0.1)
    raise AssertionError("the second transaction never waited for the first")


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_transaction_changing_many_leads_handoffs_holds_no_lock_per_lead(
    services: Services, factory: Factory
) -> None:
    """The server's lock table is shared and small (6,400 entries on a stock server): a
    lock per lead made a transaction that changed more leads' handoffs fail. The entries a
    transaction holds must not grow with the leads it changes."""
    build_history(services, factory)
    act = Activity(factory)
    with services.db.unit_of_work(write=False) as uow:
        partner = uow.session.scalars(select(Handoff.partner_id)).first()
    assert partner is not None
    for _ in range(30):
        act.handoff(factory.lead(), partner, at("2026-11-21T09:00:00+00:00"))
    with services.db.unit_of_work(write=False) as uow:
        handoffs = uow.session.execute(select(Handoff.id, Handoff.lead_id)).all()
    leads = {row.lead_id for row in handoffs}
    assert len(leads) > 30  # enough that a lock per lead would show
    with services.db.engine.connect() as connection:
        connection.execute(
            update(Handoff)
            .where(Handoff.id.in_([row.id for row in handoffs]))
            .values(pipeline_value=Decimal("1234.00"))
        )
        held = dict(
            connection.exec_driver_sql(
                "SELECT locktype, count(*) FROM pg_locks WHERE pid = pg_backend_pid() "
                "GROUP BY locktype"
            ).all()
        )
        connection.commit()
    # A table's or index's lock, the transaction's own: a fixed number whatever it changed.
    assert set(held) <= {"relation", "virtualxid", "transactionid"}, held
    kept, recounted = kept_and_recounted(services)
    assert kept == recounted
