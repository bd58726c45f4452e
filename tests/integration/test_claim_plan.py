"""The claim statement walks the claim-order index on both databases: its cost must not grow
with the queue. Checked on the query plan, not by timing."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import psycopg
import pytest
from sqlalchemy import event, insert, text

from qualifier_app.app import Services
from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import DatabaseClock, ManualClock
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import Lead
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.services.queue.claims import QueueService
from tests.support.claim_calls import CLAIM, claim_params
from tests.support.databases import libpq, postgres_url
from tests.support.explain import explain_every_statement
from tests.support.factories import Factory
from tests.support.statements import statements_sent


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
    # Compiled afresh: what is sent is changed into its EXPLAIN, whose rows are not the
    # claim's, and the statement compiled for the claim's rows must not be the one read.
    with engine.connect().execution_options(compiled_cache=None) as connection:
        if postgres:
            connection.execute(text("ANALYZE leads"))
        event.listen(connection, "before_cursor_execute", explain, retval=True)
        rows = connection.execute(queue_sql.claim_statement((), postgres), params).all()
        connection.rollback()
    return "\n".join(" ".join(str(cell) for cell in row) for row in rows)


def test_fresh_leads_are_found_by_walking_a_claim_order_index(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    """SQLite walks ix_leads_claim_order; PostgreSQL, which has no such index, walks the
    free leads' and the expired leases' indexes, as its claim function does."""
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
    # Nothing reads the whole table, and the queue is never sorted wholesale.
    if services.db.dialect == "postgresql":
        assert "ix_leads_lease_expiry" in plan and "Seq Scan on leads" not in plan, plan
        walk = re.search(r"Index Scan using ix_leads_claim_free on leads (\w+)", plan)
        assert walk is not None, plan
        assert f"Sort Key: {walk[1]}." not in plan, plan  # the free leads come in order
    else:
        assert "ix_leads_claim_order" in plan
        for line in plan.splitlines():
            if "SCAN leads" in line:
                assert "USING INDEX ix_leads_claim_order" in line, plan


def _many_queued(services: Services, factory: Factory, clock: ManualClock, count: int) -> int:
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
        for n in range(count)
    ]
    with services.db.unit_of_work() as uow:
        uow.session.execute(insert(Lead), rows)
        uow.session.execute(text("ANALYZE leads"))
        uow.commit()
    return template.calling_profile_id


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_on_postgresql_is_one_statement_outside_any_transaction(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    _many_queued(services, factory, clock, 50)
    first = services.queue.claim_next(rep)
    factory.set_lead(first.id, status="nurture", lease_owner_id=None)
    with statements_sent(services, rep) as sent:
        second = services.queue.claim_next(rep)
    assert second.id != first.id
    # One statement, in autocommit: no BEGIN before it and no COMMIT after it to wait for.
    assert sent == [("SELECT * FROM qualifier_claim_next", True)]
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            text(
                "SELECT actor_id, after->>'version' FROM audit_log "
                "WHERE action = 'lead.claimed' AND entity_id = :id"
            ),
            {"id": str(second.id)},
        ).all()
    assert audited == [(rep.user_id, str(second.version))]


def _one_backend(services: Services) -> str:
    """The test's database directly on the server, also in the suite's pooler pass: a plain
    connection in autocommit there could run each statement on another backend, and the
    plans (and auto_explain's settings) are one backend's."""
    server = postgres_url()
    assert server is not None
    return libpq(server, services.db.engine.url.database)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_claim_function_keeps_one_generic_plan_that_walks_the_free_leads_index(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    profile_id = _many_queued(services, factory, clock, 3000)
    params = claim_params(rep.user_id, clock.now(), [profile_id])
    plans: list[str] = []
    with psycopg.connect(_one_backend(services), autocommit=True) as conn:
        # An autovacuum of the 3,000 new leads between two calls would change the table's
        # statistics and so have the claim planned again (same plan, other cost estimates).
        conn.execute("ALTER TABLE leads SET (autovacuum_enabled = false)")
        explain_every_statement(conn, plans)
        for _ in range(8):
            claimed = conn.execute(CLAIM, params).fetchone()
            assert claimed is not None and claimed[4] is not None
            conn.execute("UPDATE leads SET status = 'nurture' WHERE id = %s", (claimed[4],))
    # Each notice: "duration: … ms  plan:", then the plan.
    claims = [plan.partition("\n")[2] for plan in plans if "ix_leads_claim_free" in plan]
    # Each of the eight calls ran the claim on the index of free leads, with the same plan:
    # planned once for the connection, its parameters left as parameters ($n), never
    # re-planned for the values of a call.
    assert len(claims) == 8, plans
    assert len(set(claims)) == 1, claims[:2]
    assert "$" in claims[0]
    assert "Seq Scan on leads" not in claims[0], claims[0]


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_workstation_whose_clock_is_hours_off_claims_by_the_databases_clock(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita")
    database_now = services.db.server_now()
    # A zone where it is 12:00-12:59 now, open 10:00-14:00: callable by the database's clock
    # whatever the hour of the run, closed by the workstation's.
    zone = f"Etc/GMT{database_now.hour - 12:+d}"
    with services.db.unit_of_work() as uow:
        window = CallingWindow.from_minutes(10 * 60, 14 * 60)
        profile = profile_id_for(uow.session, (zone,), window)
        uow.commit()
    lead = factory.lead(time_zones=zone, calling_profile_id=profile)
    clock = DatabaseClock(workstation=ManualClock(database_now + timedelta(hours=3)))
    queue = QueueService(services.db, clock, services.settings.queue)

    card = queue.claim_next(rep)

    # The workstation's guess (three hours ahead, when the lead's window is closed) was
    # outside the minute the database's clock was in: the call changed nothing, and the claim
    # was made again for the database's time.
    assert card.id == lead
    held = factory.get_lead(lead)
    assert held.lease_owner_id == rep.user_id and held.leased_at is not None
    assert held.leased_at - database_now < timedelta(hours=1)
    assert card.lease_expires_at == held.leased_at + queue.lease_duration
    assert -clock.offset > timedelta(hours=2)
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            text("SELECT at FROM audit_log WHERE action = 'lead.claimed'")
        ).scalars()
        assert list(audited) == [held.leased_at]


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_as_a_rep_the_claim_asks_who_is_asking_once_per_call_not_once_per_lead(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    profile_id = _many_queued(services, factory, clock, 3000)
    with services.db.unit_of_work(write=False) as uow:
        login = uow.session.execute(
            text("SELECT db_role FROM users WHERE id = :id"), {"id": rep.user_id}
        ).scalar_one()
    params = claim_params(rep.user_id, clock.now(), [profile_id])
    plans: list[str] = []
    url = services.db.engine.url.set(drivername="postgresql")
    # One transaction, so that behind a transaction pooler it all runs on one server session.
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        explain_every_statement(conn, plans, "log_verbose = on")
        # The rep's own session from here on: the policies judge it as they judge the rep.
        conn.execute(
            psycopg.sql.SQL("SET SESSION AUTHORIZATION {}").format(psycopg.sql.Identifier(login))
        )
        claimed = conn.execute(CLAIM, params).fetchone()
    assert claimed is not None and claimed[4] is not None, plans
    claim = next(plan for plan in plans if "ix_leads_claim_free" in plan)
    # The function checked once who is calling (the session's person is the rep), then ran
    # with its owner's rights: no policy in the claim's plan asks who is asking, so no lead
    # passed over pays for it.
    conditions = [line for line in claim.splitlines() if "Filter:" in line or "Cond:" in line]
    assert conditions, claim
    for asker in ("qualifier_user_id()", "qualifier_my_queue_ids()", "pg_has_role("):
        assert asker not in claim, claim
    assert claimed[0] is None
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            text("SELECT actor_id FROM audit_log WHERE action = 'lead.claimed'")
        ).scalars()
        assert list(audited) == [rep.user_id]
    # The lead claimed is found by its primary key, not by reading the table.
    assert "Seq Scan on public.leads" not in claim, claim
    assert re.search(r"Index Scan using pk_leads on public\.leads target", claim), claim


def _node(plan: str, name: str) -> list[str]:
    """The lines of the plan node that scans the index `name`, down to its first child (not
    the query's text, which names the indexes in its comments)."""
    lines = plan.splitlines()
    scans = (f"using {name} on", f"Bitmap Index Scan on {name} ")
    start = next(n for n, line in enumerate(lines) if any(scan in line for scan in scans))
    rest = lines[start + 1 :]
    end = next((n for n, line in enumerate(rest) if "->" in line), len(rest))
    return [lines[start], *rest[:end]]


def _claim_analyzed(
    services: Services, rep_id: int, now: datetime, profile_id: int
) -> tuple[int, str]:
    """Claim as the app's one call does, on a plain connection with auto_explain analysing:
    the lead claimed and the plan of the claim's statement."""
    plans: list[str] = []
    with psycopg.connect(_one_backend(services), autocommit=True) as conn:
        explain_every_statement(conn, plans, "log_analyze = on")
        claimed = conn.execute(CLAIM, claim_params(rep_id, now, [profile_id])).fetchone()
    assert claimed is not None and claimed[4] is not None, plans
    return int(claimed[4]), next(plan for plan in plans if "ix_leads_claim_free" in plan)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_does_not_read_past_the_leads_others_are_calling(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep, other = factory.user("rita"), factory.user("marco")
    profile_id = _many_queued(services, factory, clock, 3000)
    now = clock.now()
    with services.db.unit_of_work() as uow:
        # 500 reps at work: the 500 best-scored leads are being called.
        uow.session.execute(
            text(
                "UPDATE leads SET lease_owner_id = :other, lease_expires_at = :until, "
                "leased_at = :now WHERE id IN (SELECT id FROM leads WHERE status = 'queued' "
                "ORDER BY score DESC, created_at, id LIMIT 500)"
            ),
            {"other": other.user_id, "until": now + timedelta(minutes=15), "now": now},
        )
        best_free = uow.session.execute(
            text(
                "SELECT id FROM leads WHERE status = 'queued' AND lease_owner_id IS NULL "
                "ORDER BY score DESC, created_at, id LIMIT 1"
            )
        ).scalar_one()
        uow.commit()
    claimed, claim = _claim_analyzed(services, rep.user_id, now, profile_id)
    assert claimed == best_free
    # The walk starts at a free lead: none of the 500 held leads is read and passed over,
    # neither on the way to the free lead nor in looking for leases that ran out.
    for index in ("ix_leads_claim_free", "ix_leads_lease_expiry"):
        node = _node(claim, index)
        assert not any("Rows Removed by Filter" in line for line in node), node


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_does_not_read_the_leads_waiting_for_a_later_call(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    profile_id = _many_queued(services, factory, clock, 3000)
    now = clock.now()
    with services.db.unit_of_work() as uow:
        # A day of unanswered calls: the 500 best-scored leads wait for their next try.
        waiting = list(
            uow.session.execute(
                text(
                    "UPDATE leads SET next_call_at = :later, attempts = 1 WHERE id IN "
                    "(SELECT id FROM leads WHERE status = 'queued' "
                    "ORDER BY score DESC, created_at, id LIMIT 500) RETURNING id"
                ),
                {"later": now + timedelta(hours=2)},
            ).scalars()
        )
        # The next best lead was tried this morning and is due again: it comes first.
        due_again = uow.session.execute(
            text(
                "UPDATE leads SET next_call_at = :earlier, attempts = 1 WHERE id = "
                "(SELECT id FROM leads WHERE status = 'queued' AND next_call_at IS NULL "
                "ORDER BY score DESC, created_at, id LIMIT 1) RETURNING id"
            ),
            {"earlier": now - timedelta(minutes=5)},
        ).scalar_one()
        uow.session.execute(text("ANALYZE leads"))
        uow.commit()
    assert len(waiting) == 500
    claimed, claim = _claim_analyzed(services, rep.user_id, now, profile_id)
    assert claimed == due_again
    # Whether a lead is due is read from the index entry: none of the 500 waiting leads is
    # read from the table and passed over.
    node = _node(claim, "ix_leads_claim_free")
    assert any("Index Cond:" in line and "next_call_at" in line for line in node), node
    assert not any("Rows Removed by Filter" in line for line in node), node


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_reads_only_the_callbacks_that_are_due(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    profile_id = _many_queued(services, factory, clock, 3000)
    now = clock.now()
    with services.db.unit_of_work() as uow:
        # Callbacks booked for the coming days, and one whose time has come.
        booked = list(
            uow.session.execute(
                text(
                    "UPDATE leads SET status = 'callback', next_call_at = :later + "
                    "make_interval(mins => id % 5000) WHERE id IN (SELECT id FROM leads "
                    "ORDER BY id LIMIT 400) RETURNING id"
                ),
                {"later": now + timedelta(hours=1)},
            ).scalars()
        )
        due = uow.session.execute(
            text(
                "UPDATE leads SET status = 'callback', next_call_at = :earlier WHERE id = "
                "(SELECT max(id) FROM leads) RETURNING id"
            ),
            {"earlier": now - timedelta(minutes=2)},
        ).scalar_one()
        uow.session.execute(text("ANALYZE leads"))
        uow.commit()
    assert len(booked) == 400
    claimed, claim = _claim_analyzed(services, rep.user_id, now, profile_id)
    assert claimed == due
    # One row came out of the index, the due callback: not the 400 booked for later, to be
    # read from the table and sorted.
    node = _node(claim, "ix_leads_claim_callbacks")
    assert any("Index Cond:" in line and "next_call_at" in line for line in node), node
    assert re.search(r"actual time=\S+ rows=1 ", node[0]), node


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_without_call_caps_does_not_set_up_the_caps(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    profile_id = _many_queued(services, factory, clock, 200)
    now = clock.now()
    capped = {"cap_profiles": [profile_id], "cap_hours": [24], "cap_calls": [3]}
    plans: list[str] = []
    url = services.db.engine.url.set(drivername="postgresql")
    # One transaction, so that behind a transaction pooler it all runs on one session.
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        explain_every_statement(conn, plans)
        for caps in ({}, {}, capped):
            claimed = conn.execute(
                CLAIM, {**claim_params(rep.user_id, now, [profile_id]), **caps}
            ).fetchone()
            assert claimed is not None and claimed[4] is not None
            conn.execute("UPDATE leads SET status = 'nurture' WHERE id = %s", (claimed[4],))
    claims = [plan for plan in plans if "ix_leads_claim_free" in plan]
    assert len(claims) == 3, plans
    # No place in force caps calls per number: no count of a number's calls is planned, in
    # any of the picks (PostgreSQL sets up every node of a plan, run or not).
    for plan in claims[:2]:
        assert "call_attempts" not in plan and "Function Scan" not in plan, plan
    # A cap in force: each lead's number is checked against it.
    assert "call_attempts" in claims[2] and "Function Scan" in claims[2], claims[2]
