"""The claim statement walks the claim-order index on both databases: its cost must not grow
with the queue. Checked on the query plan, not by timing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event, insert, text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import Lead
from tests.support.factories import Factory


def claim_plan(
    services: Services, rep_id: int, queue_id: int, profile_id: int, clock: ManualClock
) -> str:
    engine = services.db.engine
    postgres = engine.dialect.name == "postgresql"
    prefix = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "

    def explain(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        return prefix + statement, parameters

    now = clock.now()
    params = queue_sql.claim_params(
        rep_id=rep_id,
        queue_ids=[queue_id],
        now=now,
        lease_until=now + timedelta(minutes=15),
        open_profile_ids=[profile_id],
        max_attempts=6,
    )
    with engine.connect() as connection:
        if postgres:
            connection.execute(text("ANALYZE leads"))
        event.listen(connection, "before_cursor_execute", explain, retval=True)
        rows = connection.execute(queue_sql.claim_statement(), params).all()
        connection.rollback()
    return "\n".join(" ".join(str(cell) for cell in row) for row in rows)


def test_fresh_leads_are_found_by_walking_the_claim_order_index(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    first = factory.lead()
    template = factory.get_lead(first)
    now = clock.now()
    rows = [
        {
            "company": f"Company {n}",
            "status": "queued",
            "score": n % 100,
            "queue_id": template.queue_id,
            "calling_profile_id": template.calling_profile_id,
            "time_zones": template.time_zones,
            "inquired_at": now,
            "updated_at": now,
            "created_at": now - timedelta(seconds=n),
            "version": 1,
        }
        for n in range(3000)
    ]
    with services.db.unit_of_work() as uow:
        uow.session.execute(insert(Lead), rows)
        uow.commit()
    assert template.queue_id is not None
    plan = claim_plan(services, rep.user_id, template.queue_id, template.calling_profile_id, clock)
    assert "ix_leads_claim_order" in plan
    # Nothing reads the whole table, and the queue is never sorted wholesale.
    for line in plan.splitlines():
        assert "Seq Scan on leads" not in line, plan
        if "SCAN leads" in line:
            assert "USING INDEX ix_leads_claim_order" in line, plan
